import GRDB

/// The plan's contribution to `report compliance`'s projected share: needs of
/// the year not yet fulfilled by any spend row, as `plan` would assign them.
public enum PlanProjection {
    /// Needs in scope that no spend row names.
    public static func openNeeds(_ db: Database, opdCode: String?, year: Int?) throws -> [Need] {
        let fulfilled = Set(
            try String.fetchAll(db, sql: "SELECT DISTINCT need_id FROM spend WHERE need_id IS NOT NULL"))
        return try NeedQuery(opdCode: opdCode, fiscalYear: year).fetch(db).filter { !fulfilled.contains($0.id) }
    }

    /// Planned spend and planned counted spend per OPD.
    public static func byOPD(_ db: Database, query: ComplianceQuery, asOf: Day) throws -> [String: (
        spend: Rupiah, counted: Rupiah
    )] {
        guard let year = try query.resolvedYear(db) else { return [:] }
        let needs = try openNeeds(db, opdCode: query.opdCode, year: year)
        guard !needs.isEmpty else { return [:] }
        let plan = Planner(catalog: try CatalogSnapshot.load(db), asOf: asOf, metric: query.metric).plan(needs)
        var result: [String: (spend: Rupiah, counted: Rupiah)] = [:]
        for assignment in plan.assignments {
            var entry = result[assignment.opdCode] ?? (.zero, .zero)
            entry.spend += assignment.total
            if assignment.qualifies { entry.counted += assignment.total }
            result[assignment.opdCode] = entry
        }
        return result
    }
}
