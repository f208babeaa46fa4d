import Foundation
import GRDB
import Logging

/// What to import with `import lkpp`.
public struct LKPPImportOptions: Sendable {
    /// Files, or `-` for standard input.
    public var paths: [String]
    /// Forces every file to this profile instead of recognising it (`--source`).
    public var source: LKPPProfile?
    /// Validate and count; write nothing.
    public var dryRun = false
    /// The worksheet to read in each `.xlsx` workbook (nil: its first sheet).
    public var sheet: String?

    public init(paths: [String], source: LKPPProfile? = nil, dryRun: Bool = false) {
        self.paths = paths
        self.source = source
        self.dryRun = dryRun
    }
}

/// `import lkpp`: recognises each LKPP export by its header and imports them all in one
/// transaction, all or nothing; a byte-identical re-import changes nothing.
public struct LKPPImporter {
    /// At most this many errors are returned; the count of the rest is reported.
    static let maximumReportedErrors = 200

    public let store: Store
    public var now: () -> Date = Date.init

    public init(store: Store) { self.store = store }

    public func run(_ options: LKPPImportOptions) throws -> LKPPImportSummary {
        var staged: [StagedInput] = []
        defer { for input in staged { input.remove() } }
        var opened: [(input: OpenedInput, profile: LKPPProfile)] = []
        for path in options.paths {
            let stage = try StagedInput(path)
            staged.append(stage)
            let input = try OpenedInput.open(
                path: stage.path, displayName: stage.displayName, sheet: options.sheet, delimiter: .auto,
                encoding: .auto, backslashEscapes: true)
            guard try input.reader.next() else {
                throw SentraError(.dataRejected, .noHeaderRow, input.displayName)
            }
            let profile = try LKPPImporter.profile(
                of: input.reader.fields, forced: options.source, file: input.displayName)
            opened.append((input, profile))
        }
        // The master first, so a bare kd_satker in any file of the run resolves through it.
        let ordered = opened.enumerated().sorted {
            ($0.element.profile.order, $0.offset) < ($1.element.profile.order, $1.offset)
        }.map(\.element)
        var summary = LKPPImportSummary()
        summary.dryRun = options.dryRun
        do {
            try store.queue.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    var errors: [Diagnostic] = []
                    for file in ordered {
                        var writer = try LKPPWriter(db: db, input: file.input, profile: file.profile, now: now())
                        try writer.importAll()
                        summary.files.append(writer.summary)
                        errors += file.input.locate(writer.errors)
                    }
                    if !errors.isEmpty {
                        summary.diagnostics = Array(errors.prefix(LKPPImporter.maximumReportedErrors))
                        if errors.count > LKPPImporter.maximumReportedErrors {
                            summary.diagnostics.append(
                                Diagnostic(
                                    file: "import lkpp", severity: .note,
                                    phrase: Phrase(
                                        .moreErrorsNotShown, errors.count - LKPPImporter.maximumReportedErrors)))
                        }
                        return .rollback
                    }
                    if options.dryRun || !summary.changedAnything { return .rollback }
                    // History lists the files that changed something, as for any import.
                    for file in summary.files where !file.changedAnything {
                        try db.execute(
                            sql: "DELETE FROM import_run WHERE id = ?", arguments: [file.importID])
                    }
                    summary.committed = true
                    return .commit
                }
            }
        } catch let error as SentraError {
            throw error
        } catch {
            throw Store.translate(error, path: store.path)
        }
        if !summary.diagnostics.isEmpty {
            throw SentraError(
                .dataRejected, .lkppRejected, diagnostics: summary.diagnostics)
        }
        return summary
    }

    /// The profile of a header, or a 65 naming the closest profile and what it lacks.
    static func profile(of headers: [String], forced: LKPPProfile?, file: String) throws -> LKPPProfile {
        let present = Set(headers.map(LKPPRecogniser.normalise))
        if let forced {
            let missing = forced.required.filter { !present.contains($0) }
            guard missing.isEmpty else {
                throw SentraError(
                    .dataRejected, .lkppNotProfile, file, forced.label, forced.rawValue, missing.joined(separator: ", ")
                )
            }
            return forced
        }
        switch LKPPRecogniser.recognise(headers) {
        case .recognised(let profile):
            let ignored = headers.filter { !profile.required.contains(LKPPRecogniser.normalise($0)) }
            Log.importer.debug(
                "lkpp profile recognised",
                metadata: [
                    "file": "\(file)", "profile": "\(profile.rawValue)",
                    "other columns": "\(ignored.joined(separator: ","))",
                ])
            return profile
        case .unknown(let closest, let missing):
            throw SentraError(
                .dataRejected, .lkppUnknownExport, file, closest.label, closest.rawValue,
                missing.joined(separator: ", "))
        }
    }
}
