/// What a need's terms say about the product asked for, read against one shelf's item names
/// before they are weighed (``NeedText``). Indonesian names the thing first and narrows it
/// after (`Gelang Emas`, `Rak Buku Kayu Jati`); the shelf's item names tell which words lead a
/// name (heads) and which follow which (pairs). Only a word right after another in the need's
/// text narrows it (``NeedTerm/joined``): `Keripik untuk Tamu` asks for no kind of chips.
///
/// - Heads: the need's product terms that lead some item's name (`sepatu`, `kemeja`).
/// - The kind asked for: when the first head is followed by a word that follows it in some item's
///   name too (`Batik Tulis`), an item's name must hold that word (``required``). When that word
///   leads names itself, the word after it that follows it in a name is required too (`Kemeja
///   Batik Tulis`: `Batik Tulis …` is sold); other words after the kind only qualify (`Kaos Sablon
///   Logo Event`: a printed event shirt without a logo in its name still does), but for a variety
///   the shelf names after the kind (``rivals``: `Kopi Robusta Liwa` is not a Tanggamus robusta).
/// - When the word after the head never follows it in a name, but names kinds of other products
///   on the shelf (`Gelang Emas` where `Cincin Emas` is sold, no gold bracelet), an item must hold
///   it in its name or description (``held``): a titanium bracelet is not the one asked for. A
///   word that only says what the product is for (`Rompi Lapangan`: `lapangan` follows no head,
///   only `Kemeja PDL Lapangan`) asks for nothing more. Descriptive words
///   (``Lexicon/modifiers``: colours, sizes, quality) never name the kind.
/// - A material or body part after the kind named (``Lexicon/materials``, ``Lexicon/bodyParts``:
///   `Tikar Rotan`, `Cincin Emas`, `Rak Buku Kayu Jati`, `Masker Rambut`) must be held, the
///   narrowest of a run of them (`jati`), wherever it stands on the shelf: a pandan mat is not
///   the rattan one asked for.
/// - Absent: the product the need names first, before its occasion or place, is on no item and
///   no head is named, or only after it (`Replika Keris`, `Jaket Batik`); or the word after the
///   head, or after a kind that leads names itself (`Bibit Ikan Gurame`), leads no item name on
///   any shelf of the catalog (`Minyak Zaitun`, `Bibit Durian`); or a material there is on no item
///   of the shelf (`Tempat Sampah Stainless`): nobody here makes it, so nothing is relevant.
///   Shelves of goods made to order (``madeToOrder``) are exempt from the last two: a caterer
///   cooks the dish named though no listing names it.
/// - A word that only narrows the next one (`kayu` of `kayu jati`: items' names have the pair)
///   is ``specified``: it counts only with the next one, as pine is not the teak asked for.
/// - An occasion word after the head that follows it in some item's name (`Kursi Rapat`, `Meja
///   Rapat` on a furniture shelf) names a kind there, so it is a product term; on a shelf of goods
///   made to order (``madeToOrder``) it stays the occasion (`Snack Box Rapat`).
struct NeedReading {
    /// The shelf's id of each need term, or nil when no item holds it.
    var found: [Int32?]
    /// Whether each need term names or qualifies the product.
    var product: [Bool]
    /// Indices of the need's product nouns (terms leading some item's name), in need order.
    var heads: [Int]
    /// The product named is on no item: nothing is relevant.
    var absent = false
    /// Indices of the words naming the product asked for, through the kind an item must hold
    /// (`Tikar Rotan`, `Batik Tulis`), or the product nobody here offers (`Keripik Kentang`).
    var missing: [Int] = []
    /// Terms an item's name must all hold (the kind after the head, when the shelf knows it).
    var required: [Int32] = []
    /// A term an item must hold in its name or description, or -1.
    var held: Int32 = -1
    /// Varieties the shelf names after the kind asked for, other than the one asked for
    /// (``readRivals(at:head:in:on:names:)``), or the other side of a weight, wearer, length, size or
    /// state, ascending: an item named with one and not with the one asked for is not relevant.
    var rivals: [Int32] = []
    /// The variety asked for where ``rivals`` are read, or -1 when no item holds it.
    var variety: Int32 = -1
    /// The other side of who it is for, its length, size, state, grind, matter or pattern
    /// (``readSide(of:_:on:)``), ascending: an item named for one and not for ``side`` is not
    /// relevant, whatever variety it is.
    var sides: [Int32] = []
    /// The side asked for where ``sides`` are read, or -1 when no item holds it.
    var side: Int32 = -1
    /// A product noun listed after a slash as another product that would do (`Cairan Pembersih
    /// Lantai / Karbol Wangi`), or -1: an item naming it need not be the kind the first is.
    var alternative: Int32 = -1
    /// The cloths and materials among ``required`` when the head is a product of its own, not a
    /// class the listings leave out (``Lexicon/classLeads``: `Kain Batik Tulis` is the listings'
    /// `Batik Tulis …`): an item led by one without the head is that cloth (`Batik Cap …` for
    /// `Kemeja Batik`).
    var materialKinds: [Int32] = []
    /// Where the product asked for comes from (``readOrigin(_:at:on:)``): Kemendagri codes as digits
    /// (`3601`, `18`), and the place's term when an item holds it, or -1.
    var origin: [Int32] = []
    var originTerm: Int32 = -1
    /// Indices of terms whose weight goes to the term after them.
    var specified: Set<Int> = []

