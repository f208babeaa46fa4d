extension Rupiah {
    /// Words officers write after a number, and what they multiply it by (in rupiah). `M` is
    /// miliar (the Indonesian habit) and only upper-case: a lower-case `m` could be an English million.
    static let multipliers: [String: Int64] = [
        "rb": 1_000, "ribu": 1_000, "k": 1_000,
        "jt": 1_000_000, "juta": 1_000_000,
        "M": 1_000_000_000, "miliar": 1_000_000_000, "milyar": 1_000_000_000, "mlr": 1_000_000_000,
        "triliun": 1_000_000_000_000, "trilyun": 1_000_000_000_000,
    ]

    /// Why a worded amount was refused, with what would be accepted.
    static func notWorded(_ raw: String) -> ValueError {
        ValueError(Phrase(.notAmountWords, figures: [.text(raw), .phrase(Phrase(.amountWordsAccepted))]))
    }

    /// `9 juta`, `350 rb`, `1,5 M`: a number and a word for its size, read exactly. With a word the
    /// comma is the decimal mark (`1,5 M`); a dot is read as decimal only before one or two digits,
    /// because `1.500 jt` could be 1500 juta or 1,5 juta.
    static func parseWords(_ text: Substring, raw: String) -> Result<Rupiah, ValueError> {
        let firstLetter = text.firstIndex(where: \.isLetter)!
        let numberText = text[..<firstLetter].filter { $0 != " " && $0 != "\u{00A0}" }
        var word = String(text[firstLetter...]).trimmingSpaces
        if word.hasSuffix(".") { word.removeLast() }  // `jt.`, `rb.`
        let factor: Int64
        if let exact = multipliers[word] {
            factor = exact
        } else if word == "m" {
            return .failure(
                ValueError(.amountAmbiguousM, raw, numberText))
        } else if let folded = multipliers[word.lowercased()], word.lowercased() != "m" {
            factor = folded
        } else {
            return .failure(notWorded(raw))
        }
        guard let first = numberText.first, first.isASCII, first.isNumber,
            numberText.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") })
        else { return .failure(notWorded(raw)) }
        let marks = numberText.filter { $0 == "," || $0 == "." }
        var whole = String(numberText)
        var fraction = ""
        if marks.count > 1 {
            return .failure(
                ValueError(.amountAmbiguousDots, raw))
        } else if let mark = marks.first {
            let parts = numberText.split(separator: mark, omittingEmptySubsequences: false)
            (whole, fraction) = (String(parts[0]), String(parts[1]))
            if mark == "." && fraction.count >= 3 {
                let plain = whole + fraction
                return .failure(
                    ValueError(.amountAmbiguousComma, raw, plain, word, whole, fraction.trimmingZeros))
            }
            guard !fraction.isEmpty else {
                return .failure(notWorded(raw))
            }
        }
        let tooLarge = ValueError(.amountTooLarge, raw)
        guard whole.count <= 16, fraction.count <= 12, let wholeValue = Int64(whole),
            let fractionValue = Int64(fraction.isEmpty ? "0" : fraction)
        else { return .failure(tooLarge) }
        // sen = (whole + fraction / 10^k) × factor × 100, exactly or not at all.
        let senFactor = factor * 100
        var scale: Int64 = 1
        for _ in 0..<fraction.count { scale *= 10 }
        let (wholeSen, overflow1) = wholeValue.multipliedReportingOverflow(by: senFactor)
        let (fractionScaled, overflow2) = fractionValue.multipliedReportingOverflow(by: senFactor)
        guard !overflow1, !overflow2 else { return .failure(tooLarge) }
        guard fractionScaled % scale == 0 else {
            return .failure(
                ValueError(.amountFinerThanSen, raw))
        }
        let value = Rupiah(sen: wholeSen + fractionScaled / scale)
        guard value <= maximum else { return .failure(tooLarge) }
        return .success(value)
    }
}

extension String {
    /// `500` → `5`: the digits of a decimal fraction without the zeros that do not count.
    fileprivate var trimmingZeros: String {
        var text = self
        while text.count > 1 && text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
