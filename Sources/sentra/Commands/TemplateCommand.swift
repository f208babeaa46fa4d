import ArgumentParser
import Foundation
import SentraKit

extension Template.Format: ExpressibleByArgument {}

struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write an empty template to fill in for an import (xlsx with notes and lists, or csv).",
        discussion: """
            The xlsx template has a Data sheet (headers in Bahasa Indonesia under --lang id, formats and \
            lists on the columns), a Petunjuk sheet explaining every column with an example, and a Pilihan \
            sheet with the lists. A filled template imports as it is: sentra import KIND FILE.xlsx.
            """)

    @Argument(help: "suppliers | catalog | needs | spend | budgets")
    var kind: String

    @Option(help: "xlsx (default) | csv")
    var format: Template.Format = .xlsx

    @Option(help: "Language of the headers and notes: id | en (default: $SENTRA_LANG, else id).")
    var lang: ReportLanguage?

    @Option(help: "File to write (replaced atomically); - is stdout (csv only).")
    var output: String

    func validate() throws {
        guard ImportKind(rawValue: kind) != nil else {
            throw Usage.error(.templateKindUnknown, kind)
        }
        if output == "-" && format == .xlsx {
            throw Usage.error(.templateXLSXFile)
        }
    }

    func run() throws {
        try Template.write(
            ImportKind(rawValue: kind)!, format: format, language: ReportLanguage.chosen(lang),
            to: output == "-" ? .stream(FileHandle.standardOutput.write) : .file(output))
    }
}
