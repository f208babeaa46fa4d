import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// One row of a sheet: its row number and its cells' text by column (A is 0), up to the
/// last cell with a value.
struct SheetRow: Sendable {
    var number: Int
    var cells: [String]
}

/// Reads a worksheet's XML as `XMLParser` streams it and hands its rows over in batches.
/// Runs on its own thread (``SheetReader`` starts it); a failure is kept for the reader.
final class SheetParser: NSObject, XMLParserDelegate, @unchecked Sendable {
    /// Rows per batch handed over: large enough that the handover costs nothing per row.
    static let batchSize = 512
    /// Excel's last column, XFD.
    static let maximumColumns = 16_384

    private let strings: SharedStrings
    private let styles: CellStyles
    private let date1904: Bool
    private let output: Handoff<[SheetRow]>
    private let location: (file: String, sheet: String)
    private let isCancelled: @Sendable () -> Bool

    /// Set on the parsing thread before `output` closes; read by the reader after it closed.
    private(set) var failure: SentraError?

    private var batch: [SheetRow] = []
    private var rowNumber = 0
    private var cells: [String] = []
    private var column = -1
    private var type = ""
    private var style = 0
    private var text = ""
    private var collecting = false
    private var inInlineString = false
    private var phonetic = 0

    init(
        strings: SharedStrings, styles: CellStyles, date1904: Bool, output: Handoff<[SheetRow]>,
        file: String, sheet: String, isCancelled: @escaping @Sendable () -> Bool
    ) {
        self.strings = strings
        self.styles = styles
        self.date1904 = date1904
        self.output = output
        self.location = (file, sheet)
        self.isCancelled = isCancelled
        batch.reserveCapacity(Self.batchSize)
    }

    /// Parses the whole sheet from `stream`, then closes `output`.
    func run(_ stream: EntryStream, part: String) {
        let parser = XMLParser(stream: stream)
        parser.delegate = self
        let parsed = parser.parse()
        stream.close()
        if failure == nil && !isCancelled() {
            if let inflate = stream.inflateError {
                failure = SentraError(
                    .dataRejected, "\(location.file): the workbook is damaged: \(part) cannot be inflated (\(inflate))")
            } else if !parsed {
                let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "unreadable XML"
                failure = SentraError(
                    .dataRejected,
                    "\(location.file)!\(location.sheet): the workbook is damaged: \(part) is not XML near line "
                        + "\(parser.lineNumber) (\(reason))")
            }
        }
        if failure == nil && !batch.isEmpty { output.send(batch) }
        output.close()
    }

    private func fail(_ parser: XMLParser, _ message: String) {
        let diagnostic = Diagnostic(
            file: location.file, line: rowNumber, column: column + 1, severity: .error, message: message)
        var located = diagnostic
        located.sheet = location.sheet
        failure = SentraError(
            .dataRejected, "\(location.file): rejected; nothing was imported", diagnostics: [located])
        parser.abortParsing()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch XMLElements.localName(elementName) {
        case "c":
            column = attributes["r"].flatMap(SheetParser.columnIndex) ?? column + 1
            type = attributes["t"] ?? ""
            style = attributes["s"].flatMap(Int.init) ?? 0
            text = ""
            inInlineString = false
            if column >= SheetParser.maximumColumns {
                fail(parser, "cell beyond column XFD, the last column a sheet has")
            }
        case "v":
            text = ""
            collecting = true
        case "is": inInlineString = true
        case "t": collecting = inInlineString && phonetic == 0
        case "rPh": phonetic += 1
        case "row":
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            cells.removeAll(keepingCapacity: true)
            column = -1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        switch XMLElements.localName(elementName) {
        case "v", "t": collecting = false
        case "rPh": phonetic -= 1
        case "c": endCell(parser)
        case "row": endRow(parser)
        default: break
        }
    }

    private func endCell(_ parser: XMLParser) {
        guard let value = cellText(parser), !value.isEmpty, column >= 0 else { return }
        if column >= cells.count { cells.append(contentsOf: repeatElement("", count: column + 1 - cells.count)) }
        cells[column] = value
    }

    /// The cell as text: shared and inline strings as written, formulas by their cached
    /// value, booleans as `true`/`false`, numbers by their digits (dates to days and
    /// percentages as `11.5%` when their style says so).
    private func cellText(_ parser: XMLParser) -> String? {
        switch type {
        case "s":
            guard let index = Int(text.trimmingSpaces), let string = strings.string(index) else {
                fail(parser, "cell refers to shared string \(text) but the workbook has \(strings.count)")
                return nil
            }
            return string
        case "inlineStr", "str", "e": return text
        case "b": return text == "1" ? "true" : text == "0" ? "false" : text
        case "d": return String(text.prefix(10))  // ISO 8601 date cell: the day
        default:
            guard !text.isEmpty else { return text }
            switch styles.kind(style) {
            case .date:
                if let day = ExcelNumber.day(text, date1904: date1904) { return day.description }
            case .percent:
                if let percent = ExcelNumber.percent(text) { return percent }
            case .plain: break
            }
            return ExcelNumber.plain(text) ?? text
        }
    }

    private func endRow(_ parser: XMLParser) {
        // A row of formatting only, with no value, is not a record (as an empty CSV line).
        guard cells.contains(where: { !$0.isEmpty }) else { return }
        batch.append(SheetRow(number: rowNumber, cells: cells))
        guard batch.count == Self.batchSize else { return }
        output.send(batch)
        batch = []
        batch.reserveCapacity(Self.batchSize)
        if isCancelled() { parser.abortParsing() }
    }

    /// `C12` → 2: the letters of a cell reference as a 0-based column.
    static func columnIndex(_ reference: String) -> Int? {
        var value = 0
        var letters = 0
        for byte in reference.utf8 {
            let upper = byte & 0xDF
            guard upper >= UInt8(ascii: "A") && upper <= UInt8(ascii: "Z") else { break }
            value = value * 26 + Int(upper - UInt8(ascii: "A") + 1)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 ? nil : value - 1
    }
}
