extension Matcher {
    /// Marks of the items scored for the current need: `visited[i] == epoch`.
    struct Scratch {
        var visited: [UInt16]
        var epoch: UInt16 = 0

        init(_ catalog: CatalogSnapshot) {
            visited = Array(repeating: 0, count: catalog.shelves.values.map(\.count).max() ?? 0)
        }

        /// Starts a need: every mark is forgotten at once.
        mutating func next() {
            epoch &+= 1
            if epoch == 0 {
                for i in visited.indices { visited[i] = 0 }
                epoch = 1
            }
        }
    }
}
