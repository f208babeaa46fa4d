/// A number cell's stored text turned into the text an import reads, exactly: the digits are
/// moved, never converted through `Double`, so `9000000`, `0.1` and `1.17E+10` stay what the
/// workbook holds.
enum ExcelNumber {
    /// Plain decimal text: no exponent, no trailing fraction zeros, `-` for negatives.
    ///
    /// A fraction of exactly three digits gets a fourth zero (`1.505` → `1.5050`): the same
    /// number, but the rupiah parser reads `1.505` as Indonesian thousands (1,505), which a
    /// number cell can never mean.
    static func plain(_ raw: String) -> String? {
        let bytes = Array(raw.utf8)
        guard !bytes.isEmpty else { return nil }
        if bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) { return raw }  // the common case: whole digits
        var index = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            index = 1
        }
        var digits: [UInt8] = []
        var pointAt: Int?
        var exponent = 0
        var sawDigit = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 48 && byte <= 57 {
                digits.append(byte)
                sawDigit = true
            } else if byte == UInt8(ascii: ".") && pointAt == nil {
                pointAt = digits.count
            } else if byte == UInt8(ascii: "E") || byte == UInt8(ascii: "e") {
                guard sawDigit, let value = Int(String(decoding: bytes[(index + 1)...], as: UTF8.self)),
                    abs(value) < 400
                else { return nil }
                exponent = value
                break
            } else {
                return nil
            }
            index += 1
        }
        guard sawDigit else { return nil }
        // The value is digits × 10^(exponent − fraction digits); place the point again.
        var point = (pointAt ?? digits.count) + exponent
        if point < 0 {
            digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: -point), at: 0)
            point = 0
        }
        if point > digits.count {
            digits.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: point - digits.count))
        }
        var whole = Array(digits[..<point].drop { $0 == UInt8(ascii: "0") })
        var fraction = Array(digits[point...])
        while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
        if whole.isEmpty { whole = [UInt8(ascii: "0")] }
        if fraction.count == 3 { fraction.append(UInt8(ascii: "0")) }
        var text = String(decoding: whole, as: UTF8.self)
        if !fraction.isEmpty { text += "." + String(decoding: fraction, as: UTF8.self) }
        let isZero = whole == [UInt8(ascii: "0")] && fraction.isEmpty
        return negative && !isZero ? "-" + text : text
    }

    /// A percentage cell holds the fraction (`0.115` for 11.5%): the same digits with the point
    /// two places on, and a `%`, as a person typed it.
    static func percent(_ raw: String) -> String? {
        guard let text = plain(raw) else { return nil }
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        let shifted = parts[0] + fraction.padding(toLength: max(fraction.count, 2), withPad: "0", startingAt: 0)
        let point = parts[0].count + 2
        let all = Array(shifted)
        let rebuilt = String(all[..<point]) + "." + String(all[point...])
        guard let value = plain(rebuilt) else { return nil }
        return (negative ? "-" : "") + value + "%"
    }

    /// The day of a date cell: whole days since the workbook's epoch (a time of day is dropped).
    /// In the 1900 system serial 1 is 1 January 1900 and serial 60 Excel's 29 February 1900, a
    /// day that never was, so serial 61 is 1 March 1900.
    static func day(_ raw: String, date1904: Bool) -> Day? {
        guard let text = plain(raw), !text.hasPrefix("-") else { return nil }
        let wholeText = text.split(separator: ".", maxSplits: 1).first.map(String.init) ?? text
        guard wholeText.utf8.count <= 7, let serial = Int(wholeText) else { return nil }
        if date1904 { return Day(year: 1904, month: 1, day: 1)!.adding(days: serial) }
        guard serial >= 1, serial != 60 else { return nil }
        return serial < 60
            ? Day(year: 1900, month: 1, day: 1)!.adding(days: serial - 1)
            : Day(year: 1900, month: 3, day: 1)!.adding(days: serial - 61)
    }
}
