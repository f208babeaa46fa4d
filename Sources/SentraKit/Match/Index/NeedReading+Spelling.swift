/// Words a need writes otherwise than the shelf's names do (``NeedReading``): apart where the
/// names write one word, as one where they write two, with a flavour's or extract's marker they
/// leave out.
extension NeedReading {
    /// `terms` as the shelf's names write them: two words written apart read as the one word
    /// the names write (`Booth Knock Down` where `Booth Knockdown` is sold), one word as the two
    /// the names write (`CoffeeBreak`, `HANDSANITIZER`), and a flavour's or extract's marker no name
    /// holds left out (`Keripik Pisang Rasa Coklat`, `Kapsul Ekstrak Daun Kelor`), a mistyped word
    /// as the names write it (`Plakat Akrilic`). Only words the shelf does not hold as written:
    /// those would ask for a kind nobody offers.
    static func compounds(_ terms: [NeedTerm], on shelf: CatalogShelf) -> [NeedTerm] {
        guard !terms.isEmpty else { return terms }
        var read: [NeedTerm] = []
        read.reserveCapacity(terms.count + 1)
        var k = 0
        while k < terms.count {
            let term = terms[k]
            if k > 0, term.role == .product, Lexicon.dishMarkers.contains(term.words), k + 1 < terms.count,
                terms[k + 1].joined, terms[k + 1].role == .product
            {
                k += 1
                continue
            }
            if let named = sentraVariety(term, after: read.last, on: shelf) ?? bagByClass(k, in: terms, on: shelf) {
                read.append(named)
                k += 1
                continue
            }
            guard term.role == .product, shelf.termIDs[term.term] == nil else {
                read.append(term)
                k += 1
                continue
            }
            if k + 1 < terms.count, terms[k + 1].role == .product, terms[k + 1].joined, !terms[k + 1].alternative,
                !terms[k + 1].purpose, shelf.termIDs[terms[k + 1].term] == nil
            {
                let word = TextFit.stem(term.words + terms[k + 1].words)
                if shelf.termIDs[word] != nil {
                    var one = term
                    one.term = word
                    one.words = term.words + " " + terms[k + 1].words
                    read.append(one)
                    k += 2
                    continue
                }
            }
            if k > 0, k + 1 < terms.count, Lexicon.flavours.contains(term.words), terms[k + 1].joined,
                terms[k + 1].role == .product
            {
                k += 1
                continue
            }
            if let apart = apart(term, on: shelf) {
                read += apart
            } else if let other = otherSpelling(term, before: k + 1 < terms.count ? terms[k + 1] : nil, on: shelf) {
                read.append(other)
            } else if let respelt = respelt(
                term, after: anchor(in: read, on: shelf),
                before: k + 1 < terms.count ? terms[k + 1] : nil, on: shelf)
            {
                read.append(respelt)
            } else {
                read.append(term)
            }
            k += 1
        }
        return read
    }

    /// A sentra the listings write after the need's word before it (`Kopi Robusta Liwa` beside
    /// `Kopi Robusta Tanggamus`), read as a product word: a variety as they write it. Otherwise
    /// nil, and the sentra stays where the product is made (`Kopi Luwak Liwa`).
    private static func sentraVariety(_ term: NeedTerm, after last: NeedTerm?, on shelf: CatalogShelf) -> NeedTerm? {
        guard term.role == .context, Lexicon.sentraPlaces[term.words] != nil, let place = shelf.termIDs[term.term],
            let last, let before = shelf.termIDs[last.term], shelf.hasPair(before, place)
        else { return nil }
        var named = term
        named.role = .product
        return named
    }

    /// `terms[k]`, a bag of many names no listing here uses (`Goodie Bag Spunbond`), read as the
    /// class the listings name it by before one of the next two words (`Tas Spunbond`; `Goodie Bag
    /// Anyaman Pandan`: `Tas Pandan`); otherwise nil.
    private static func bagByClass(_ k: Int, in terms: [NeedTerm], on shelf: CatalogShelf) -> NeedTerm? {
        let term = terms[k]
        guard term.role == .product, shelf.termIDs[term.term] == nil, let bag = Lexicon.bagClasses[term.term],
            let classID = shelf.termIDs[bag],
            (k + 1..<min(k + 3, terms.count)).contains(where: { j in
                terms[k + 1...j].allSatisfy(\.joined)
                    && shelf.termIDs[terms[j].term].map { shelf.hasPair(classID, $0) } == true
            })
        else { return nil }
        var named = term
        named.term = bag
        return named
    }

    /// The word a mistyped word follows in the need, as the shelf's names would write it before
    /// it: the word read last, or the one before that when the shelf does not hold the last (`Masker
    /// Wajah Bengkuang` where only `Masker Bengkoang` is sold).
    private static func anchor(in read: [NeedTerm], on shelf: CatalogShelf) -> NeedTerm? {
        guard let last = read.last else { return nil }
        if shelf.termIDs[last.term] != nil || read.count < 2 || !last.joined || last.role != .product { return last }
        return read[read.count - 2]
    }

