import Foundation

/// Reads a worksheet's XML as ``XMLStream`` streams it and hands its rows over in batches.
/// Runs on its own thread (``SheetReader`` starts it); a failure is kept for the reader.
final class SheetParser: XMLByteHandler, @unchecked Sendable {
    /// Rows per batch handed over: large enough that the handover costs nothing per row.
    static let batchSize = 512
    /// Excel's last column, XFD.
    static let maximumColumns = 16_384

    /// A cell's `t` attribute: how its value is stored.
    private enum CellType {
        case number, shared, inline, formulaText, boolean, error, isoDate

        init(_ bytes: UnsafeBufferPointer<UInt8>?) {
            guard let bytes, let first = bytes.first else {
                self = .number
                return
            }
            let text = { String(decoding: bytes, as: UTF8.self) }
            switch first {
            case UInt8(ascii: "s"): self = bytes.count == 1 ? .shared : text() == "str" ? .formulaText : .number
            case UInt8(ascii: "i"): self = text() == "inlineStr" ? .inline : .number
            case UInt8(ascii: "b"): self = bytes.count == 1 ? .boolean : .number
            case UInt8(ascii: "e"): self = bytes.count == 1 ? .error : .number
            case UInt8(ascii: "d"): self = bytes.count == 1 ? .isoDate : .number
            default: self = .number  // `n`, or a type no writer uses: read as a number
            }
        }
    }

    private let strings: SharedStrings
    private let styles: CellStyles
    private let date1904: Bool
    private let output: Handoff<SheetRows>
    private let location: (file: String, sheet: String)
    private let isCancelled: @Sendable () -> Bool

    /// Set on the parsing thread before `output` closes; read by the reader after it closed.
    private(set) var failure: SentraError?

    private var xml: XMLStream?
    private var rows = SheetRows()
    private var rowNumber = 0
    private var column = -1
    private var type = CellType.number
    private var style = 0
    private var text: [UInt8] = []
    private var collecting = false
    private var inInlineString = false
    private var phonetic = 0

    init(
        strings: SharedStrings, styles: CellStyles, date1904: Bool, output: Handoff<SheetRows>,
        file: String, sheet: String, isCancelled: @escaping @Sendable () -> Bool
    ) {
        self.strings = strings
        self.styles = styles
        self.date1904 = date1904
        self.output = output
        self.location = (file, sheet)
        self.isCancelled = isCancelled
        text.reserveCapacity(64)
    }

    /// Parses the whole sheet from `stream`, then closes `output`.
    func run(_ stream: EntryStream, part: String) {
        let xml = XMLStream(handler: self)
        self.xml = xml
        let xmlFailure = xml.parse(stream)
        self.xml = nil
        if failure == nil && !isCancelled() {
            if let inflate = stream.inflateError {
                failure = SentraError(.dataRejected, .workbookPartNotInflatedWhy, location.file, part, "\(inflate)")
            } else if let xmlFailure {
                failure = SentraError(
                    .dataRejected, .workbookPartNotXMLNear, "\(location.file)!\(location.sheet)", part, xmlFailure.line,
                    xmlFailure.reason)
            }
        }
        if failure == nil && rows.count > 0 { output.send(rows) }
        output.close()
    }

    private func fail(_ phrase: Phrase) {
        let diagnostic = Diagnostic(
            file: location.file, line: rowNumber, column: column + 1, severity: .error, phrase: phrase)
        var located = diagnostic
        located.sheet = location.sheet
        failure = SentraError(.dataRejected, .fileRejected, location.file, diagnostics: [located])
        xml?.stop()
    }

