import Foundation

/// The value forms of LKPP exports, read exactly: JSON numbers as money, ISO dates and
/// date-times as days, `null` as nothing.
public enum LKPPValue {
    /// The text of a cell, or nil when it is empty or the literal `null` (JSON's null written out).
    public static func present(_ raw: String) -> String? {
        let text = raw.trimmingSpaces
        return text.isEmpty || text == "null" ? nil : text
    }

    /// A JSON number as rupiah, exactly: `113214787.91`, `73896862.5`, `1849212500.00`.
    /// Never through `Double`; digits beyond the sen must be zeros (no rounding), and a
    /// negative or exponent form is an error rather than a guess.
    public static func money(_ raw: String) -> Result<Rupiah, ValueError> {
        let text = raw.trimmingSpaces
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard !whole.isEmpty, whole.utf8.count <= 16, whole.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
            fraction.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), parts.count == 1 || !fraction.isEmpty
        else { return .failure(ValueError(.lkppNotAmount, raw)) }
        guard fraction.dropFirst(2).allSatisfy({ $0 == "0" }) else {
            return .failure(ValueError(.lkppTooManyDecimals, raw))
        }
        var sen = Int64(whole)! * 100
        let cents = Array(fraction.prefix(2))
        if cents.count >= 1 { sen += Int64(String(cents[0]))! * 10 }
        if cents.count == 2 { sen += Int64(String(cents[1]))! }
        let value = Rupiah(sen: sen)
        guard value <= Rupiah.maximum else { return .failure(ValueError(.lkppAboveMaximum, raw)) }
        return .success(value)
    }

    /// The day of `2025-09-12`, `2025-10-03 16:00:00`, `2024-08-29T10:00:01.679000Z` or
    /// `2025-11-27T15:00:00Z`. A time in UTC (`Z`) is moved to WIB (UTC+7), the time the ISB
    /// shape of the same export writes, so the ISB and INAPROC twins of a record get one day.
    public static func day(_ raw: String) -> Result<Day, ValueError> {
        let text = raw.trimmingSpaces
        let fail = ValueError(.lkppNotDate, raw)
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = Int(String(decoding: bytes[0..<4], as: UTF8.self)),
            let month = Int(String(decoding: bytes[5..<7], as: UTF8.self)),
            let dayOfMonth = Int(String(decoding: bytes[8..<10], as: UTF8.self)),
            let day = Day(year: year, month: month, day: dayOfMonth)
        else { return .failure(fail) }
        if bytes.count == 10 { return .success(day) }
        guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), bytes.count >= 13,
            let hour = Int(String(decoding: bytes[11..<13], as: UTF8.self)), (0...23).contains(hour)
        else { return .failure(fail) }
        if bytes.last == UInt8(ascii: "Z") && hour + 7 >= 24 { return .success(day.adding(days: 1)) }
        return .success(day)
    }

    /// A year such as `2025`.
    public static func year(_ raw: String) -> Result<Int, ValueError> {
        guard let year = Int(raw.trimmingSpaces), (1900...2200).contains(year) else {
            return .failure(ValueError(.lkppNotFiscalYear, raw))
        }
        return .success(year)
    }

    /// Text with HTML tags removed and every run of white space made one space, for matching;
    /// the row in the export keeps its HTML. Entities common in SiRUP text are decoded.
    public static func plainText(_ raw: String) -> String {
        var text = ""
        var inTag = false
        for character in raw {
            if character == "<" {
                inTag = true
                text.append(" ")
            } else if character == ">" && inTag {
                inTag = false
            } else if !inTag {
                text.append(character)
            }
        }
        for (entity, value) in [("&nbsp;", " "), ("&amp;", "&"), ("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">")] {
            text = text.replacingOccurrences(of: entity, with: value)
        }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