    /// `term` with one letter mistyped, doubled, dropped or swapped (`Plakat Akrilic`), read as the
    /// one word the shelf's names write next to the need's word beside it (`Plakat Akrilik`).
    /// Only words of five letters or more, with their first letter right, and only where one
    /// such word follows the word before (or leads a name before the word after): a word the
    /// names never write with its neighbour is a kind nobody offers, not a typo.
    private static func respelt(
        _ term: NeedTerm, after previous: NeedTerm?, before next: NeedTerm?, on shelf: CatalogShelf
    ) -> NeedTerm? {
        let written = Array(term.term.utf8)
        guard written.count >= 5, written.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else {
            return nil
        }
        var candidates: [Int32] = []
        if term.joined, let previous, previous.role == .product, let id = shelf.termIDs[previous.term] {
            candidates = shelf.followers(of: id)
        } else if let next, next.joined, next.role == .product, let id = shelf.termIDs[next.term] {
            candidates = shelf.heads.filter { shelf.hasPair($0, id) }
        }
        var found: Int32?
        for candidate in candidates {
            let near = shelf.termIDs.names.withUTF8(Int(candidate)) { name in
                name.count >= 5 && name[0] == written[0] && oneEdit(written, name)
            }
            guard near else { continue }
            guard found == nil else { return nil }
            found = candidate
        }
        guard let found else { return nil }
        var read = term
        read.term = shelf.termIDs.names[Int(found)]
        return read
    }

    /// `term` as the shelf's names spell it where the need spells it otherwise by rule, not by
    /// mistake: a loanword's `c` written `k` or the other way (`Sirup Calamansi` for `Kalamansi`,
    /// `Filling Kabinet` for `Cabinet`), or a word shortened to its consonants (`sbn`, `krpk` for
    /// `sabun`, `keripik`): the one word the shelf holds with the same first and last letter whose
    /// consonants the short one keeps, in order; where several are (`krpk`: `kerupuk` and
    /// `keripik`), the one the names write before the need's next word (`krpk ikan`).
    static func otherSpelling(_ term: NeedTerm, before next: NeedTerm?, on shelf: CatalogShelf) -> NeedTerm? {
        let word = term.words
        guard word.count >= 3, !word.contains(" "), word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        var read = term
        if let first = word.first, first == "c" || first == "k", word.count >= 5 {
            let swapped = (first == "c" ? "k" : "c") + word.dropFirst()
            let stem = TextFit.stem(Lexicon.variants[swapped] ?? swapped)
            if shelf.termIDs[stem] != nil {
                read.term = stem
                return read
            }
        }
        let short = Array(word.utf8)
        guard !short.contains(where: vowels.contains), !Lexicon.units.contains(word),
            Lexicon.volumeUnits[word] == nil, Lexicon.massUnits[word] == nil
        else { return nil }
        var found = shelf.heads.filter { id in shelf.termIDs.names.withUTF8(Int(id), { shortens(short, $0) }) }
        if found.count > 1, let next, next.joined, let after = shelf.termIDs[next.term] {
            found = found.filter { shelf.hasPair($0, after) }
        }
        guard found.count == 1 else { return nil }
        read.term = shelf.termIDs.names[Int(found[0])]
        return read
    }

    private static let vowels = Array("aeiou".utf8)

    /// Whether `short`, all consonants, is `name` with its vowels left out, and at most one of its
    /// consonants: the same first and last letter, every letter of `short` in `name` in order.
    private static func shortens(_ short: [UInt8], _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard name.count > short.count, name.first == short.first, name.last == short.last else { return false }
        var j = 0
        var dropped = 0
        for letter in name {
            if j < short.count, letter == short[j] {
                j += 1
            } else if !vowels.contains(letter) {
                dropped += 1
                if dropped > 1 { return false }
            }
        }
        return j == short.count
    }

    /// Whether some item of `shelf` holds a word one letter away from `word` (`bengkuang`:
    /// `bengkoang`), which the need may have mistyped.
    static func nearlyHeld(_ word: String, on shelf: CatalogShelf) -> Bool {
        let written = Array(word.utf8)
        guard written.count >= 4 else { return false }
        return (0..<shelf.termIDs.count).contains { id in
            shelf.termIDs.names.withUTF8(id) { name in name.first == written.first && oneEdit(written, name) }
        }
    }

    /// Whether `a` becomes `b` by one letter changed, added, dropped, or two neighbours swapped.
    private static func oneEdit(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard abs(a.count - b.count) <= 1 else { return false }
        var start = 0
        while start < min(a.count, b.count) && a[start] == b[start] { start += 1 }
        var (endA, endB) = (a.count, b.count)
        while endA > start && endB > start && a[endA - 1] == b[endB - 1] { (endA, endB) = (endA - 1, endB - 1) }
        let (restA, restB) = (endA - start, endB - start)
        if restA + restB == 1 || (restA == 1 && restB == 1) { return true }
        return restA == 2 && restB == 2 && a[start] == b[start + 1] && a[start + 1] == b[start]
    }

    /// The two words the shelf's names write for `term`, written as one (`coffeebreak`): each
    /// held by some item and, unless one concept, the second following the first in a name.
    private static func apart(_ term: NeedTerm, on shelf: CatalogShelf) -> [NeedTerm]? {
        let word = Array(term.words)
        guard word.count >= 7, !word.contains(" "), word.allSatisfy(\.isLetter) else { return nil }
        for cut in 3...(word.count - 3) {
            let first = String(word[..<cut])
            guard
                shelf.termIDs[TextFit.stem(Lexicon.variants[first] ?? first)] != nil
                    || TextFit.phraseStarts.contains(first)
            else {
                continue
            }
            let parts = TextFit.needTerms(first + " " + String(word[cut...]))
            guard !parts.isEmpty, parts.count <= 2, parts.allSatisfy({ $0.role == .product }) else { continue }
            let ids = parts.compactMap { shelf.termIDs[$0.term] }
            guard ids.count == parts.count, ids.count == 1 || shelf.hasPair(ids[0], ids[1]) else { continue }
            var read = parts
            for j in read.indices {
                read[j].account = term.account
                read[j].aside = term.aside
                read[j].joined = j == 0 ? term.joined : true
                read[j].alternative = j == 0 && term.alternative
                read[j].purpose = j == 0 && term.purpose
            }
            return read
        }
        return nil
    }
}
