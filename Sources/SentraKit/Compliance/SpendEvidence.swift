import GRDB

/// One spend row with how it links to the directory and whether it counts under
/// each metric: the evidence an auditor re-checks line by line.
public struct SpendEvidence: Sendable {
    public var record: SpendRecord
    /// The directory supplier the row links to, if any.
    public var linkedNIB: String?
    /// That supplier's name in the directory, beside its NIB for a person reading the export.
    public var linkedName: String?
    /// `nib`, `npwp` or `none`.
    public var linkedBy: String
    public var scale: Scale?

    public func counts(_ metric: ComplianceMetric) -> Bool { metric.counts(scale: scale, tkdn: record.tkdn) }

    public static let columns = [
        "tx_id", "opd_code", "date", "amount", "supplier_nib", "supplier_npwp", "supplier_name", "linked_nib",
        "linked_name", "linked_by", "scale", "umkk", "ikm", "pdn", "need_id", "category", "tkdn", "bmp",
    ]

    /// Cells in ``columns`` order; money and percentages in their machine forms.
    public var cells: [String] {
        [
            record.txID, record.opdCode, record.date.description, record.amount.description,
            record.supplierNIB ?? "", record.supplierNPWP ?? "", record.supplierName, linkedNIB ?? "", linkedName ?? "",
            linkedBy,
            scale?.rawValue ?? "", counts(.umkk) ? "1" : "0", counts(.ikm) ? "1" : "0", counts(.pdn) ? "1" : "0",
            record.needID ?? "", record.category ?? "", record.tkdn?.description ?? "", record.bmp?.description ?? "",
        ]
    }
}

/// What `export` writes: one year (or all) and one OPD (or all).
public struct ExportScope: Sendable {
    public var year: Int?
    public var opdCode: String?

    public init(year: Int? = nil, opdCode: String? = nil) {
        self.year = year
        self.opdCode = opdCode
    }

    var spendFilter: (sql: String, arguments: StatementArguments) {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if let year {
            // An LKPP row by its fiscal year, any other row by its date's year (ComplianceQuery's rule).
            clauses.append("coalesce(s.fiscal_year, CAST(substr(s.date, 1, 4) AS INTEGER)) = ?")
            _ = arguments.append(contentsOf: [year])
        }
        if let opdCode {
            clauses.append("s.opd_code = ?")
            _ = arguments.append(contentsOf: [opdCode])
        }
        return (clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND "), arguments)
    }

    /// Streams the spend evidence in scope, ordered by OPD, date and transaction id.
    public func forEachSpend(_ db: Database, _ body: (SpendEvidence) throws -> Void) throws {
        var directory: [String: (scale: Scale?, name: String)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT nib, scale, name FROM supplier") {
            directory[row["nib"]] = (Scale(rawValue: row["scale"]), row["name"])
        }
        let filter = spendFilter
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT s.*,
                       \(SupplierLink.byNIB("nib")) AS by_nib, \(SupplierLink.byNPWP("nib")) AS by_npwp
                FROM spend s \(filter.sql)
                ORDER BY s.opd_code, s.date, s.tx_id
                """, arguments: filter.arguments)
        while let row = try cursor.next() {
            let byNIB: String? = row["by_nib"], byNPWP: String? = row["by_npwp"]
            let linked = byNIB ?? byNPWP
            try body(
                SpendEvidence(
                    record: try SpendRecord(row: row), linkedNIB: linked,
                    linkedName: linked.flatMap { directory[$0]?.name },
                    linkedBy: byNIB != nil ? "nib" : byNPWP != nil ? "npwp" : "none",
                    scale: linked.flatMap { directory[$0]?.scale }))
        }
    }
}