    /// Categories whose goods are made to the buyer's order (cooked, printed): a listing shows
    /// what was made before, so a dish or card no listing names can still be ordered, and an
    /// occasion word in a listing's name says what it was made for, not a kind.
    static let madeToOrder: Set<String> = ["jasa-boga", "percetakan"]

    /// Categories of dishes cooked to order: another shelf's product written after the dish is
    /// more likely the occasion it is cooked for (`Prasmanan Apel Besar`) than a dish; after a
    /// printed thing it is the kind (`Kalender Meja` is not a wall calendar).
    static let cooked: Set<String> = ["jasa-boga"]

    /// Categories of goods eaten, drunk or put on the body: a product of another shelf named after
    /// the head is what it is made of (`Lulur Kopi`, `Sabun Susu Kambing`), a kind of its own,
    /// not what it holds or serves (`Jerigen Air`).
    static let consumables: Set<String> = ["makanan", "minuman", "herbal", "kosmetik"]

    /// Whether `term` says what a thing is made of: a material (``Lexicon/materials``) or a cloth
    /// (``Lexicon/cloths``).
    static func madeOf(_ term: NeedTerm) -> Bool {
        NeedPhrase.narrows(term) || Lexicon.cloths.contains(term.term)
    }

    /// Whether each term is read from an aside in brackets or from words after a slash or `atau`
    /// (``NeedTerm/aside``, ``NeedTerm/alternative``): another name of what came before.
    static func otherNames(_ terms: [NeedTerm]) -> [Bool] {
        var marks = [Bool](repeating: false, count: terms.count)
        var inAlternative = false
        for (k, term) in terms.enumerated() {
            inAlternative = term.alternative || inAlternative && term.joined
            marks[k] = term.aside || inAlternative
        }
        return marks
    }

    /// Whether `term` is written with a prefix its stem drops (`petelur`, `pembersih`).
    static func prefixed(_ term: NeedTerm) -> Bool {
        term.words != term.term && !term.words.hasPrefix(term.term) && TextFit.stem(term.words) == term.term
            && Lexicon.prefixes.contains { term.words.hasPrefix($0) }
    }

    /// Whether a product word the shelf does not hold follows `k` in its phrase (`Pakan Ikan Lele
    /// Pelet Apung`): descriptive words aside.
    static func unknownAfter(
        _ k: Int, _ terms: [NeedTerm], _ found: [Int32?], _ product: [Bool], _ descriptive: [Bool]
    ) -> Bool {
        var j = k + 1
        while j < terms.count, terms[j].joined, product[j] {
            if found[j] == nil && !descriptive[j] && !Lexicon.uses.contains(terms[j].term) { return true }
            j += 1
        }
        return false
    }

