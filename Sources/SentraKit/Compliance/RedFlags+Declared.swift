import GRDB

extension RedFlags {
    /// LKPP contracts whose declared UMK value disagrees with the directory: declared UMK while
    /// the linked supplier is `menengah` or `besar`, or declared non-UMK (0) while it is `mikro`
    /// or `kecil`. One flag per contract; the amount is the rupiah in question.
    func declaredVersusDirectory(_ db: Database) throws -> [Flag] {
        let (filter, arguments) = scope.spendFilter
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT * FROM (
                    SELECT s.tx_id, s.opd_code, s.amount, s.declared_umk,
                           \(SupplierLink.linked("nib")) AS nib, \(SupplierLink.linked("scale")) AS scale
                    FROM spend s \(filter.isEmpty ? "WHERE" : filter + " AND") s.declared_umk IS NOT NULL
                ) WHERE (declared_umk > 0 AND scale IN ('menengah', 'besar'))
                     OR (declared_umk = 0 AND scale IN ('mikro', 'kecil'))
                ORDER BY opd_code, tx_id
                """, arguments: arguments)
        return rows.map { row in
            let declared = Rupiah(sen: row["declared_umk"])
            let amount = Rupiah(sen: row["amount"])
            let scale: String = row["scale"]
            let nib: String = row["nib"]
            let declaredUMK = declared.sen > 0
            return Flag(
                flag: "declared-vs-directory", opd_code: row["opd_code"], subject: row["tx_id"],
                amount: (declaredUMK ? declared : amount).description, rows: [row["tx_id"]],
                words: declaredUMK
                    ? Phrase(.flagDeclaredUMK, declared.display, nib, scale)
                    : Phrase(.flagDeclaredNoUMK, amount.display, nib, scale))
        }
    }
}
