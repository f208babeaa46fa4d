extension CatalogSnapshot {
    /// The text of `need`'s description as `shelf`, its category's, scores it (``NeedText``). A
    /// word that leads no item name of the catalog is read as a kind nobody here offers
    /// (``NeedReading``).
    ///
    /// When the rest names nothing the shelf holds, an aside in brackets is read as the product
    /// (`Kaos Kerah (Polo Shirt)`, `APE (Alat Permainan Edukatif)`, `Parcel Kue Kering (Nastar
    /// Nanas)`): it is the name the listings use.
    func needText(_ need: Need, on shelf: CatalogShelf) -> NeedText {
        let terms = TextFit.needTerms(need.description)
        let text = NeedText(terms, on: shelf, category: need.category, names: names)
        guard text.isEmpty, terms.contains(where: \.aside) else { return text }
        var aside = terms.filter(\.aside)
        var rest = terms.filter { !$0.aside }
        aside[0].joined = false
        if !rest.isEmpty { rest[0].joined = false }
        let read = NeedText(aside + rest, on: shelf, category: need.category, names: names)
        return read.isEmpty ? text : read
    }

    /// The words of `terms` (a need's, of `category`) naming the product asked for (`keripik
    /// kentang`, `tikar rotan`), as their reading on `shelf` found them (``NeedReading/missing``):
    /// said when no item is that product.
    func missingProduct(_ terms: [NeedTerm], category: String, on shelf: CatalogShelf) -> String? {
        let reading = NeedReading(terms, on: shelf, category: category, names: names)
        guard !reading.missing.isEmpty else { return nil }
        return reading.missing.map { terms[$0].words }.joined(separator: " ")
    }

    /// Whether `term` leads some item's name on some shelf of the catalog.
    private func names(_ term: String) -> Bool {
        shelves.values.contains { other in other.termIDs[term].map(other.isHead) == true }
    }
}
