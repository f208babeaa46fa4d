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
    /// Set by the writer when a write fails, read by the sender: the only field both touch early.
    private let failedFlag = NSLock()
    private var failedEarly = false

    /// Whether a write has failed: the import stops reading, as nothing more can be written.
    var hasFailed: Bool {
        failedFlag.lock()
        defer { failedFlag.unlock() }
        return failedEarly
    }

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
                        failedFlag.lock()
                        failedEarly = true
                        failedFlag.unlock()
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
        let connection: OpaquePointer?
        let statement: OpaquePointer?

        init(_ connection: OpaquePointer?, _ statement: OpaquePointer?) {
            (self.connection, self.statement) = (connection, statement)
        }

        func run(_ cells: [Cell], _ extra: [Cell]) throws -> Int {
            try RowWriter.run(connection, statement, cells, extra)
        }
    }
}
