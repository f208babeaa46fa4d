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
public struct Planner {
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
        var arcs: [(need: Int, entry: CatalogSnapshot.Entry, month: String, node: Int)] = []
        var noCandidate: [Int: String] = [:]
        var matcher = Matcher(catalog: catalog, asOf: eligibility.asOf, top: 1)
        let firstItemNode = 2 + needs.count

        for (index, need) in needs.enumerated() {
            let month = String(eligibility.deadline(need).description.prefix(7))
            let terms = catalog.ids(TextFit.terms(need.description))
            let entries = catalog.byCategory[need.category] ?? []
            // Entries are sorted by price: nothing past the budget cut is eligible.
            let affordable = entries.partitioningIndex {
                $0.item.unitPrice.times(need.quantity).map { $0 > need.budget } ?? true
            }
            // The hard constraints of match, through the same integer gate, but capacity
            // is the flow's to enforce month by month: an item too small to carry the whole
            // need alone may still carry part of it.
            let columns = catalog.columns[need.category] ?? CatalogSnapshot.Columns()
            var gate = Matcher.Gate(need, eligibility)
            gate.quantity = 0
            var eligible = 0
            var counting: [Int] = []
            for index in 0..<affordable where gate.passes(columns, index) {
                eligible += 1
                // Covering a need with a supplier that does not count adds cost and no value,
                // so the optimum never uses it: leave such arcs out.
                let tkdn =
                    columns.tkdnBasisPoints[index] < 0 ? nil : Percent(basisPoints: columns.tkdnBasisPoints[index])
                guard metric.counts(scale: columns.scale[index], tkdn: tkdn) else { continue }
                counting.append(index)
            }
            // A category is coarse (kerajinan holds key rings and bamboo boxes): when some items
            // share a word with the need's description, only those may carry it. Then the
            // cheapest `candidatesPerNeed` of them, which bounds the graph.
            let relevant = counting.filter { index in
                columns.terms.withUnsafeBufferPointer { all in
                    TextFit.fit(
                        need: terms,
                        name: UnsafeBufferPointer(
                            rebasing: all[Int(columns.termStart[index])..<Int(columns.nameEnd[index])]),
                        description: UnsafeBufferPointer(
                            rebasing: all[Int(columns.nameEnd[index])..<Int(columns.termStart[index + 1])])) > 0
                }
            }
            let pool = (relevant.isEmpty ? counting : relevant).prefix(Planner.candidatesPerNeed)
            for entryIndex in pool {
                let item = entries[entryIndex].item
                let key = "\(item.nib)\u{1F}\(item.sku)\u{1F}\(month)"
                let node: Int
                if let existing = itemMonthNode[key] {
                    node = existing
                } else {
                    node = firstItemNode + itemMonthCapacity.count
                    itemMonthNode[key] = node
                    // Unknown capacity: unlimited, as in match (docs/planning.md).
                    itemMonthCapacity.append(item.capacityPerMonth ?? Int64.max / 8)
                }
                arcs.append((index, entries[entryIndex], month, node))
            }
            if eligible == 0 {
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
        for key in groups.keys.sorted() {
            let members = groups[key]!
            // Local nodes: 0 source, 1 sink, 2… the group's needs, then its item-months.
            var localItem: [Int: Int] = [:]
            for need in members {
                for arc in arcsByNeed[need] where localItem[arcs[arc].node] == nil {
                    localItem[arcs[arc].node] = 2 + members.count + localItem.count
                }
            }
            guard !localItem.isEmpty else { continue }
            let nodeCount = 2 + members.count + localItem.count
            var flow = MinCostFlow(nodes: nodeCount)
            var handles: [(arc: Int, handle: (Int, Int))] = []
            for (position, index) in members.enumerated() {
                let need = needs[index]
                flow.addEdge(from: 0, to: 2 + position, capacity: need.quantity, cost: .zero)
                for arc in arcsByNeed[index] {
                    let entry = arcs[arc].entry
                    let tier = Int64(Matcher.tier(entry.supplier.region, need.region))
                    let cost = FlowCost(-Planner.unitValue(need), entry.item.unitPrice.sen, tier)
                    let handle = flow.addEdge(
                        from: 2 + position, to: localItem[arcs[arc].node]!, capacity: need.quantity, cost: cost)
                    handles.append((arc, handle))
                }
            }
            for (global, local) in localItem.sorted(by: { $0.value < $1.value }) {
                flow.addEdge(from: local, to: 1, capacity: itemMonthCapacity[global - firstItemNode], cost: .zero)
            }
            _ = flow.solve(source: 0, sink: 1, order: [0] + Array(2..<nodeCount) + [1])
            for (arc, handle) in handles { arcFlow[arc] = flow.flow(handle) }
        }

        var assignments: [Assignment] = []
        var placed = Array(repeating: Int64(0), count: needs.count)
        var covered = Rupiah.zero
        for (arc, quantity) in zip(arcs, arcFlow) {
            guard quantity > 0 else { continue }
            let need = needs[arc.need]
            let qualifies = metric.counts(scale: arc.entry.supplier.scale, tkdn: arc.entry.item.tkdn)
            placed[arc.need] += quantity
            if qualifies { covered += Rupiah(sen: need.budget.sen * quantity / need.quantity) }
            assignments.append(
                Assignment(
                    needID: need.id, opdCode: need.opdCode, nib: arc.entry.item.nib, sku: arc.entry.item.sku,
                    quantity: quantity, total: arc.entry.item.unitPrice.times(quantity)!, qualifies: qualifies,
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
