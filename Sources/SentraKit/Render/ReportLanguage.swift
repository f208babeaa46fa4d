/// The language of everything a person reads (tables, markdown, HTML, reasons): Bahasa Indonesia
/// by default. Machine formats (json, ndjson, csv) do not depend on it.
public enum ReportLanguage: String, Sendable, CaseIterable {
    case id, en

    /// Every message's wording in this language.
    var catalogue: [Message: String] {
        switch self {
        case .id: Message.indonesian
        case .en: Message.english
        }
    }

    /// `message` worded with `figures` in place of `{1}`, `{2}`…; `{s1}` is the English plural
    /// ending of figure 1: empty when it is `1`, else `s` (Indonesian nouns need none).
    public func text(_ message: Message, _ figures: CustomStringConvertible...) -> String {
        let template = catalogue[message] ?? Message.english[message] ?? message.rawValue
        return Phrase.filling(template, with: figures.map(\.description))
    }

    /// A whole number with its thousands marked: `3.000` in Indonesian, `3,000` in English.
    public func count(_ value: Int64) -> String {
        DigitGroups.grouped(value, separator: self == .id ? "." : ",")
    }

    /// A percentage as people write it: `92` or `92,5` (`92.5` in English).
    public func percent(_ value: Percent) -> String {
        let whole = value.basisPoints / 100, fraction = abs(value.basisPoints % 100)
        guard fraction != 0 else { return String(whole) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return "\(whole)\(self == .id ? "," : ".")\(digits)"
    }
}
