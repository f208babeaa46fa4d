/// An exact amount of rupiah, held in sen (1/100 rupiah) as an integer.
///
/// Never a `Double`: an auditor must be able to add the figures by hand and
/// reach the same rupiah.
public struct Rupiah: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The amount in sen.
    public var sen: Int64

    public init(sen: Int64) { self.sen = sen }
    public init(rupiah: Int64) { self.sen = rupiah * 100 }

    public static let zero = Rupiah(sen: 0)

    public static func < (lhs: Rupiah, rhs: Rupiah) -> Bool { lhs.sen < rhs.sen }
    public static func + (lhs: Rupiah, rhs: Rupiah) -> Rupiah { Rupiah(sen: lhs.sen + rhs.sen) }
    public static func - (lhs: Rupiah, rhs: Rupiah) -> Rupiah { Rupiah(sen: lhs.sen - rhs.sen) }
    public static func += (lhs: inout Rupiah, rhs: Rupiah) { lhs.sen += rhs.sen }

    /// `unit price × quantity`, or nil on overflow.
    public func times(_ quantity: Int64) -> Rupiah? {
        let (product, overflow) = sen.multipliedReportingOverflow(by: quantity)
        return overflow ? nil : Rupiah(sen: product)
    }

    /// The machine form: `"1250000"` or `"12500.50"`, as the contract's JSON requires.
    public var description: String {
        let sign = sen < 0 ? "-" : ""
        let magnitude = sen.magnitude
        let whole = magnitude / 100, fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        return "\(sign)\(whole)." + (fraction < 10 ? "0\(fraction)" : "\(fraction)")
    }

    /// The form people read in Indonesia: `Rp 1.250.000` or `Rp 12.500,50`.
    public var display: String {
        let sign = sen < 0 ? "-" : ""
        let magnitude = sen.magnitude
        let grouped = DigitGroups.grouped(magnitude: magnitude / 100)
        let fraction = magnitude % 100
        let tail = fraction == 0 ? "" : "," + (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return "\(sign)Rp \(grouped)\(tail)"
    }
}
