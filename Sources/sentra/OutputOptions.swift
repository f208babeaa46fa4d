import ArgumentParser
import Foundation
import SentraKit

extension OutputFormat: ExpressibleByArgument {}

/// `--format` and `--output`, shared by every listing and report.
struct OutputOptions: ParsableArguments {
    @Option(help: "table | csv | json | ndjson | markdown (default: table on a terminal, else json).")
    var format: OutputFormat?

    @Option(help: "Write to FILE (atomically) instead of stdout.")
    var output: String?

    /// `table` for people at a terminal; `json` when piped, so scripts get a stable format.
    var resolvedFormat: OutputFormat {
        if let format { return format }
        return output == nil && isatty(1) == 1 ? .table : .json
    }

    func validate(allowHTML: Bool) throws {
        if format == .html && !allowHTML { throw ValidationError("--format html is for reports only") }
    }

    /// Writes the requested output, and nothing else, to stdout or `--output`.
    /// Hands `body` a writer for output produced piece by piece: to stdout as it comes,
    /// or to `--output`, which appears (atomically) only when `body` finishes.
    func stream(_ body: (_ write: (String) throws -> Void) throws -> Void) throws {
        guard let output else {
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
}

/// `--as-of DATE`, default today.
struct AsOfOption: ParsableArguments {
    @Option(help: "Reference date for deadlines (YYYY-MM-DD or DD/MM/YYYY); default today.")
    var asOf: String?

    var day: Day {
        get throws {
            guard let asOf else {
                let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
                return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
            }
            switch Day.parse(asOf) {
            case .success(let day): return day
            case .failure(let error): throw ValidationError("--as-of \(error.message)")
            }
        }
    }
}
