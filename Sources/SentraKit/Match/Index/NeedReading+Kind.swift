extension NeedReading {
    /// Reads the kind asked for after the need's first product noun `head` (``NeedReading``):
    /// the kinds the shelf names after it, the word after them, a material or body part further
    /// on, and the words the next one narrows.
    mutating func readKind(of head: Int, in phrase: NeedPhrase, on shelf: CatalogShelf, names: (String) -> Bool) {
        missing = [head]
        var k = readChain(from: head, in: phrase, on: shelf)
        // A size right after the kind that the shelf's names write after it (`Kertas HVS F4`):
        // an A4 ream is not the folio asked for; nor is it the A3 no name here has.
        if k < phrase.terms.count, k == phrase.end, phrase.terms[k].joined,
            phrase.terms[k].words.contains(where: \.isNumber), phrase.terms[k].words.contains(where: \.isLetter),
            let before = phrase.found[k - 1]
        {
            if let size = phrase.found[k] {
                if shelf.hasPair(before, size) || Lexicon.paperSizes.contains(phrase.terms[k].term) {
                    narrow(to: size, head...k)
                }
            } else if Lexicon.paperSizes.contains(phrase.terms[k].term),
                Lexicon.paperSizes.contains(where: { shelf.termIDs[$0].map { shelf.hasPair(before, $0) } == true })
            {
                miss(head...k)
            }
        }
        let kindEnd = k
        // The word after the kind named (`Keripik Kentang`, `Bibit Ikan Gurame`, `Tikar Rotan`).
        if phrase.continues(k), !phrase.descriptive[k], !phrase.use(k) {
            readWord(k, after: head, in: phrase, on: shelf, names: names)
            k += 1
        }
        // A material or body part further on in the product's phrase (`Sabun Pencuci Muka`,
        // `Sapu Lantai Nilon`) narrows it the same way; after a kind already held (`Sabun Cair
        // Cuci Muka`), one no item of the shelf holds still says nobody here makes it.
        // Not a container's (`Sambal Bawang Botol Kaca`: the glass is the bottle's).
        let heldByKind = held
        if !absent, !phrase.madeToOrder {
            var j = k
            while phrase.continues(j), !NeedPhrase.narrows(phrase.terms[j]) { j += 1 }
            if phrase.continues(j), NeedPhrase.narrows(phrase.terms[j]),
                !Lexicon.units.contains(phrase.terms[j - 1].words)
            {
                j = narrowest(from: j, in: phrase)
                if let id = phrase.found[j] {
                    if held < 0 { narrow(to: id, head...j) }
                } else {
                    miss(head...j)
                }
            }
        }
        if !absent, !phrase.madeToOrder { readAction(after: head, in: phrase, on: shelf) }
        // A material further on does not make a variety nobody offers any less one (`Rak Sepatu
        // Kayu` where only `Rak Buku Kayu` is sold).
        if !absent, heldByKind < 0, held < 0 || kindEnd < phrase.end && phrase.found[kindEnd] == nil {
            readRivals(at: kindEnd, head: head, in: phrase, on: shelf, names: names)
        }
        // Qualifiers after the kind that the next one narrows (`Kayu Jati`); never toward a colour
        // or size (`Pucuk Merah`: the red of a red tilapia is not the shrub asked for).
        while k + 1 < phrase.terms.count, phrase.product[k], phrase.product[k + 1], phrase.terms[k + 1].joined {
            if let a = phrase.found[k], let b = phrase.found[k + 1], shelf.hasPair(a, b), !phrase.descriptive[k],
                !phrase.descriptive[k + 1], !heads.contains(k)
            {
                specified.insert(k)
            }
            k += 1
        }
    }

    /// The kinds the shelf names right after the head (`Batik Tulis`), each required; a second one
    /// only after a kind that leads names itself (`Kemeja Batik Tulis`). Returns the index after them.
    private mutating func readChain(from head: Int, in phrase: NeedPhrase, on shelf: CatalogShelf) -> Int {
        var last = phrase.found[head]!
        var k = head + 1
        // Classes of living things and parts of plants the names leave out between the head and
        // the kind (`Bibit Pohon Kelengkeng`, `Bibit Tanaman Obat Jahe Merah`, `Kapsul Daun Kelor`
        // where `Bibit Kelengkeng`, `Bibit Jahe Merah`, `Kapsul Kelor` are sold): the kind after
        // them is the one required.
        var j = k
        while j < phrase.end, phrase.terms[j].joined,
            NeedPhrase.livingClass(phrase.terms[j]) || Lexicon.plantParts.contains(phrase.terms[j].words)
        {
            j += 1
        }
        if j > k, phrase.continues(j), let kind = phrase.found[j], shelf.hasPair(last, kind) {
            required.append(kind)
            missing = Array(head...j)
            return j + 1
        }
        while k < phrase.terms.count, phrase.product[k], phrase.terms[k].joined, !phrase.descriptive[k],
            let next = phrase.found[k], shelf.hasPair(last, next), k == head + 1 || shelf.isHead(last)
        {
            // A use right after the noun of a soap or cleaner (`Sabun Mandi`) says what it is for, not
            // a word its name must hold: a bar of sereh soap is a bath soap. One named for what it
            // cleans (`Sabun Cuci Piring`) is the other kind.
            if k == head + 1, Lexicon.uses.contains(phrase.terms[k].term) {
                let actions = shelf.followers(of: last).filter {
                    Lexicon.actions.contains(shelf.termIDs.names[Int($0)])
                }
                if !actions.isEmpty {
                    sides = actions.sorted()
                    side = next
                    missing = Array(head...k)
                    return k + 1
                }
            }
            // A product noun the names leave out before the kind (`Bibit Ikan Lele` where `Bibit
            // Lele …` is sold): the kind after it is the one required.
            if shelf.isHead(next), k + 1 < phrase.end, phrase.product[k + 1], phrase.terms[k + 1].joined,
                !phrase.descriptive[k + 1], let kind = phrase.found[k + 1], shelf.hasPair(last, kind)
            {
                required.append(kind)
                missing = Array(head...(k + 1))
                last = kind
                k += 2
                continue
            }
            required.append(next)
            missing = Array(head...k)
            last = next
            k += 1
        }
        return k
    }

    /// The word `k` right after the kind named: held when it is a material or names kinds on the
    /// shelf, a kind nobody offers when no one here could make it.
    private mutating func readWord(
        _ k: Int, after head: Int, in phrase: NeedPhrase, on shelf: CatalogShelf, names: (String) -> Bool
    ) {
        let term = phrase.terms[k]
        if let next = phrase.found[k] {
            // A material narrows whatever it follows (`Tikar Rotan`: a pandan mat is not one);
            // another word only where the shelf names kinds with it; after a seedling, a class of
            // living things by the kind after it (`Benih Ikan Koi`: a goldfish fry is not the koi).
            if Lexicon.seedlings.contains(phrase.terms[head].term), NeedPhrase.livingClass(term),
                phrase.continues(k + 1), !phrase.descriptive[k + 1], let kind = phrase.found[k + 1]
            {
                narrow(to: kind, head...(k + 1))
            } else if NeedPhrase.narrows(term) {
                let m = narrowest(from: k, in: phrase)
                narrow(to: phrase.found[m]!, head...m)
            } else if k == head + 1 && shelf.namesKind(next) && !kindFollows(k, after: head, in: phrase, on: shelf) {
                narrow(to: next, head...k)
            }
        } else if NeedReading.madeOf(term) && !phrase.cooked {
            // Nothing on the shelf is made of it (`Tempat Sampah Stainless`, `Tikar Mendong`, `Sarung
            // Tenun Songket`). A body part no name writes after the head, where none writes another
            // there, is what the product is for anyway (`Masker Wajah` where masks are named by what
            // they are made of: `Masker Bengkoang`).
            if Lexicon.bodyParts.contains(term.words), let id = phrase.found[head],
                !shelf.followers(of: id).contains(where: { Lexicon.bodyParts.contains(shelf.termIDs.names[Int($0)]) })
            {
                return
            }
            miss(head...k)
        } else if k == head + 1 || shelf.isHead(phrase.found[k - 1]!), !phrase.madeToOrder,
            !Lexicon.units.contains(term.words),
            !phrase.terms[head].words.contains(" ") || Lexicon.classes.contains(phrase.terms[head].term),
            phrase.consumable || Lexicon.seedlings.contains(phrase.terms[head].term) || !names(term.term),
            !Lexicon.actions.contains(term.term),
            term.words.hasPrefix(term.term) || !term.words.hasSuffix("an")
        {
            // A kind nobody here offers (`Minyak Zaitun`, `Bibit Durian`, `Teh Melati`): a word not
            // derived, nor a unit the names write after a count (`Rantang Susun`: `Rantang 3 Susun`).
            // A derived one (`Rengginang Pengajian`: peng-…-an) names an occasion, and an action
            // what the thing does (`Karbol Pembersih Lantai`); a product of its own on another shelf
            // (`Jerigen Air`: `Air Mineral`) more likely says what it holds or serves, but after a
            // seedling it is the plant (`Bibit Kakao`); a head written as a phrase (`Ikan Koi`) names
            // its kind already, unless it only names a class of them (`Alat Peraga Kerangka Manusia`).
            miss(head...k)
        }
    }

    /// What a cleaner or soap is for, the thing after its action (`Sabun Cuci Piring`, `Pembersih
    /// Kaca`, ``Lexicon/actions``): an item must name that thing after the action; where the shelf's
    /// names put only other things there (`Sabun Cuci Tangan`), nobody here makes it.
    private mutating func readAction(after head: Int, in phrase: NeedPhrase, on shelf: CatalogShelf) {
        var a = head
        while a < phrase.end, !Lexicon.actions.contains(phrase.terms[a].term) {
            guard a + 1 < phrase.end, phrase.terms[a + 1].joined else { return }
            a += 1
        }
        let o = a + 1
        guard a < phrase.end, phrase.continues(o), !phrase.descriptive[o], let action = phrase.found[a] else { return }
        if let object = phrase.found[o], shelf.hasPair(action, object) {
            if held < 0 { narrow(to: object, head...o) }
        } else if shelf.followers(of: action).contains(where: {
            !Lexicon.modifiers.contains(shelf.termIDs.names[Int($0)])
        }) {
            miss(head...o)
        }
    }

    /// The variety named at `c` right after the kind, where the shelf's names go on with others
    /// (`Kalung Mutiara Laut`: only `Kalung Mutiara Air Tawar` is sold; `Kerupuk Kulit Sapi`: only
    /// fish skin; `Kopi Robusta Liwa` beside `Kopi Robusta Tanggamus`): an item named with another
    /// variety (``rivals``) is not the one asked for; one naming none still may be. Not a material
    /// (read above), a size, a use (`Ikan Koi Kolam`), a container the names do not put there, a
    /// word derived with a prefix (`Rak Buku Perpustakaan` says where it stands) or read as another
    /// word (`Sabun Batang Herbal`: a class of soaps; a spelling, `sereh` for `serai`, still names
    /// the variety), nor a variety sold only as another product (`Anting Mutiara Air Laut`). The
    /// rivals are the words the shelf's names put after the kind, but for descriptive words
    /// (colours are varieties of food), materials and sizes.
    private mutating func readRivals(
        at c: Int, head: Int, in phrase: NeedPhrase, on shelf: CatalogShelf, names: (String) -> Bool
    ) {
        // An occasion that names a kind of durable goods, right after the head (`Meja Rapat Oval`).
        // Not where a place follows it (`Kantor Desa`); who uses it may (`Sepatu Olahraga Pegawai`).
        let occasion =
            c == head + 1 && c < phrase.terms.count && phrase.terms[c].joined && !phrase.madeToOrder
            && !phrase.consumable && Lexicon.kindOccasions.contains(phrase.terms[c].term)
            && !(c + 1 < phrase.terms.count && phrase.terms[c + 1].joined
                && (NeedReading.place(phrase.terms[c + 1]) || Lexicon.placeKinds.contains(phrase.terms[c + 1].words)))
        guard phrase.continues(c) || occasion, !phrase.descriptive[c], !phrase.use(c) || occasion,
            !NeedPhrase.narrows(phrase.terms[c]), let last = phrase.found[c - 1]
        else { return }
        let term = phrase.terms[c]
        guard !term.words.contains(where: \.isNumber),
            term.words.hasPrefix(term.term)
                || term.words.prefix(2) == term.term.prefix(2)
                    && EditDistance.damerau(term.words, term.term, limit: 2) <= 2
        else { return }
        // On a shelf of dishes cooked to order, a product of another shelf after the dish is more
        // likely its occasion (`Prasmanan Apel Besar`) than a dish nobody cooks; after a container,
        // what it holds (`Dus Nasi Kotak`).
        if phrase.cooked || Lexicon.units.contains(phrase.terms[head].words), names(term.term) { return }
        let variety = phrase.found[c]
        // A container the names do not put after the kind is packaging (`Sambel Bawang Botol`).
        if Lexicon.units.contains(term.words), variety.map({ !shelf.hasPair(last, $0) }) ?? true { return }
        // Sold as this product (`Kopi Gayo` where `Kopi Gayo` and `Kopi Lampung` are sold): the others
        // are still not the one asked for, and whoever sells it may not serve this need. Sold only
        // as another product (`Anting Mutiara Air Laut` where the sea pearls are a necklace), the
        // words after the kind may say what the item is (`Anting Mutiara Tusuk`, a stud).
        if let variety, let named = phrase.found[head], shelf.together(last, variety), !shelf.together(named, variety) {
            return
        }
        if variety == nil, let split = NeedReading.split(term.term, after: last, on: shelf) {
            narrow(to: split, head...c)
            return
        }
        let asked = Set(phrase.found.compactMap { $0 })
        // A colour names a dish or a drink (`Nasi Kuning`, `Teh Hijau`), not a shirt.
        let coloured = phrase.consumable || phrase.madeToOrder
        let others = shelf.followers(of: last).filter { id in
            guard !asked.contains(id) else { return false }
            let name = shelf.termIDs.names[Int(id)]
            return (!Lexicon.modifiers.contains(name) || coloured && Lexicon.colours.contains(name))
                && !Lexicon.materials.contains(name) && !name.contains(where: \.isNumber)
        }
        guard !others.isEmpty else { return }
        rivals = others
        self.variety = variety ?? -1
        missing = Array(head...c)
    }

    /// The first of two words the shelf's names write after `last` for `variety` written as one
    /// (`Musangking` where `Durian Musang King` is sold): an item must hold it.
    static func split(_ variety: String, after last: Int32, on shelf: CatalogShelf) -> Int32? {
        shelf.followers(of: last).first { id in
            let name = shelf.termIDs.names[Int(id)]
            guard name.count >= 3, variety.count > name.count + 2, variety.hasPrefix(name),
                let rest = shelf.termIDs[String(variety.dropFirst(name.count))]
            else { return false }
            return shelf.hasPair(id, rest)
        }
    }

    /// Whether the word after `k` is a kind the shelf's names put right after the head (`Sepatu PDH
    /// Pantofel`: `Sepatu Pantofel` is sold): then `k` only qualifies that kind, as the uniform it
    /// goes with, and the kind asked for is the one named next.
    private func kindFollows(_ k: Int, after head: Int, in phrase: NeedPhrase, on shelf: CatalogShelf) -> Bool {
        guard phrase.continues(k + 1), let kind = phrase.found[k + 1], let headID = phrase.found[head] else {
            return false
        }
        return shelf.hasPair(headID, kind)
    }

    /// The narrowest of a run of materials the shelf holds from `k` on (`Kayu Jati`: teak).
    private func narrowest(from k: Int, in phrase: NeedPhrase) -> Int {
        var m = k
        while m + 1 < phrase.end, phrase.terms[m + 1].joined, phrase.found[m + 1] != nil,
            NeedPhrase.narrows(phrase.terms[m + 1])
        {
            m += 1
        }
        return m
    }

    /// An item must hold `term`; `words` name the product asked for.
    private mutating func narrow(to term: Int32, _ words: ClosedRange<Int>) {
        held = term
        missing = Array(words)
    }

    /// Nobody here offers the product `words` name.
    private mutating func miss(_ words: ClosedRange<Int>) {
        absent = true
        missing = Array(words)
    }
}
