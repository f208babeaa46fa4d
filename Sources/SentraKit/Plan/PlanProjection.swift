import Foundation
import GRDB

/// The plan's contribution to `report compliance`'s projected share: the
/// latest plan saved with `plan --save`, on needs no spend row has fulfilled since.
public enum PlanProjection {
    /// Needs in scope that no spend row names.
    public static func openNeeds(_ db: Database, opdCode: String?, year: Int?) throws -> [Need] {
        let fulfilled = Set(
            try String.fetchAll(db, sql: "SELECT DISTINCT need_id FROM spend WHERE need_id IS NOT NULL"))
        return try NeedQuery(opdCode: opdCode, fiscalYear: year).fetch(db).filter { !fulfilled.contains($0.id) }
    }

    /// Stores `plan` under `name`; returns its id.
    @discardableResult
    public static func save(_ plan: Plan, name: String, asOf: Day, metric: ComplianceMetric, db: Database) throws
        -> Int64
    {
        try db.execute(
            sql: "INSERT INTO saved_plan (name, saved_at, as_of, metric) VALUES (?, ?, ?, ?)",
            arguments: [name, ISO8601DateFormatter().string(from: Date()), asOf.description, metric.rawValue])
        let id = db.lastInsertedRowID
        let insert = try db.makeStatement(
            sql: """
                INSERT INTO saved_assignment (plan_id, need_id, opd_code, nib, sku, month, quantity, total)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for a in plan.assignments {
            try insert.execute(arguments: [id, a.needID, a.opdCode, a.nib, a.sku, a.month, a.quantity, a.total.sen])
        }
        return id
    }
}
