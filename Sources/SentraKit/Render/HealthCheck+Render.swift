extension HealthCheck {
    public static func render(_ findings: [Finding], format: OutputFormat) throws -> String {
        var table = TextTable(columns: ["severity", "check", "subject", "message"])
        table.rows = findings.map { [$0.severity.rawValue, $0.check, $0.subject, $0.message] }
        switch format {
        case .table:
            return table.plain + (findings.isEmpty ? "no findings\n" : "\(findings.count) findings\n")
        case .csv: return table.csv
        case .markdown: return table.markdown
        case .json, .html: return try JSONOutput.encode(findings)
        case .ndjson: return try JSONOutput.lines(findings)
        }
    }
}