    func start(_ element: SheetElement, _ attributes: XMLAttributes) {
        switch element {
        case .c:
            column = attributes.value("r").flatMap(SheetParser.columnIndex) ?? column + 1
            type = CellType(attributes.value("t"))
            style = attributes.value("s").flatMap { SheetParser.number($0) } ?? 0
            text.removeAll(keepingCapacity: true)
            inInlineString = false
            if column >= SheetParser.maximumColumns {
                fail(Phrase(.cellBeyondXFD))
            }
        case .v:
            text.removeAll(keepingCapacity: true)
            collecting = true
        case .is: inInlineString = true
        case .t: collecting = inInlineString && phonetic == 0
        case .rPh: phonetic += 1
        case .row:
            rowNumber = attributes.value("r").flatMap { SheetParser.number($0) } ?? rowNumber + 1
            column = -1
        default: break
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if collecting { text.append(contentsOf: bytes) }
    }

    func end(_ element: SheetElement) {
        switch element {
        case .v, .t: collecting = false
        case .rPh: phonetic -= 1
        case .c: endCell()
        case .row: endRow()
        default: break
        }
    }

    /// Adds the cell's value to the row; shared and inline strings and whole numbers go as the
    /// bytes they are, without a `String` on this thread.
    private func endCell() {
        guard column >= 0 else { return }
        switch type {
        case .shared:
            let index = text.withUnsafeBufferPointer { SheetParser.number($0, trimming: true) }
            let found = index.flatMap { index in
                strings.withBytes(index) { value in if !value.isEmpty { rows.set(column, value) } }
            }
            if found == nil {
                let written = String(decoding: text, as: UTF8.self)
                fail(Phrase(.cellSharedStringMissing, figures: [.text(written), .text("\(strings.count)")]))
            }
        case .inline, .formulaText, .error:
            if !text.isEmpty { text.withUnsafeBufferPointer { rows.set(column, $0) } }
        case .number where styles.kind(style) == .plain && !text.isEmpty && text.allSatisfy({ $0 &- 48 < 10 }):
            text.withUnsafeBufferPointer { rows.set(column, $0) }  // whole digits: ExcelNumber.plain keeps them
        default:
            guard var value = cellText(), !value.isEmpty else { return }
            value.withUTF8 { rows.set(column, $0) }
        }
    }

    /// The cell as text: shared and inline strings as written, formulas by their cached
    /// value, booleans as `true`/`false`, numbers by their digits (dates to days and
    /// percentages as `11.5%` when their style says so).
    private func cellText() -> String? {
        switch type {
        case .shared:
            let index = text.withUnsafeBufferPointer { SheetParser.number($0, trimming: true) }
            return index.flatMap { strings.string($0) }
        case .inline, .formulaText, .error: return String(decoding: text, as: UTF8.self)
        case .boolean:
            return text == [UInt8(ascii: "1")]
                ? "true" : text == [UInt8(ascii: "0")] ? "false" : String(decoding: text, as: UTF8.self)
        case .isoDate: return String(String(decoding: text, as: UTF8.self).prefix(10))  // the day
        case .number:
            guard !text.isEmpty else { return "" }
            let raw = String(decoding: text, as: UTF8.self)
            switch styles.kind(style) {
            case .date:
                if let day = ExcelNumber.day(raw, date1904: date1904) { return day.description }
            case .percent:
                if let percent = ExcelNumber.percent(raw) { return percent }
            case .plain: break
            }
            return ExcelNumber.plain(raw) ?? raw
        }
    }

    private func endRow() {
        // A row of formatting only, with no value, is not a record (as an empty CSV line).
        rows.endRow(rowNumber)
        guard rows.count == Self.batchSize else { return }
        var next = SheetRows()
        next.reserve(like: rows)
        output.send(rows)
        rows = next
        if isCancelled() { xml?.stop() }
    }

    /// `12` → 12: an attribute's or value's decimal digits (spaces around them allowed with
    /// `trimming`); nil for anything else or more than 18 digits.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>, trimming: Bool = false) -> Int? {
        var digits = bytes[...]
        if trimming {
            digits = digits.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
            while let last = digits.last, last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D {
                digits = digits.dropLast()
            }
        }
        guard !digits.isEmpty && digits.count <= 18 else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// `C12` → 2: the letters of a cell reference as a 0-based column.
    static func columnIndex(_ reference: UnsafeBufferPointer<UInt8>) -> Int? {
        var value = 0
        var letters = 0
        for byte in reference {
            let upper = byte & 0xDF
            guard upper >= UInt8(ascii: "A") && upper <= UInt8(ascii: "Z") else { break }
            value = value * 26 + Int(upper - UInt8(ascii: "A") + 1)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 ? nil : value - 1
    }
}
