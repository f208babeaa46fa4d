/// Writes RFC 4180 CSV: fields quoted only when needed, CRLF-free LF lines.
public enum CSVWriter {
    /// One CSV line (with its `\n`) for `fields`.
    /// - Parameter defuse: prefix a `'` to cells a spreadsheet would run as a
    ///   formula (`=`, `+`, `-`, `@`, tab, CR), so an export cannot carry formula injection.
    public static func line(_ fields: [String], defuse: Bool = false) -> String {
        fields.map { quote(defuse ? defused($0) : $0) }.joined(separator: ",") + "\n"
    }

    public static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) else {
            return field
        }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }

    /// The cell, made inert if a spreadsheet would read it as a formula.
    public static func defused(_ field: String) -> String {
        guard let first = field.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return field }
        // A negative number is data, not a formula.
        if first == "-", Double(field) != nil { return field }
        return "'" + field
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        result.reserveCapacity(count)
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
