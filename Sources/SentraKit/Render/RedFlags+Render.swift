extension RedFlags {
    public static func render(
        _ flags: [Flag], thresholds: Thresholds, format: OutputFormat
    ) throws -> String {
        var table = TextTable(columns: ["flag", "opd_code", "subject", "amount", "rows", "detail"], rightAligned: [3])
        table.rows = flags.map {
            [$0.flag, $0.opd_code, $0.subject, $0.amount, $0.rows.joined(separator: ";"), $0.detail]
        }
        let header =
            "thresholds: direct limit \(thresholds.directLimit.display), window \(thresholds.splitWindowDays) days, "
            + "reserved limit \(thresholds.reservedLimit.display), HHI \(thresholds.concentrationHHI), "
            + "at least \(thresholds.minimumCount) rows\n"
        struct Document: Encodable {
            var thresholds: Thresholds
            var flags: [Flag]
        }
        switch format {
        case .table: return header + "\n" + table.plain + "\(flags.count) flags\n"
        case .csv: return table.csv
        case .markdown: return header + "\n" + table.markdown
        case .json, .html: return try JSONOutput.encode(Document(thresholds: thresholds, flags: flags))
        case .ndjson: return try JSONOutput.lines(flags)
        }
    }
}
