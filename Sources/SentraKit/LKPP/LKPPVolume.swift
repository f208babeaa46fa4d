/// SiRUP's `volume_pekerjaan` as a quantity and a unit: `50 Orang / Kali` → 50 `orang/kali`,
/// `6133 Lembar` → 6133 `lembar`, `1 Paket`, `12 Bulan`.
public struct LKPPVolume: Sendable, Equatable {
    public var quantity: Int
    public var unit: String
    /// False when the text did not read as a number and a unit and 1 paket stands in for it.
    public var parsed: Bool

    public init(quantity: Int, unit: String, parsed: Bool = true) {
        self.quantity = quantity
        self.unit = unit
        self.parsed = parsed
    }

    /// Reads a leading whole number (dots or commas as thousands separators, `1.200`) and the
    /// rest as the unit, lower-cased with spaces around `/` removed.
    public static func parse(_ raw: String?) -> LKPPVolume {
        let fallback = LKPPVolume(quantity: 1, unit: "paket", parsed: false)
        guard let text = raw?.trimmingSpaces, !text.isEmpty else { return fallback }
        var digits = ""
        var rest = Substring(text)
        while let first = rest.first, first.isASCII && (first.isNumber || first == "." || first == ",") {
            if first.isNumber { digits.append(first) }
            rest = rest.dropFirst()
        }
        let unit = rest.lowercased().split(separator: "/").map { $0.split(separator: " ").joined(separator: " ") }
            .joined(separator: "/")
        guard let quantity = Int(digits), quantity > 0, quantity <= 1_000_000_000, !unit.isEmpty else {
            return fallback
        }
        return LKPPVolume(quantity: quantity, unit: unit)
    }
}
