/// Renders compliance rows in every format.
public enum ComplianceReport {
    struct RowJSON: Encodable {
        var opd_code: String
        var opd_name: String
        var period: String
        var group: String?
        var total_spend: String
        var counted_spend: String
        var share: String
        var target: String
        var gap: String
        var met: Bool
        var grade: String
        var goods_services_budget: String?
        var budget_share: String?
        var projected_share: String
        var planned_spend: String
        var metric: String

        func encode(to encoder: Encoder) throws {
            // Explicit so optional fields are present as null, never missing.
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(opd_code, forKey: .opd_code)
            try c.encode(opd_name, forKey: .opd_name)
            try c.encode(period, forKey: .period)
            if let group { try c.encode(group, forKey: .group) }
            try c.encode(total_spend, forKey: .total_spend)
            try c.encode(counted_spend, forKey: .counted_spend)
            try c.encode(share, forKey: .share)
            try c.encode(target, forKey: .target)
            try c.encode(gap, forKey: .gap)
            try c.encode(met, forKey: .met)
            try c.encode(grade, forKey: .grade)
            try c.encode(goods_services_budget, forKey: .goods_services_budget)
            try c.encode(budget_share, forKey: .budget_share)
            try c.encode(projected_share, forKey: .projected_share)
            try c.encode(planned_spend, forKey: .planned_spend)
            try c.encode(metric, forKey: .metric)
        }

        enum Keys: String, CodingKey {
            case opd_code, opd_name, period, group, total_spend, counted_spend, share, target, gap, met, grade
            case goods_services_budget, budget_share, projected_share, planned_spend, metric
        }
    }

    static func json(_ row: ComplianceRow, metric: ComplianceMetric) -> RowJSON {
        RowJSON(
            opd_code: row.opdCode, opd_name: row.opdName, period: row.period, group: row.group,
            total_spend: row.totalSpend.description, counted_spend: row.countedSpend.description,
            share: row.share.description, target: row.target.description, gap: row.gap.description, met: row.met,
            grade: row.grade.rawValue, goods_services_budget: row.goodsServicesBudget?.description,
            budget_share: row.budgetShare?.description, projected_share: row.projectedShare.description,
            planned_spend: row.plannedSpend.description, metric: metric.rawValue)
    }

    public static func table(_ rows: [ComplianceRow], grouping: ComplianceGrouping) -> TextTable {
        var columns = ["opd_code", "opd_name", "period"]
        if grouping != .opd { columns.append(grouping.rawValue) }
        columns += [
            "total_spend", "counted_spend", "share", "target", "gap", "met", "grade", "goods_services_budget",
            "budget_share", "projected_share",
        ]
        let offset = grouping == .opd ? 0 : 1
        var table = TextTable(columns: columns, rightAligned: Set([3, 4, 5, 6, 7, 10, 11, 12].map { $0 + offset }))
        for row in rows {
            var cells = [row.opdCode, row.opdName, row.period]
            if grouping != .opd { cells.append(row.group ?? "") }
            cells += [
                row.totalSpend.description, row.countedSpend.description, row.share.description,
                row.target.description, row.gap.description, row.met ? "met" : "below", row.grade.rawValue,
                row.goodsServicesBudget?.description ?? "", row.budgetShare?.description ?? "",
                row.projectedShare.description,
            ]
            table.rows.append(cells)
        }
        return table
    }

    /// The rows as people read them: headers in `language`, amounts in rupiah, shares in percent.
    static func peopleTable(_ rows: [ComplianceRow], grouping: ComplianceGrouping, language: ReportLanguage)
        -> TextTable
    {
        let l = language
        var columns = [l.text(.colOPD), l.text(.colName), l.text(.colPeriod)]
        if grouping != .opd { columns.append(grouping.rawValue) }
        columns += [
            Message.colTotalSpend, .colCountedSpend, .colShare, .colTarget, .colGap, .colMet, .colGrade,
            .colBudgetGoods, .colBudgetShare, .colProjected,
        ].map { l.text($0) }
        let offset = grouping == .opd ? 0 : 1
        var table = TextTable(columns: columns, rightAligned: Set([3, 4, 5, 6, 7, 10, 11, 12].map { $0 + offset }))
        for row in rows {
            var cells = [row.opdCode, row.opdName, row.period]
            if grouping != .opd { cells.append(row.group ?? "") }
            cells += [
                row.totalSpend.display, row.countedSpend.display, l.percent(row.share) + "%",
                l.percent(row.target) + "%", row.gap.display, l.text(row.met ? .met : .below), row.grade.rawValue,
                row.goodsServicesBudget?.display ?? "", row.budgetShare.map { l.percent($0) + "%" } ?? "",
                l.percent(row.projectedShare) + "%",
            ]
            table.rows.append(cells)
        }
        return table
    }

