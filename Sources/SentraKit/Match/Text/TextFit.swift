import Foundation

/// Indonesian product text, reduced to comparable terms: case, punctuation and
/// diacritics folded; quantities dropped; variants, synonyms and affixes unified.
public enum TextFit {
    /// A term of a text with its role, its words as written and whether it follows the term
    /// before it directly (``annotated(_:marking:)``).
    /// `alternative`: the term starts another name for what came before (after a slash or `atau`);
    /// `purpose`: it starts what the thing is for (after `untuk`).
    typealias Annotated = (
        term: String, role: NeedTerm.Role, words: String, joined: Bool, alternative: Bool, purpose: Bool
    )

    /// The terms of `text`, in first-seen order without repeats, then the broader kinds of its
    /// kinds (``Lexicon/broader``: a `koi` is also `ikanhias`).
    public static func terms(_ text: String) -> [String] {
        var seen: Set<String> = []
        let own = annotated(text, marking: false).map(\.term).filter { seen.insert($0).inserted }
        return own + own.compactMap { Lexicon.broader[$0] }.filter { seen.insert($0).inserted }
    }

    /// Every term of `text` in order, repeats kept, with its role (all product unless
    /// `marking`: item text is only indexed, and a catalog has a million of them).
    /// `words`: as the text wrote them (lower-cased), for reasons; kept only when `marking`.
    /// `joined`: the term follows the one before it with nothing dropped between (no `untuk`, no
    /// `24`), so the two belong to one noun phrase; computed only when `marking`.
    static func annotated(_ text: String, marking: Bool) -> [Annotated] {
        // A slash lists alternatives (`Serbet / Lap Dapur`), a plus or an ampersand things bought
        // together (`Lanyard + Holder ID Card`): the word after it does not narrow the one before.
        var text = marking && text.contains("/") ? text.replacingOccurrences(of: "/", with: " atau ") : text
        if marking && (text.contains("+") || text.contains("&")) {
            text = text.replacingOccurrences(of: "+", with: " dan ").replacingOccurrences(of: "&", with: " dan ")
        }
        var written = text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiWords(text) : unicodeWords(text)
        if written.contains(where: { Lexicon.acronyms[$0] != nil }) {
            written = written.flatMap { Lexicon.acronyms[$0] ?? [$0] }
        }
        if written.contains(where: { Lexicon.twoWordStarts.contains($0) }) { written = spellOut(written) }
        // A word doubled with a 2 (`otak2`, `oleh2`) is the word written twice, as Indonesian does.
        if written.contains(where: isDoubled) {
            written = written.flatMap { isDoubled($0) ? Array(repeating: String($0.dropLast()), count: 2) : [$0] }
        }
        let words = written.map { Lexicon.variants[$0] ?? $0 }

        // Drop numbers and the unit that follows them: `200 orang`, `500gr`.
        var kept: [String] = []
        var keptWritten: [String] = []
        // Whether a quantity was dropped right before each kept word.
        var afterDrop: [Bool] = []
        var dropped = false
        var index = 0
        func keep(_ word: String, written: String) {
            kept.append(word)
            if marking {
                keptWritten.append(written)
                afterDrop.append(dropped)
                dropped = false
            }
        }
        while index < words.count {
            let word = words[index]
            if isDigits(word) {
                if index + 1 < words.count && Lexicon.units.contains(words[index + 1]) {
                    if let weight = paperWeight(word, unit: words[index + 1], after: kept.last) {
                        keep(weight, written: written[index] + " " + written[index + 1])
                        index += 2
                        continue
                    }
                    index += 1
                }
                index += 1
                dropped = true
                continue
            }
            if let first = word.utf8.first, first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") || first >= 0x80,
                let digitEnd = word.firstIndex(where: { !$0.isNumber }), digitEnd != word.startIndex,
                Lexicon.units.contains(String(word[digitEnd...]))
            {
                if let weight = paperWeight(
                    String(word[..<digitEnd]), unit: String(word[digitEnd...]), after: kept.last)
                {
                    keep(weight, written: written[index])
                } else {
                    dropped = true
                }
                index += 1
                continue
            }
            keep(word, written: written[index])
            index += 1
        }
        let place = marking ? places(kept) : []

        // Phrases become concept tokens; longest phrases win.
        var terms: [Annotated] = []
        func writtenAs(_ range: Range<Int>) -> String {
            marking ? keptWritten[range].joined(separator: " ") : ""
        }
        // Something was skipped since the last term (a function word, a dropped phrase).
        var gap = true
        // `atau` (a slash is read as one) since the last term: what follows names the product again;
        // `untuk`: what follows says what it is for.
        var alternative = false
        var purpose = false
        func joined(_ position: Int) -> Bool {
            defer { gap = false }
            return marking && !gap && !afterDrop[position]
        }
        func starts() -> (alternative: Bool, purpose: Bool) {
            defer { (alternative, purpose) = (false, false) }
            return (marking && alternative, marking && purpose)
        }
        var position = 0
        outer: while position < kept.count {
            for length in stride(from: 3, through: 1, by: -1)
            where position + length <= kept.count && phraseStarts.contains(kept[position]) {
                let phrase = kept[position..<(position + length)].joined(separator: " ")
                if let concept = conceptByPhrase[phrase] {
                    if !concept.term.isEmpty {
                        let (another, forWhat) = starts()
                        terms.append(
                            (
                                concept.term, marking && concept.hint ? .hint : .product,
                                writtenAs(position..<(position + length)), joined(position), another, forWhat
                            ))
                    } else {
                        gap = true
                    }
                    position += length
                    continue outer
                }
            }
            let word = kept[position]
            position += 1
            // A colour doubled (`Abu-abu`) is one word: the next still follows it. A noun doubled
            // (`Otak-otak`) names a product of its own, read as before.
            if position >= 2, kept[position - 2] == word, Lexicon.modifiers.contains(word) { continue }
            // `Cangkul Tanpa Gagang`: the word after `tanpa` is what the thing lacks, not what it is.
            if word == "tanpa" {
                position += 1
                gap = true
                continue
            }
            if Lexicon.stopwords.contains(word) || word.count < 2 {
                gap = true
                if word == "atau" { alternative = true }
                if Lexicon.purposes.contains(word) { purpose = true }
                continue
            }
            let stemmed = stem(word)
            // `Bakpia Khas Jogja`: what follows `khas` says where a thing comes from, as a place does.
            let origin = position >= 2 && kept[position - 2] == "khas"
            // `Apel Akbar`, `Apel Siaga`: the assembly, an occasion, not the fruit.
            let assembly =
                marking
                && Lexicon.isAssembly(
                    word, before: position < kept.count ? kept[position] : nil,
                    after: position >= 2 ? kept[position - 2] : nil)
            let context =
                marking
                && (place[position - 1] || origin || assembly || Lexicon.isAnniversary(word)
                    || Lexicon.context.contains(word)
                    || Lexicon.context.contains(stemmed) || word.contains(where: \.isNumber))
            let (another, forWhat) = starts()
            terms.append(
                (
                    stemmed, context ? .context : .product, writtenAs((position - 1)..<position), joined(position - 1),
                    another, forWhat
                ))
        }
        return terms
    }

