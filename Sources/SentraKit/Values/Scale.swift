/// A business's size class, as the Indonesian law on MSMEs names them.
public enum Scale: String, Sendable, CaseIterable, Comparable {
    case mikro, kecil, menengah, koperasi, besar

    public static func < (lhs: Scale, rhs: Scale) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Whether buying from a business of this scale counts toward the UMK-K target (micro, small
    /// and cooperatives; not medium or large).
    public var countsTowardUMKK: Bool { [.mikro, .kecil, .koperasi].contains(self) }

    static let aliases: [String: Scale] = [
        "mikro": .mikro, "micro": .mikro, "usaha mikro": .mikro,
        "kecil": .kecil, "small": .kecil, "usaha kecil": .kecil,
        "menengah": .menengah, "medium": .menengah, "usaha menengah": .menengah,
        "koperasi": .koperasi, "cooperative": .koperasi, "kop": .koperasi,
        "besar": .besar, "large": .besar, "usaha besar": .besar,
    ]

    public static func parse(_ raw: String) -> Result<Scale, ValueError> {
        guard let scale = aliases[raw.trimmingSpaces.lowercased()] else {
            return .failure(ValueError(.scaleUnknown, raw))
        }
        return .success(scale)
    }
}
