/// Renders `plan` results.
public enum PlanReport {
    struct AssignmentJSON: Encodable {
        var need_id, nib, sku, month: String
        var quantity: Int64
        var total: String
    }
    struct UnassignedJSON: Encodable {
        var need_id: String
        var quantity: Int64
        var reason: String
    }
    struct OutcomeJSON: Encodable {
        var opd_code, realized_share, projected_share, target, planned_spend: String
        var met: Bool
        var hhi_before, hhi_after: Int
    }
    struct PlanJSON: Encodable {
        var assignments: [AssignmentJSON]
        var unassigned: [UnassignedJSON]
        var by_opd: [OutcomeJSON]
        var covered_value: String
        var metric: String
    }

    static func json(_ plan: Plan, outcomes: [PlanOutcome], metric: ComplianceMetric) -> PlanJSON {
        PlanJSON(
            assignments: plan.assignments.map {
                AssignmentJSON(
                    need_id: $0.needID, nib: $0.nib, sku: $0.sku, month: $0.month, quantity: $0.quantity,
                    total: $0.total.description)
            },
            unassigned: plan.unassigned.map {
                UnassignedJSON(need_id: $0.needID, quantity: $0.quantity, reason: $0.reason)
            },
            by_opd: outcomes.map {
                OutcomeJSON(
                    opd_code: $0.opdCode, realized_share: $0.realizedShare.description,
                    projected_share: $0.projectedShare.description, target: $0.target.description,
                    planned_spend: $0.plannedSpend.description, met: $0.met, hhi_before: $0.hhiBefore,
                    hhi_after: $0.hhiAfter)
            },
            covered_value: plan.coveredValue.description, metric: metric.rawValue)
    }

    /// The contract's columns (`language` nil, for csv) or headers in `language`, for people.
    public static func table(_ plan: Plan, language: ReportLanguage? = nil) -> TextTable {
        let columns =
            language.map { l in
                [Message.colNeed, .colNIB, .colSKU, .colMonth, .colQuantity, .colTotal, .colUnassigned].map {
                    l.text($0)
                }
            } ?? ["need_id", "nib", "sku", "month", "quantity", "total", "unassigned_reason"]
        var table = TextTable(columns: columns, rightAligned: [4, 5])
        table.whole = [0, 1, 2, 3]
        for a in plan.assignments {
            let total = language == nil ? a.total.description : a.total.display
            table.rows.append([a.needID, a.nib, a.sku, a.month, String(a.quantity), total, ""])
        }
        for u in plan.unassigned {
            table.rows.append([
                u.needID, "", "", "", String(u.quantity), "", language.map { u.why.words($0) } ?? u.reason,
            ])
        }
        return table
    }

    public static func plain(
        _ plan: Plan, outcomes: [PlanOutcome], language: ReportLanguage = .id, width: Int? = nil
    ) -> String {
        let l = language
        var out: String
        if let width, !plan.unassigned.isEmpty {
            // On a terminal, a reason in a narrow last column would stand a word a line: the needs
            // not placed follow the table, each reason wrapped to the terminal's width.
            var placed = plan
            placed.unassigned = []
            var assignments = table(placed, language: l)
            assignments.columns.removeLast()
            assignments.rows = assignments.rows.map { Array($0.dropLast()) }
            out = assignments.plain(width: width) + "\n" + l.text(.planUnassignedTitle) + "\n"
            for u in plan.unassigned {
                let line = "  \(u.needID) (\(l.count(u.quantity))): " + u.why.words(l)
                out += TextWrap.lines(line, width: width, indent: 4).joined(separator: "\n") + "\n"
            }
            out += "\n"
        } else {
            out = table(plan, language: l).plain(width: width) + "\n"
        }
        var summary = TextTable(
            columns: [
                Message.colOPD, .colRealized, .colProjected, .colTarget, .colMet, .colPlanned, .colHHIBefore,
                .colHHIAfter,
            ].map { l.text($0) },
            rightAligned: [1, 2, 3, 5, 6, 7])
        for o in outcomes {
            summary.rows.append([
                o.opdCode, l.percent(o.realizedShare), l.percent(o.projectedShare), l.percent(o.target),
                l.text(o.met ? .met : .below), o.plannedSpend.display, String(o.hhiBefore), String(o.hhiAfter),
            ])
        }
        out += summary.plain(width: width)
        let covered = l.text(.planCovered, plan.coveredValue.display)
        out +=
            "\n" + (width.map { TextWrap.lines(covered, width: $0, indent: 2).joined(separator: "\n") } ?? covered)
            + "\n"
        return out
    }

    public static func render(
        _ plan: Plan, outcomes: [PlanOutcome], metric: ComplianceMetric, format: OutputFormat,
        language: ReportLanguage = .id, width: Int? = nil
    ) throws -> String {
        switch format {
        case .table: plain(plan, outcomes: outcomes, language: language, width: width)
        case .csv: table(plan).csv
        case .markdown: table(plan, language: language).markdown
        case .json, .html: try JSONOutput.encode(json(plan, outcomes: outcomes, metric: metric))
        case .ndjson: try JSONOutput.lines([json(plan, outcomes: outcomes, metric: metric)])
        }
    }
}
