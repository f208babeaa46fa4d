import Foundation
import GRDB
import Logging

/// The state of one import inside its transaction.
struct ImportSession {
    let db: Database
    let kind: ImportKind
    let options: ImportOptions
    let reader: any RecordSource
    let header: HeaderMap
    var summary: ImportSummary
    let rejects: RejectsWriter?
    let progress: ((ImportProgress) -> Void)?

    private(set) var importID: Int64 = 0
    private(set) var errors: [Diagnostic] = []
    private var errorCount = 0
    private var statements: Statements!
    private var knownSuppliers: Set<String> = []
    /// Where a catalog row's `nib` or a spend row's `supplier_nib` sits among the row's cells.
    private let supplierCell: Int?
    /// Where a row's `opd_code` sits among its cells (needs, spend and budgets have one).
    private let opdCell: Int?
    /// Hash of each key seen in this file → its line, to name both lines of a duplicate.
    private var seenKeys: [UInt64: Int32] = [:]
    private var rowsBefore = 0
    /// Secondary indexes dropped for a load into an empty table, rebuilt once at the end, which is
    /// much cheaper than a million random index inserts.
    private var droppedIndexes: [(name: String, sql: String)] = []
    private var changes = 0
    private let memo = ParseMemo()
    private var opdCodes: OPDCodeWatch?

    private struct Statements {
        var upsert: Statement
        var lookup: Statement?
        var fetchOld: Statement?
        var update: Statement?
        var amendment: Statement?
    }

    init(
        db: Database, kind: ImportKind, options: ImportOptions, reader: any RecordSource, header: HeaderMap,
        summary: ImportSummary, rejects: RejectsWriter?, progress: ((ImportProgress) -> Void)?
    ) {
        self.db = db
        self.kind = kind
        self.options = options
        self.reader = reader
        self.header = header
        self.summary = summary
        self.rejects = rejects
        self.progress = progress
        let supplierColumn = kind == .catalog ? "nib" : kind == .spend ? "supplier_nib" : nil
        supplierCell = supplierColumn.flatMap { name in kind.columns.firstIndex { $0.name == name } }
        opdCell = kind.columns.firstIndex { $0.name == "opd_code" }
    }

    mutating func prepare(fileName: String, sha256: String, now: Date) throws {
        try db.execute(
            sql: """
                INSERT INTO import_run (kind, file_name, sha256, imported_at, rows_read, added, updated, unchanged, rejected, amended)
                VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, 0)
                """,
            arguments: [kind.rawValue, fileName, sha256, ISO8601DateFormatter().string(from: now)])
        importID = db.lastInsertedRowID
        let columns = kind.columns.map(\.name)
        let table = kind.table
        let placeholders = Array(repeating: "?", count: columns.count + 2).joined(separator: ", ")
        let keys = kind.keyColumns.joined(separator: ", ")
        let assignments = (columns + ["fingerprint", "import_id"]).filter { !kind.keyColumns.contains($0) }
            .map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        // An update changes only the columns this file has: an export without, say,
        // certifications must not wipe the certificates already on record.
        let presentAssignments = (columns.filter { header.index[$0] != nil } + ["fingerprint", "import_id"])
            .filter { !kind.keyColumns.contains($0) }
            .map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        if kind == .spend {
            // The ledger never upserts: a changed row is a conflict or an explicit amendment.
            statements = Statements(
                upsert: try db.makeStatement(
                    sql:
                        "INSERT INTO spend (\(columns.joined(separator: ", ")), fingerprint, import_id) VALUES (\(placeholders))"
                ),
                lookup: try db.makeStatement(sql: "SELECT fingerprint FROM spend WHERE tx_id = ?"),
                fetchOld: try db.makeStatement(
                    sql: "SELECT \(columns.joined(separator: ", ")) FROM spend WHERE tx_id = ?"),
                update: try db.makeStatement(
                    sql:
                        "UPDATE spend SET \(assignments.replacingOccurrences(of: "excluded.", with: ":")) WHERE tx_id = :tx_id"
                ),
                amendment: try db.makeStatement(
                    sql: """
                        INSERT INTO spend_amendment (tx_id, import_id, line, old_values, new_values)
                        VALUES (?, ?, ?, ?, ?)
                        """))
        } else {
            statements = Statements(
                upsert: try db.makeStatement(
                    sql: """
                        INSERT INTO \(table) (\(columns.joined(separator: ", ")), fingerprint, import_id) VALUES (\(placeholders))
                        ON CONFLICT (\(keys)) DO UPDATE SET \(presentAssignments)
                        WHERE \(table).fingerprint <> excluded.fingerprint
                        """))
        }
        if kind == .catalog || kind == .spend {
            knownSuppliers = Set(try String.fetchAll(db, sql: "SELECT nib FROM supplier"))
        }
        if kind == .needs || kind == .spend { opdCodes = try OPDCodeWatch(db) }
        rowsBefore = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
        if rowsBefore == 0 {
            // Rebuilt in finish(); a rollback restores them with everything else.
            // The migrations' own statements, read back, so the index DDL lives in one place.
            droppedIndexes = try Row.fetchAll(
                db,
                sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                arguments: [table]
            ).map { ($0["name"], $0["sql"]) }
            for index in droppedIndexes { try db.execute(sql: "DROP INDEX \(index.name)") }
        }
    }

