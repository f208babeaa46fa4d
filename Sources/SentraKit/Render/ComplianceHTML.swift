import Mustache

/// The self-contained HTML compliance report: inline CSS and SVG, no scripts,
/// no network. Rendered through swift-mustache, which escapes every value.
enum ComplianceHTML {
    static func render(
        _ rows: [ComplianceRow], query: ComplianceQuery, provenance: Provenance, language: ReportLanguage
    ) throws -> String {
        let labels = language == .id ? indonesian : english
        let width = 600, barHeight = 22, left = 190
        let targetX = left + query.effectiveTarget.basisPoints * (width - left - 10) / 10_000
        var bars: [[String: Any]] = []
        for (index, row) in rows.enumerated() {
            let barWidth = min(width - left - 10, row.share.basisPoints * (width - left - 10) / 10_000)
            bars.append([
                "label": row.opdCode + (row.group.map { " · \($0)" } ?? ""), "y": 10 + index * (barHeight + 8),
                "textY": 10 + index * (barHeight + 8) + 16, "width": barWidth, "share": row.share.description,
                "shareX": left + barWidth + 4, "colour": row.met ? "#2e7d32" : "#c62828",
            ])
        }
        let context: [String: Any] = [
            "lang": language.rawValue, "labels": labels,
            "title": "\(labels["title"]!) — \(rows.first?.period ?? "")",
            "metric": query.metric.rawValue, "target": query.effectiveTarget.description,
            "svgHeight": 20 + rows.count * (barHeight + 8), "svgWidth": width, "left": left,
            "targetX": targetX, "barHeight": barHeight, "bars": bars,
            "rows": rows.map { row -> [String: Any] in
                [
                    "opd": row.opdCode, "name": row.opdName, "group": row.group ?? "", "period": row.period,
                    "total": row.totalSpend.display, "counted": row.countedSpend.display,
                    "share": row.share.description,
                    "gap": row.gap.display, "met": row.met, "grade": row.grade.rawValue,
                    "budgetShare": row.budgetShare?.description ?? "—", "projected": row.projectedShare.description,
                ]
            },
            "version": provenance.sentra_version, "asOf": provenance.as_of ?? "—",
            "filters": provenance.filters.isEmpty ? "—" : provenance.filters.joined(separator: " "),
            "sources": provenance.sources.map {
                ["id": $0.import_id, "kind": $0.kind, "file": $0.file, "sha": $0.sha256, "rows": $0.rows]
                    as [String: Any]
            },
        ]
        return try MustacheTemplate(string: template).render(context)
    }

    static let indonesian: [String: String] = [
        "title": "Laporan kepatuhan belanja produk usaha kecil", "opd": "OPD", "name": "Nama", "group": "Kelompok",
        "total": "Total belanja", "counted": "Belanja terhitung", "share": "Porsi (%)", "gap": "Kekurangan",
        "status": "Status", "grade": "Nilai", "budgetShare": "% pagu", "projected": "Proyeksi (%)", "met": "tercapai",
        "below": "di bawah", "target": "Target", "metric": "Ukuran", "sources": "Sumber data", "filters": "Filter",
        "asOf": "Per tanggal",
    ]
    static let english: [String: String] = [
        "title": "Compliance report: spend with small businesses", "opd": "OPD", "name": "Name", "group": "Group",
        "total": "Total spend", "counted": "Counted spend", "share": "Share (%)", "gap": "Gap", "status": "Status",
        "grade": "Grade", "budgetShare": "% of budget", "projected": "Projected (%)", "met": "met", "below": "below",
        "target": "Target", "metric": "Metric", "sources": "Data sources", "filters": "Filters", "asOf": "As of",
    ]

    static let template = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <title>{{title}}</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
        table { border-collapse: collapse; margin-top: 1em; }
        th, td { border: 1px solid #ccc; padding: 4px 8px; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .met { color: #2e7d32; } .below { color: #c62828; font-weight: bold; }
        footer { margin-top: 2em; font-size: 0.85em; color: #555; }
        </style>
        </head>
        <body>
        <h1>{{title}}</h1>
        <p>{{labels.metric}}: {{metric}} · {{labels.target}}: {{target}}%</p>
        <svg xmlns="http://www.w3.org/2000/svg" width="{{svgWidth}}" height="{{svgHeight}}" role="img">
        {{#bars}}
        <text x="0" y="{{textY}}" font-size="12">{{label}}</text>
        <rect x="{{left}}" y="{{y}}" width="{{width}}" height="{{barHeight}}" fill="{{colour}}"></rect>
        <text x="{{shareX}}" y="{{textY}}" font-size="12">{{share}}%</text>
        {{/bars}}
        <line x1="{{targetX}}" y1="0" x2="{{targetX}}" y2="{{svgHeight}}" stroke="#000" stroke-dasharray="4 2"></line>
        </svg>
        <table>
        <tr><th>{{labels.opd}}</th><th>{{labels.name}}</th><th>{{labels.group}}</th><th>{{labels.total}}</th><th>{{labels.counted}}</th><th>{{labels.share}}</th><th>{{labels.gap}}</th><th>{{labels.status}}</th><th>{{labels.grade}}</th><th>{{labels.budgetShare}}</th><th>{{labels.projected}}</th></tr>
        {{#rows}}
        <tr><td>{{opd}}</td><td>{{name}}</td><td>{{group}}</td><td class="num">{{total}}</td><td class="num">{{counted}}</td><td class="num">{{share}}</td><td class="num">{{gap}}</td><td>{{#met}}<span class="met">{{labels.met}}</span>{{/met}}{{^met}}<span class="below">{{labels.below}}</span>{{/met}}</td><td>{{grade}}</td><td class="num">{{budgetShare}}</td><td class="num">{{projected}}</td></tr>
        {{/rows}}
        </table>
        <footer>
        <p>sentra {{version}} · {{labels.asOf}}: {{asOf}} · {{labels.filters}}: {{filters}}</p>
        <p>{{labels.sources}}:</p>
        <ul>
        {{#sources}}
        <li>#{{id}} {{kind}} {{file}} — sha256 {{sha}} ({{rows}})</li>
        {{/sources}}
        </ul>
        </footer>
        </body>
        </html>

        """
}
