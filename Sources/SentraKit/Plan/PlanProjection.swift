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

    /// The latest saved plan's name, if any.
    public static func latestName(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT name FROM saved_plan ORDER BY id DESC LIMIT 1")
    }

    /// Planned spend and planned counted spend per OPD from the latest saved plan,
    /// for needs of the query's year still without spend.
    public static func byOPD(_ db: Database, query: ComplianceQuery) throws -> [String: (
        spend: Rupiah, counted: Rupiah
    )] {
        guard let year = try query.resolvedYear(db),
            let planID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM saved_plan")
        else { return [:] }
        var result: [String: (spend: Rupiah, counted: Rupiah)] = [:]
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT a.opd_code, a.total, a.month, s.scale, c.tkdn
                FROM saved_assignment a
                JOIN need n ON n.need_id = a.need_id AND n.fiscal_year = ?
                LEFT JOIN supplier s ON s.nib = a.nib
                LEFT JOIN catalog_item c ON c.nib = a.nib AND c.sku = a.sku
                WHERE a.plan_id = ? AND NOT EXISTS (SELECT 1 FROM spend WHERE spend.need_id = a.need_id)
                ORDER BY a.rowid
                """, arguments: [year, planID])
        for row in rows {
            let opd: String = row["opd_code"]
            if let filter = query.opdCode, filter != opd { continue }
            if let quarter = query.quarter, let month = Int((row["month"] as String).suffix(2)),
                (month - 1) / 3 + 1 != quarter
            {
                continue  // the assignment uses another quarter's capacity
            }
            let total = Rupiah(sen: row["total"])
            var entry = result[opd] ?? (.zero, .zero)
            entry.spend += total
            let scale = (row["scale"] as String?).flatMap(Scale.init(rawValue:))
            let tkdn = (row["tkdn"] as Int?).map(Percent.init(basisPoints:))
            if query.metric.counts(scale: scale, tkdn: tkdn) { entry.counted += total }
            result[opd] = entry
        }
        return result
    }
}
