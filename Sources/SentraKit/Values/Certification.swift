/// A certificate held by a supplier or a product: `halal:ID36110000123450123`.
///
/// The vocabulary is open (any type is kept, as a lower-case slug) because real
/// directories carry marks no list foresees: `batikmark`, `svlk`, `iso-9001`, `hki` …
/// Spellings of the same certificate fold to one type so that a need's requirement
/// and a supplier's cell meet whoever typed them.
public struct Certification: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Spellings (as slugs) of the certificate types the contract names; other slugs are types of their own.
    public static let typeAliases: [String: String] = [
        "halal": "halal", "sh": "halal", "mui": "halal", "halal-mui": "halal", "mui-halal": "halal",
        "sertifikat-halal": "halal", "halal-bpjph": "halal", "bpjph": "halal", "label-halal": "halal",
        "pirt": "pirt", "p-irt": "pirt", "spp-irt": "pirt", "sppirt": "pirt", "spp-pirt": "pirt",
        "bpom": "bpom", "bpom-ri": "bpom", "pom": "bpom", "pom-ri": "bpom", "badan-pom": "bpom",
        "md": "bpom", "ml": "bpom", "bpom-md": "bpom", "bpom-ml": "bpom", "bpom-ri-md": "bpom", "bpom-ri-ml": "bpom",
        "sni": "sni", "sppt-sni": "sni", "sni-sppt": "sni", "tanda-sni": "sni",
        "tkdn": "tkdn",
    ]

    /// Longest type (in slug words) worth looking for at the start of an item: `bpom-ri-md`.
    private static let longestAlias = 3

    /// The type as a lower-case slug (`halal`, `batikmark`, `iso-9001`).
    public var type: String
    /// Everything after the type's first `:` (or the words after a known type), as written.
    public var number: String?

    public init(type: String, number: String? = nil) {
        self.type = type
        self.number = number
    }

    public var description: String { number.map { "\(type):\($0)" } ?? type }

    public static func < (lhs: Certification, rhs: Certification) -> Bool { lhs.description < rhs.description }

    /// What a refusal tells the person to write instead.
    static let accepted = Phrase.Figure.phrase(Phrase(.certificateAccepted))

    /// Parses a `;`-separated cell of `type[:number]` items; sorted and de-duplicated.
    public static func parseList(_ raw: String) -> Result<[Certification], ValueError> {
        var result: Set<Certification> = []
        for item in raw.split(whereSeparator: { $0 == ";" || $0 == "|" }) {
            let text = String(item).trimmingSpaces
            if text.isEmpty { continue }
            switch parseItem(text) {
            case .success(let certificate): result.insert(certificate)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(result.sorted())
    }

    /// One `type[:number]` item. Without a `:`, a known type followed by more words takes them as
    /// its number (`MD 224509001234`, `SNI ISO 9001`); any other text is a type of its own.
    static func parseItem(_ text: String) -> Result<Certification, ValueError> {
        // Keep empty pieces: a lone ":" has an empty type, not no pieces at all (found by fuzzing).
        let pieces = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let typeText = String(pieces[0]).trimmingSpaces
        let given = pieces.count > 1 ? String(pieces[1]).trimmingSpaces : ""
        let words = slugWords(typeText)
        guard !words.isEmpty else {
            return .failure(ValueError(Phrase(.certificateNoType, figures: [.text(text), accepted])))
        }
        guard words.contains(where: { $0.text.contains(where: \.isLetter) }) else {
            return .failure(
                ValueError(Phrase(.certificateNumberOnly, figures: [.text(text), accepted])))
        }
        let slug = words.map(\.text).joined(separator: "-")
        var type = slug
        var number = given
        if let known = typeAliases[slug] {
            type = known
            if words.count == 1, slug == "md" || slug == "ml", !number.isEmpty {
                number = "\(slug.uppercased()) \(number)"
            }
        } else if let (known, used) = knownPrefix(words) {
            // The words after a known type belong to the number: `SNI ISO 9001`, `BPOM RI MD 2245…`.
            type = known
            let last = words[used - 1]
            var keepFrom = words[used].start
            if last.text == "md" || last.text == "ml" { keepFrom = last.start }
            let rest = String(typeText[keepFrom...]).trimmingSpaces
            number = [rest, number].filter { !$0.isEmpty }.joined(separator: " ")
        }
        // A sentence pasted into the cell is not a type; a slug that long would only hide it.
        guard type.count <= 40 else {
            return .failure(ValueError(Phrase(.certificateTypeTooLong, figures: [.text(typeText), accepted])))
        }
        return .success(Certification(type: type, number: number.isEmpty ? nil : number))
    }

    /// The longest run of leading words that is a known spelling, leaving at least one word.
    private static func knownPrefix(_ words: [SlugWord]) -> (String, Int)? {
        for count in stride(from: min(longestAlias, words.count - 1), through: 1, by: -1) {
            let slug = words[..<count].map(\.text).joined(separator: "-")
            if let known = typeAliases[slug] { return (known, count) }
        }
        return nil
    }

    private struct SlugWord {
        var text: String
        var start: String.Index
    }

    /// Runs of letters and digits, lower-cased, with where each starts in `text`.
    private static func slugWords(_ text: String) -> [SlugWord] {
        var words: [SlugWord] = []
        var current = ""
        var start = text.startIndex
        for index in text.indices {
            let character = text[index]
            if character.isLetter || character.isNumber {
                if current.isEmpty { start = index }
                current += character.lowercased()
            } else if !current.isEmpty {
                words.append(SlugWord(text: current, start: start))
                current = ""
            }
        }
        if !current.isEmpty { words.append(SlugWord(text: current, start: start)) }
        return words
    }

    /// Certificate types only, for `required_certifications`.
    public static func parseTypes(_ raw: String) -> Result<[String], ValueError> {
        parseList(raw).map { Array(Set($0.map(\.type))).sorted() }
    }

    /// The stored cell: `halal:ID…;pirt:…`, sorted.
    public static func cell(_ list: [Certification]) -> String { list.map(\.description).joined(separator: ";") }

    /// Reads a stored cell back.
    public static func fromCell(_ cell: String) -> [Certification] {
        (try? parseList(cell).get()) ?? []
    }
}
