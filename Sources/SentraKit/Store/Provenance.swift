import GRDB

/// Where a report's figures come from, so an auditor can reproduce it byte for byte.
public struct Provenance: Sendable, Encodable {
    public struct Source: Sendable, Encodable {
        public var import_id: Int64
        public var kind: String
        public var file: String
        public var sha256: String
        public var rows: Int
    }

    public var sentra_version = SentraVersion.string
    public var as_of: String?
    public var filters: [String]
    public var sources: [Source]

    /// Every import that fed the database, oldest first.
    public static func load(_ db: Database, asOf: Day?, filters: [String]) throws -> Provenance {
        let sources = try Row.fetchAll(
            db, sql: "SELECT id, kind, file_name, sha256, rows_read FROM import_run ORDER BY id"
        ).map {
            Source(
                import_id: $0["id"], kind: $0["kind"], file: $0["file_name"], sha256: $0["sha256"],
                rows: $0["rows_read"])
        }
        return Provenance(as_of: asOf?.description, filters: filters, sources: sources)
    }
}
