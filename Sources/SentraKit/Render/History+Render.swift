extension History {
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
