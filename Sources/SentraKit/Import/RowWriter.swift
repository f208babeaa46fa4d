import GRDB
import GRDBSQLite

/// Binds and steps prepared statements through SQLite's C API: the import's
/// hot loop, where GRDB's argument arrays would allocate per row.
struct RowWriter {
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    let db: Database

    /// Binds `cells` (then `extra`) to `statement` and runs it to completion.
    /// Returns the number of rows it changed.
    @discardableResult
    func run(_ statement: Statement, _ cells: [Cell], _ extra: [Cell] = []) throws -> Int {
        try RowWriter.run(db.sqliteConnection, statement.sqliteStatement, cells, extra)
    }

    /// The same on raw handles, for a thread that must not touch GRDB's `Database`.
    static func run(_ connection: OpaquePointer?, _ handle: OpaquePointer?, _ cells: [Cell], _ extra: [Cell]) throws
        -> Int
    {
        sqlite3_reset(handle)
        var index: Int32 = 1
        for cell in cells { bind(handle, index, cell); index += 1 }
        for cell in extra { bind(handle, index, cell); index += 1 }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            // The message names the table and constraint, never the bound values.
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
        }
        return Int(sqlite3_changes(connection))
    }

    /// Runs a one-row query and returns its first column as an integer, or nil when no row.
    func integer(_ statement: Statement, _ cells: [Cell]) throws -> Int64? {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        for (offset, cell) in cells.enumerated() { RowWriter.bind(handle, Int32(offset + 1), cell) }
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return sqlite3_column_int64(handle, 0) }
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
        return nil
    }

    private static func bind(_ handle: OpaquePointer?, _ index: Int32, _ cell: Cell) {
        switch cell {
        case .text(let value):
            value.withCString { pointer in
                _ = sqlite3_bind_text(handle, index, pointer, -1, RowWriter.transient)
            }
        case .integer(let value):
            sqlite3_bind_int64(handle, index, value)
        case .null:
            sqlite3_bind_null(handle, index)
        }
    }
}
