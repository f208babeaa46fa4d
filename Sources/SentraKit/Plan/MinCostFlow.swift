/// A lexicographic cost: compared first by `primary`, then `secondary`, then
/// `tertiary`. Sums are componentwise, so shortest paths stay exact integers
/// and the plan's ordered objectives (value, then cost, then nearness) need no
/// weights that could overflow or round.
public struct FlowCost: Sendable, Comparable, Hashable, AdditiveArithmetic {
    public var primary: Int64
    public var secondary: Int64
    public var tertiary: Int64

    public init(_ primary: Int64, _ secondary: Int64 = 0, _ tertiary: Int64 = 0) {
        self.primary = primary
        self.secondary = secondary
        self.tertiary = tertiary
    }

    public static let zero = FlowCost(0)
    public static let infinity = FlowCost(.max / 4, .max / 4, .max / 4)

    public static func < (a: FlowCost, b: FlowCost) -> Bool {
        (a.primary, a.secondary, a.tertiary) < (b.primary, b.secondary, b.tertiary)
    }
    public static func + (a: FlowCost, b: FlowCost) -> FlowCost {
        FlowCost(a.primary + b.primary, a.secondary + b.secondary, a.tertiary + b.tertiary)
    }
    public static func - (a: FlowCost, b: FlowCost) -> FlowCost {
        FlowCost(a.primary - b.primary, a.secondary - b.secondary, a.tertiary - b.tertiary)
    }
    static func * (a: FlowCost, k: Int64) -> FlowCost {
        FlowCost(a.primary * k, a.secondary * k, a.tertiary * k)
    }
}

/// Minimum-cost flow by successive shortest paths with Dijkstra on reduced
/// costs (Johnson potentials). Exact on integer capacities, so an optimal flow
/// is integral. Augments only while the path cost is negative: the result is
/// the cheapest flow of any size, which is what the plan wants (covering a
/// need is optional; covering it at a loss never happens).
public struct MinCostFlow {
    struct Edge {
        var to: Int
        var capacity: Int64
        var cost: FlowCost
        var reverse: Int
    }

    private(set) var graph: [[Edge]]

    public init(nodes: Int) { graph = Array(repeating: [], count: nodes) }

    /// Adds an edge and returns its handle for ``flow(_:)``.
    @discardableResult
    public mutating func addEdge(from: Int, to: Int, capacity: Int64, cost: FlowCost) -> (Int, Int) {
        graph[from].append(Edge(to: to, capacity: capacity, cost: cost, reverse: graph[to].count))
        graph[to].append(Edge(to: from, capacity: 0, cost: .zero - cost, reverse: graph[from].count - 1))
        return (from, graph[from].count - 1)
    }

    /// Flow on the edge `handle` after ``solve(source:sink:)``.
    public func flow(_ handle: (Int, Int)) -> Int64 {
        let edge = graph[handle.0][handle.1]
        return graph[edge.to][edge.reverse].capacity
    }

    /// Sends flow from `source` to `sink` along negative-cost paths until none is left.
    /// `order` must be a topological order of the nodes (the graph is a DAG before solving),
    /// used to seed potentials with exact shortest distances.
    public mutating func solve(source: Int, sink: Int, order: [Int]) -> (flow: Int64, cost: FlowCost) {
        let count = graph.count
        var potential = Array(repeating: FlowCost.infinity, count: count)
        potential[source] = .zero
        for node in order where potential[node] < .infinity {
            for edge in graph[node] where edge.capacity > 0 {
                let candidate = potential[node] + edge.cost
                if candidate < potential[edge.to] { potential[edge.to] = candidate }
            }
        }
        for node in 0..<count where !(potential[node] < .infinity) { potential[node] = .zero }

        var totalFlow: Int64 = 0
        var totalCost = FlowCost.zero
        var distance = Array(repeating: FlowCost.infinity, count: count)
        var previous = Array(repeating: (node: -1, edge: -1), count: count)
        while true {
            for index in 0..<count {
                distance[index] = .infinity
                previous[index] = (-1, -1)
            }
            distance[source] = .zero
            var heap = CostHeap()
            heap.push(.zero, source)
            while let (d, node) = heap.pop() {
                if distance[node] < d { continue }
                // Settled the sink: the path is known. Nodes not yet settled are no nearer
                // than the sink, which the potential update below accounts for.
                if node == sink { break }
                for (index, edge) in graph[node].enumerated() where edge.capacity > 0 {
                    let reduced = edge.cost + potential[node] - potential[edge.to]
                    let candidate = d + reduced
                    if candidate < distance[edge.to] {
                        distance[edge.to] = candidate
                        previous[edge.to] = (node, index)
                        heap.push(candidate, edge.to)
                    }
                }
            }
            guard distance[sink] < .infinity else { break }
            // Adding min(distance, distance to the sink) keeps every reduced cost non-negative,
            // whether or not Dijkstra settled the node before it stopped.
            let reach = distance[sink]
            for node in 0..<count {
                potential[node] = potential[node] + (distance[node] < reach ? distance[node] : reach)
            }
            // The real cost of the path is the sink's potential relative to the source's.
            let pathCost = potential[sink] - potential[source]
            guard pathCost < .zero else { break }
            var bottleneck = Int64.max
            var node = sink
            while node != source {
                let step = previous[node]
                bottleneck = min(bottleneck, graph[step.node][step.edge].capacity)
                node = step.node
            }
            node = sink
            while node != source {
                let step = previous[node]
                graph[step.node][step.edge].capacity -= bottleneck
                let reverse = graph[step.node][step.edge].reverse
                graph[node][reverse].capacity += bottleneck
                node = step.node
            }
            totalFlow += bottleneck
            totalCost = totalCost + pathCost * bottleneck
        }
        return (totalFlow, totalCost)
    }
}

/// A binary min-heap of (cost, node).
struct CostHeap {
    private var items: [(FlowCost, Int)] = []

    mutating func push(_ cost: FlowCost, _ node: Int) {
        items.append((cost, node))
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child].0 < items[parent].0 else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (FlowCost, Int)? {
        guard !items.isEmpty else { return nil }
        let top = items[0]
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < items.count && items[left].0 < items[smallest].0 { smallest = left }
                if right < items.count && items[right].0 < items[smallest].0 { smallest = right }
                if smallest == parent { break }
                items.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return top
    }
}
