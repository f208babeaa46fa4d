import GRDB

/// The directory and catalog in memory, arranged for matching: one ``CatalogShelf``
/// per category, items sorted by unit price, text as term ids with an inverted
/// index from term to items. Loaded once per run, from the match cache (``CatalogCache``)
/// where it is current, else from the catalog's rows.
public struct CatalogSnapshot: Sendable {
    /// The suppliers of the loaded items, numbered in NIB order (``CatalogShelf/supplier`` holds the number).
    public private(set) var suppliers: [Supplier] = []
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
    public static func load(_ db: Database, categories: Set<String>? = nil) throws -> CatalogSnapshot {
        var snapshot = CatalogSnapshot()
        snapshot.source = try CatalogCache.source(db)
        let wanted =
            try categories.map { $0.sorted() }
            ?? String.fetchAll(db, sql: "SELECT DISTINCT category FROM catalog_item ORDER BY category")
        // Shelves first number suppliers by their own list (one list per cached shelf, one for
        // all shelves built here); renumbered for the snapshot below.
        var groups: [BuiltGroup] = []
        var missing: [String] = []
        for category in wanted {
            if let (shelf, suppliers) = try CatalogCache.shelf(db, category: category, source: snapshot.source) {
                groups.append((suppliers, [(category, shelf)]))
            } else {
                missing.append(category)
            }
        }
        if !missing.isEmpty {
            let built = try buildInParallel(db, categories: missing, source: snapshot.source)
            groups += built
            snapshot.unsaved = built.flatMap { $0.shelves.map(\.category) }
        }
        if groups.count == 1 {
            // One list, already in NIB order, numbering its shelves: the common case of a single need.
            snapshot.suppliers = groups[0].suppliers
            for (category, shelf) in groups[0].shelves { snapshot.shelves[category] = shelf }
        } else {
            var known: [String: Supplier] = [:]
            for group in groups {
                for supplier in group.suppliers where known[supplier.nib] == nil { known[supplier.nib] = supplier }
            }
            snapshot.suppliers = known.values.sorted { $0.nib < $1.nib }
            var numbers: [String: Int32] = [:]
            for (number, supplier) in snapshot.suppliers.enumerated() { numbers[supplier.nib] = Int32(number) }
            for group in groups {
                let renumber = group.suppliers.map { numbers[$0.nib]! }
                for (category, shelf) in group.shelves {
                    var placed = shelf
                    placed.supplier = shelf.supplier.map { renumber[Int($0)] }
                    snapshot.shelves[category] = placed
                }
            }
        }
        snapshot.inactive = snapshot.suppliers.map { !$0.active }
        snapshot.large = snapshot.suppliers.map { $0.scale == .besar }
        snapshot.umkk = snapshot.suppliers.map(\.scale.countsTowardUMKK)
        return snapshot
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
