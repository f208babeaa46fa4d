import Foundation

/// An input file opened for import, CSV or workbook alike: what provenance records about
/// it and the reader positioned before its header.
struct OpenedInput {
    /// Name used in diagnostics: the path the user gave, or `<stdin>`.
    let displayName: String
    let sha256: String
    let byteCount: Int
    /// `utf-8` or `windows-1252` for CSV, `xlsx` for a workbook (logged).
    let format: String
    /// The worksheet read, for a workbook: diagnostics name it (`file!Sheet1!C12`).
    let sheet: String?
    let reader: any RecordSource

    /// Opens `path` by its content: a ZIP archive is read as an `.xlsx` workbook (its first
    /// sheet, or `sheet`), anything else as CSV. `sheet` on a CSV file, or a delimiter or
    /// encoding on a workbook, is a usage error: they cannot mean anything there.
    static func open(
        path: String, displayName: String, sheet: String?, delimiter: InputFile.DelimiterChoice,
        encoding: InputFile.EncodingChoice, backslashEscapes: Bool = false
    ) throws -> OpenedInput {
        if Workbook.isZIP(path: path) {
            if delimiter != .auto || encoding != .auto {
                throw SentraError(
                    .usage, .csvOptionsOnWorkbook, displayName)
            }
            let (digest, bytes) = try Workbook.sha256(path: path)
            let workbook = try Workbook(path: path, fileName: displayName)
            let reader = try workbook.rows(sheet: sheet)
            return OpenedInput(
                displayName: displayName, sha256: digest, byteCount: bytes, format: "xlsx", sheet: reader.sheetName,
                reader: reader)
        }
        if let sheet {
            // A file that is not there is missing, not a CSV that was given a sheet.
            guard FileManager.default.fileExists(atPath: path) else {
                throw SentraError(.inputUnreadable, .noSuchFile, displayName)
            }
            throw SentraError(
                .usage, .sheetOnCSV, displayName, sheet)
        }
        let input = try InputFile.scan(path: path, displayName: displayName, delimiter: delimiter, encoding: encoding)
        let reader = try input.reader()
        reader.backslashEscapes = backslashEscapes
        return OpenedInput(
            displayName: input.displayName, sha256: input.sha256, byteCount: input.byteCount,
            format: input.encoding.rawValue, sheet: nil, reader: reader)
    }

    /// `diagnostics` with those about this file placed in its sheet.
    func locate(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard let sheet else { return diagnostics }
        return diagnostics.map { $0.inSheet(sheet, of: displayName) }
    }

    /// `error` with its diagnostics placed in this file's sheet.
    func locate(_ error: SentraError) -> SentraError {
        var located = error
        located.diagnostics = locate(error.diagnostics)
        return located
    }
}
