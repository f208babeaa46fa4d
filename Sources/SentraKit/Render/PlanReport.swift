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

    public static func table(_ plan: Plan) -> TextTable {
        var table = TextTable(
            columns: ["need_id", "nib", "sku", "month", "quantity", "total", "unassigned_reason"],
            rightAligned: [4, 5])
        for a in plan.assignments {
            table.rows.append([a.needID, a.nib, a.sku, a.month, String(a.quantity), a.total.description, ""])
        }
        for u in plan.unassigned {
            table.rows.append([u.needID, "", "", "", String(u.quantity), "", u.reason])
        }
        return table
    }

    public static func plain(_ plan: Plan, outcomes: [PlanOutcome]) -> String {
        var out = table(plan).plain + "\n"
        var summary = TextTable(
            columns: ["opd_code", "realized", "projected", "target", "met", "planned", "hhi before", "hhi after"],
            rightAligned: [1, 2, 3, 5, 6, 7])
        for o in outcomes {
            summary.rows.append([
                o.opdCode, o.realizedShare.description, o.projectedShare.description, o.target.description,
                o.met ? "met" : "below", o.plannedSpend.display, String(o.hhiBefore), String(o.hhiAfter),
            ])
        }
        out += summary.plain
        out += "\nCovered value (budget of needs placed with qualifying suppliers): \(plan.coveredValue.display)\n"
        return out
    }

    public static func render(
        _ plan: Plan, outcomes: [PlanOutcome], metric: ComplianceMetric, format: OutputFormat
    ) throws -> String {
        switch format {
        case .table: plain(plan, outcomes: outcomes)
        case .csv: table(plan).csv
        case .markdown: table(plan).markdown
        case .json, .html: try JSONOutput.encode(json(plan, outcomes: outcomes, metric: metric))
        case .ndjson: try JSONOutput.lines([json(plan, outcomes: outcomes, metric: metric)])
        }
    }
}
