/// What a cell's number format says about its number: the workbook stores a date as a count
/// of days and a percentage as a fraction, and only the style tells them from plain numbers.
enum NumberKind: Sendable, Equatable {
    case plain, date, percent
}

/// The number kind of each cell style (`s` attribute → `cellXfs` entry → number format).
struct CellStyles: Sendable {
    private var kinds: [NumberKind] = []

    init(kinds: [NumberKind] = []) { self.kinds = kinds }

    /// Reads `styles.xml`'s custom number formats and cell formats.
    init(_ elements: [XMLElements.Tag]) {
        var custom: [Int: NumberKind] = [:]
        for element in elements where element.name == "numFmt" {
            if let id = element.attributes["numFmtId"].flatMap(Int.init), let code = element.attributes["formatCode"] {
                custom[id] = CellStyles.kind(ofFormat: code)
            }
        }
        kinds = elements.filter { $0.name == "xf" && $0.parent == "cellXfs" }.map { element in
            let id = element.attributes["numFmtId"].flatMap(Int.init) ?? 0
            return custom[id] ?? CellStyles.kind(ofBuiltIn: id)
        }
    }

    /// The kind of the style at `index`; a missing style is a plain number.
    func kind(_ index: Int) -> NumberKind { index >= 0 && index < kinds.count ? kinds[index] : .plain }

    /// Excel's built-in formats: 9 and 10 are percentages; 14–17 and 22 dates (22 with a time),
    /// 27–36 and 50–58 the East Asian date formats. 18–21 and 45–47 are times of day, not days.
    static func kind(ofBuiltIn id: Int) -> NumberKind {
        switch id {
        case 9, 10: .percent
        case 14...17, 22, 27...36, 50...58: .date
        default: .plain
        }
    }

    /// A custom format is a date when, outside quoted text, `[...]` sections and escaped
    /// characters, it has a day or year token, or a month token without hours or seconds
    /// (`mm:ss` is minutes); a percentage when it has `%` there.
    static func kind(ofFormat code: String) -> NumberKind {
        var letters = Set<Character>()
        var inQuote = false, inBracket = false, escaped = false
        var percent = false
        let section = code.split(separator: ";", omittingEmptySubsequences: false).first ?? ""
        for character in section {
            if escaped {
                escaped = false
                continue
            }
            switch character {
            case "\\", "_", "*": escaped = true  // the next character is literal (or padding)
            case "\"": inQuote.toggle()
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            default:
                guard !inQuote && !inBracket else { continue }
                if character == "%" { percent = true }
                letters.insert(Character(character.lowercased()))
            }
        }
        if letters.contains("d") || letters.contains("y") { return .date }
        if letters.contains("m") && !letters.contains("h") && !letters.contains("s") { return .date }
        return percent ? .percent : .plain
    }
}
