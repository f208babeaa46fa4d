extension Matcher {
    /// Marks of the items scored for the current need: `visited[i] == epoch`.
    struct Scratch {
        var visited: [UInt16]
        var epoch: UInt16 = 0
        /// Needs' texts as their shelves read them (``CatalogSnapshot/needText(_:on:)``), by
        /// category, unit and description: offices repeat package names (`Belanja Makanan dan Minuman
        /// Rapat …`), and reading one costs more than ranking many needs' items. Emptied past
        /// ``textLimit`` entries, so memory stays bounded.
        var texts: [String: NeedText] = [:]
        static let textLimit = 8_192

        init(_ catalog: CatalogSnapshot) {
            visited = Array(repeating: 0, count: catalog.shelves.values.map(\.count).max() ?? 0)
        }

        /// `need`'s text on `shelf`, its category's, read once per distinct description.
        mutating func text(_ need: Need, on shelf: CatalogShelf, _ catalog: CatalogSnapshot) -> NeedText {
            // The unit too: a quantity counted in litres names no pack (``NeedText/packSize(of:)``).
            let key = need.category + "\u{1F}" + need.unit + "\u{1F}" + need.description
            if let known = texts[key] { return known }
            let text = catalog.needText(need, on: shelf)
            if texts.count >= Self.textLimit { texts.removeAll(keepingCapacity: true) }
            texts[key] = text
            return text
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
