import GRDB

/// The directory and catalog in memory, arranged for matching: items per
/// category sorted by unit price, each with its text terms computed once.
public struct CatalogSnapshot: Sendable {
    /// A catalog item with what matching needs of it precomputed.
    public struct Entry: Sendable {
        public var item: CatalogItem
        public var supplier: Supplier
        var nameTerms: Set<String>
        var descriptionTerms: Set<String>
        /// Certificate types held by the product or its supplier.
        var certificateTypes: Set<String>
    }

    public var suppliers: [String: Supplier]
    /// Category slug → entries sorted by unit price, then nib and sku.
    public var byCategory: [String: [Entry]]

    /// Loads every supplier and the catalog items of `categories` (every category when nil).
    public static func load(_ db: Database, categories: Set<String>? = nil) throws -> CatalogSnapshot {
        var suppliers: [String: Supplier] = [:]
        for supplier in try Supplier.fetchAll(db, sql: "SELECT * FROM supplier") {
            suppliers[supplier.nib] = supplier
        }
        var byCategory: [String: [Entry]] = [:]
        let filter = categories.map { "WHERE category IN (\($0.map { _ in "?" }.joined(separator: ", ")))" } ?? ""
        let cursor = try CatalogItem.fetchCursor(
            db, sql: "SELECT * FROM catalog_item \(filter) ORDER BY category, unit_price, nib, sku",
            arguments: StatementArguments(categories.map { $0.sorted() } ?? []))
        while let item = try cursor.next() {
            guard let supplier = suppliers[item.nib] else { continue }
            let types = Set(item.certifications.map(\.type)).union(supplier.certifications.map(\.type))
            let entry = Entry(
                item: item, supplier: supplier, nameTerms: Set(TextFit.terms(item.name)),
                descriptionTerms: Set(TextFit.terms(item.description + " " + supplier.sentra)),
                certificateTypes: types)
            byCategory[item.category, default: []].append(entry)
        }
        return CatalogSnapshot(suppliers: suppliers, byCategory: byCategory)
    }
}
