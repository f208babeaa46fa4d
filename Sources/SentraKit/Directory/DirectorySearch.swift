import GRDB

/// `suppliers [QUERY]`: the directory search a buyer uses to find the workshop.
public struct DirectorySearch: Sendable {
    /// One supplier in the results.
    public struct Result: Sendable {
        public var supplier: Supplier
        public var products: Int
        public var categories: [String]
        /// The cheapest and dearest unit price of its products (of `category` when searched by one).
        public var minPrice: Rupiah?
        public var maxPrice: Rupiah?
        /// The largest known monthly capacity of one of those products; nil when none is known.
        public var capacity: Int64?
    }

    public var text: String?
    /// Region code or province prefix (`36` = all of Banten).
    public var region: String?
    public var category: String?
    public var certificate: String?
    public var scale: Scale?
    /// Only suppliers with a product (of `category`, when given) at most this unit price.
    public var maxPrice: Rupiah?
    /// Only suppliers with a product (of `category`, when given) making at least this many a month.
    public var minCapacity: Int64?

    public init() {}

    /// Rebuilds the full-text index if an import happened since it was built.
    public static func refreshIndex(_ db: Database) throws {
        let latest = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM import_run") ?? 0
        let built = try Int64.fetchOne(db, sql: "SELECT built_from_import FROM search_state WHERE id = 1")
        guard built != latest else { return }
        try db.execute(sql: "DELETE FROM supplier_search")
        let insert = try db.makeStatement(sql: "INSERT INTO supplier_search (nib, terms) VALUES (?, ?)")
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT s.nib, s.name, s.sentra, group_concat(c.name || ' ' || c.description, ' ') AS products
                FROM supplier s LEFT JOIN catalog_item c USING (nib)
                GROUP BY s.nib ORDER BY s.nib
                """)
        while let row = try rows.next() {
            let text = [row["name"], row["sentra"], row["products"] as String?].compactMap { $0 }.joined(separator: " ")
            try insert.execute(arguments: [row["nib"] as String, TextFit.terms(text).joined(separator: " ")])
        }
        try db.execute(
            sql:
                "INSERT INTO search_state (id, built_from_import) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET built_from_import = excluded.built_from_import",
            arguments: [latest])
    }

    /// Matching suppliers: by BM25 relevance when there is query text, else by NIB.
    public func run(_ db: Database) throws -> [Result] {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        var rankJoin = ""
        var order = "s.nib"
        if let text, !text.trimmingSpaces.isEmpty {
            let terms = TextFit.terms(text)
            guard !terms.isEmpty else { return [] }
            // Every term must appear (AND); each is quoted so user text is never FTS syntax.
            let match = terms.map { "\"\($0.replacingAll("\"", with: "\"\""))\"" }.joined(separator: " AND ")
            rankJoin =
                "JOIN (SELECT nib, bm25(supplier_search) AS rank FROM supplier_search WHERE supplier_search MATCH ?) f USING (nib)"
            _ = arguments.append(contentsOf: [match])
            order = "f.rank, s.nib"
        }
        if let region {
            clauses.append("(s.region = ? OR substr(s.region, 1, 2) = ?)")
            _ = arguments.append(contentsOf: [region, region])
        }
        if let scale {
            clauses.append("s.scale = ?")
            _ = arguments.append(contentsOf: [scale.rawValue])
        }
        if let category {
            clauses.append("EXISTS (SELECT 1 FROM catalog_item c WHERE c.nib = s.nib AND c.category = ?)")
            _ = arguments.append(contentsOf: [category])
        }
        if let certificate {
            clauses.append(
                """
                (';' || s.certifications LIKE '%;' || ? || '%'
                 OR EXISTS (SELECT 1 FROM catalog_item c WHERE c.nib = s.nib AND ';' || c.certifications LIKE '%;' || ? || '%'))
                """)
            _ = arguments.append(contentsOf: [certificate, certificate])
        }
        // The products priced and counted: those of the category searched, else all of them.
        let products = "FROM catalog_item c WHERE c.nib = s.nib" + (category == nil ? "" : " AND c.category = ?")
        var productArguments: StatementArguments = []
        if let category { _ = productArguments.append(contentsOf: [category]) }
        if let maxPrice {
            clauses.append("EXISTS (SELECT 1 \(products) AND c.unit_price <= ?)")
            _ = arguments.append(contentsOf: productArguments + [maxPrice.sen])
        }
        if let minCapacity {
            clauses.append("EXISTS (SELECT 1 \(products) AND c.capacity_per_month >= ?)")
            _ = arguments.append(contentsOf: productArguments + [minCapacity])
        }
        let filter = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT s.*, (SELECT count(*) FROM catalog_item c WHERE c.nib = s.nib) AS products,
                       (SELECT group_concat(DISTINCT category) FROM catalog_item c WHERE c.nib = s.nib) AS categories,
                       (SELECT min(c.unit_price) \(products)) AS min_price,
                       (SELECT max(c.unit_price) \(products)) AS max_price,
                       (SELECT max(c.capacity_per_month) \(products)) AS capacity
                FROM supplier s \(rankJoin) \(filter) ORDER BY \(order)
                """, arguments: productArguments + productArguments + productArguments + arguments)
        return try rows.map { row in
            let categories = (row["categories"] as String?)?.split(separator: ",").map(String.init).sorted() ?? []
            return Result(
                supplier: try Supplier(row: row), products: row["products"], categories: categories,
                minPrice: (row["min_price"] as Int64?).map(Rupiah.init(sen:)),
                maxPrice: (row["max_price"] as Int64?).map(Rupiah.init(sen:)), capacity: row["capacity"])
        }
    }
}

extension DirectorySearch {
    /// `suppliers`: brings the search index up to date when there is text to search (its own
    /// write), then searches in one read.
    public func run(_ store: Store) throws -> [Result] {
        if text != nil { try store.write { try DirectorySearch.refreshIndex($0) } }
        return try store.read { try run($0) }
    }
}
