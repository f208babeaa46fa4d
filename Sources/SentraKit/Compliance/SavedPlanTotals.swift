import GRDB

/// What the latest plan saved with `plan --save` adds to `report compliance`'s projected share:
/// its assignments on needs of the report's year that no spend row has fulfilled since.
enum SavedPlanTotals {
    /// The latest saved plan's name, if any.
    static func latestName(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT name FROM saved_plan ORDER BY id DESC LIMIT 1")
    }

    /// Planned spend and planned counted spend per OPD from the latest saved plan,
    /// for needs of the query's year still without spend.
    static func byOPD(_ db: Database, query: ComplianceQuery) throws -> [String: (
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