    /// `names`: whether a term leads some item's name on some shelf of the catalog.
    init(_ needTerms: [NeedTerm], on shelf: CatalogShelf, category: String, names: (String) -> Bool) {
        let found = needTerms.map { shelf.termIDs[$0.term] }
        let madeToOrder = NeedReading.madeToOrder.contains(category)
        // A class of goods no item holds (`Pengharum Ruangan Reed Diffuser`) names no kind here.
        var product = needTerms.indices.map {
            needTerms[$0].role == .product && !Lexicon.imitation.contains(needTerms[$0].term)
                && (found[$0] != nil || !Lexicon.classes.contains(needTerms[$0].term))
        }
        // `kuningan` (brass) stems to the colour `kuning`: a material is never merely descriptive.
        // Nor is a colour in food, drink, herbs and cosmetics: `Teh Hijau`, `Beras Merah` are
        // varieties, not a white shirt's colour.
        let consumable = NeedReading.consumables.contains(category)
        // A colour only as written: `kakao` reads as `cokelat`, the food, not the brown.
        let descriptive = needTerms.map {
            (Lexicon.modifiers.contains($0.term) || Lexicon.modifiers.contains($0.words)) && !NeedPhrase.narrows($0)
                && !(consumable && Lexicon.colours.contains($0.term))
                && !(Lexicon.colours.contains($0.term) && !Lexicon.modifiers.contains($0.words))
        }
        // The product phrase: the need's words before its occasion or place (`Sepatu PDH Kulit
        // Pegawai …`). A name after the occasion (`Rapat Koordinasi TPAKD`) is the occasion's.
        // The account part of a SiRUP name (`Belanja Hadiah … -`) and account wording (`Belanja
        // Bahan …`) do not end it.
        let start =
            needTerms.firstIndex { !$0.account && ($0.role != .context || !Lexicon.account.contains($0.words)) }
            ?? needTerms.count
        func context(after k: Int) -> Int {
            needTerms.indices.first { $0 > k && needTerms[$0].role == .context && !needTerms[$0].account }
                ?? needTerms.count
        }
        var firstContext = context(after: start)
        NeedReading.readOtherName(needTerms, found, &product, from: start, to: firstContext)
        NeedReading.readPurpose(needTerms, found, &product, from: start, on: shelf)
        var heads = needTerms.indices.filter { product[$0] && found[$0].map(shelf.isHead) == true }
        // A class of goods leading names (`Tanaman Hias Monstera`) is no product of its own when
        // the need names one of its kinds too, as a product noun or right after it (`Tanaman Hias
        // Aglonema` where only `Bibit Aglonema` is sold).
        // Not one named in brackets or after a slash (`Snack Box (Coffee Break)`, `Kue kotak / coffee
        // break`): another name of the product, which leaves the class asked for.
        let otherName = NeedReading.otherNames(needTerms)
        let otherHead = heads.contains { !Lexicon.classes.contains(needTerms[$0].term) && !otherName[$0] }
        for k in heads where Lexicon.classes.contains(needTerms[k].term) {
            let kind = k + 1
            if otherHead
                || kind < firstContext && needTerms[kind].joined && product[kind] && found[kind] != nil
                    && !descriptive[kind]
            {
                product[k] = false
            }
        }
        heads = heads.filter { product[$0] }
        // A word derived with a prefix after a word that is no product noun describes that word
        // (`Pakan Ayam Petelur`: the laying hen's feed), though its stem leads names (`Telur Ayam`);
        // right after a product noun it may be one too (`Cairan Pembersih`).
        let described = { (k: Int) in
            k > 0 && needTerms[k].joined && !heads.contains(k - 1) && NeedReading.prefixed(needTerms[k])
        }
        if let first = heads.first { heads = heads.filter { $0 == first || !described($0) } }
        // An occasion word a shelf of durable goods names kinds with (`Kursi Rapat`): the product's
        // phrase goes on past it (`Meja Rapat Jati`). So does a meal after such goods' noun, what
        // they serve (`Meja Makan Rotan`, `Botol Minum`), held by an item or not.
        if !madeToOrder, let head = heads.first, head + 1 < needTerms.count, needTerms[head + 1].role == .context,
            needTerms[head + 1].joined, let headID = found[head],
            found[head + 1].map({ shelf.hasPair(headID, $0) })
                ?? (!consumable && Lexicon.meals.contains(needTerms[head + 1].words))
        {
            product[head + 1] = true
            if firstContext == head + 1 { firstContext = context(after: head + 1) }
        }
        // A form the shelf names kinds with (`Kapsul Temulawak` where `Kapsul Daun Kelor` is sold)
        // is the product noun: temulawak powder is not the capsule asked for.
        if let head = heads.first, Lexicon.forms.contains(needTerms[head].term) { heads = [head] }
        self.found = found
        self.product = product
        self.heads = heads
        // A class of goods (`Snack Ringan Basreng`) names no product of its own; nor does a class of
        // living things no item holds (`Tanaman Lidah Mertua` where `Sansevieria Pot` is sold).
        let firstProduct = needTerms.indices.first {
            product[$0] && !descriptive[$0] && !Lexicon.classes.contains(needTerms[$0].term)
                && (found[$0] != nil || !NeedPhrase.livingClass(needTerms[$0]))
        }
        // A product named before the product noun the shelf knows, in one phrase with it, is the
        // one asked for (`Jaket Batik`, `Sabun Cuci Piring Cair`: batik cloth and floor-cleaning
        // liquid exist, jackets and dish soap do not), unless the noun follows it at once (past
        // words that only describe: `Mainan Edukatif Puzzle`) and is no material, the shelf holds
        // every other word of the product's phrase and the first is no form (`Kapsul Temulawak`;
        // a use between them only qualifies too: `Kue Kering Nastar`):
        // then it is the class the kind belongs to, which the listings leave out (`Sepatu
        // Pantofel`, `Kue Lapis Legit`, `Ikan Cupang`, `Jamu Kunyit Asam`; not `Pakan Ikan Lele
        // Pelet Apung`). One listed beside it (`Baliho/Spanduk`, `Pembersih Lantai / Karbol`) is
        // an alternative.
        let qualifies = { (k: Int) in descriptive[k] || Lexicon.uses.contains(needTerms[k].term) }
        if let firstProduct, firstProduct < firstContext, found[firstProduct] == nil,
            heads.isEmpty
                || firstProduct < heads[0] && needTerms[(firstProduct + 1)...heads[0]].allSatisfy(\.joined)
                    && ((firstProduct + 1..<heads[0]).contains { !qualifies($0) }
                        || NeedReading.madeOf(needTerms[heads[0]])
                        || Lexicon.forms.contains(needTerms[firstProduct].term)
                        || NeedReading.unknownAfter(firstProduct, needTerms, found, product, descriptive))
        {
            absent = true
            missing = [firstProduct]
        }
        if !absent, let head = heads.first {
            let phrase = NeedPhrase(
                terms: needTerms, found: found, product: product, descriptive: descriptive, end: firstContext,
                madeToOrder: madeToOrder, consumable: consumable, cooked: NeedReading.cooked.contains(category))
            readKind(of: head, in: phrase, on: shelf, names: names)
            // A product noun held as the kind of the first (`Pakan Ikan`: `Ikan Koki` is sold)
            // makes no item relevant by itself: the feed is asked for, not the fish.
            if !absent && held >= 0 { self.heads = heads.filter { $0 == head || found[$0] != held } }
            // Nor does a cloth or material required as the kind of a product of its own (`Kemeja
            // Batik`: `Batik Cap …` is sold): the shirt is asked for, not the cloth. Another kind
            // may be sold without the product's noun (`HVS A4` for `Kertas HVS`).
            if !absent, !required.isEmpty, !Lexicon.classLeads.contains(needTerms[head].term) {
                materialKinds = needTerms.indices.compactMap { k in
                    found[k].flatMap { required.contains($0) && NeedReading.madeOf(needTerms[k]) ? $0 : nil }
                }
                self.heads = self.heads.filter { $0 == head || found[$0].map { !materialKinds.contains($0) } ?? true }
            }
        }
        // No product noun leads the shelf's names (`Kotak Tisu Rotan` where tissue boxes are `Tempat
        // Tissue …`): a material right after the first product word still narrows it.
        if !absent, heads.isEmpty, let first = firstProduct, found[first] != nil, first + 1 < firstContext,
            needTerms[first + 1].joined, product[first + 1], NeedPhrase.narrows(needTerms[first + 1])
        {
            if let material = found[first + 1] {
                held = material
            } else if !madeToOrder {
                absent = true
            }
            missing = [first, first + 1]
        }
        // Nor does the first product word, held only after other products' nouns (`Bandeng Presto
        // Duri Lunak` where `Sate Bandeng` and `Otak-otak Bandeng` are sold), before a word no item
        // holds, no name leads and none writes within a letter of, when no later word of the
        // product is held either (`Torso Anatomi Tubuh Manusia`: the torso's words are sold): a kind
        // nobody here makes.
        if !absent, heads.isEmpty, !madeToOrder, let first = firstProduct, found[first] != nil,
            first + 1 < firstContext, needTerms[first + 1].joined, product[first + 1], found[first + 1] == nil,
            !descriptive[first + 1], !Lexicon.units.contains(needTerms[first + 1].words),
            !Lexicon.uses.contains(needTerms[first + 1].term), !names(needTerms[first + 1].term),
            !((first + 2)..<max(first + 2, firstContext)).contains(where: { product[$0] && found[$0] != nil }),
            !NeedReading.nearlyHeld(needTerms[first + 1].term, on: shelf)
        {
            absent = true
            missing = [first, first + 1]
        }
        if !absent, !madeToOrder { readOrigin(needTerms, at: firstContext, on: shelf) }
        if absent { self.heads = [] }
        if !absent, rivals.isEmpty { readWeight(needTerms, on: shelf) }
        for contrast in [Lexicon.wearers, Lexicon.lengths, Lexicon.sizes, Lexicon.states, Lexicon.grinds]
            + [Lexicon.matter, Lexicon.patterns, Lexicon.animals, Lexicon.schoolLevels] where !absent && sides.isEmpty
        {
            readSide(of: contrast, needTerms, on: shelf)
        }
        if !absent, let first = heads.first,
            let other = heads.first(where: { $0 > first && needTerms[$0].alternative }), let id = found[other],
            id != found[first]
        {
            alternative = id
        }
        if !absent, rivals.isEmpty, sides.isEmpty { readOrdinarySize(needTerms, on: shelf) }
    }
}
