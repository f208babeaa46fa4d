import ArgumentParser
import Foundation
import SentraKit

extension OutputFormat: ExpressibleByArgument {}

/// A `--format` value: one of the text formats, or `xlsx` (a workbook, for `report compliance`).
enum FormatChoice: ExpressibleByArgument, Equatable {
    case text(OutputFormat)
    case xlsx

    init?(argument: String) {
        if argument == "xlsx" {
            self = .xlsx
        } else if let format = OutputFormat(rawValue: argument) {
            self = .text(format)
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] { OutputFormat.allCases.map(\.rawValue) + ["xlsx"] }
}

/// `--format` and `--output`, shared by every listing and report.
struct OutputOptions: ParsableArguments {
    @Option(
        name: .customLong("format"),
        help: "table | csv | json | ndjson | markdown (default: table on a terminal, else json).")
    var formatChoice: FormatChoice?

    /// The text format asked for (nil: none, or `xlsx`).
    var format: OutputFormat? {
        if case .text(let format) = formatChoice { return format }
        return nil
    }

    /// `--format xlsx`: a workbook, written to `--output`.
    var wantsWorkbook: Bool { formatChoice == .xlsx }

    @Option(help: "Write to FILE (atomically) instead of stdout; - is stdout.")
    var output: String?

    @Option(help: "Also write, to FILE, the sha256 of every input the output was made from (JSON).")
    var provenance: String?

    /// `--output`, unless it names standard output.
    private var outputFile: String? { output == "-" ? nil : output }

    /// `table` for people at a terminal; `json` when piped, so scripts get a stable format.
    var resolvedFormat: OutputFormat {
        if let format { return format }
        return outputFile == nil && isatty(1) == 1 ? .table : .json
    }

    /// The terminal's width when a table goes to one (from the terminal, else `$COLUMNS`); nil
    /// when piped or written to a file, so those keep whole lines.
    var width: Int? {
        guard resolvedFormat == .table, outputFile == nil, isatty(1) == 1 else { return nil }
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns >= 20 {
            return columns
        }
        return 80
    }

    func validate(allowHTML: Bool, allowXLSX: Bool = false) throws {
        if format == .html && !allowHTML { throw Usage.error(.htmlReportsOnly) }
        if wantsWorkbook {
            guard allowXLSX else {
                throw Usage.error(.xlsxComplianceOnly)
            }
            guard outputFile != nil else {
                throw Usage.error(.xlsxNeedsFile)
            }
        }
    }

    /// The workbook's path, for `--format xlsx` (validated to be a file).
    var workbookPath: String { outputFile ?? "" }

    /// Writes the requested output, and nothing else, to stdout or `--output`.
    /// Hands `body` a writer for output produced piece by piece: to stdout as it comes,
    /// or to `--output`, which appears (atomically) only when `body` finishes.
    func stream(_ body: (_ write: (String) throws -> Void) throws -> Void) throws {
        guard let output = outputFile else {
            var buffer: [UInt8] = []
            try body { text in
                buffer.append(contentsOf: text.utf8)
                if buffer.count >= 1 << 16 {
                    FileHandle.standardOutput.write(Data(buffer))
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            FileHandle.standardOutput.write(Data(buffer))
            return
        }
        let file = try AtomicFile(path: output)
        try body { try file.write($0) }
        try file.commit()
    }

    func emit(_ text: String) throws { try stream { try $0(text) } }

    /// Writes `text`, and with `--provenance` the inputs it was made from.
    func emit(_ text: String, provenance: Provenance) throws {
        try emit(text)
        try writeProvenance { provenance }
    }

    /// The `--provenance` sidecar: the machine formats keep the contract's shapes, so an
    /// auditor's hashes of the inputs travel beside them.
    func writeProvenance(_ load: () throws -> Provenance) throws {
        guard let path = self.provenance else { return }
        let file = try AtomicFile(path: path)
        try file.write(try JSONOutput.encode(try load()))
        try file.commit()
    }
}

/// `--as-of DATE`, default today.
struct AsOfOption: ParsableArguments {
    @Option(help: "Reference date for deadlines (YYYY-MM-DD or DD/MM/YYYY); default today.", transform: OptionValue.day)
    var asOf: Day?

    var day: Day {
        if let asOf { return asOf }
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
