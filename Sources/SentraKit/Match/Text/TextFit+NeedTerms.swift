extension TextFit {
    /// A need's terms, in first-seen order without repeats, each with its role: context when it
    /// only says what the purchase is for or where (``Lexicon/context``, places, sizes), a hint
    /// when it names a kind of purchase loosely (``Lexicon/contextConcepts``,
    /// ``Lexicon/contextPhrases``). A term written in several roles takes the strongest
    /// (product, then hint). Same terms as ``terms(_:)``.
    public static func needTerms(_ text: String) -> [NeedTerm] {
        var order: [String] = []
        var roles: [String: NeedTerm.Role] = [:]
        var written: [String: String] = [:]
        var joined: [String: Bool] = [:]
        let (account, package) = packageTerms(text)
        for (term, role, words, follows) in account + package {
            if let known = roles[term] {
                roles[term] = known == .product || role == .product ? .product : known == .hint ? .hint : role
            } else {
                order.append(term)
                roles[term] = role
                written[term] = words
                joined[term] = follows
            }
        }
        return order.enumerated().map { index, term in
            NeedTerm(
                term: term, role: roles[term]!, words: written[term]!, account: index < account.count,
                joined: joined[term]!)
        }
    }

    /// A need's terms in order with their roles, read as SiRUP writes package names: `Belanja
    /// Hadiah yang Bersifat Barang - Bandeng Presto` is the account, a spaced dash, then the
    /// package. When the part after the last dash names a product, what comes before is the
    /// account's wording: context, though `barang` or `bersifat` read alone would be product words.
    private static func packageTerms(
        _ text: String
    ) -> (
        account: [Annotated],
        package: [Annotated]
    ) {
        let parts = [" - ", " – ", " — "].reduce([Substring(accountDashes(text))]) { parts, dash in
            parts.flatMap { $0.split(separator: dash, omittingEmptySubsequences: true) }
        }
        guard parts.count > 1 else { return ([], phrase(text)) }
        let package = phrase(String(parts[parts.count - 1]))
        let account = parts.dropLast().flatMap { phrase(String($0)) }
        guard package.contains(where: { $0.role == .product }) else { return ([], account + package) }
        // A word the package repeats (`Belanja Bibit Tanaman - Bibit Durian`) is read where the
        // package has it, so it keeps its place next to the words that narrow it.
        let named = Set(package.map(\.term))
        var seen: Set<String> = []
        let wording = account.filter { !named.contains($0.term) && seen.insert($0.term).inserted }.map {
            ($0.term, $0.role == .product ? NeedTerm.Role.context : $0.role, $0.words, $0.joined)
        }
        return (wording, package)
    }

    /// The terms of one part of a package name, an aside in brackets read after the rest when the
    /// rest names a product (`Kaos Polo (warna putih) Bordir`): an aside is not the kind that
    /// follows the product noun. An acronym spelled out in brackets (`VCO (Virgin Coconut Oil)`,
    /// `APE (Alat Peraga Edukatif)`) is read as the words it stands for, the acronym after them.
    /// When only the brackets name the product (`Belanja Konsumsi Rapat … (nasi kotak)`), the
    /// text is read as written.
    private static func phrase(_ text: String) -> [Annotated] {
        guard text.contains("(") else { return annotated(text, marking: true) }
        var main = ""
        var aside = ""
        var bracket = ""
        var depth = 0
        for character in text {
            switch character {
            case "(":
                depth += 1
                bracket = ""
            case ")" where depth > 0:
                depth -= 1
                if depth == 0, let acronym = trailingAcronym(main) {
                    main = String(main.dropLast(acronym.count)) + bracket + " "
                    aside += " " + acronym
                } else {
                    aside += " " + bracket
                    main += " "
                }
            default:
                if depth > 0 { bracket.append(character) } else { main.append(character) }
            }
        }
        let terms = annotated(main, marking: true)
        guard terms.contains(where: { $0.role == .product }) else { return annotated(text, marking: true) }
        return terms + annotated(aside, marking: true)
    }

    /// The upper-case word of 2–6 letters `text` ends with (spaces after it kept), if any.
    private static func trailingAcronym(_ text: String) -> String? {
        let trimmed = text.reversed().drop { $0 == " " }
        let word = trimmed.prefix { $0.isLetter }
        guard (2...6).contains(word.count), word.allSatisfy(\.isUppercase) else { return nil }
        let spaces = text.count - trimmed.count
        return String(text.suffix(word.count + spaces))
    }

    /// `text` with SiRUP's bare hyphen between an account and what follows spaced out as a dash:
    /// `Kegiatan Kantor-Alat Tulis Kantor`, `Minuman Tamu-Keripik Singkong`. Only between two
    /// capitalised words, the first of three letters or more, that do not repeat each other, so
    /// `T-Shirt`, `ber-SNI`, `Oleh-Oleh`, `Kenang-Kenangan` and `obat-obatan` stay words.
    private static func accountDashes(_ text: String) -> String {
        guard text.contains("-") else { return text }
        let characters = Array(text)
        var result = ""
        for (i, character) in characters.enumerated() {
            guard character == "-", i > 0, i + 1 < characters.count, characters[i + 1].isUppercase else {
                result.append(character)
                continue
            }
            let word = String(characters[..<i].reversed().prefix { $0.isLetter }.reversed())
            let before = word.lowercased()
            let after = String(characters[(i + 1)...].prefix { $0.isLetter }).lowercased()
            if before.count >= 3 && word.first?.isUppercase == true && !after.hasPrefix(before)
                && !before.hasPrefix(after)
            {
                result += " - "
            } else {
                result.append(character)
            }
        }
        return result
    }
}
