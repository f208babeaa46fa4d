/// One assignment of a plan: part or all of a need, to one catalog item.
public struct Assignment: Sendable, Equatable {
    public var needID: String
    public var opdCode: String
    public var nib: String
    public var sku: String
    public var quantity: Int64
    public var total: Rupiah
    /// Whether the supplier counts toward the target under the plan's metric.
    public var qualifies: Bool
    /// `2026-03`: the month whose capacity the assignment uses.
    public var month: String
}

/// A need (or its remainder) the plan could not place.
public struct Unassigned: Sendable, Equatable {
    public var needID: String
    public var quantity: Int64
    /// Why, as values: people read it in their language.
    public var why: Why
    /// The English wording of ``why`` (json, ndjson, csv).
    public var reason: String { why.english }
}

/// The result of `plan`.
public struct Plan: Sendable {
    public var assignments: [Assignment]
    public var unassigned: [Unassigned]
    /// Σ over covered units of each need's budget per unit, for qualifying suppliers: the objective.
    public var coveredValue: Rupiah
}

/// What the officer may change about a plan.
public struct PlanOptions: Sendable {
    /// Split a need across items whenever that helps; by default a need is split only when
    /// no single item can carry all of it.
    public var allowSplit = false
    /// No supplier may carry more than this share of an OPD's assigned value.
    public var maxSupplierShare: Percent?

    public init(allowSplit: Bool = false, maxSupplierShare: Percent? = nil) {
        self.allowSplit = allowSplit
        self.maxSupplierShare = maxSupplierShare
    }
}

/// Assigns needs to eligible catalog items so that no item is promised more
/// than its monthly capacity, maximising the budget value of needs covered by
/// qualifying suppliers, then minimising cost, then preferring nearer suppliers.
///
/// The model is a capacitated transportation problem solved exactly as a
/// min-cost flow: source → need-month (its quantity) → item-month (any amount)
/// → sink (the item's capacity that month). A need with `needed_by` occupies that
/// month; one without is spread evenly over the months of its fiscal year from
/// `--as-of` on. Unknown capacity is unlimited, as in `match`. Then two rules an
/// officer expects, applied in order (docs/planning.md): a need is not split when one
/// item can carry it (unless ``PlanOptions/allowSplit``), and no supplier takes more
/// than ``PlanOptions/maxSupplierShare`` of an OPD's assigned value.
public struct Planner: Sendable {
    public let catalog: CatalogSnapshot
    public let eligibility: Eligibility
    public var metric: ComplianceMetric
    public var options: PlanOptions

    /// Most items one need may be assigned to: its cheapest relevant eligible ones.
    public static let candidatesPerNeed = 64

    public init(
        catalog: CatalogSnapshot, asOf: Day, metric: ComplianceMetric = .umkk, options: PlanOptions = PlanOptions()
    ) {
        self.catalog = catalog
        self.eligibility = Eligibility(asOf: asOf)
        self.metric = metric
        self.options = options
    }

    /// Value of one unit of `need` in hundredths of a sen: its budget share, so buying dearer never scores higher.
    static func unitValue(_ need: Need) -> Int64 { need.budget.sen * 100 / max(need.quantity, 1) }

    /// The months a need occupies and how much of it falls in each: its deadline month (also
    /// for perishable goods without `needed_by`: 31 December of the fiscal year), or, without
    /// `needed_by`, the rest of its fiscal year from the as-of month, in equal parts
    /// (the first months take one more unit each until the remainder is used).
    func slices(_ need: Need) -> [(month: String, quantity: Int64)] {
        // Perishable goods are made in the month they are delivered (``Eligibility/months(_:)``).
        if let day = need.neededBy ?? (eligibility.perishable(need) ? eligibility.deadline(need) : nil) {
            return [(day.yearMonth, need.quantity)]
        }
        let asOf = eligibility.asOf
        let first = asOf.year == need.fiscalYear ? asOf.month : asOf.year < need.fiscalYear ? 1 : 12
        let months = Array(first...12)
        let share = need.quantity / Int64(months.count), extra = Int(need.quantity % Int64(months.count))
        return months.enumerated().compactMap { offset, month in
            let quantity = share + (offset < extra ? 1 : 0)
            return quantity > 0 ? (Day(year: need.fiscalYear, month: month, day: 1)!.yearMonth, quantity) : nil
        }
    }

    public func plan(_ needs: [Need]) -> Plan {
        var (network, noCandidate) = network(needs)
        network.solve(needs, catalog)
        var notes: [Int: Unassigned.Why] = [:]
        if !options.allowSplit { network.consolidate(needs, catalog) }
        if let cap = options.maxSupplierShare {
            for (need, note) in network.capShares(needs, catalog, cap: cap) { notes[need] = note }
        }
        return assemble(needs, network, reasons: noCandidate, notes: notes)
    }

    /// The model before solving: every need-month and the items that may carry it, and why
    /// a need has none.
    func network(_ needs: [Need]) -> (PlanNetwork, reasons: [Int: Unassigned.Why]) {
        var network = PlanNetwork()
        var noCandidate: [Int: Unassigned.Why] = [:]
        var matcher = Matcher(catalog: catalog, asOf: eligibility.asOf, top: 1)
        for (index, need) in needs.enumerated() {
            let parts = slices(need)
            let (pool, reason) = candidates(need, months: parts.count, &matcher)
            if let reason { noCandidate[index] = reason }
            for slice in parts {
                network.add(
                    need: index, category: need.category, month: slice.month, quantity: slice.quantity, items: pool,
                    offers: catalog.offers(need.category))
            }
        }
        return (network, noCandidate)
    }
}
