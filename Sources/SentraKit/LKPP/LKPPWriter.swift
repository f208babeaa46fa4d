import Foundation
import GRDB

/// Writes one LKPP file's records inside the run's transaction.
struct LKPPWriter {
    let db: Database
    let reader: any RecordSource
    let profile: LKPPProfile
    let header: [String: Int]
    let headerCount: Int
    var summary: LKPPFileSummary
    var errors: [Diagnostic] = []
    let importID: Int64
    let writer: RowWriter
    /// Hash of each record id seen in this file → its fingerprint, to fold identical repeats.
    var seen: [UInt64: Int64] = [:]
    /// Satker master: bare `kd_satker` → `kd_satker_str`.
    var master: [String: String] = [:]
    /// OPD codes the `opd` table already has.
    var knownOPDs: Set<String> = []
    /// Budgets summed per OPD and year before they are written.
    var budgets: [String: [Int: Rupiah]] = [:]

    init(db: Database, input: OpenedInput, profile: LKPPProfile, now: Date) throws {
        self.db = db
        self.reader = input.reader
        self.profile = profile
        let headers = reader.fields.map(LKPPRecogniser.normalise)
        var header: [String: Int] = [:]
        for (index, name) in headers.enumerated() where header[name] == nil { header[name] = index }
        self.header = header
        self.headerCount = headers.count
        self.writer = RowWriter(db: db)
        summary = LKPPFileSummary(file: input.displayName, sha256: input.sha256, profile: profile)
        summary.ignoredColumns = headers.filter { !profile.required.contains($0) }
        try db.execute(
            sql: """
                INSERT INTO import_run (kind, file_name, sha256, imported_at, rows_read, added, updated, unchanged, rejected, amended)
                VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, 0)
                """,
            arguments: [
                "lkpp:\(profile.rawValue)", input.displayName, input.sha256, ISO8601DateFormatter().string(from: now),
            ])
        importID = db.lastInsertedRowID
        summary.importID = importID
        master = Dictionary(
            try Row.fetchAll(
                db, sql: "SELECT kd_satker, opd_code FROM opd WHERE from_master = 1 AND kd_satker IS NOT NULL"
            )
            .map { ($0["kd_satker"] as String, $0["opd_code"] as String) }, uniquingKeysWith: { a, _ in a })
        knownOPDs = Set(try String.fetchAll(db, sql: "SELECT opd_code FROM opd"))
    }

    mutating func importAll() throws {
        var spendStatements = profile.target == .spend ? try SpendStatements(db) : nil
        while try reader.next() {
            if reader.fieldCount == 1 && headerCount > 1 && reader.field(0).trimmingSpaces.isEmpty { continue }
            summary.records += 1
            var record = LKPPRecord(reader: reader, header: header, line: reader.line, file: reader.fileName)
            guard reader.fieldCount == headerCount else {
                errors.append(
                    Diagnostic(
                        file: reader.fileName, line: reader.line, severity: .error,
                        phrase: Phrase(.rowFieldCount, reader.fieldCount, headerCount)))
                continue
            }
            switch profile.target {
            case .master: try writeMaster(&record)
            case .budgets: collectBudget(&record)
            case .needs: try writeNeed(&record)
            case .spend: try writeSpend(&record, &spendStatements!)
            }
            errors += record.errors
        }
        if profile.target == .budgets { try writeBudgets() }
        try db.execute(
            sql: "UPDATE import_run SET rows_read = ?, added = ?, updated = ?, unchanged = ? WHERE id = ?",
            arguments: [summary.records, summary.added, summary.updated, summary.unchanged, importID])
    }

    /// Whether `key` was seen in this file: an identical repeat is folded (true); a repeat with
    /// other values is an error.
    mutating func isRepeat(_ key: String, fingerprint: Int64, record: inout LKPPRecord) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        guard let earlier = seen[hash] else {
            seen[hash] = fingerprint
            return false
        }
        if earlier != fingerprint {
            errors.append(
                Diagnostic(
                    file: record.file, line: record.line, severity: .error,
                    phrase: Phrase(.lkppKeyTwice, key)))
        } else {
            summary.identicalRepeats += 1
        }
        return true
    }

    /// The OPD of a record: its `kd_satker_str`, else a bare `kd_satker` through the master,
    /// else the code as given. A name the `opd` table lacks is kept from the file.
    mutating func resolveOPD(code: String?, kdSatker: String?, name: String?) throws -> String? {
        let resolved = code ?? kdSatker.map { master[$0] ?? $0 }
        if let resolved, !knownOPDs.contains(resolved) {
            try db.execute(
                sql:
                    "INSERT OR IGNORE INTO opd (opd_code, kd_satker, name, from_master, import_id) VALUES (?, ?, ?, 0, ?)",
                arguments: [resolved, kdSatker, name ?? "", importID])
            knownOPDs.insert(resolved)
        }
        return resolved
    }
}
