import GRDB

/// The directory and catalog in memory, arranged for matching: one ``CatalogShelf``
/// per category, items sorted by unit price, text as term ids with an inverted
/// index from term to items. Loaded once per run, from the match cache (``CatalogCache``)
/// where it is current, else from the catalog's rows.
public struct CatalogSnapshot: Sendable {
    /// The suppliers of the loaded items, numbered in NIB order (``CatalogShelf/supplier`` holds the number).
    public private(set) var suppliers = SupplierList(SupplierTable())
    /// Per supplier number: inactive; a large business (`besar`).
    var inactive: [Bool] = []
    var large: [Bool] = []
    /// Per supplier number: counts toward the UMK-K target (``Scale/countsTowardUMKK``).
    var umkk: [Bool] = []
    /// Category slug → its items.
    var shelves: [String: CatalogShelf] = [:]
    /// The import the loaded rows stand at (``CatalogCache/source(_:)``), and the shelves
    /// built from rows in this load, not yet in the cache.
    var source: Int64 = 0
    var unsaved: [String] = []
    /// The archives of the ``unsaved`` shelves (which their columns point into) and the cache
    /// file names they were written for.
    var archives: [String: (bytes: ShelfBytes, token: CacheToken)] = [:]

    /// The five certificate types the contract names, as bits, for the hot eligibility check.
    /// Every other type (the vocabulary is open) sets `0x80`, a quick test that some other
    /// type is held; which ones is the item's ``CatalogShelf/others`` set, compared by slug.
    static let certificateBits: [String: UInt8] = ["halal": 1, "pirt": 2, "bpom": 4, "sni": 8, "tkdn": 16]

    static func mask(_ types: some Sequence<String>) -> UInt8 {
        types.reduce(0) { $0 | (certificateBits[$1] ?? 0x80) }
    }

    /// The types a mask stands for, sorted.
    static func types(_ mask: UInt8) -> Set<String> {
        Set(certificateBits.filter { mask & $0.value != 0 }.map(\.key))
    }

    /// Loads the catalog items of `categories` (every category when nil) and their suppliers.
    /// Shelves come from the match cache when it was built from the current rows; the others
    /// are built from the rows and listed in ``unsaved``.
    /// `fromRows` skips the cache (tests compare the two).
    public static func load(_ db: Database, categories: Set<String>? = nil, fromRows: Bool = false) throws
        -> CatalogSnapshot
    {
        var snapshot = CatalogSnapshot()
        snapshot.source = try CatalogCache.source(db)
        let wanted =
            try categories.map { $0.sorted() }
            ?? String.fetchAll(db, sql: "SELECT DISTINCT category FROM catalog_item ORDER BY category")
        // Each shelf numbers its suppliers by its own table; renumbered for the snapshot below.
        var parts: [(category: String, shelf: CatalogShelf, table: SupplierTable)] = []
        var missing: [String] = []
        for category in wanted {
            if !fromRows, let (shelf, table) = try CatalogCache.shelf(db, category: category, source: snapshot.source) {
                parts.append((category, shelf, table))
            } else {
                missing.append(category)
            }
        }
        if !missing.isEmpty {
            // Built shelves are read as cached ones are: in place, from their archive (which is
            // also what the cache saves), so both are matched on by one code path.
            var built = try buildInParallel(db, categories: missing, source: snapshot.source)
            while let group = built.popLast() {
                for (category, draft) in group.shelves {
                    let token = CacheToken.random()
                    let bytes = ShelfBytes(copying: draft.archive(suppliers: group.suppliers, token: token))
                    let (shelf, table) = try CatalogShelf.unarchive(bytes, token: token)
                    parts.append((category, shelf, table))
                    snapshot.unsaved.append(category)
                    snapshot.archives[category] = (bytes, token)
                }
            }
            snapshot.unsaved.sort()
        }
        parts.sort { $0.category < $1.category }
        if parts.count == 1 {
            // One table, already in NIB order, numbering its shelf: the common case of a single need.
            snapshot.suppliers = SupplierList(parts[0].table)
            snapshot.shelves[parts[0].category] = parts[0].shelf
        } else {
            snapshot.merge(parts)
        }
        (snapshot.inactive, snapshot.large, snapshot.umkk) = snapshot.suppliers.flags()
        return snapshot
    }

    /// Numbers the suppliers of several shelves as one list in NIB order (a supplier on two
    /// shelves once) and renumbers each shelf's items by it.
    private mutating func merge(_ parts: [(category: String, shelf: CatalogShelf, table: SupplierTable)]) {
        var first: [String: (table: Int32, row: Int32)] = [:]
        var nibs: [[String]] = []
        for (t, part) in parts.enumerated() {
            let tableNIBs = Array(part.table.nib)
            nibs.append(tableNIBs)
            for (row, nib) in tableNIBs.enumerated() where first[nib] == nil { first[nib] = (Int32(t), Int32(row)) }
        }
        let ordered = first.sorted { $0.key < $1.key }
        var numbers: [String: Int32] = [:]
        for (number, entry) in ordered.enumerated() { numbers[entry.key] = Int32(number) }
        suppliers = SupplierList(tables: parts.map(\.table), entries: ordered.map(\.value))
        for (t, part) in parts.enumerated() {
            let renumber = nibs[t].map { numbers[$0]! }
            var placed = part.shelf
            let (renumbered, storage) = ShelfColumn.copying(part.shelf.supplier.map { renumber[Int($0)] })
            placed.supplier = renumbered
            placed.owners.append(storage)
            shelves[part.category] = placed
        }
    }

    /// The catalog item at `index` of `category`'s shelf, rebuilt for explanations: its
    /// certifications are the types it and its supplier hold, without numbers; no description.
    func item(_ category: String, _ index: Int) -> CatalogItem {
        let shelf = shelves[category]!
        return CatalogItem(
            nib: suppliers[Int(shelf.supplier[index])].nib, sku: shelf.sku[index],
            name: shelf.strings[Int(shelf.name[index])], category: category,
            unit: shelf.strings[Int(shelf.unit[index])], unitPrice: Rupiah(sen: shelf.price[index]),
            capacityPerMonth: shelf.capacity[index] < 0 ? nil : shelf.capacity[index],
            leadTimeDays: shelf.lead[index] < 0 ? nil : shelf.lead[index],
            tkdn: shelf.tkdnBasisPoints[index] < 0 ? nil : Percent(basisPoints: Int(shelf.tkdnBasisPoints[index])),
            certifications: shelf.certificateTypes(index).sorted().map { Certification(type: $0) })
    }

    /// The supplier of the item at `index` of `shelf`.
    func supplier(_ shelf: CatalogShelf, _ index: Int) -> Supplier { suppliers[Int(shelf.supplier[index])] }
}
