/// Whole quantities: `5000` or `5.000`, optionally with their unit (`300 box`).
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

    /// A quantity that may carry its unit, as officers copy it from a RUP line (`300 box`): the
    /// unit must be the row's `unit` (case-insensitive), so a count is never read in another unit.
    public static func parse(_ raw: String, unit: String, allowZero: Bool = false) -> Result<Int64, ValueError> {
        let text = raw.trimmingSpaces
        guard let firstLetter = text.firstIndex(where: \.isLetter) else { return parse(text, allowZero: allowZero) }
        let number = String(text[..<firstLetter]).trimmingSpaces
        let written = String(text[firstLetter...]).trimmingSpaces
        let expected = unit.trimmingSpaces
        guard !number.isEmpty else { return .failure(ValueError("\"\(raw)\" is not a whole number")) }
        if !expected.isEmpty && written.lowercased() != expected.lowercased() {
            return .failure(
                ValueError(
                    "\"\(raw)\" is in \(written), but unit is \"\(expected)\": write the number alone (\(number)) "
                        + "or make the quantity's unit and the unit column agree"))
        }
        return parse(number, allowZero: allowZero).mapError { error in
            error.message.hasPrefix("must") ? error : ValueError("\"\(raw)\" is not a whole number of \(written)")
        }
    }
}