    /// A bar of `share` against the `target` mark, 30 cells wide over 0–100%.
    public static func bar(share: Percent, target: Percent, width: Int = 30) -> String {
        let filled = min(width, share.basisPoints * width / 10_000)
        let mark = min(width - 1, target.basisPoints * width / 10_000)
        return String(
            (0..<width).map { index in
                index == mark ? "|" : index < filled ? "█" : "·"
            })
    }

    /// The people's view: one line per OPD with a bar against the target, in `language`; lines
    /// longer than `width` (a terminal's) wrap at their `;`.
    public static func plain(
        _ rows: [ComplianceRow], query: ComplianceQuery, provenance: Provenance, language: ReportLanguage = .id,
        width: Int? = nil
    ) -> String {
        let l = language
        var out =
            l.text(.complianceTitle, query.metric.rawValue, l.percent(query.effectiveTarget)) + " — "
            + (rows.first?.period ?? l.text(.complianceNoSpend)) + "\n\n"
        let nameWidth = min(40, rows.map { ($0.group.map { " · \($0)" } ?? "").count + $0.opdCode.count }.max() ?? 0)
        let metWidth = max(l.text(.met).count, l.text(.below).count)
        let shareWidth = rows.map { l.percent($0.share).count + 1 }.max() ?? 0
        for row in rows {
            let label = row.opdCode + (row.group.map { " · \($0)" } ?? "")
            let pad = String(repeating: " ", count: max(0, nameWidth - label.count))
            let share = l.percent(row.share) + "%"
            var line = "\(label)\(pad)  \(bar(share: row.share, target: row.target)) "
            line += String(repeating: " ", count: max(0, shareWidth - share.count)) + share + "  "
            line += l.text(row.met ? .met : .below).padding(toLength: metWidth + 1, withPad: " ", startingAt: 0)
            line += "\(row.grade.rawValue.padding(toLength: 2, withPad: " ", startingAt: 0))  "
            var details = [l.text(.complianceOf, row.countedSpend.display, row.totalSpend.display)]
            if !row.met { details.append(l.text(.complianceGap, row.gap.display)) }
            if let budgetShare = row.budgetShare {
                details.append(l.text(.complianceBudgetShare, l.percent(budgetShare)))
            }
            if row.projectedShare != row.share {
                details.append(l.text(.complianceProjected, l.percent(row.projectedShare)))
            }
            out += TextWrap.wrap(line, details, separator: "; ", width: width, indent: nameWidth + 4)
        }
        let below = rows.filter { !$0.met }.count
        out += "\n" + l.text(.complianceSummary, rows.count - below, below) + "\n"
        guard let width else { return out + provenance.footer(l) }
        for line in provenance.footer(l).split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            out += TextWrap.lines(String(line), width: width, indent: 4).joined(separator: "\n") + "\n"
        }
        return out
    }

    public static func render(
        _ rows: [ComplianceRow], query: ComplianceQuery, format: OutputFormat, provenance: Provenance,
        language: ReportLanguage = .id, width: Int? = nil
    ) throws -> String {
        switch format {
        case .table: plain(rows, query: query, provenance: provenance, language: language, width: width)
        case .csv: table(rows, grouping: query.grouping).csv
        case .markdown:
            peopleTable(rows, grouping: query.grouping, language: language).markdown + "\n"
                + provenance.footer(language)
        case .json: try JSONOutput.encode(rows.map { json($0, metric: query.metric) })
        case .ndjson: try JSONOutput.lines(rows.map { json($0, metric: query.metric) })
        case .html: try ComplianceHTML.render(rows, query: query, provenance: provenance, language: language)
        }
    }
}
