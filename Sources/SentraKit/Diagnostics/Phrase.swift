/// A sentence for people, kept as a key and its figures until a language is chosen: SentraKit
/// never prints, so a diagnostic or error carries its words unrendered, and the executable (or a
/// report) words it in Bahasa Indonesia or English (``Phrase/english``, ``Phrase/indonesian``).
/// Its `description` is the English wording, which machine formats (json, ndjson, csv) keep.
public struct Phrase: Sendable, Equatable, CustomStringConvertible {
    /// One figure of a phrase: a value shown as it is, or a phrase of its own worded in the same language.
    public indirect enum Figure: Sendable, Equatable {
        case text(String)
        case phrase(Phrase)
        /// A number written with `.` as its decimal mark (`48.82`), shown with the mark of the
        /// language (`48,82` in Bahasa Indonesia): the catalogue's ``Key/decimalMark``.
        case decimal(String)
        /// A whole number with its thousands marked as the language marks them (`2,130`, `2.130`):
        /// the catalogue's ``Key/thousandsMark``.
        case count(Int)
    }

    public var key: Key
    public var figures: [Figure]

    public init(_ key: Key, figures: [Figure]) {
        self.key = key
        self.figures = figures
    }

    /// A phrase whose figures are all shown as they are.
    public init(_ key: Key, _ texts: CustomStringConvertible...) {
        self.init(key, figures: texts.map { .text($0.description) })
    }

    /// `a or b or c`, in the reader's language.
    public static func alternatives(_ choices: [String]) -> Phrase {
        guard choices.count > 1 else { return Phrase(.verbatim, choices.first ?? "") }
        return Phrase(.either, figures: [.text(choices[0]), .phrase(alternatives(Array(choices.dropFirst())))])
    }

    /// The English wording (the one json, ndjson and csv keep).
    public var description: String { worded(by: Phrase.english) }

    /// This phrase worded by `catalogue` (English where the catalogue lacks the key).
    public func worded(by catalogue: [Key: String]) -> String {
        let template = catalogue[key] ?? Phrase.english[key] ?? key.rawValue
        let shown = figures.map { figure -> String in
            switch figure {
            case .text(let text): text
            case .phrase(let phrase): phrase.worded(by: catalogue)
            case .decimal(let number):
                number.replacingOccurrences(of: ".", with: catalogue[.decimalMark] ?? ".")
            case .count(let number): Phrase.grouped(number, mark: catalogue[.thousandsMark] ?? ",")
            }
        }
        // A list has as many figures as it has items: no template can number them.
        if key == .list { return shown.joined(separator: ", ") }
        return Phrase.filling(template, with: shown)
    }

    /// `1234567` as `1,234,567` with `mark` between the groups of three.
    static func grouped(_ number: Int, mark: String) -> String {
        let digits = String(number.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += mark }
            out.append(digit)
        }
        return (number < 0 ? "-" : "") + out
    }

    /// `template` with `figures` in place of `{1}`, `{2}`…; `{s1}` is the English plural ending of
    /// figure 1: empty when it is `1`, else `s` (Indonesian nouns need none).
    public static func filling(_ template: String, with figures: [String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            var key = rest[rest.index(after: open)..<close]
            let plural = key.first == "s"
            if plural { key = key.dropFirst() }
            if let number = Int(key), number >= 1, number <= figures.count {
                let figure = figures[number - 1]
                out += plural ? (figure == "1" ? "" : "s") : figure
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
