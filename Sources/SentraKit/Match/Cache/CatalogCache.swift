import Foundation
import GRDB
import GRDBSQLite

/// The match cache: each category's shelf as built from the catalog, kept in the
/// database (table `match_shelf`) so a run does not re-read and re-tokenise a
/// million rows. An entry is used only when it was built from the current rows —
/// no supplier or catalog import since (``source(_:)``) — and by the same text rules
/// (``rules``); otherwise the shelf is built from the rows again. It holds nothing
/// the rows do not: dropping the table loses time, never data.
enum CatalogCache {
    /// The archive layout; bump it when ``CatalogShelf`` or how it is built changes.
    static let format: UInt32 = 5

    /// A fingerprint of the text rules shelves were built by: the archive layout, the
    /// lexicon's tables and the terms of a probe text that exercises the stemmer. Entries
    /// built by other rules are ignored.
    static let rules: Int64 = {
        var text = "\(format)|"
        text += Lexicon.stopwords.sorted().joined(separator: ",") + "|"
        text += Lexicon.units.sorted().joined(separator: ",") + "|"
        text += Lexicon.variants.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        text +=
            "|" + Lexicon.synonyms.map { $0.phrases.joined(separator: ",") + "=" + $0.concept }.joined(separator: ";")
        text +=
            "|"
            + Lexicon.contextPhrases.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        text += "|" + Lexicon.noisePhrases.sorted().joined(separator: ",")
        let probe =
            "Pengadaan 200 box Kripik Pisang khas Lampung, bermacam-macam kerajinan tangan; dibatikkan, "
            + "menjahitkan pakaian seragam dinas, pembuatan cenderamata, Kopi Robusta 500gr, keramahan, "
            + "perlengkapan terbaik, kue kotak untuk peserta rapat, Souvenir ukiran kayu, sablon kaos"
        text += "|" + TextFit.terms(probe).joined(separator: " ")
        return Int64(bitPattern: FNV1a.hash(text))
    }()

    /// The latest supplier or catalog import: the rows a shelf is built from change only with one.
    static func source(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(
            db, sql: "SELECT coalesce(max(id), 0) FROM import_run WHERE kind IN ('suppliers', 'catalog')") ?? 0
    }

    /// The cached shelf of `category` built from import `source` by the current rules, with
    /// the suppliers its supplier numbers index; nil when there is none or it is unreadable.
    static func shelf(_ db: Database, category: String, source: Int64) throws -> (CatalogShelf, [Supplier])? {
        let statement = try db.cachedStatement(
            sql: "SELECT rowid FROM match_shelf WHERE category = ? AND source = ? AND rules = ?")
        guard let row = try Int64.fetchOne(statement, arguments: [category, source, rules]) else { return nil }
        // Incremental blob I/O: each array is read from the pages straight into its own storage.
        // The entry passes through SQLite's page cache on its way: at the import's 64 MiB the cache
        // kept a second copy of every entry read (the largest is 55 MB at L). A 2 MiB cache recycles
        // its pages (that need: 140 → 110 ms, 151 → 97 MiB; the full L run 522 → 458 MiB). Restoring
        // the size cannot fail short of a broken connection, which the next statement reports.
        try db.execute(sql: "PRAGMA cache_size = -2048")
        defer { try? db.execute(sql: "PRAGMA cache_size = -\(Store.pageCacheKiB)") }
        var blob: OpaquePointer?
        guard sqlite3_blob_open(db.sqliteConnection, "main", "match_shelf", "data", row, 0, &blob) == SQLITE_OK else {
            sqlite3_blob_close(blob)
            return nil
        }
        defer { sqlite3_blob_close(blob) }
        let input = ArchiveReader(size: Int(sqlite3_blob_bytes(blob))) { destination, count, offset in
            sqlite3_blob_read(blob, destination, Int32(count), Int32(offset)) == SQLITE_OK
        }
        do {
            return try CatalogShelf.unarchive(input)
        } catch {
            Log.match.notice("match cache: the \(category) entry is unreadable; building it from the rows")
            return nil
        }
    }

    /// Stores `snapshot`'s shelves that were built from rows in this run.
    static func save(_ db: Database, _ snapshot: CatalogSnapshot) throws {
        let statement = try db.makeStatement(
            sql: """
                INSERT INTO match_shelf (category, source, rules, data) VALUES (?, ?, ?, ?)
                ON CONFLICT (category) DO UPDATE SET source = excluded.source, rules = excluded.rules, data = excluded.data
                """)
        for category in snapshot.unsaved {
            guard let shelf = snapshot.shelves[category] else { continue }
            let bytes = shelf.archive(suppliers: snapshot.suppliers)
            try statement.execute(arguments: [category, snapshot.source, rules, Data(bytes)])
        }
    }
}