    /// First words of the phrases: a phrase is looked up only where one can start.
    static let phraseStarts: Set<String> = Set(
        conceptByPhrase.keys.map { String($0.split(separator: " ").first ?? "") })

    private static let conceptByPhrase: [String: (term: String, hint: Bool)] = {
        var map: [String: (term: String, hint: Bool)] = [:]
        for group in Lexicon.synonyms {
            for phrase in group.phrases {
                // Words are unified before phrases are looked up (`bag` → `tas`), so phrases are too.
                let key = phrase.replacingOccurrences(of: "-", with: " ").split(separator: " ")
                    .map { Lexicon.variants[String($0)] ?? String($0) }.joined(separator: " ")
                map[key] = (group.concept, Lexicon.contextConcepts.contains(group.concept))
            }
        }
        for (phrase, concept) in Lexicon.contextPhrases { map[phrase] = (concept, true) }
        // An empty concept drops the phrase.
        for phrase in Lexicon.noisePhrases { map[phrase] = ("", false) }
        return map
    }()

    /// A light affix stemmer: strips one derivational prefix and inflectional
    /// suffixes, but never leaves a root shorter than four letters, so short
    /// roots (`kue`, `teh`, `tas`) stay whole.
    public static func stem(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            guard word.utf8.count > 4,
                word.utf8.allSatisfy({ ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") })
            else { return word }
        } else {
            guard word.count > 4, word.allSatisfy(\.isLetter) else { return word }
        }
        var result = word
        for prefix in Lexicon.prefixes where result.hasPrefix(prefix) {
            // ke- is a prefix only in the ke-…-an confix (kerajinan → rajin), never in keripik or kecap.
            if prefix == "ke" && !result.hasSuffix("an") { continue }
            var root = String(result.dropFirst(prefix.count))
            // meN-/peN- swallow the root's first consonant: menyapu → sapu, memukul → pukul, menulis → tulis.
            if let first = root.first, "aiueo".contains(first) {
                switch prefix {
                case "meny", "peny": root = "s" + root
                case "mem", "pem": root = "p" + root
                case "men", "pen": root = "t" + root
                default: break
                }
            }
            guard root.count >= 4 else { continue }
            result = root
            break
        }
        for suffix in Lexicon.suffixes where result.hasSuffix(suffix) && result.count - suffix.count >= 4 {
            result = String(result.dropLast(suffix.count))
        }
        return result
    }
}
