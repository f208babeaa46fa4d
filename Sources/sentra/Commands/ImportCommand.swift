import ArgumentParser
import Foundation
import SentraKit

extension ImportKind: ExpressibleByArgument {}

struct ImportCommand: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a CSV file of suppliers, catalog, needs, spend or budgets.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "suppliers | catalog | needs | spend | budgets")
    var kind: ImportKind

    @Argument(help: "CSV file, or - for standard input.")
    var file: String

    @Flag(help: "Validate and count; write nothing.")
    var dryRun = false

    @Flag(help: "Import the good rows; write the rejected ones to --rejects.")
    var skipInvalid = false

    @Option(help: "With --skip-invalid: where to write rejected rows, with line and reason.")
    var rejects: String?

    @Option(help: "auto | , | ; | tab", transform: OptionValue.delimiter)
    var delimiter: InputFile.DelimiterChoice = .auto

    @Option(help: "auto | utf-8 | windows-1252", transform: OptionValue.encoding)
    var encoding: InputFile.EncodingChoice = .auto

    @Flag(help: "Spend only: record changed rows as amendments instead of rejecting them.")
    var amend = false

    @Flag(help: "Ignore columns whose names look like a mistyped known column instead of refusing the file.")
    var allowUnknownColumns = false

    func validate() throws {
        if rejects != nil && !skipInvalid { throw ValidationError("--rejects goes with --skip-invalid") }
        if amend && kind != .spend { throw ValidationError("--amend applies to spend only") }
    }

    func run() throws {
        var options = ImportOptions(kind: kind, path: file)
        options.dryRun = dryRun
        options.skipInvalid = skipInvalid
        options.rejectsPath = rejects
        options.delimiter = delimiter
        options.encoding = encoding
        options.amend = amend
        options.allowUnknownColumns = allowUnknownColumns
        let store = try global.openStore(create: true)
        var importer = Importer(store: store)
        let terminal = Terminal.standardError
        let started = Date()
        if !global.quiet && terminal.showsProgress {
            var last = Date.distantPast
            importer.progress = { progress in
                let now = Date()
                guard now.timeIntervalSince(last) > 0.2 else { return }
                last = now
                let rate = Double(progress.rows) / max(now.timeIntervalSince(started), 0.001)
                let percent = progress.totalBytes > 0 ? 100 * progress.bytesRead / progress.totalBytes : 100
                terminal.progress("\(file): \(progress.rows) rows, \(Int(rate)) rows/s, \(percent)%")
            }
        }
        let summary: ImportSummary
        do {
            summary = try importer.run(options)
        } catch {
            terminal.endProgress()
            throw error
        }
        terminal.endProgress()
        for diagnostic in summary.diagnostics { terminal.render(diagnostic) }
        guard !global.quiet else { return }
        terminal.write(ImportCommand.describe(summary) + "\n")
    }

    static func describe(_ summary: ImportSummary) -> String {
        let counts =
            "\(summary.rowsRead) rows: \(summary.added) added, \(summary.updated) updated, "
            + "\(summary.unchanged) unchanged, \(summary.rejected) rejected"
            + (summary.kind == .spend ? ", \(summary.amended) amended" : "")
        let sha = String(summary.sha256.prefix(12))
        if summary.dryRun { return "\(summary.file): dry run, nothing written: \(counts)" }
        if !summary.changedAnything {
            return "\(summary.file): no changes: \(counts) (sha256 \(sha)…); the database is unchanged"
        }
        return
            "\(summary.file): imported \(summary.kind.rawValue) as import #\(summary.importID ?? 0): \(counts) (sha256 \(sha)…)"
    }
}
