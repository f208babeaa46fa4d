extension Unassigned {
    /// Why a need (or its remainder) was not placed: kept as values, so people read it in their
    /// language (Render words it) while json and csv keep the English ``english``.
    public enum Why: Sendable, Equatable {
        /// No supplier offers the need's category.
        case noSupplier(category: String)
        /// No item passes match's hard constraints: match's own reason.
        case unmatched(UnmatchedReason)
        /// Match found no reason to give, yet nothing is eligible.
        case noEligible
        /// Only suppliers that do not count under `metric` are eligible.
        case onlyNotCounting(metric: String)
        /// Every eligible item's capacity for `span` (`2026-03`, or `2026-03…2026-05`) was used.
        case capacity(missing: Int64, quantity: Int64, unit: String, span: String)
        /// Left out so that no supplier carries more than `cap` of `opd`'s assigned value.
        case supplierShare(cap: Percent, opd: String)

        /// The contract's wording (json, ndjson, csv).
        public var english: String {
            switch self {
            case .noSupplier(let category): "no supplier offers category \(category)"
            case .unmatched(let reason): reason.english
            case .noEligible: "no eligible candidate"
            case .onlyNotCounting(let metric):
                "only suppliers that do not count under \(metric) are eligible (for example menengah)"
            case .capacity(let missing, let quantity, let unit, let span):
                "capacity: \(missing) of \(quantity) \(unit) left after every eligible item's capacity for \(span) "
                    + "was used"
            case .supplierShare(let cap, let opd):
                "left out so that no supplier carries more than \(cap) of \(opd)'s assigned value "
                    + "(--max-supplier-share)"
            }
        }
    }
}
