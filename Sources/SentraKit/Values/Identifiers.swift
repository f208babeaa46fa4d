/// Identifiers of Indonesian businesses and places, normalised to digits.
public enum Identifiers {
    /// Nomor Induk Berusaha: exactly 13 digits.
    public static func nib(_ raw: String) -> Result<String, ValueError> {
        let text = raw.trimmingSpaces
        guard text.utf8.count == 13, text.isASCIIDigits else {
            return .failure(ValueError(.nibDigits, raw))
        }
        return .success(text)
    }

    /// NPWP: 15 or 16 digits; dots, dashes and spaces (`01.234.567.8-901.000`) are dropped.
    public static func npwp(_ raw: String) -> Result<String, ValueError> {
        let text = raw.trimmingSpaces
        let digits = text.filter { $0 != "." && $0 != "-" && $0 != " " }
        guard digits.count == 15 || digits.count == 16, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return .failure(ValueError(.npwpDigits, raw))
        }
        return .success(digits)
    }
}
