/// The language of human reports: Bahasa Indonesia by default.
public enum ReportLanguage: String, Sendable, CaseIterable {
    case id, en
}
