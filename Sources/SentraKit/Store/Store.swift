import Foundation
import GRDB

/// The sentra database: one SQLite file in WAL mode, opened with a busy
/// timeout so overlapping cron jobs wait instead of failing at once.
public final class Store: Sendable {
    /// SQLite's page cache per connection, KiB: 64 MiB, so a large import spills far fewer pages to the WAL.
    static let pageCacheKiB = 65_536

    let queue: DatabaseQueue
    public let path: String

    /// Opens the database at `path` and migrates it.
    /// - Parameters:
    ///   - lockTimeout: how long a command waits for another writer before giving up (exit 75).
    ///   - create: whether a missing database is created (imports) or is an error (every command
    ///     that only reads: a typo in `--db` must not pass as an empty, compliant database).
    public init(path: String, lockTimeout: TimeInterval = 10, create: Bool = true) throws {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists && !create {
            throw SentraError(.inputUnreadable, .noSuchDatabase, path)
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw SentraError(.cannotCreate, .databaseIsDirectory, path)
        }
        if !exists {
            // Owner-only by default: the ledger names businesses and amounts.
            let fd = open(path, O_CREAT | O_WRONLY | O_EXCL, 0o600)
            guard fd >= 0 else {
                throw SentraError(.cannotCreate, .cannotCreateDatabase, path, String(cString: strerror(errno)))
            }
            close(fd)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(lockTimeout)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -\(Store.pageCacheKiB)")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.writeWithoutTransaction { db in
                let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode")
                if mode?.lowercased() != "wal" { try db.execute(sql: "PRAGMA journal_mode = WAL") }
            }
            try Store.migrator.migrate(queue)
        } catch {
            throw Store.translate(error, path: path)
        }
    }

    /// Maps SQLite failures to the contract's error kinds, without bound values.
    public static func translate(_ error: Error, path: String) -> Error {
        guard let error = error as? DatabaseError else { return error }
        let reason = error.message ?? "\(error.resultCode)"
        switch error.resultCode.primaryResultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return SentraError(.busy, .databaseBusy, path)
        case .SQLITE_NOTADB:
            return SentraError(.ioError, .notADatabase, path, reason)
        case .SQLITE_CANTOPEN:
            return SentraError(.cannotCreate, .cannotOpenDatabase, path, reason)
        case .SQLITE_READONLY:
            return SentraError(.ioError, .databaseReadOnly, path, reason)
        case .SQLITE_FULL:
            return SentraError(.ioError, .diskFull, path, reason)
        case .SQLITE_CORRUPT:
            return SentraError(.ioError, .databaseCorrupt, path, reason)
        default:
            return SentraError(.ioError, .databaseError, path, reason)
        }
    }
}

extension Store {
    /// A read with SQLite errors mapped to the contract's error kinds.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try translating { try queue.read(body) }
    }

    /// A write transaction with SQLite errors mapped to the contract's error kinds.
    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        try translating { try queue.write(body) }
    }

    /// Runs `work`, passing SentraKit's own errors through and mapping SQLite's.
    private func translating<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as SentraError {
            throw error
        } catch {
            throw Store.translate(error, path: path)
        }
    }
}
