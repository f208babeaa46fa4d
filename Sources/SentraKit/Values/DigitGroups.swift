/// Whole numbers with their thousands marked, for people: `12.500` in Indonesian text (and in
/// rupiah), `2,130` in the English summary lines of `import lkpp`.
enum DigitGroups {
    static func grouped(_ value: Int64, separator: Character = ".") -> String {
        grouped(magnitude: value.magnitude, negative: value < 0, separator: separator)
    }

    static func grouped(magnitude: UInt64, negative: Bool = false, separator: Character = ".") -> String {
        let digits = String(magnitude)
        var out = negative ? "-" : ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(separator) }
            out.append(character)
        }
        return out
    }
}
