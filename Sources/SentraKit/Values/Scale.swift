/// A business's size class, as the Indonesian law on MSMEs names them.
public enum Scale: String, Sendable, CaseIterable, Comparable {
    case mikro, kecil, menengah, koperasi, besar

    public static func < (lhs: Scale, rhs: Scale) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

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

/// `ya/tidak/yes/no/1/0`.
public enum YesNo {
    public static func parse(_ raw: String) -> Result<Bool, ValueError> {
        switch raw.trimmingSpaces.lowercased() {
        case "ya", "y", "yes", "1", "true", "aktif": .success(true)
        case "tidak", "t", "no", "n", "0", "false", "nonaktif", "tidak aktif": .success(false)
        default: .failure(ValueError("\"\(raw)\" is not ya/tidak (yes/no, 1/0)"))
        }
    }
}

/// Whole quantities: `5000` or `5.000`.
public enum Quantity {
    public static func parse(_ raw: String, allowZero: Bool = false) -> Result<Int64, ValueError> {
        let text = raw.trimmingSpaces
        var digits = text
        if text.contains(".") {
            let groups = text.split(separator: ".", omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count),
                groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { return .failure(ValueError("\"\(raw)\" is not a whole number")) }
            digits = groups.joined()
        }
        guard !digits.isEmpty, digits.count <= 12, digits.isASCIIDigits,
            let value = Int64(digits)
        else { return .failure(ValueError("\"\(raw)\" is not a whole number")) }
        if value == 0 && !allowZero { return .failure(ValueError("must be more than zero")) }
        return .success(value)
    }
}
