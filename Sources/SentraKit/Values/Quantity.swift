/// Whole quantities: `5000` or `5.000`, optionally with their unit (`300 box`).
public enum Quantity {
    public static func parse(_ raw: String, allowZero: Bool = false) -> Result<Int64, ValueError> {
        let text = raw.trimmingSpaces
        var digits = text
        if text.utf8.contains(UInt8(ascii: ".")) {
            let groups = text.split(separator: ".", omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count),
                groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { return .failure(ValueError(.notWholeNumber, raw)) }
            digits = groups.joined()
        }
        guard !digits.isEmpty, digits.count <= 12, digits.isASCIIDigits,
            let value = Int64(digits)
        else { return .failure(ValueError(.notWholeNumber, raw)) }
        if value == 0 && !allowZero { return .failure(ValueError(.mustBeAboveZero)) }
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
        guard !number.isEmpty else { return .failure(ValueError(.notWholeNumber, raw)) }
        if !expected.isEmpty && written.lowercased() != expected.lowercased() {
            return .failure(
                ValueError(.quantityInOtherUnit, raw, written, expected, number))
        }
        return parse(number, allowZero: allowZero).mapError { error in
            error.phrase.key == .mustBeAboveZero ? error : ValueError(.notWholeNumberOf, raw, written)
        }
    }
}
