extension Planner {
    /// The items that may carry `need` in the flow, cheapest first, or why there are none.
    ///
    /// The hard constraints of match, through the same integer gate, except capacity, which
    /// the flow enforces month by month: an item too small to carry the whole need alone may
    /// still carry part of it. Covering a need with a supplier that does not count adds cost
    /// and no value, so the optimum never uses one: such items are left out.
    /// `months`: how many months the need is spread over; `matcher` explains needs without an
    /// eligible item, as match would.
    func candidates(_ need: Need, months: Int, _ matcher: inout Matcher) -> (pool: [Int], reason: Unassigned.Why?) {
        // The items sharing a word with the need (else any), the cheapest of them: that bounds the
        // graph, `candidatesPerNeed` in all, shared by a need's months.
        let limit = max(8, Planner.candidatesPerNeed / months)
        guard
            let (pool, eligible) = catalog.eligibleItems(
                for: need, eligibility, ignoring: [.capacity], limit: limit,
                keep: { offers, i in metric.counts(scale: offers.supplier(i).scale, tkdn: offers.tkdn(i)) })
        else {
            return ([], .noSupplier(category: need.category))
        }
        if !eligible {
            return ([], matcher.match(need).unmatched.map(Unassigned.Why.unmatched) ?? .noEligible)
        }
        if pool.isEmpty {
            return ([], .onlyNotCounting(metric: metric.rawValue))
        }
        return (pool, nil)
    }
}
