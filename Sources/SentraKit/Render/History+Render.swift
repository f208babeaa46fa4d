extension History {
    /// The contract's columns (`language` nil, for csv) or headers in `language`, for people.
    public static func table(_ entries: [Entry], language: ReportLanguage? = nil) -> TextTable {
        let columns =
            language.map { l in
                [
                    Message.colImportID, .colImportedAt, .colKind, .colFile, .colSHA256, .colRows, .colAdded,
                    .colUpdated,
                    .colUnchanged, .colRejected, .colAmended,
                ].map { l.text($0) }
            }
            ?? [
                "id", "imported_at", "kind", "file", "sha256", "rows", "added", "updated", "unchanged", "rejected",
                "amended",
            ]
        var table = TextTable(columns: columns, rightAligned: [0, 5, 6, 7, 8, 9, 10])
        // People compare a file's hash by its first digits (as the import's summary line shows
        // them); a code is never cut, so the table shows those twelve whole, csv the full hash.
        table.whole = [1, 4]
        // Narrow terminals leave out the amended count (the amendments follow the table), then the hash.
        table.droppable = [10, 4]
        for e in entries {
            let sha = language == nil ? e.sha256 : String(e.sha256.prefix(12)) + "…"
            table.rows.append(
                [
                    String(e.id), e.imported_at, e.kind, e.file, sha, String(e.rows_read), String(e.added),
                    String(e.updated), String(e.unchanged), String(e.rejected), String(e.amended),
                ])
        }
        return table
    }

    public static func render(
        _ entries: [Entry], format: OutputFormat, language: ReportLanguage = .id, width: Int? = nil
    )
        throws -> String
    {
        switch format {
        case .table:
            var out = table(entries, language: language).plain(width: width)
            for entry in entries where !entry.amendments.isEmpty {
                out += "\n" + language.text(.historyAmended, entry.id) + "\n"
                for a in entry.amendments {
                    out += language.text(.historyAmendment, a.tx_id, a.line, a.old_values, a.new_values) + "\n"
                }
            }
            return out
        case .csv: return table(entries).csv
        case .markdown: return table(entries, language: language).markdown
        case .json, .html: return try JSONOutput.encode(entries)
        case .ndjson: return try JSONOutput.lines(entries)
        }
    }
}
