extension HealthCheck {
    public static func render(
        _ findings: [Finding], format: OutputFormat, language: ReportLanguage = .id, width: Int? = nil
    )
        throws
        -> String
    {
        let l = language
        var machine = TextTable(columns: ["severity", "check", "subject", "message"])
        machine.rows = findings.map { [$0.severity.rawValue, $0.check, $0.subject, $0.message] }
        var people = TextTable(
            columns: [l.text(.colSeverity), l.text(.colCheck), l.text(.colSubject), l.text(.colMessage)])
        people.rows = findings.map { [l.word($0.severity), $0.check, $0.subject, l.text($0.phrase)] }
        people.whole = [1, 2]
        switch format {
        case .table:
            return people.plain(width: width)
                + (findings.isEmpty ? l.text(.checkNone) : l.text(.checkSummary, findings.count)) + "\n"
        case .csv: return machine.csv
        case .markdown: return people.markdown
        case .json, .html: return try JSONOutput.encode(findings)
        case .ndjson: return try JSONOutput.lines(findings)
        }
    }
}
