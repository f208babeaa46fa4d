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

    public static func table(_ entries: [Entry]) -> TextTable {
        var table = TextTable(
            columns: [
                "id", "imported_at", "kind", "file", "sha256", "rows", "added", "updated", "unchanged", "rejected",
                "amended",
            ],
            rightAligned: [0, 5, 6, 7, 8, 9, 10])
        for e in entries {
            table.rows.append(
                [
                    String(e.id), e.imported_at, e.kind, e.file, e.sha256, String(e.rows_read), String(e.added),
                    String(e.updated), String(e.unchanged), String(e.rejected), String(e.amended),
                ])
        }
        return table
    }

    public static func render(_ entries: [Entry], format: OutputFormat) throws -> String {
        switch format {
        case .table:
            var out = table(entries).plain
            for entry in entries where !entry.amendments.isEmpty {
                out += "\nimport #\(entry.id) amended:\n"
                for a in entry.amendments {
                    out += "  \(a.tx_id) (line \(a.line))\n    was \(a.old_values)\n    now \(a.new_values)\n"
                }
            }
            return out
        case .csv: return table(entries).csv
        case .markdown: return table(entries).markdown
        case .json, .html: return try JSONOutput.encode(entries)
        case .ndjson: return try JSONOutput.lines(entries)
        }
    }
}
