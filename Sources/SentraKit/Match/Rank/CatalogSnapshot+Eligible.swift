extension CatalogSnapshot {
    /// Eligible items of `need`'s category, cheapest first: those passing every hard constraint
    /// but `ignoring` (as ``Matcher/Gate`` tests them) and kept by `keep`, at most `limit`. A
    /// category is coarse (kerajinan holds key rings and bamboo boxes): only items relevant to
    /// the need (holding one of its meaningful terms, as match requires) are given.
    /// `anyEligible`: whether some relevant item passed the constraints, kept or not. Nil when
    /// no supplier offers the category.
    func eligibleItems(
        for need: Need, _ eligibility: Eligibility, ignoring: [HardConstraint], limit: Int,
        keep: (CatalogOffers, Int) -> Bool
    ) -> (items: [Int], anyEligible: Bool)? {
        guard let shelf = shelves[need.category], let offers = offers(need.category) else { return nil }
        let gate = Matcher.Gate(need, eligibility, self, ignoring: ignoring)
        let affordable = gate.closes(shelf) ? 0 : shelf.affordable(quantity: need.quantity, budget: need.budget.sen)
        var eligible = false
        func kept(_ i: Int) -> Bool {
            guard gate.passes(shelf, i) else { return false }
            eligible = true
            return keep(offers, i)
        }
        let text = needText(need, on: shelf)
        var items: [Int] = []
        let lists = zip(text.ids, text.meaningful).filter(\.1).map(\.0).sorted()
            .map { shelf.postings($0, below: affordable) }.filter { !$0.isEmpty }
        PostingsCursor.walk(
            shelf.postingItems, lists, decide: { _, _ in items.count < limit ? .take : .stop },
            take: { i, _ in if text.admits(shelf, Int(i)) && kept(Int(i)) { items.append(Int(i)) } })
        return (items, eligible)
    }
}
