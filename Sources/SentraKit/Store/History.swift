import GRDB

/// `history`: every import and amendment, oldest first.
public enum History {
    public struct Entry: Sendable, Encodable {
        public var id: Int64
        public var imported_at: String
        public var kind: String
        public var file: String
        public var sha256: String
        public var rows_read, added, updated, unchanged, rejected, amended: Int
        public var amendments: [Amendment]
    }

    public struct Amendment: Sendable, Encodable {
        public var tx_id: String
        public var line: Int
        public var old_values: String
        public var new_values: String
    }

    public static func load(_ db: Database) throws -> [Entry] {
        var amendments: [Int64: [Amendment]] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT import_id, tx_id, line, old_values, new_values FROM spend_amendment ORDER BY id")
        {
            amendments[row["import_id"], default: []].append(
                Amendment(
                    tx_id: row["tx_id"], line: row["line"], old_values: row["old_values"], new_values: row["new_values"]
                ))
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM import_run ORDER BY id").map { row in
            let id: Int64 = row["id"]
            return Entry(
                id: id, imported_at: row["imported_at"], kind: row["kind"], file: row["file_name"],
                sha256: row["sha256"],
                rows_read: row["rows_read"], added: row["added"], updated: row["updated"], unchanged: row["unchanged"],
                rejected: row["rejected"], amended: row["amended"], amendments: amendments[id] ?? [])
        }
    }
}
