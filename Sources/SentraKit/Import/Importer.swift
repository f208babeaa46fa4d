import Foundation
import GRDB
import Logging

/// Imports one CSV file as one transaction: strict by default (one bad row
/// rejects the file and changes nothing), idempotent for identical input.
public struct Importer {
    /// At most this many errors are returned; the count of the rest is reported.
    public static let maximumReportedErrors = 200

    public let store: Store
    public var progress: ((ImportProgress) -> Void)?
    public var now: () -> Date = Date.init

    public init(store: Store) { self.store = store }

    public func run(_ options: ImportOptions) throws -> ImportSummary {
        let staged = try StagedInput(options.path)
        defer { staged.remove() }
        let input = try OpenedInput.open(
            path: staged.path, displayName: staged.displayName, sheet: options.sheet, delimiter: options.delimiter,
            encoding: options.encoding)
        do {
            var summary = try run(options, input: input)
            summary.diagnostics = input.locate(summary.diagnostics)
            return summary
        } catch let error as SentraError {
            throw input.locate(error)
        }
    }

    private func run(_ options: ImportOptions, input: OpenedInput) throws -> ImportSummary {
        let reader = input.reader
        guard try reader.next() else {
            throw SentraError(.dataRejected, .noHeaderRow, input.displayName)
        }
        let (header, headerDiagnostics) = HeaderMap.resolve(
            reader.fields, kind: options.kind, file: input.displayName, line: reader.line,
            allowUnknownColumns: options.allowUnknownColumns)
        if headerDiagnostics.contains(where: { $0.severity == .error }) {
            throw SentraError(
                .dataRejected, .headerRejected, input.displayName, diagnostics: headerDiagnostics)
        }
        Log.importer.info(
            "import started",
            metadata: [
                "kind": "\(options.kind.rawValue)", "file": "\(input.displayName)", "sha256": "\(input.sha256)",
                "encoding": "\(input.format)", "bytes": "\(input.byteCount)",
            ])
        var summary = ImportSummary(kind: options.kind, file: input.displayName, sha256: input.sha256)
        summary.dryRun = options.dryRun
        summary.diagnostics = headerDiagnostics
        let rejects = try options.rejectsPath.map { try RejectsWriter(path: $0, header: header.headers) }

        do {
            try store.queue.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    var session = ImportSession(
                        db: db, kind: options.kind, options: options, reader: reader, header: header,
                        summary: summary, rejects: rejects, progress: progress)
                    try session.prepare(fileName: input.displayName, sha256: input.sha256, now: now())
                    try session.readAll()
                    summary = session.summary
                    if !session.errors.isEmpty && !options.skipInvalid {
                        return .rollback
                    }
                    if options.dryRun || !summary.changedAnything {
                        summary.importID = nil
                        return .rollback
                    }
                    try session.finish()
                    summary.importID = session.importID
                    return .commit
                }
            }
        } catch let error as SentraError {
            throw error
        } catch {
            throw Store.translate(error, path: store.path)
        }
        Log.importer.info(
            "import finished",
            metadata: [
                "rows": "\(summary.rowsRead)", "added": "\(summary.added)", "updated": "\(summary.updated)",
                "unchanged": "\(summary.unchanged)", "rejected": "\(summary.rejected)",
                "committed": "\(summary.importID != nil)",
            ])
        let errors = summary.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty && !options.skipInvalid {
            let rows = summary.rejected
            throw SentraError(
                .dataRejected, .rowsRejected, input.displayName, rows, diagnostics: summary.diagnostics)
        }
        try rejects?.commit()
        return summary
    }
}

/// Standard input copied to a temporary file, so it can be hashed and read like any file.
struct StagedInput {
    let path: String
    let displayName: String
    private let temporary: Bool

    init(_ path: String) throws {
        guard path == "-" else {
            self.path = path
            self.displayName = path
            self.temporary = false
            return
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sentra-stdin-\(UUID().uuidString).csv")
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]),
            let out = FileHandle(forWritingAtPath: url.path)
        else { throw SentraError(.cannotCreate, .noTemporaryFile) }
        defer { try? out.close() }
        while let chunk = try FileHandle.standardInput.read(upToCount: 1 << 16), !chunk.isEmpty {
            try out.write(contentsOf: chunk)
        }
        self.path = url.path
        self.displayName = "<stdin>"
        self.temporary = true
    }

    func remove() {
        if temporary { try? FileManager.default.removeItem(atPath: path) }
    }
}
