/// The compliance report as a workbook (`report compliance --format xlsx`, and the first sheet
/// of `export --format xlsx`): a row per OPD (or group), money and shares as numbers, with a
/// provenance sheet so an auditor can re-check it.
public enum ComplianceWorkbook {
    /// Writes `rows` of `query` to `path`.
    public static func write(
        _ rows: [ComplianceRow], query: ComplianceQuery, provenance: Provenance, language: ReportLanguage,
        path: String
    ) throws {
        let workbook = try XLSXExport(path: path, language: language)
        try addTable(rows, grouping: query.grouping, to: workbook, language: language)
        try addProvenance(provenance, metric: query.metric.rawValue, to: workbook, language: language)
        try workbook.commit()
    }

    /// The compliance sheet: the same columns as the report's csv, labelled for people.
    static func addTable(
        _ rows: [ComplianceRow], grouping: ComplianceGrouping, to workbook: XLSXExport, language: ReportLanguage
    ) throws {
        let table = ComplianceReport.table(rows, grouping: grouping)
        let kinds: [String: XLSXExport.CellKind] = [
            "total_spend": .money, "counted_spend": .money, "gap": .money, "goods_services_budget": .money,
            "share": .percent, "target": .percent, "budget_share": .percent, "projected_share": .percent,
        ]
        let columns = table.columns.map { key in
            XLSXExport.Column(ColumnLabels.label(key, language), kinds[key] ?? .text)
        }
        let status = table.columns.firstIndex(of: "met")
        try workbook.addTable(name: ColumnLabels.label("sheet.compliance", language), columns: columns) { add in
            for row in table.rows {
                var cells = row
                if let status { cells[status] = ColumnLabels.label("status.\(cells[status])", language) }
                try add(cells)
            }
        }
    }

    /// The provenance sheet: sentra's version, `--as-of`, the scope, then every input with its sha256.
    static func addProvenance(
        _ provenance: Provenance, metric: String?, to workbook: XLSXExport, language: ReportLanguage
    ) throws {
        let columns = [
            XLSXExport.Column(ColumnLabels.label("import_id", language), .number),
            XLSXExport.Column(ColumnLabels.label("kind", language)),
            XLSXExport.Column(ColumnLabels.label("file", language)),
            XLSXExport.Column(ColumnLabels.label("sha256", language)),
            XLSXExport.Column(ColumnLabels.label("rows", language), .number),
        ]
        try workbook.addTable(name: ColumnLabels.label("sheet.sources", language), columns: columns) { add in
            for source in provenance.sources {
                try add([String(source.import_id), source.kind, source.file, source.sha256, String(source.rows)])
            }
            try add([])
            try add(["", ColumnLabels.label("provenance.version", language), provenance.sentra_version])
            try add(["", ColumnLabels.label("provenance.as_of", language), provenance.as_of ?? ""])
            try add(["", ColumnLabels.label("provenance.filters", language), provenance.filters.joined(separator: " ")])
            if let metric { try add(["", ColumnLabels.label("provenance.metric", language), metric]) }
        }
    }
}
