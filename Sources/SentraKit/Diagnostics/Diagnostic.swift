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
    public var message: String

    public init(file: String, line: Int = 0, column: Int = 0, severity: Severity, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// `needs.csv:42:7: error: message`, the form compilers use, so editors can jump to it.
    public var description: String {
        var location = file
        if line > 0 { location += ":\(line)" }
        if line > 0 && column > 0 { location += ":\(column)" }
        return "\(location): \(severity.rawValue): \(message)"
    }
}
