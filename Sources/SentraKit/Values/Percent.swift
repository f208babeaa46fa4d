/// A percentage held exactly in hundredths of a percent (basis points): `45,5` is 4550.
public struct Percent: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var basisPoints: Int

    public init(basisPoints: Int) { self.basisPoints = basisPoints }
    public init(whole: Int) { self.basisPoints = whole * 100 }

    public static func < (lhs: Percent, rhs: Percent) -> Bool { lhs.basisPoints < rhs.basisPoints }

    /// Two decimals, as the contract's JSON wants: `"38.25"`.
    public var description: String {
        let sign = basisPoints < 0 ? "-" : ""
        let m = basisPoints.magnitude
        let fraction = m % 100
        return "\(sign)\(m / 100)." + (fraction < 10 ? "0\(fraction)" : "\(fraction)")
    }

    /// Accepts `45`, `45.5`, `45,5`, `45%`, within `range` (whole percent).
    public static func parse(_ raw: String, range: ClosedRange<Int>) -> Result<Percent, ValueError> {
        var text = raw.trimmingSpaces
        if text.utf8.count <= 3, text.isASCIIDigits, let whole = Int(text) {
            guard whole >= range.lowerBound && whole <= range.upperBound else {
                return .failure(ValueError(.percentOutside, raw, range.lowerBound, range.upperBound))
            }
            return .success(Percent(whole: whole))
        }
        if text.hasSuffix("%") { text = String(text.dropLast()).trimmingSpaces }
        let parts = text.split(
            separator: text.utf8.contains(UInt8(ascii: ",")) ? "," : ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts.count == 1 || (1...2).contains(parts[1].count),
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), parts[0].count <= 4
        else {
            return .failure(ValueError(.notPercentage, raw))
        }
        var fraction = parts.count == 2 ? String(parts[1]) : "0"
        if fraction.count == 1 { fraction += "0" }
        let value = Int(parts[0])! * 100 + Int(fraction)!
        guard value >= range.lowerBound * 100 && value <= range.upperBound * 100 else {
            return .failure(ValueError(.percentOutside, raw, range.lowerBound, range.upperBound))
        }
        return .success(Percent(basisPoints: value))
    }

    /// `part / whole` as a percentage rounded half-up to two decimals; zero when `whole` is zero.
    public static func share(_ part: Rupiah, of whole: Rupiah) -> Percent {
        guard whole.sen > 0 else { return Percent(basisPoints: 0) }
        // part * 10000 / whole, rounded half up, in 128-bit to stay exact.
        let numerator = Int128(part.sen) * 10_000 * 2 + Int128(whole.sen)
        let value = numerator / (Int128(whole.sen) * 2)
        return Percent(basisPoints: Int(value))
    }
}
