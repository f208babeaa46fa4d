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
    public var reason: String
}

/// The result of `plan`.
public struct Plan: Sendable {
    public var assignments: [Assignment]
    public var unassigned: [Unassigned]
    /// Σ over covered units of each need's budget per unit, for qualifying suppliers: the objective.
    public var coveredValue: Rupiah
}

/// Assigns needs to eligible catalog items so that no item is promised more
/// than its monthly capacity, maximising the budget value of needs covered by
/// qualifying suppliers, then minimising cost, then preferring nearer suppliers.
///
/// The model is a capacitated transportation problem solved exactly as a
/// min-cost flow: source → need (its quantity) → item-month (any amount the
/// need may take) → sink (the item's capacity that month). Each need occupies
/// the month of its deadline (`needed_by`, else 31 December of its fiscal year).
/// Unknown capacity is treated as unlimited, as in `match`, and the assignment
/// says so in docs/planning.md.
public struct Planner: Sendable {
    public let catalog: CatalogSnapshot
    public let eligibility: Eligibility
    public var metric: ComplianceMetric

    /// Most items one need may be assigned to: its cheapest relevant eligible ones.
    public static let candidatesPerNeed = 64

    public init(catalog: CatalogSnapshot, asOf: Day, metric: ComplianceMetric = .umkk) {
        self.catalog = catalog
        self.eligibility = Eligibility(asOf: asOf)
        self.metric = metric
    }

    /// Value of one unit of `need` in hundredths of a sen: its budget share, so buying dearer never scores higher.
    static func unitValue(_ need: Need) -> Int64 { need.budget.sen * 100 / max(need.quantity, 1) }

