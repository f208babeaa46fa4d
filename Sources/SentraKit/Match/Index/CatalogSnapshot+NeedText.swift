extension CatalogSnapshot {
    /// The text of `need`'s description as `shelf`, its category's, scores it (``NeedText``). A
    /// word that leads no item name of the catalog is read as a kind nobody here offers
    /// (``NeedReading``).
    func needText(_ need: Need, on shelf: CatalogShelf) -> NeedText {
        NeedText(
            TextFit.needTerms(need.description), on: shelf, category: need.category,
            names: { term in shelves.values.contains { other in other.termIDs[term].map(other.isHead) == true } })
    }
}
