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
