/// A plan's flow network: need-months (slices) on one side, item-months on the other,
/// an arc wherever an item may carry a need, and the flow placed on each arc.
struct PlanNetwork {
    /// The part of a need that falls in one month.
    struct Slice {
        var need: Int
        var category: String
        var month: String
        var quantity: Int64
    }

    /// `slice` may be carried by shelf item `item`, using the capacity of item-month `node`.
    struct Arc {
        var slice: Int
        var item: Int
        var node: Int
    }

    var slices: [Slice] = []
    var arcs: [Arc] = []
    var arcsBySlice: [[Int]] = []
    var slicesByNeed: [Int: [Int]] = [:]
    /// Per item-month: the item's monthly capacity (unknown: unlimited) and what the flow uses of it.
    var capacity: [Int64] = []
    var load: [Int64] = []
    /// Per arc: units placed.
    var flow: [Int64] = []
    private var nodes: [String: Int] = [:]

    mutating func add(need: Int, category: String, month: String, quantity: Int64, items: [Int], offers: CatalogOffers?)
    {
        let slice = slices.count
        slices.append(Slice(need: need, category: category, month: month, quantity: quantity))
        slicesByNeed[need, default: []].append(slice)
        var mine: [Int] = []
        for item in items {
            let key = "\(category)\u{1F}\(item)\u{1F}\(month)"
            let node: Int
            if let known = nodes[key] {
                node = known
            } else {
                node = capacity.count
                nodes[key] = node
                // Unknown capacity: unlimited, as in match (docs/planning.md).
                capacity.append(offers?.capacity(item) ?? Int64.max / 8)
                load.append(0)
            }
            mine.append(arcs.count)
            arcs.append(Arc(slice: slice, item: item, node: node))
            flow.append(0)
        }
        arcsBySlice.append(mine)
    }

    /// Places `units` on `arc` (negative: takes them off), keeping the item-month's load.
    mutating func place(_ arc: Int, _ units: Int64) {
        flow[arc] += units
        load[arcs[arc].node] += units
    }

    /// The exact optimum of the model. Slices of different categories or months never share
    /// an item-month, so each (category, month) is its own flow; they are solved on every
    /// core, each the same whichever core solves it.
    mutating func solve(_ needs: [Need], _ catalog: CatalogSnapshot) {
        var groups: [String: [Int]] = [:]
        for (index, slice) in slices.enumerated() {
            groups[slice.category + "\u{1F}" + slice.month, default: []].append(index)
        }
        let members = groups.keys.sorted().map { groups[$0]! }
        let network = self
        let solved = ParallelMap.map(members.count) { g -> [(arc: Int, flow: Int64)] in
            network.solve(group: members[g], needs, catalog)
        }
        for group in solved {
            for (arc, units) in group { place(arc, units) }
        }
    }

    private func solve(group: [Int], _ needs: [Need], _ catalog: CatalogSnapshot) -> [(arc: Int, flow: Int64)] {
        // Local nodes: 0 source, 1 sink, 2… the group's slices, then its item-months.
        var local: [Int: Int] = [:]
        for slice in group {
            for arc in arcsBySlice[slice] where local[arcs[arc].node] == nil {
                local[arcs[arc].node] = 2 + group.count + local.count
            }
        }
        guard !local.isEmpty else { return [] }
        let count = 2 + group.count + local.count
        var graph = MinCostFlow(nodes: count)
        var handles: [(arc: Int, handle: (Int, Int))] = []
        for (position, slice) in group.enumerated() {
            let need = needs[slices[slice].need]
            graph.addEdge(from: 0, to: 2 + position, capacity: slices[slice].quantity, cost: .zero)
            let offers = catalog.offers(need.category)!
            let region = need.regionNumber
            for arc in arcsBySlice[slice] {
                let item = arcs[arc].item
                let tier = Int64(Matcher.tier(offers.region(item), region))
                let cost = FlowCost(-Planner.unitValue(need), offers.price(item), tier)
                let handle = graph.addEdge(
                    from: 2 + position, to: local[arcs[arc].node]!, capacity: slices[slice].quantity, cost: cost)
                handles.append((arc, handle))
            }
        }
        for (node, position) in local.sorted(by: { $0.value < $1.value }) {
            graph.addEdge(from: position, to: 1, capacity: capacity[node], cost: .zero)
        }
        _ = graph.solve(source: 0, sink: 1, order: [0] + Array(2..<count) + [1])
        return handles.map { ($0.arc, graph.flow($0.handle)) }
    }
}
