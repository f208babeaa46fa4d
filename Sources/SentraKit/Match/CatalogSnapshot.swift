import GRDB

/// The directory and catalog in memory, arranged for matching: items per
/// category sorted by unit price, with their text as interned term ids and
/// an inverted index from term to items, computed once per run.
public struct CatalogSnapshot: Sendable {
    /// A supplier shared by all its entries (one reference, not a copy per item).
    final class SupplierBox: Sendable {
        let value: Supplier
        let regionCode: Int32
        let number: Int32
        init(_ value: Supplier, number: Int32) {
            self.value = value
            self.number = number
            regionCode = Int32(value.region.filter(\.isNumber)) ?? 0
        }
    }

    /// A catalog item with what matching needs of it precomputed.
    public struct Entry: Sendable {
        public var item: CatalogItem
        let box: SupplierBox
        public var supplier: Supplier { box.value }
        /// Sorted term ids of the product name, and of its description and sentra.
        var nameTerms: [Int32]
        var descriptionTerms: [Int32]
        /// Certificate types held by the product or its supplier.
        var certificateTypes: Set<String>
        var certificateMask: UInt8
        /// Active and not `besar`.
        var open: Bool
    }

    /// A category's entries as columns for the hot loop: plain values, so reading
    /// one item costs no reference counting.
    struct Columns: Sendable {
        var price: [Int64] = []  // sen
        var lead: [Int64] = []  // days; -1 unknown
        var capacity: [Int64] = []  // per month; -1 unknown
        var mask: [UInt8] = []
        var open: [Bool] = []
        var inactive: [Bool] = []
        var large: [Bool] = []
        var region: [Int32] = []
        var tkdn: [Int] = []  // 0–1000
        var tkdnBasisPoints: [Int] = []  // -1 unknown
        var scale: [Scale] = []
        var supplier: [Int32] = []
        /// Item i's name terms are terms[termStart[i]..<nameEnd[i]], its description's
        /// nameEnd[i]..<termStart[i + 1]; each run sorted.
        var termStart: [Int32] = [0]
        var nameEnd: [Int32] = []
        var terms: [Int32] = []

        mutating func append(_ entry: Entry, supplier number: Int32) {
            price.append(entry.item.unitPrice.sen)
            lead.append(entry.item.leadTimeDays ?? -1)
            capacity.append(entry.item.capacityPerMonth ?? -1)
            mask.append(entry.certificateMask)
            open.append(entry.open)
            inactive.append(!entry.supplier.active)
            large.append(entry.supplier.scale == .besar)
            region.append(entry.box.regionCode)
            tkdn.append((entry.item.tkdn?.basisPoints ?? 0) / 10)
            tkdnBasisPoints.append(entry.item.tkdn?.basisPoints ?? -1)
            scale.append(entry.supplier.scale)
            supplier.append(number)
            terms += entry.nameTerms
            nameEnd.append(Int32(terms.count))
            terms += entry.descriptionTerms
            termStart.append(Int32(terms.count))
        }
    }

    public var suppliers: [String: Supplier]
    /// Category slug → the same entries as columns.
    var columns: [String: Columns] = [:]
    /// Number of suppliers (the range of ``Columns/supplier``).
    var supplierCount = 0
    /// Category slug → entries sorted by unit price, then nib and sku.
    public var byCategory: [String: [Entry]]
    /// Term → id, for every term in the catalog.
    var termIDs: [String: Int32] = [:]
    /// Category → term id → indices of the entries holding it, ascending.
    var postings: [String: [Int32: [Int32]]] = [:]

    /// Certificate types as bits, for the hot eligibility check.
    static let certificateBits: [String: UInt8] = ["halal": 1, "pirt": 2, "bpom": 4, "sni": 8, "tkdn": 16]

    static func mask(_ types: some Sequence<String>) -> UInt8 {
        types.reduce(0) { $0 | (certificateBits[$1] ?? 0x80) }
    }

    /// Loads every supplier and the catalog items of `categories` (every category when nil).
    public static func load(_ db: Database, categories: Set<String>? = nil) throws -> CatalogSnapshot {
        var boxes: [String: SupplierBox] = [:]
        var suppliers: [String: Supplier] = [:]
        for supplier in try Supplier.fetchAll(db, sql: "SELECT * FROM supplier") {
            suppliers[supplier.nib] = supplier
            boxes[supplier.nib] = SupplierBox(supplier, number: Int32(boxes.count))
        }
        var snapshot = CatalogSnapshot(suppliers: suppliers, byCategory: [:])
        snapshot.supplierCount = boxes.count
        var sentraTerms: [String: [Int32]] = [:]
        let filter = categories.map { "WHERE category IN (\($0.map { _ in "?" }.joined(separator: ", ")))" } ?? ""
        let cursor = try CatalogItem.fetchCursor(
            db, sql: "SELECT * FROM catalog_item \(filter) ORDER BY category, unit_price, nib, sku",
            arguments: StatementArguments(categories.map { $0.sorted() } ?? []))
        while var item = try cursor.next() {
            guard let box = boxes[item.nib] else { continue }
            let supplier = box.value
            let types = Set(item.certifications.map(\.type)).union(supplier.certifications.map(\.type))
            let fromSentra: [Int32]
            if let cached = sentraTerms[supplier.nib] {
                fromSentra = cached
            } else {
                fromSentra = snapshot.intern(TextFit.terms(supplier.sentra))
                sentraTerms[supplier.nib] = fromSentra
            }
            let name = snapshot.intern(TextFit.terms(item.name))
            let description = Array(Set(snapshot.intern(TextFit.terms(item.description)) + fromSentra)).sorted()
            item.description = ""  // only its terms are needed from here on
            let entry = Entry(
                item: item, box: box, nameTerms: name.sorted(), descriptionTerms: description,
                certificateTypes: types, certificateMask: mask(types),
                open: supplier.active && supplier.scale != .besar)
            let index = Int32(snapshot.byCategory[item.category, default: []].count)
            snapshot.byCategory[item.category, default: []].append(entry)
            snapshot.columns[item.category, default: Columns()].append(entry, supplier: box.number)
            for term in Set(name + description) {
                snapshot.postings[item.category, default: [:]][term, default: []].append(index)
            }
        }
        return snapshot
    }

    private mutating func intern(_ terms: [String]) -> [Int32] {
        terms.map { term in
            if let id = termIDs[term] { return id }
            let id = Int32(termIDs.count)
            termIDs[term] = id
            return id
        }
    }

    /// Ids of `terms`; a term no item has gets -1, which matches nothing.
    func ids(_ terms: [String]) -> [Int32] { terms.map { termIDs[$0] ?? -1 } }
}
