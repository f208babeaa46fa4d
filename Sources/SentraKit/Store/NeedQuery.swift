import GRDB

/// Which needs a command works on: `--opd`, `--year`, `--need`.
public struct NeedQuery: Sendable {
    public var opdCode: String?
    public var fiscalYear: Int?
    public var needIDs: [String] = []

    public init(opdCode: String? = nil, fiscalYear: Int? = nil, needIDs: [String] = []) {
        self.opdCode = opdCode
        self.fiscalYear = fiscalYear
        self.needIDs = needIDs
    }

    /// The needs in scope, ordered by deadline (undated last), then id: the order
    /// in which earlier needs claim suppliers for spreading.
    public func fetch(_ db: Database) throws -> [Need] {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if let opdCode {
            clauses.append("opd_code = ?")
            _ = arguments.append(contentsOf: [opdCode])
        }
        if let fiscalYear {
            clauses.append("fiscal_year = ?")
            _ = arguments.append(contentsOf: [fiscalYear])
        }
        if !needIDs.isEmpty {
            clauses.append("need_id IN (\(needIDs.map { _ in "?" }.joined(separator: ", ")))")
            _ = arguments.append(contentsOf: StatementArguments(needIDs))
        }
        let filter = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        return try Need.fetchAll(
            db, sql: "SELECT * FROM need \(filter) ORDER BY needed_by IS NULL, needed_by, need_id", arguments: arguments
        )
    }
}

extension NeedQuery {
    /// Warnings for a scope that selects nothing: an unknown OPD code (with the nearest known
    /// one), or a year or OPD without needs.
    func scopeWarnings(_ db: Database, found: Int, path: String) throws -> [Diagnostic] {
        if let opdCode, let warning = try OPDCodes.unknownCodeWarning(opdCode, db: db, path: path) {
            return [warning]
        }
        guard found == 0, needIDs.isEmpty else { return [] }
        var scope: [Phrase.Figure] = []
        if let opdCode { scope.append(.phrase(Phrase(.scopeOPD, opdCode))) }
        if let fiscalYear { scope.append(.phrase(Phrase(.scopeFiscalYear, fiscalYear))) }
        let years = try Int.fetchAll(db, sql: "SELECT DISTINCT fiscal_year FROM need ORDER BY 1")
        let phrase =
            years.isEmpty
            ? Phrase(.noNeedsAtAll)
            : Phrase(
                .noNeedsInScope,
                figures: [
                    .phrase(Phrase(.list, figures: scope)), .text(years.map(String.init).joined(separator: ", ")),
                ])
        return [Diagnostic(file: path, severity: .warning, phrase: phrase)]
    }
}
