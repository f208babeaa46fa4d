/// A business's size class, as the Indonesian law on MSMEs names them.
public enum Scale: String, Sendable, CaseIterable, Comparable {
    case mikro, kecil, menengah, koperasi, besar

    public static func < (lhs: Scale, rhs: Scale) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Whether buying from this scale counts toward the UMK-K target (mikro, kecil, koperasi).
    public var countsTowardUMKK: Bool { self == .mikro || self == .kecil || self == .koperasi }

    static let aliases: [String: Scale] = [
        "mikro": .mikro, "micro": .mikro, "usaha mikro": .mikro,
        "kecil": .kecil, "small": .kecil, "usaha kecil": .kecil,
        "menengah": .menengah, "medium": .menengah, "usaha menengah": .menengah,
        "koperasi": .koperasi, "cooperative": .koperasi, "kop": .koperasi,
        "besar": .besar, "large": .besar, "usaha besar": .besar,
    ]

    public static func parse(_ raw: String) -> Result<Scale, ValueError> {
        guard let scale = aliases[raw.trimmingSpaces.lowercased()] else {
            return .failure(ValueError("\"\(raw)\" is unknown: use mikro, kecil, menengah, koperasi or besar"))
        }
        return .success(scale)
    }
}
