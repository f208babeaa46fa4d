extension CatalogSnapshot {
    /// The text of `need`'s description as `shelf`, its category's, scores it (``NeedText``). A
    /// word that leads no item name of the catalog is read as a kind nobody here offers
    /// (``NeedReading``).
    ///
    /// When the rest names nothing the shelf holds, an aside in brackets is read as the product
    /// (`Kaos Kerah (Polo Shirt)`, `APE (Alat Permainan Edukatif)`, `Parcel Kue Kering (Nastar
    /// Nanas)`): it is the name the listings use. Only an aside naming, alone, a product the shelf
    /// holds, and none of the rest's product words: `Lulur Kopi (Coffee Scrub)` is a coffee scrub
    /// nobody here makes, `Kopi Arabika Bubuk (promosi kopi daerah)` says what the coffee is for.
    ///
    /// When the part read as the package names nothing any item's name starts with, another part
    /// of the name is (`Mainan Edukatif - Puzzle Hijaiyah Kayu`: the class, then the product), or
    /// the account before it (`Belanja Cetak Spanduk Flexi - Gelar Produk UMKM`).
    func needText(_ need: Need, on shelf: CatalogShelf) -> NeedText {
        var text = reading(need, on: shelf)
        text.pack = NeedText.packSize(of: need)
        // A need asking for the genuine article (`Sepatu PDH Kulit Asli`) is not served by a copy
        // at all (``NeedText/imitation``; `asli` is otherwise marketplace talk, a stopword).
        text.genuine = !text.imitation.isEmpty && TextFit.asciiWords(need.description).contains("asli")
        return text
    }

    /// `need`'s text on `shelf` (``needText(_:on:)``), before the pack size and the genuine
    /// article it asks for.
    private func reading(_ need: Need, on shelf: CatalogShelf) -> NeedText {
        let terms = TextFit.needTerms(need.description)
        let text = NeedText(terms, on: shelf, category: need.category, names: names)
        guard text.isEmpty else { return text }
        let named = terms.filter { $0.role == .product && !$0.account && !$0.aside }
        if !named.contains(where: { shelf.termIDs[$0.term].map(shelf.isHead) == true }) {
            for other in TextFit.otherPackages(need.description) {
                let read = NeedText(TextFit.needTerms(other), on: shelf, category: need.category, names: names)
                if !read.isEmpty { return read }
            }
            // The part after the dash names an occasion, with its place or audience (`Belanja Cetak
            // Spanduk Flexi - Gelar Produk UMKM Karawang`): the account names the product, when it
            // names one the shelf's items lead with. A package of product words only (`Belanja
            // Pakaian Dinas - Sepatu Pantofel`) is a product nobody here makes.
            if terms.contains(where: { $0.role == .context && !$0.account }),
                let account = TextFit.accountPart(need.description)
            {
                let accountTerms = TextFit.needTerms(account)
                if accountTerms.contains(where: {
                    $0.role == .product && shelf.termIDs[$0.term].map(shelf.isHead) == true
                }) {
                    let read = NeedText(accountTerms, on: shelf, category: need.category, names: names)
                    if !read.isEmpty { return read }
                }
            }
        }
        guard terms.contains(where: \.aside) else { return text }
        var aside = terms.filter(\.aside)
        var rest = terms.filter { !$0.aside }
        aside[0].joined = false
        let restNamed = Set(named.map(\.term))
        guard !aside.contains(where: { restNamed.contains($0.term) }),
            !NeedText(aside, on: shelf, category: need.category, names: names).isEmpty
        else { return text }
        if !rest.isEmpty { rest[0].joined = false }
        let read = NeedText(aside + rest, on: shelf, category: need.category, names: names)
        return read.isEmpty ? text : read
    }

    /// The words of `terms` (a need's, of `category`) naming the product asked for (`keripik
    /// kentang`, `tikar rotan`), as their reading on `shelf` found them (``NeedReading/missing``):
    /// said when no item is that product.
    func missingProduct(_ terms: [NeedTerm], category: String, on shelf: CatalogShelf) -> String? {
        let terms = NeedReading.compounds(terms, on: shelf)
        let reading = NeedReading(terms, on: shelf, category: category, names: names)
        guard !reading.missing.isEmpty else { return nil }
        return reading.missing.map { terms[$0].words }.joined(separator: " ")
    }

    /// Whether `term` leads some item's name on some shelf of the catalog.
    private func names(_ term: String) -> Bool {
        shelves.values.contains { other in other.termIDs[term].map(other.isHead) == true }
    }
}
