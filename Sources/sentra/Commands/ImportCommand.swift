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
                throw Usage.error(.lkppOptions)
            }
            if let source, LKPPProfile.named(source) == nil {
                throw Usage.error(.lkppSource, source, LKPPProfile.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if files.isEmpty { throw Usage.error(.lkppNeedsFile) }
            return
        }
        guard ImportKind(rawValue: kind) != nil else {
            throw Usage.error(.importKindUnknown, kind)
        }
        if files.count != 1 { throw Usage.error(.importOneFile, kind) }
        if source != nil { throw Usage.error(.sourceLKPPOnly) }
        if rejects != nil && !skipInvalid { throw Usage.error(.rejectsNeedsSkip) }
        if amend && kind != "spend" { throw Usage.error(.amendSpendOnly) }
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
                terminal.progress(
                    terminal.language.text(.importProgress, file, progress.rows, Int(rate), percent))
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
        terminal.say(ImportCommand.describe(summary))
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
        for file in summary.files { terminal.say(file.line) }
        if summary.dryRun {
            terminal.say(Phrase(.lkppDryRun))
        } else if !summary.committed {
            terminal.say(Phrase(.lkppNoChanges))
        } else {
            terminal.say(Phrase(.lkppImported, summary.files.count))
        }
    }

    /// What an import did, in one line: its counts, and what became of the database.
    static func describe(_ summary: ImportSummary) -> Phrase {
        let figures = [summary.rowsRead, summary.added, summary.updated, summary.unchanged, summary.rejected]
        let counts =
            summary.kind == .spend
            ? Phrase(.importCountsAmended, figures: (figures + [summary.amended]).map { .text(String($0)) })
            : Phrase(.importCounts, figures: figures.map { .text(String($0)) })
        let sha = String(summary.sha256.prefix(12))
        if summary.dryRun { return Phrase(.importDryRun, figures: [.text(summary.file), .phrase(counts)]) }
        if !summary.changedAnything {
            return Phrase(.importNoChanges, figures: [.text(summary.file), .phrase(counts), .text(sha)])
        }
        return Phrase(
            .importDone,
            figures: [
                .text(summary.file), .text(summary.kind.rawValue), .text(String(summary.importID ?? 0)),
                .phrase(counts), .text(sha),
            ])
    }
}