    public func plan(_ needs: [Need]) -> Plan {
        // Nodes: 0 source, 1 sink, 2… needs, then one node per item and month in use.
        var itemMonthNode: [String: Int] = [:]
        var itemMonthCapacity: [Int64] = []
        var arcs: [(need: Int, index: Int, month: String, node: Int)] = []
        var noCandidate: [Int: String] = [:]
        var matcher = Matcher(catalog: catalog, asOf: eligibility.asOf, top: 1)
        let firstItemNode = 2 + needs.count

        for (index, need) in needs.enumerated() {
            let month = String(eligibility.deadline(need).description.prefix(7))
            guard let shelf = catalog.shelves[need.category] else {
                noCandidate[index] = "no supplier offers category \(need.category)"
                continue
            }
            // The hard constraints of match, through the same integer gate, but capacity
            // is the flow's to enforce month by month: an item too small to carry the whole
            // need alone may still carry part of it.
            var gate = Matcher.Gate(need, eligibility)
            gate.quantity = 0
            let affordable = gate.closes(shelf) ? 0 : shelf.affordable(quantity: need.quantity, budget: need.budget.sen)
            var eligible = false
            // Covering a need with a supplier that does not count adds cost and no value,
            // so the optimum never uses it: such items are left out.
            func counts(_ i: Int) -> Bool {
                guard gate.passes(shelf, i) else { return false }
                eligible = true
                let tkdn = shelf.tkdnBasisPoints[i] < 0 ? nil : Percent(basisPoints: Int(shelf.tkdnBasisPoints[i]))
                return metric.counts(scale: catalog.suppliers[Int(shelf.supplier[i])].scale, tkdn: tkdn)
            }
            // A category is coarse (kerajinan holds key rings and bamboo boxes): when some items
            // share a word with the need's description, only those may carry it. Then the
            // cheapest `candidatesPerNeed` of them, which bounds the graph.
            let terms = catalog.ids(TextFit.terms(need.description))
            var pool: [Int] = []
            var walk = PostingsWalk(shelf, terms: terms, below: affordable)
            while pool.count < Planner.candidatesPerNeed, let i = walk.next() {
                if counts(i) { pool.append(i) }
            }
            if pool.isEmpty {
                for i in 0..<affordable where counts(i) {
                    pool.append(i)
                    if pool.count == Planner.candidatesPerNeed { break }
                }
            }
            for entryIndex in pool {
                let key = "\(need.category)\u{1F}\(entryIndex)\u{1F}\(month)"
                let node: Int
                if let existing = itemMonthNode[key] {
                    node = existing
                } else {
                    node = firstItemNode + itemMonthCapacity.count
                    itemMonthNode[key] = node
                    // Unknown capacity: unlimited, as in match (docs/planning.md).
                    let capacity = shelf.capacity[entryIndex]
                    itemMonthCapacity.append(capacity < 0 ? Int64.max / 8 : capacity)
                }
                arcs.append((index, entryIndex, month, node))
            }
            if !eligible {
                noCandidate[index] = matcher.match(need).unmatchedReason ?? "no eligible candidate"
            } else if pool.isEmpty {
                noCandidate[index] =
                    "only suppliers that do not count under \(metric.rawValue) are eligible (for example menengah)"
            }
        }
        // Needs of different categories or months never share an item-month node, so each
        // (category, month) is an independent problem; solving them apart keeps every
        // shortest-path search small. Groups are solved in key order for determinism.
        var groups: [String: [Int]] = [:]
        for (index, need) in needs.enumerated() {
            groups[need.category + "\u{1F}" + eligibility.deadline(need).description.prefix(7), default: []].append(
                index)
        }
        var arcsByNeed = Array(repeating: [Int](), count: needs.count)
        for (offset, arc) in arcs.enumerated() { arcsByNeed[arc.need].append(offset) }
        var arcFlow = Array(repeating: Int64(0), count: arcs.count)
        let keys = groups.keys.sorted()
        let members = keys.map { groups[$0]! }
        let itemMonthCapacities = itemMonthCapacity
        let arcList = arcs
        let byNeed = arcsByNeed
        // The groups share nothing, so they are solved on every core; each result is the same
        // whichever core solves it.
        let solved = ParallelMap.map(keys.count) { g -> [(arc: Int, flow: Int64)] in
            let members = members[g]
            // Local nodes: 0 source, 1 sink, 2… the group's needs, then its item-months.
            var localItem: [Int: Int] = [:]
            for need in members {
                for arc in byNeed[need] where localItem[arcList[arc].node] == nil {
                    localItem[arcList[arc].node] = 2 + members.count + localItem.count
                }
            }
            guard !localItem.isEmpty else { return [] }
            let nodeCount = 2 + members.count + localItem.count
            var flow = MinCostFlow(nodes: nodeCount)
            var handles: [(arc: Int, handle: (Int, Int))] = []
            for (position, index) in members.enumerated() {
                let need = needs[index]
                flow.addEdge(from: 0, to: 2 + position, capacity: need.quantity, cost: .zero)
                let shelf = catalog.shelves[need.category]!
                let region = Int32(need.region.filter(\.isNumber)) ?? 0
                for arc in byNeed[index] {
                    let item = arcList[arc].index
                    let tier = Int64(Matcher.tier(shelf.region[item], region))
                    let cost = FlowCost(-Planner.unitValue(need), shelf.price[item], tier)
                    let handle = flow.addEdge(
                        from: 2 + position, to: localItem[arcList[arc].node]!, capacity: need.quantity, cost: cost)
                    handles.append((arc, handle))
                }
            }
            for (global, local) in localItem.sorted(by: { $0.value < $1.value }) {
                flow.addEdge(from: local, to: 1, capacity: itemMonthCapacities[global - firstItemNode], cost: .zero)
            }
            _ = flow.solve(source: 0, sink: 1, order: [0] + Array(2..<nodeCount) + [1])
            return handles.map { ($0.arc, flow.flow($0.handle)) }
        }
        for group in solved {
            for (arc, quantity) in group { arcFlow[arc] = quantity }
        }

        var assignments: [Assignment] = []
        var placed = Array(repeating: Int64(0), count: needs.count)
        var covered = Rupiah.zero
        for (arc, quantity) in zip(arcs, arcFlow) {
            guard quantity > 0 else { continue }
            let need = needs[arc.need]
            let item = catalog.item(need.category, arc.index)
            let supplier = catalog.suppliers[Int(catalog.shelves[need.category]!.supplier[arc.index])]
            let qualifies = metric.counts(scale: supplier.scale, tkdn: item.tkdn)
            placed[arc.need] += quantity
            if qualifies { covered += Rupiah(sen: need.budget.sen * quantity / need.quantity) }
            assignments.append(
                Assignment(
                    needID: need.id, opdCode: need.opdCode, nib: item.nib, sku: item.sku,
                    quantity: quantity, total: item.unitPrice.times(quantity)!, qualifies: qualifies,
                    month: arc.month))
        }
        var unassigned: [Unassigned] = []
        for (index, need) in needs.enumerated() where placed[index] < need.quantity {
            let missing = need.quantity - placed[index]
            let reason =
                noCandidate[index]
                ?? "capacity: \(missing) of \(need.quantity) \(need.unit) left after every eligible item's "
                + "capacity for \(String(eligibility.deadline(need).description.prefix(7))) was used"
            unassigned.append(Unassigned(needID: need.id, quantity: missing, reason: reason))
        }
        assignments.sort { ($0.needID, $0.nib, $0.sku) < ($1.needID, $1.nib, $1.sku) }
        unassigned.sort { $0.needID < $1.needID }
        return Plan(assignments: assignments, unassigned: unassigned, coveredValue: covered)
    }
}
