extension CatalogSnapshot {
    /// The text of `need`'s description as `shelf`, its category's, scores it (``NeedText``). A
    /// word no shelf of the catalog holds is read as a kind nobody here offers (``NeedReading``).
    func needText(_ need: Need, on shelf: CatalogShelf) -> NeedText {
        NeedText(
            TextFit.needTerms(need.description), on: shelf, category: need.category,
            known: { term in shelves.values.contains { $0.termIDs[term] != nil } })
    }
}
