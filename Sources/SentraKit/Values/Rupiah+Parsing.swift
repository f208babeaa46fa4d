extension Rupiah {
    /// Largest amount accepted: Rp 10^15 (a thousand trillion), far above any
    /// regional budget, so an overflowing or mistyped cell is caught.
    public static let maximum = Rupiah(rupiah: 1_000_000_000_000_000)

    /// Parses the forms officers type: `1250000`, `1.250.000`, `Rp 1.250.000`,
    /// `Rp1.250.000,00`, `Rp 9.000.000,-`, `1250000.50`, `1,250,000.50`, and a number with a
    /// word for its size (`9 juta`, `350 rb`, `1,5 M`; see ``parseWords(_:raw:)``).
    ///
    /// A dot followed by exactly three digits is a thousands separator (the
    /// Indonesian habit); a separator followed by one or two digits is the
    /// decimal mark. Anything that could be read two ways is an error, never
    /// a guess: `1.250,5` (grouped thousands with one decimal) or `1,250`
    /// (English thousands or Indonesian decimal).
    public static func parse(_ raw: String) -> Result<Rupiah, ValueError> {
        let trimmed = raw.trimmingSpaces
        // Fast path: plain rupiah digits, the form exports and the generator write.
        if trimmed.utf8.count <= 16, trimmed.isASCIIDigits, let whole = Int64(trimmed) {
            let value = Rupiah(rupiah: whole)
            if value <= maximum { return .success(value) }
        }
        var text = Substring(trimmed)
        if text.isEmpty { return .failure(ValueError(.isEmpty)) }
        if text.first == "-" || text.first == "(" {
            return .failure(ValueError(.amountNegative, raw))
        }
        for prefix in ["Rp.", "RP.", "rp.", "Rp", "RP", "rp", "IDR", "idr"] where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
            break
        }
        text = Substring(String(text).trimmingSpaces)
        if text.first == "-" {
            return .failure(ValueError(.amountNegative, raw))
        }
        // `9.000.000,-`: the dash says "no sen", as on receipts and in Excel's accounting format.
        for suffix in [",--", ",-", ".-"] where text.hasSuffix(suffix) {
            text = text.dropLast(suffix.count)
            break
        }
        if text.contains(where: \.isLetter) { return parseWords(text, raw: raw) }  // `9 juta`, `1,5 M`
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
            text.first!.isNumber, text.last!.isNumber
        else {
            return .failure(ValueError(.notAmount, raw))
        }
        let ambiguous = ValueError(
            Phrase(.amountAmbiguous, figures: [.text(raw), .phrase(suggestion(for: String(text)))]))

        let dots = text.filter { $0 == "." }.count
        let commas = text.filter { $0 == "," }.count
        var integerPart = ""
        var fractionPart = ""

        if dots > 0 && commas > 0 {
            // Both marks: the later one is the decimal mark and must carry two digits.
            let lastDot = text.lastIndex(of: ".")!, lastComma = text.lastIndex(of: ",")!
            let decimalMark: Character = lastDot > lastComma ? "." : ","
            let groupMark: Character = decimalMark == "." ? "," : "."
            let parts = text.split(separator: decimalMark, omittingEmptySubsequences: false)
            guard parts.count == 2, parts[1].count == 2, !parts[1].contains(groupMark),
                let grouped = ungroup(parts[0], mark: groupMark)
            else { return .failure(ambiguous) }
            integerPart = grouped
            fractionPart = String(parts[1])
        } else if dots + commas == 0 {
            integerPart = String(text)
        } else {
            let mark: Character = dots > 0 ? "." : ","
            let parts = text.split(separator: mark, omittingEmptySubsequences: false)
            if parts.count == 2 && (parts[1].count == 1 || parts[1].count == 2) {
                integerPart = String(parts[0])  // a decimal mark: 1250000.50 or 1250000,5
                fractionPart = String(parts[1])
            } else if mark == "." || parts.count > 2, let grouped = ungroup(text, mark: mark) {
                integerPart = grouped  // thousands: 1.250.000 (or 1,250,000)
            } else {
                return .failure(ambiguous)
            }
        }
        if fractionPart.count == 1 { fractionPart += "0" }
        guard integerPart.count <= 16, let whole = Int64(integerPart),
            let sen = Int64(fractionPart.isEmpty ? "0" : fractionPart)
        else { return .failure(ValueError(.amountTooLarge, raw)) }
        let value = Rupiah(sen: whole * 100 + sen)
        guard value <= maximum else {
            return .failure(ValueError(.amountTooLarge, raw))
        }
        return .success(value)
    }

    /// Digits of `text` if every group after the first has exactly three digits.
    private static func ungroup(_ text: Substring, mark: Character) -> String? {
        let groups = text.split(separator: mark, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count),
            groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return nil }
        return groups.joined()
    }

    private static func suggestion(for text: String) -> Phrase {
        let digits = text.filter(\.isNumber)
        if let dot = text.lastIndex(of: "."), let comma = text.lastIndex(of: ","), dot > comma {
            // English grouping with a decimal point: 1,250.5 → 1250.5 or 1,250.50.
            let fraction = text[text.index(after: dot)...]
            let whole = text[..<dot].filter(\.isNumber)
            return Phrase(
                .either, "\(whole).\(fraction)",
                "\(text[..<dot]).\(fraction.padding(toLength: 2, withPad: "0", startingAt: 0))")
        }
        if let comma = text.lastIndex(of: ","), text.utf8.contains(UInt8(ascii: ".")) {
            let fraction = text[text.index(after: comma)...]
            let whole = text[..<comma].filter(\.isNumber)
            return Phrase(
                .either, "\(whole).\(fraction)",
                "\(text[..<comma]),\(fraction.padding(toLength: 2, withPad: "0", startingAt: 0))")
        }
        return Phrase(.verbatim, digits)
    }
}

extension String {
    /// Whether every byte is an ASCII digit (and there is at least one): cheaper than `Character.isNumber`.
    var isASCIIDigits: Bool { !utf8.isEmpty && utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }

    /// Trimmed of spaces, tabs and no-break spaces (Excel pastes U+00A0).
    var trimmingSpaces: String {
        // Fast path: nothing to trim (the common case, on the import's hot path).
        if let first = utf8.first, let last = utf8.last, first > 0x20, last > 0x20, first < 0x80, last < 0x80 {
            return self
        }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\r" || $0 == "\n" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
