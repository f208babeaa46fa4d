/// `ya/tidak/yes/no/1/0`.
public enum YesNo {
    public static func parse(_ raw: String) -> Result<Bool, ValueError> {
        switch raw.trimmingSpaces.lowercased() {
        case "ya", "y", "yes", "1", "true", "aktif": .success(true)
        case "tidak", "t", "no", "n", "0", "false", "nonaktif", "tidak aktif": .success(false)
        default: .failure(ValueError(.notYesNo, raw))
        }
    }
}
