extension Planner {
    /// The items that may carry `need` in the flow, cheapest first, or why there are none.
    ///
    /// The hard constraints of match, through the same integer gate, except capacity, which
    /// the flow enforces month by month: an item too small to carry the whole need alone may
    /// still carry part of it. Covering a need with a supplier that does not count adds cost
    /// and no value, so the optimum never uses one: such items are left out.
    /// `months`: how many months the need is spread over; `matcher` explains needs without an
    /// eligible item, as match would.
    func candidates(_ need: Need, months: Int, _ matcher: inout Matcher) -> (pool: [Int], reason: String?) {
        guard let shelf = catalog.shelves[need.category] else {
            return ([], "no supplier offers category \(need.category)")
        }
        let gate = Matcher.Gate(need, eligibility, catalog, ignoring: [.capacity])
        let affordable = gate.closes(shelf) ? 0 : shelf.affordable(quantity: need.quantity, budget: need.budget.sen)
        var eligible = false
        func counts(_ i: Int) -> Bool {
            guard gate.passes(shelf, i) else { return false }
            eligible = true
            let tkdn = shelf.tkdnBasisPoints[i] < 0 ? nil : Percent(basisPoints: Int(shelf.tkdnBasisPoints[i]))
            return metric.counts(scale: catalog.supplier(shelf, i).scale, tkdn: tkdn)
        }
        // A category is coarse (kerajinan holds key rings and bamboo boxes): when some items
        // share a word with the need's description, only those may carry it. Then the cheapest
        // of them, which bounds the graph: `candidatesPerNeed` in all, shared by a need's months.
        let limit = max(8, Planner.candidatesPerNeed / months)
        let terms = shelf.ids(TextFit.terms(need.description))
        var pool: [Int] = []
        var walk = PostingsWalk(shelf, terms: terms, below: affordable)
        while pool.count < limit, let i = walk.next() {
            if counts(i) { pool.append(i) }
        }
        if pool.isEmpty {
            for i in 0..<affordable where counts(i) {
                pool.append(i)
                if pool.count == limit { break }
            }
        }
        if !eligible {
            return ([], matcher.match(need).unmatchedReason ?? "no eligible candidate")
        }
        if pool.isEmpty {
            return ([], "only suppliers that do not count under \(metric.rawValue) are eligible (for example menengah)")
        }
        return (pool, nil)
    }
}
