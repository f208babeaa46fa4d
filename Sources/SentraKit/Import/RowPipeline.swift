import Foundation
import GRDB
import GRDBSQLite

/// Writes validated rows on a second thread while the import's own thread reads and
/// validates the next ones: on a large file the two take about as long, so the
/// import takes about the longer of them instead of their sum.
///
/// The writer uses the connection only through SQLite's C API and only between
/// ``init(db:statement:tail:)`` and ``finish()``, while the import's thread does not
/// touch the database; ``finish()`` waits for it, so the connection is never used by
/// two threads at once.
final class RowPipeline: @unchecked Sendable {
    /// A batch of rows, each its cells and the extra cells bound after them.
    private typealias Batch = [(cells: [Cell], extra: [Cell])]
    private static let batchSize = 2048

    private let handoff = Handoff<Batch>(capacity: 2)
    private let done = DispatchSemaphore(value: 0)
    private var pending: Batch = []
    // Written by the writer thread before it signals `done`, read after the wait.
    private var changes = 0
    private var failure: Error?

    init(db: Database, statement: Statement) {
        let connection = Connection(db.sqliteConnection, statement.sqliteStatement)
        pending.reserveCapacity(Self.batchSize)
        Thread.detachNewThread { [self] in
            while let batch = handoff.receive() {
                guard failure == nil else { continue }  // drain, so the sender never waits forever
                for row in batch {
                    do {
                        changes += try connection.run(row.cells, row.extra)
                    } catch {
                        failure = error
                        break
                    }
                }
            }
            done.signal()
        }
    }

    /// Queues one row (written in batches).
    func send(_ cells: [Cell], _ extra: [Cell]) {
        pending.append((cells, extra))
        if pending.count == Self.batchSize {
            handoff.send(pending)
            pending = []
            pending.reserveCapacity(Self.batchSize)
        }
    }

    /// Writes what is queued and waits for the writer; returns the rows changed.
    func finish() throws -> Int {
        if !pending.isEmpty { handoff.send(pending) }
        pending = []
        handoff.close()
        done.wait()
        if let failure { throw failure }
        return changes
    }

    /// The raw connection and statement, for the writer thread.
    private struct Connection: @unchecked Sendable {
        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        let connection: OpaquePointer?
        let statement: OpaquePointer?

        init(_ connection: OpaquePointer?, _ statement: OpaquePointer?) {
            (self.connection, self.statement) = (connection, statement)
        }

        func run(_ cells: [Cell], _ extra: [Cell]) throws(DatabaseError) -> Int {
            sqlite3_reset(statement)
            var index: Int32 = 1
            for cell in cells + extra {
                switch cell {
                case .text(let value):
                    value.withCString { _ = sqlite3_bind_text(statement, index, $0, -1, Connection.transient) }
                case .integer(let value): sqlite3_bind_int64(statement, index, value)
                case .null: sqlite3_bind_null(statement, index)
                }
                index += 1
            }
            let code = sqlite3_step(statement)
            guard code == SQLITE_DONE || code == SQLITE_ROW else {
                // The message names the table and constraint, never the bound values.
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
            }
            return Int(sqlite3_changes(connection))
        }
    }
}
