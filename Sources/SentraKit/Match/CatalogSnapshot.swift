import GRDB
import GRDBSQLite

/// The directory and catalog in memory, arranged for matching: one ``CatalogShelf``
/// per category, items sorted by unit price, text as interned term ids with an
/// inverted index from term to items. Loaded once per run.
public struct CatalogSnapshot: Sendable {
    /// Every supplier, numbered in NIB order (``CatalogShelf/supplier`` holds the number).
    public private(set) var suppliers: [Supplier] = []
    /// Per supplier number: inactive; a large business (`besar`).
    var inactive: [Bool] = []
    var large: [Bool] = []
    /// Category slug → its items.
    var shelves: [String: CatalogShelf] = [:]
    /// Product names and units, shared by the items that use them.
    var strings: [String] = []
    /// Term → id, for every term in the catalog.
    var termIDs: [String: Int32] = [:]

    /// Certificate types as bits, for the hot eligibility check. The contract's types
    /// are a closed set (import refuses others), so a mask says exactly what is held.
    static let certificateBits: [String: UInt8] = ["halal": 1, "pirt": 2, "bpom": 4, "sni": 8, "tkdn": 16]

    static func mask(_ types: some Sequence<String>) -> UInt8 {
        types.reduce(0) { $0 | (certificateBits[$1] ?? 0x80) }
    }

    /// The types a mask stands for, sorted.
    static func types(_ mask: UInt8) -> Set<String> {
        Set(certificateBits.filter { mask & $0.value != 0 }.map(\.key))
    }

    /// Loads every supplier and the catalog items of `categories` (every category when nil).
    public static func load(_ db: Database, categories: Set<String>? = nil) throws -> CatalogSnapshot {
        var loader = Loader()
        var snapshot = CatalogSnapshot()
        var numbers: [String: Int32] = [:]
        var supplierTerms: [[Int32]] = []
        let filter = categories.map { "WHERE category IN (\($0.map { _ in "?" }.joined(separator: ", ")))" } ?? ""
        let arguments = StatementArguments(categories.map { $0.sorted() } ?? [])
        // Only the suppliers the loaded items name: one need's category does not read the whole directory.
        let owners =
            categories == nil ? "" : "WHERE nib IN (SELECT nib FROM catalog_item \(filter))"
        for supplier in try Supplier.fetchAll(
            db, sql: "SELECT * FROM supplier \(owners) ORDER BY nib", arguments: arguments)
        {
            numbers[supplier.nib] = Int32(snapshot.suppliers.count)
            snapshot.suppliers.append(supplier)
            supplierTerms.append(loader.terms(supplier.sentra))
        }
        snapshot.inactive = snapshot.suppliers.map { !$0.active }
        snapshot.large = snapshot.suppliers.map { $0.scale == .besar }
        let supplierMasks = snapshot.suppliers.map { mask($0.certifications.map(\.type)) }
        let supplierRegions = snapshot.suppliers.map { Int32($0.region.filter(\.isNumber)) ?? 0 }
        let supplierOpen = snapshot.suppliers.map { $0.active && $0.scale != .besar }

        let statement = try db.makeStatement(
            sql: """
                SELECT nib, sku, name, category, unit, unit_price, capacity_per_month, lead_time_days, tkdn,
                       certifications, description
                FROM catalog_item \(filter) ORDER BY category, unit_price, nib, sku
                """)
        try statement.setArguments(arguments)
        let handle = statement.sqliteStatement
        var category = ""
        var shelf = CatalogShelf()
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
                if !category.isEmpty { snapshot.shelves[category] = shelf }
                category = rowCategory
                shelf = CatalogShelf()
            }
            let supplier = Int(number)
            let name = loader.string(Loader.text(handle, 2))
            let description = loader.terms(Loader.text(handle, 10))
            shelf.append(
                price: sqlite3_column_int64(handle, 5), lead: Loader.integer(handle, 7),
                capacity: Loader.integer(handle, 6),
                mask: supplierMasks[supplier] | loader.mask(Loader.text(handle, 9)),
                supplier: number, region: supplierRegions[supplier], tkdn: Loader.integer(handle, 8).map(Int32.init),
                sku: Loader.text(handle, 1), name: name.id, unit: loader.string(Loader.text(handle, 4)).id,
                nameTerms: name.terms, descriptionTerms: description.sortedUnion(supplierTerms[supplier]),
                open: supplierOpen[supplier])
        }
        if !category.isEmpty { snapshot.shelves[category] = shelf }
        // Summaries and per-area indexes, one category per core.
        let slugs = snapshot.shelves.keys.sorted()
        let unfinished = slugs.map { snapshot.shelves[$0]! }
        let (inactive, large) = (snapshot.inactive, snapshot.large)
        let finished = ParallelMap.map(unfinished.count) { index in
            var shelf = unfinished[index]
            shelf.finish(inactive: inactive, large: large)
            return shelf
        }
        for (category, shelf) in zip(slugs, finished) { snapshot.shelves[category] = shelf }
        snapshot.strings = loader.strings
        snapshot.termIDs = loader.termIDs
        return snapshot
    }

    /// Ids of `terms`; a term no item has gets -1, which matches nothing.
    func ids(_ terms: [String]) -> [Int32] { terms.map { termIDs[$0] ?? -1 } }

    /// The catalog item at `index` of `category`'s shelf, rebuilt for explanations: its
    /// certifications are the types it and its supplier hold, without numbers; no description.
    func item(_ category: String, _ index: Int) -> CatalogItem {
        let shelf = shelves[category]!
        return CatalogItem(
            nib: suppliers[Int(shelf.supplier[index])].nib, sku: shelf.sku[index],
            name: strings[Int(shelf.name[index])], category: category, unit: strings[Int(shelf.unit[index])],
            unitPrice: Rupiah(sen: shelf.price[index]),
            capacityPerMonth: shelf.capacity[index] < 0 ? nil : shelf.capacity[index],
            leadTimeDays: shelf.lead[index] < 0 ? nil : shelf.lead[index],
            tkdn: shelf.tkdnBasisPoints[index] < 0 ? nil : Percent(basisPoints: Int(shelf.tkdnBasisPoints[index])),
            certifications: CatalogSnapshot.types(shelf.mask[index]).sorted().map { Certification(type: $0) })
    }

    /// The supplier of the item at `index` of `shelf`.
    func supplier(_ shelf: CatalogShelf, _ index: Int) -> Supplier { suppliers[Int(shelf.supplier[index])] }
}
