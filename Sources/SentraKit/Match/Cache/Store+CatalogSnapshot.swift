import GRDB

extension Store {
    /// Reads `fetch`'s rows and the catalog shelves of the categories they name, and hands both to
    /// `then`, all in one read transaction; then saves the shelves it had to build from rows to the
    /// match cache.
    func withCatalog<T, U>(
        _ fetch: (Database) throws -> T, categories: (T) -> Set<String>,
        then: (Database, T, CatalogSnapshot) throws -> U
    ) throws -> U {
        let (result, snapshot) = try read { db in
            let value = try fetch(db)
            let snapshot = try CatalogSnapshot.load(db, categories: categories(value))
            return (try then(db, value, snapshot), snapshot)
        }
        cache(snapshot)
        return result
    }

    /// Saves the shelves `snapshot` built from rows to the match cache, but only if the
    /// database can be written at once: a run never waits on another writer for its cache,
    /// and a failed save only costs the next run time, so it is logged, not thrown.
    func cache(_ snapshot: CatalogSnapshot) {
        guard !snapshot.unsaved.isEmpty else { return }
        do {
            try queue.writeWithoutTransaction { db in
                let timeout = try Int.fetchOne(db, sql: "PRAGMA busy_timeout") ?? 0
                try db.execute(sql: "PRAGMA busy_timeout = 0")
                defer { try? db.execute(sql: "PRAGMA busy_timeout = \(timeout)") }
                try db.inTransaction(.immediate) {
                    try CatalogCache.save(db, snapshot)
                    return .commit
                }
            }
            Log.match.debug("match cache: saved \(snapshot.unsaved.count) shelves")
        } catch {
            Log.match.notice("match cache not saved: \(Store.translate(error, path: path))")
        }
    }
}