    mutating func readAll() throws {
        let writer = RowWriter(db: db)
        // Upserts run on a second thread while this one validates; the ledger's lookups stay here.
        let pipeline = kind == .spend ? nil : RowPipeline(db: db, statement: statements.upsert)
        do {
            try readRows(writer: writer, pipeline: pipeline)
        } catch {
            _ = try? pipeline?.finish()  // the writer must be done with the connection before the rollback
            throw error
        }
        changes += try pipeline?.finish() ?? 0
        progress?(ImportProgress(rows: summary.rowsRead, bytesRead: reader.bytesRead, totalBytes: reader.totalBytes))
        try finishCounts()
    }

    private mutating func readRows(writer: RowWriter, pipeline: RowPipeline?) throws {
        while try reader.next() {
            summary.rowsRead += 1
            if summary.rowsRead % 8192 == 0 {
                progress?(
                    ImportProgress(rows: summary.rowsRead, bytesRead: reader.bytesRead, totalBytes: reader.totalBytes))
            }
            if reader.fieldCount == 1 && header.fieldCount > 1 && reader.field(0).trimmingSpaces.isEmpty {
                summary.rowsRead -= 1  // a line of spaces: not a record
                continue
            }
            var context = RowContext(reader: reader, header: header, memo: memo)
            if reader.fieldCount != header.fieldCount {
                context.diagnostics.append(
                    Diagnostic(
                        file: reader.fileName, line: reader.line, severity: .error,
                        phrase: Phrase(.rowFieldCount, reader.fieldCount, header.fieldCount)))
                try reject(context.diagnostics)
                continue
            }
            var row = kind.row(&context)
            if !context.hasErrors { checkAgainstFileAndDatabase(&row, &context) }
            if context.hasErrors {
                try reject(context.diagnostics)
                continue
            }
            summary.diagnostics += context.diagnostics  // warnings
            if errorCount > 0 && !options.skipInvalid { continue }  // strict: keep validating, stop writing
            if let pipeline {
                pipeline.send(row.cells, [.integer(row.fingerprint), .integer(importID)])
                if pipeline.hasFailed { return }  // finish() reports the write's error
            } else {
                try writeSpend(row, writer: writer, context: &context)
            }
        }
    }

    private mutating func finishCounts() throws {
        if kind != .spend {
            let rowsAfter = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(kind.table)") ?? 0
            summary.added = rowsAfter - rowsBefore
            summary.updated = changes - summary.added
            summary.unchanged = summary.rowsRead - summary.rejected - changes
        }
        if errorCount > Importer.maximumReportedErrors {
            summary.diagnostics.append(
                Diagnostic(
                    file: reader.fileName, severity: .note,
                    phrase: Phrase(.moreErrorsNotShown, errorCount - Importer.maximumReportedErrors)))
        }
    }

