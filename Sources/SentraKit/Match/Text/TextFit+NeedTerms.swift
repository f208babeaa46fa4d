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
        var alternative: Set<String> = []
        var purpose: Set<String> = []
        let (account, package, asides) = packageTerms(text)
        var main: Set<String> = []
        // A word read again is read where it first stood: the word after its repeat follows no
        // word of the need (`Sapu Ijuk, Sapu Lidi`: `lidi` does not narrow `ijuk`).
        // A word doubled (`Otak-otak Ikan Tenggiri`, `otak2`) is one word: the word after it follows it.
        var afterRepeat = false
        var previous: String?
        for (term, role, words, follows, another, forWhat) in account + package {
            defer { previous = words }
            if !asides.contains(term) { main.insert(term) }
            if let known = roles[term] {
                roles[term] = known == .product || role == .product ? .product : known == .hint ? .hint : role
                afterRepeat = afterRepeat || words != previous || !follows
            } else {
                order.append(term)
                roles[term] = role
                written[term] = words
                joined[term] = follows && !afterRepeat
                if another { alternative.insert(term) }
                if forWhat { purpose.insert(term) }
                afterRepeat = false
            }
        }
        return order.enumerated().map { index, term in
            NeedTerm(
                term: term, role: roles[term]!, words: written[term]!, account: index < account.count,
                joined: joined[term]!, aside: !main.contains(term), alternative: alternative.contains(term),
                purpose: purpose.contains(term))
        }
    }

    /// The last colon that ends an account (`Pengadaan Meubelair Sekolah: Meja Siswa`): one inside
    /// brackets lists what an aside says (`(3 provinsi: Banten, Jabar, Lampung)`).
    private static func accountColon(_ text: String) -> Range<String.Index>? {
        var colon = text.range(of: ": ", options: .backwards)
        while let found = colon {
            let before = text[..<found.lowerBound]
            let open = before.filter { $0 == "(" }.count - before.filter { $0 == ")" }.count
            if open <= 0 { return found }
            colon = text.range(of: ": ", options: .backwards, range: text.startIndex..<found.lowerBound)
        }
        return nil
    }

    /// A need's terms in order with their roles, read as SiRUP writes package names: `Belanja
    /// Hadiah yang Bersifat Barang - Bandeng Presto` is the account, a spaced dash, then the
    /// package; `Belanja Promosi: sambal botol` the same with a colon. The account's words are
    /// context, though `barang` or `bersifat` read alone would be product words. A name that does
    /// not start with an account (`Belanja …`) names the product first and what it is for after
    /// the dash (`Kopi Robusta Bubuk - cenderamata tamu`): the first part naming a product is the
    /// package. Parts after the package say what it is for: context.
    private static func packageTerms(
        _ text: String
    ) -> (
        account: [Annotated],
        package: [Annotated],
        asides: Set<String>
    ) {
        let account = startsWithAccount(text)
        // A colon introduces what the words before it mean (`Pengadaan Meubelair Sekolah: Meja
        // Siswa`): all of them are the account's.
        var parts: [Substring] = []
        var rest = Substring(text)
        let colon = accountColon(text)
        if let colon {
            parts = [text[..<colon.lowerBound]]
            rest = text[colon.upperBound...]
        }
        parts += dashParts(rest)
        // A bare hyphen ends the account only where no spaced dash does (`Kegiatan Kantor-Bahan
        // Cetak - Map` is one account, then the package).
        if account && parts.count == 1 { parts = dashParts(Substring(accountDashes(text))) }
        guard parts.count > 1 else {
            let read = phrase(text)
            return ([], read.terms, asideOnly(read.terms, from: read.aside))
        }
        let phrases = parts.map { phrase(String($0)) }
        let read = phrases.map(\.terms)
        // After an account, the package is the first later part naming a product; a name without
        // one starts with its package.
        let first = account || colon != nil ? 1 : 0
        func package(from start: Int) -> Int? {
            read.indices.first { $0 >= start && read[$0].contains { $0.role == .product } }
        }
        guard var packageIndex = package(from: first) else { return ([], read.flatMap { $0 }, []) }
        // An occasion or an office named before the account (`Pelatihan Barista Pemuda - Bahan
        // Roasted Bean`, `Kementerian Pertanian - Belanja Barang … - Bibit Alpukat`): its words
        // name the occasion, and the package follows the account. Not before a place (`Bantuan
        // Sembako Lansia - Kota Kupang`): there the occasion's words name the product.
        if first == 0, let lead = read[0].first,
            [lead.term, lead.words].contains(where: { Lexicon.occasions.contains($0) || Lexicon.offices.contains($0) }),
            startsWithAccount(String(parts[1]))
        {
            if let later = package(from: 1) { packageIndex = later }
        }
        let package = read[packageIndex]
        let asides = asideOnly(package, from: phrases[packageIndex].aside)
        // A word the package repeats (`Belanja Bibit Tanaman - Bibit Durian`) is read where the
        // package has it, so it keeps its place next to the words that narrow it.
        let named = Set(package.map(\.term))
        var seen: Set<String> = []
        func wording(_ parts: ArraySlice<[Annotated]>) -> [Annotated] {
            parts.flatMap { $0 }.filter { !named.contains($0.term) && seen.insert($0.term).inserted }.map {
                (
                    $0.term, $0.role == .product ? NeedTerm.Role.context : $0.role, $0.words, $0.joined, $0.alternative,
                    $0.purpose
                )
            }
        }
        let before = wording(read[..<packageIndex])
        let after = wording(read[(packageIndex + 1)...])
        return (before, package + after, asides)
    }

    /// The parts of `text` between spaced dashes (` - `, ` – `, ` — `).
    private static func dashParts(_ text: Substring) -> [Substring] {
        [" - ", " – ", " — "].reduce([text]) { parts, dash in
            parts.flatMap { $0.split(separator: dash, omittingEmptySubsequences: true) }
        }
    }

    /// The terms only the aside of `terms` (from index `start`) has: one the rest names too
    /// (`Kopi Arabika (promosi kopi daerah)`) is the rest's.
    private static func asideOnly(_ terms: [Annotated], from start: Int) -> Set<String> {
        Set(terms[start...].map(\.term)).subtracting(terms[..<start].map(\.term))
    }

    /// `text` with each later part of its spaced dashes read first (`A - B - C`: `B - A - C`,
    /// `C - A - B`), for a package the first reading did not find.
    static func otherPackages(_ text: String) -> [String] {
        let parts = dashParts(Substring(text))
        guard parts.count > 1 else { return [] }
        return parts.indices.dropFirst().map { k in
            ([parts[k]] + parts.indices.filter { $0 != k }.map { parts[$0] }).joined(separator: " - ")
        }
    }

    /// The account part of a SiRUP name before its first spaced dash (`Belanja Cetak Spanduk Flexi -
    /// Gelar Produk UMKM`), when the name starts with one: it may name the product the part after
    /// the dash only gives the occasion of.
    static func accountPart(_ text: String) -> String? {
        let parts = dashParts(Substring(text))
        guard parts.count > 1, startsWithAccount(text) else { return nil }
        return String(parts[0])
    }

    /// Whether `text` starts with an account's wording (`Belanja …`, or the account without it:
    /// `Bahan Praktik Tata Boga - Keju`, `Konsumsi Rapat - Coffee Break`), as SiRUP package names do.
    private static func startsWithAccount(_ text: String) -> Bool {
        let first = text.drop { !$0.isLetter }.prefix { $0.isLetter }.lowercased()
        // `Peralatan Dapur Umum - Dandang` as `Belanja Alat …`: the account, then the package.
        return first == "belanja" || Lexicon.account.contains(first) || Lexicon.account.contains(TextFit.stem(first))
    }

    /// The terms of one part of a package name, an aside in brackets read after the rest when the
    /// rest names a product (`Kaos Polo (warna putih) Bordir`): an aside is not the kind that
    /// follows the product noun. An acronym spelled out in brackets (`VCO (Virgin Coconut Oil)`,
    /// `APE (Alat Peraga Edukatif)`) is read as the words it stands for, the acronym after them.
    /// When only the brackets name the product (`Belanja Konsumsi Rapat … (nasi kotak)`), the
    /// text is read as written.
    /// `aside`: where the aside's terms start.
    private static func phrase(_ text: String) -> (terms: [Annotated], aside: Int) {
        guard text.contains("(") else {
            let terms = annotated(text, marking: true)
            return (terms, terms.count)
        }
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
                    // The word after an aside does not narrow the one before it (`Lapis Legit
                    // (kue lapis Surabaya) parcel lebaran`): a dropped word keeps them apart.
                    aside += " " + bracket
                    main += " dan "
                }
            default:
                if depth > 0 { bracket.append(character) } else { main.append(character) }
            }
        }
        let terms = annotated(main, marking: true)
        guard terms.contains(where: { $0.role == .product }) else {
            let whole = annotated(text, marking: true)
            return (whole, whole.count)
        }
        return (terms + annotated(aside, marking: true), terms.count)
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
    /// capitalised words, the first of three letters or more and no acronym, that do not repeat
    /// each other, so `T-Shirt`, `ber-SNI`, `KUA-PPAS`, `Oleh-Oleh`, `Kenang-Kenangan` and
    /// `obat-obatan` stay words.
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
            if before.count >= 3 && word.first?.isUppercase == true && !word.allSatisfy(\.isUppercase)
                && !after.hasPrefix(before)
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
