import GRDB
import GRDBSQLite

extension CatalogSnapshot {
    /// Shelves and the suppliers their numbers index.
    typealias BuiltGroup = (suppliers: [Supplier], shelves: [(category: String, shelf: ShelfDraft)])

    /// Shelves of `categories` built from the catalog's rows, their suppliers numbered by
    /// their place in `suppliers` (NIB order).
    static func build(_ db: Database, categories: [String]) throws -> BuiltGroup {
        let filter = "WHERE category IN (\(categories.map { _ in "?" }.joined(separator: ", ")))"
        let arguments = StatementArguments(categories)
        // Only the suppliers the loaded items name: one need's category does not read the whole directory.
        let suppliers = try Supplier.fetchAll(
            db, sql: "SELECT * FROM supplier WHERE nib IN (SELECT nib FROM catalog_item \(filter)) ORDER BY nib",
            arguments: arguments)
        var numbers: [String: Int32] = [:]
        for (number, supplier) in suppliers.enumerated() { numbers[supplier.nib] = Int32(number) }
        let inactive = suppliers.map { !$0.active }
        let large = suppliers.map { $0.scale == .besar }
        let supplierMasks = suppliers.map { mask($0.certifications.map(\.type)) }
        let supplierOthers = suppliers.map { otherTypes($0.certifications.map(\.type)) }
        let supplierRegions = suppliers.map { RegionCode.number($0.region) }
        let supplierOpen = suppliers.map { $0.active && $0.scale != .besar }

        let statement = try db.makeStatement(
            sql: """
                SELECT nib, sku, name, category, unit, unit_price, capacity_per_month, lead_time_days, tkdn,
                       certifications, description
                FROM catalog_item \(filter) ORDER BY category, unit_price, nib, sku
                """)
        try statement.setArguments(arguments)
        let handle = statement.sqliteStatement
        var shelves: [(category: String, shelf: ShelfDraft)] = []
        var category = ""
        var shelf = ShelfDraft()
        var loader = Loader()
        func close() {
            guard !category.isEmpty else { return }
            loader.close(&shelf)
            shelves.append((category, shelf))
        }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: code),
                    message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            guard let number = numbers[Loader.text(handle, 0)] else { continue }
            let rowCategory = Loader.text(handle, 3)
            if rowCategory != category {
                close()
                (category, shelf, loader) = (rowCategory, ShelfDraft(), Loader())
            }
            let supplier = Int(number)
            let name = loader.name(Loader.text(handle, 2))
            let description = loader.terms(Loader.text(handle, 10))
            let sentra = loader.terms(suppliers[supplier].sentra)
            shelf.append(
                price: sqlite3_column_int64(handle, 5), lead: Loader.integer(handle, 7),
                capacity: Loader.integer(handle, 6),
                mask: supplierMasks[supplier] | loader.mask(Loader.text(handle, 9)),
                others: loader.others(Loader.text(handle, 9), supplier: supplierOthers[supplier], shelf: &shelf),
                supplier: number, region: supplierRegions[supplier], tkdn: Loader.integer(handle, 8).map(Int32.init),
                sku: Loader.text(handle, 1), name: name.id, firstTerm: name.first,
                unit: loader.string(Loader.text(handle, 4)).id,
                nameTerms: name.terms, descriptionTerms: description.sortedUnion(sentra),
                open: supplierOpen[supplier])
        }
        close()
        // Summaries and indexes, one category per core.
        let unfinished = shelves
        let finished = ParallelMap.map(unfinished.count) { index in
            var shelf = unfinished[index].shelf
            shelf.finish(inactive: inactive, large: large)
            return shelf
        }
        return (suppliers, zip(shelves, finished).map { ($0.category, $1) })
    }
}

extension CatalogSnapshot {
    /// ``build(_:categories:)`` split in two halves of about equal item counts, the second read
    /// through a second read-only connection on another core. That connection must see the same
    /// rows (`source`, the latest supplier or catalog import); if it cannot, the half is built
    /// here after the first, so the result never depends on how it was split.
    static func buildInParallel(_ db: Database, categories: [String], source: Int64) throws -> [BuiltGroup] {
        let path = String(cString: sqlite3_db_filename(db.sqliteConnection, "main"))
        guard categories.count > 1, !path.isEmpty else { return [try build(db, categories: categories)] }
        let marks = categories.map { _ in "?" }.joined(separator: ", ")
        let sizes = try Dictionary(
            uniqueKeysWithValues: Row.fetchAll(
                db,
                sql: "SELECT category, count(*) AS n FROM catalog_item WHERE category IN (\(marks)) GROUP BY category",
                arguments: StatementArguments(categories)
            ).map { ($0["category"] as String, $0["n"] as Int) })
        // Largest first onto the lighter half.
        var halves: [[String]] = [[], []]
        var weights = [0, 0]
        for category in categories.sorted(by: { (sizes[$0] ?? 0, $1) > (sizes[$1] ?? 0, $0) }) {
            let lighter = weights[0] <= weights[1] ? 0 : 1
            halves[lighter].append(category)
            weights[lighter] += sizes[category] ?? 0
        }
        // A second connection of its own. (Mapping the file there was tried: 1 s faster at L, but the
        // mapped pages counted in the peak memory, 553 → 814 MiB.)
        @Sendable func elsewhere(_ half: [String]) -> BuiltGroup? {
            var configuration = Configuration()
            configuration.readonly = true
            guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return nil }
            return try? queue.read { other in
                try CatalogCache.source(other) == source ? build(other, categories: half) : nil
            }
        }
        let (first, second) = (halves[0], halves[1])
        let background = Background { elsewhere(second) }
        let here = try build(db, categories: first)
        return [here, try background.value ?? build(db, categories: second)]
    }
}
