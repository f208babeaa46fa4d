import ArgumentParser
import Foundation
import SentraKit

struct ImportCommand: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a CSV or .xlsx file of suppliers, catalog, needs, spend or budgets, or LKPP exports.",
        discussion: """
            An .xlsx workbook is recognised by its content: its first sheet is read (or --sheet NAME), \
            its first row with a value is the header, and errors name the cell (kebutuhan.xlsx!Sheet1!C12).
            sentra import lkpp FILE... [--source NAME] [--dry-run] imports LKPP's own exports (SiRUP, SPSE, \
            e-Katalog, Toko Daring; ISB or INAPROC shape), each recognised by its header, in one transaction.

            Examples:
              sentra --db pengadaan.db import suppliers pemasok.csv
              sentra --db pengadaan.db import needs kebutuhan.csv --dry-run
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "suppliers | catalog | needs | spend | budgets | lkpp")
    var kind: String

    @Argument(help: "CSV or .xlsx file, or - for standard input (lkpp: one or more files).")
    var files: [String]

    @Option(help: "The sheet to read in an .xlsx workbook (default: the first sheet).")
    var sheet: String?

    @Option(help: "lkpp only: read every file as this profile instead of recognising it.")
    var source: String?

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

    var file: String { files[0] }

    func validate() throws {
        if kind == "lkpp" {
            if skipInvalid || amend || rejects != nil || allowUnknownColumns {
                throw ValidationError(
                    "--skip-invalid, --rejects, --amend and --allow-unknown-columns do not apply to import lkpp")
            }
            if let source, LKPPProfile.named(source) == nil {
                throw ValidationError(
                    "--source \(source) is not an LKPP profile: use one of "
                        + LKPPProfile.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if files.isEmpty { throw ValidationError("import lkpp needs at least one file") }
            return
        }
        guard ImportKind(rawValue: kind) != nil else {
            throw ValidationError(
                "\(kind) is not a kind of import: use suppliers, catalog, needs, spend, budgets or lkpp")
        }
        if files.count != 1 { throw ValidationError("import \(kind) takes one file") }
        if source != nil { throw ValidationError("--source applies to import lkpp only") }
        if rejects != nil && !skipInvalid { throw ValidationError("--rejects goes with --skip-invalid") }
        if amend && kind != "spend" { throw ValidationError("--amend applies to spend only") }
    }

    func run() throws {
        if kind == "lkpp" { return try runLKPP() }
        var options = ImportOptions(kind: ImportKind(rawValue: kind)!, path: file)
        options.dryRun = dryRun
        options.skipInvalid = skipInvalid
        options.rejectsPath = rejects
        options.delimiter = delimiter
        options.encoding = encoding
        options.amend = amend
        options.allowUnknownColumns = allowUnknownColumns
        options.sheet = sheet
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

    /// `import lkpp`: one library call; a line per file on stderr.
    func runLKPP() throws {
        let store = try global.openStore(create: true)
        var options = LKPPImportOptions(paths: files, source: source.flatMap(LKPPProfile.named), dryRun: dryRun)
        options.sheet = sheet
        let summary = try LKPPImporter(store: store).run(options)
        let terminal = Terminal.standardError
        for diagnostic in summary.diagnostics { terminal.render(diagnostic) }
        guard !global.quiet else { return }
        for file in summary.files { terminal.write(file.line + "\n") }
        if summary.dryRun {
            terminal.write("dry run: nothing written\n")
        } else if !summary.committed {
            terminal.write("no changes: every record is already in the database; the database is unchanged\n")
        } else {
            terminal.write(
                "imported \(summary.files.count) LKPP file\(summary.files.count == 1 ? "" : "s") in one transaction\n")
        }
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