    private mutating func checkAgainstFileAndDatabase(_ row: inout ImportRow, _ context: inout RowContext) {
        let hash = FNV1a.hash(row.key)
        if let earlier = seenKeys[hash] {
            let column = kind.keyColumns.last!
            context.error(
                column, Phrase(.duplicateKey, kind.keyColumns.joined(separator: "/"), row.key, earlier))
            return
        }
        seenKeys[hash] = Int32(clamping: reader.line)
        if kind == .catalog, let supplierCell, case .text(let nib) = row.cells[supplierCell],
            !knownSuppliers.contains(nib)
        {
            context.error("nib", Phrase(.nibNotInDirectory, nib))
        }
        if let opdCell, case .text(let code) = row.cells[opdCell],
            let warnings = opdCodes?.check(code, line: reader.line)
        {
            for warning in warnings { context.warning("opd_code", warning) }
        }
        if kind == .spend, let supplierCell, case .text(let nib) = row.cells[supplierCell],
            !knownSuppliers.contains(nib)
        {
            context.warning(
                "supplier_nib", Phrase(.spendNIBNotInDirectory, nib))
        }
    }

    private mutating func reject(_ diagnostics: [Diagnostic]) throws {
        // Row values only at debug level: `--verbose`.
        Log.importer.debug("rejected row", metadata: ["line": "\(reader.line)", "values": "\(reader.fields)"])
        summary.rejected += 1
        errorCount += 1
        let errorsHere = diagnostics.filter { $0.severity == .error }
        if errors.count < Importer.maximumReportedErrors {
            errors += errorsHere
            summary.diagnostics += errorsHere
        }
        try rejects?.append(
            fields: reader.fields, line: reader.line, reason: errorsHere.map(\.message).joined(separator: "; "))
    }

    /// A spend row: the ledger is never upserted, so each row is looked up first.
    private mutating func writeSpend(_ row: ImportRow, writer: RowWriter, context: inout RowContext) throws {
        let fingerprint = row.fingerprint
        let tail: [Cell] = [.integer(fingerprint), .integer(importID)]
        let key = row.cells[0]
        guard let existing = try writer.integer(statements.lookup!, [key]) else {
            try writer.run(statements.upsert, row.cells, tail)
            summary.added += 1
            return
        }
        if existing == fingerprint {
            summary.unchanged += 1
            return
        }
        guard options.amend else {
            context.error(
                "tx_id",
                Phrase(.ledgerConflict, row.key))
            try reject(context.diagnostics)
            return
        }
        // Old and new values in the contract's forms (rupiah strings, percentages), keys sorted.
        let old = try Row.fetchOne(statements.fetchOld!, arguments: [row.key])!
        let oldCells: [Cell] = kind.columns.map { column in
            switch old[column.name] as DatabaseValue? {
            case .some(let value) where value.storage == .null: return .null
            case .some(let value):
                if let integer = Int64.fromDatabaseValue(value) { return .integer(integer) }
                return .text(String.fromDatabaseValue(value) ?? "")
            case .none: return .null
            }
        }
        try writer.run(
            statements.amendment!,
            [
                key, .integer(importID), .integer(Int64(reader.line)), .text(try amendmentJSON(oldCells)),
                .text(try amendmentJSON(row.cells)),
            ])
        // UPDATE binds the non-key columns, then fingerprint and import id, then the key.
        try writer.run(statements.update!, Array(row.cells.dropFirst()) + tail, [key])
        summary.amended += 1
    }

    func finish() throws {
        if !droppedIndexes.isEmpty {
            for index in droppedIndexes { try db.execute(sql: index.sql) }
        }
        try db.execute(
            sql: """
                UPDATE import_run SET rows_read = ?, added = ?, updated = ?, unchanged = ?, rejected = ?, amended = ?
                WHERE id = ?
                """,
            arguments: [
                summary.rowsRead, summary.added, summary.updated, summary.unchanged, summary.rejected, summary.amended,
                importID,
            ])
    }
}
