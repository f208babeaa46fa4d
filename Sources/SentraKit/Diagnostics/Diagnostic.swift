/// A finding about an input, located as `file:line:column`.
///
/// SentraKit never prints: it returns diagnostics, and the executable decides
/// how (and whether) to show them.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Comparable, Encodable {
        case note, warning, error

        private var order: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.order < rhs.order }
    }

    public var file: String
    /// 1-based physical line where the record starts; 0 when the finding is about the whole file.
    public var line: Int
    /// 1-based field number; 0 when the finding is about a whole line or file.
    public var column: Int
    public var severity: Severity
    /// What was found, worded in the reader's language when shown.
    public var phrase: Phrase
    /// The English wording (machine formats keep it).
    public var message: String { phrase.description }
    /// The worksheet when the input is a workbook: then `line` is the sheet's row number and
    /// `column` its column (1 = A), and the location reads as Excel names a cell.
    public var sheet: String?

    public init(file: String, line: Int = 0, column: Int = 0, severity: Severity, phrase: Phrase) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.phrase = phrase
    }

    /// A finding whose words are the same in every language (a library's own message).
    public init(file: String, line: Int = 0, column: Int = 0, severity: Severity, message: String) {
        self.init(file: file, line: line, column: column, severity: severity, phrase: Phrase(.verbatim, message))
    }

    /// `needs.csv:42:7: error: message`, the form compilers use, so editors can jump to it;
    /// in a workbook `kebutuhan.xlsx!Sheet1!C12: error: message`, the cell as Excel names it.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    /// `needs.csv:42:7`, or `kebutuhan.xlsx!Sheet1!C12` in a workbook.
    public var location: String {
        if let sheet {
            var location = "\(file)!\(sheet)"
            if line > 0 { location += "!" + (column > 0 ? Diagnostic.columnLetters(column) : "") + "\(line)" }
            return location
        }
        var location = file
        if line > 0 { location += ":\(line)" }
        if line > 0 && column > 0 { location += ":\(column)" }
        return location
    }

    /// Excel's name of a 1-based column: 1 → `A`, 27 → `AA`.
    public static func columnLetters(_ column: Int) -> String {
        var letters: [Character] = []
        var rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters.insert(Character(UnicodeScalar(UInt8(65 + digit))), at: 0)
            rest = (rest - 1) / 26
        }
        return String(letters)
    }

    /// This finding placed in `sheet` when it is about `file` (a workbook read as rows).
    public func inSheet(_ sheet: String?, of file: String) -> Diagnostic {
        guard let sheet, self.file == file, self.sheet == nil else { return self }
        var located = self
        located.sheet = sheet
        return located
    }
}
