/// Writes the rows `--skip-invalid` left out: original columns plus `line` and `reason`.
final class RejectsWriter {
    private let file: AtomicFile

    init(path: String, header: [String]) throws {
        file = try AtomicFile(path: path)
        try file.write(CSVWriter.line(header + ["line", "reason"]))
    }

    func append(fields: [String], line: Int, reason: String) throws {
        try file.write(CSVWriter.line(fields + [String(line), reason], defuse: true))
    }

    func commit() throws { try file.commit() }
}
