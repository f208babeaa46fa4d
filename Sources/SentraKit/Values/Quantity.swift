/// Whole quantities: `5000` or `5.000`.
public enum Quantity {
    public static func parse(_ raw: String, allowZero: Bool = false) -> Result<Int64, ValueError> {
        let text = raw.trimmingSpaces
        var digits = text
        if text.utf8.contains(UInt8(ascii: ".")) {
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
