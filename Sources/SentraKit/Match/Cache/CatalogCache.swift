import Foundation
import GRDB
import GRDBSQLite

/// The match cache: each category's shelf as built from the catalog, archived to a file beside
/// the database (`DB-shelves/TOKEN.shelf`, named by the table `match_shelf`) so a run does not
/// re-read and re-tokenise a million rows, and reads it in place (mapped), so a single need
/// touches only the pages it reads. An entry is used only when it was built from the current
/// rows — no supplier or catalog import since (``source(_:)``) — by the same text rules
/// (``rules``), and its file is the one its row names (the token in its header); otherwise the
/// shelf is built from the rows again. It holds nothing the rows do not: deleting the folder or
/// the table loses time, never data.
enum CatalogCache {
    /// The archive layout; bump it when ``CatalogShelf`` or how it is built changes.
    static let format: UInt32 = 8

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
        text += "|" + Lexicon.classLeads.sorted().joined(separator: ",")
        let acronyms = Lexicon.acronyms.sorted { $0.key < $1.key }
        text += "|" + acronyms.map { "\($0.key)=\($0.value.joined(separator: " "))" }.joined(separator: ",")
        text += "|" + Lexicon.broader.sorted { $0.key < $1.key }.map { "\($0.key)>\($0.value)" }.joined(separator: ",")
        let twoWords = Lexicon.twoWords.sorted { $0.key < $1.key }
        text += "|" + twoWords.map { "\($0.key)=\($0.value.joined(separator: " "))" }.joined(separator: ",")
        let probe =
            "Pengadaan 200 box Kripik Pisang khas Lampung, bermacam-macam kerajinan tangan; dibatikkan, "
            + "menjahitkan pakaian seragam dinas, pembuatan cenderamata, Kopi Robusta 500gr, keramahan, "
            + "perlengkapan terbaik, kue kotak untuk peserta rapat, Souvenir ukiran kayu, sablon kaos, "
            + "Goodie Bag kanvas, VCO, Cangkul tanpa gagang, Otak2 Hand Soap, Kertas HVS A4 80 gsm, "
            + "Rak Al-Qur'an abu-abu"
        text += "|" + TextFit.terms(probe).joined(separator: " ")
        return Int64(bitPattern: FNV1a.hash(text))
    }()

    /// The latest supplier or catalog import: the rows a shelf is built from change only with one.
    static func source(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(
            db, sql: "SELECT coalesce(max(id), 0) FROM import_run WHERE kind IN ('suppliers', 'catalog')") ?? 0
    }

    /// The folder of `db`'s cache files; nil for a database without a file (in memory).
    static func folder(_ db: Database) -> String? {
        guard let path = sqlite3_db_filename(db.sqliteConnection, "main").map({ String(cString: $0) }), !path.isEmpty
        else { return nil }
        return path + "-shelves"
    }

    /// The cached shelf of `category` built from import `source` by the current rules, with the
    /// suppliers its supplier numbers index, read in place; nil when there is none or it is
    /// unreadable.
    static func shelf(_ db: Database, category: String, source: Int64) throws -> (CatalogShelf, SupplierTable)? {
        guard let folder = folder(db) else { return nil }
        let statement = try db.cachedStatement(
            sql: "SELECT file, size FROM match_shelf WHERE category = ? AND source = ? AND rules = ?")
        guard let row = try Row.fetchOne(statement, arguments: [category, source, rules]),
            let token = CacheToken(name: row["file"]), let bytes = ShelfBytes.mapping("\(folder)/\(token.name).shelf"),
            bytes.count == row["size"] as Int
        else { return nil }
        do {
            return try CatalogShelf.unarchive(bytes, token: token)
        } catch {
            Log.match.notice("match cache: the \(category) entry is unreadable; building it from the rows")
            return nil
        }
    }

    /// Writes the files of `snapshot`'s shelves built from rows in this run and points their rows
    /// at them. A file is written whole under a temporary name and renamed into place before its
    /// row names it; the file it replaces is removed (a reader still mapping it keeps its pages).
    static func save(_ db: Database, _ snapshot: CatalogSnapshot) throws {
        guard let folder = folder(db) else { return }
        let files = FileManager.default
        try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let statement = try db.makeStatement(
            sql: """
                INSERT INTO match_shelf (category, source, rules, file, size) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (category) DO UPDATE SET source = excluded.source, rules = excluded.rules,
                    file = excluded.file, size = excluded.size
                """)
        for category in snapshot.unsaved {
            guard let (bytes, token) = snapshot.archives[category] else { continue }
            let replaced = try String.fetchOne(
                db, sql: "SELECT file FROM match_shelf WHERE category = ?", arguments: [category])
            let path = "\(folder)/\(token.name).shelf"
            let temporary = path + ".tmp"
            let data = Data(
                bytesNoCopy: UnsafeMutableRawPointer(mutating: bytes.base), count: bytes.count, deallocator: .none)
            try withExtendedLifetime(bytes) { try data.write(to: URL(fileURLWithPath: temporary)) }
            guard rename(temporary, path) == 0 else {
                try? files.removeItem(atPath: temporary)
                throw CocoaError(.fileWriteUnknown)
            }
            try statement.execute(arguments: [category, snapshot.source, rules, token.name, bytes.count])
            if let replaced, let old = CacheToken(name: replaced), old != token {
                try? files.removeItem(atPath: "\(folder)/\(old.name).shelf")
            }
        }
    }
}
