/// A need's terms as one shelf scores them (``TextFit/fit(_:name:description:)``): the terms
/// some item of the shelf holds, each weighted by how much it tells on that shelf.
///
/// - A product term weighs 2–10 by how few of the shelf's items hold it (an IDF): `kopi` on a
///   coffee shelf tells less than `luwak`. The first relevant one is the head of the need
///   (Indonesian names the thing first: `Rak Buku`, `Bibit Kopi`), counted twice.
/// - Only the need's product nouns make an item relevant (``NeedReading``: heads, the kind asked
///   for, a product no item holds). Its other product terms qualify (`pdh`, `stainless`, `segar`)
///   and only add to the fit. When the need has no product noun of the shelf, its product terms
///   count.
/// - A context term (``NeedTerm/Role/context``) weighs 1 and never makes an item relevant.
/// - A hint (`souvenir`, `Makanan dan Minuman`) weighs 1 too, unless no product term of the need
///   is on the shelf (`Makanan dan Minuman Rapat TPAKD`: no caterer sells `tpakd`): then the
///   hints are what the need asks for, and count as product terms. When the need has neither
///   product terms nor hints, its context terms count as product terms.
/// - Terms no item holds cannot tell items apart, so they weigh nothing.
struct NeedText: Sendable {
    /// The shelf's ids of the terms some item holds, in need order, with their strings.
    var ids: [Int32] = []
    var terms: [String] = []
    /// The need's own words for each term (``NeedTerm/words``), as reasons show them.
    var words: [String] = []
    var weights: [Int32] = []
    /// Whether the term names or qualifies the product (a reason lists it as matched, not as context).
    var named: [Bool] = []
    /// Whether holding the term makes an item relevant.
    var meaningful: [Bool] = []
    /// Terms an item's name must all hold to be relevant (the kind of the head the need names,
    /// `tulis` of `Batik Tulis`).
    var required: [Int32] = []
    /// A term an item must hold in its name or description to be relevant (`emas` of `Gelang
    /// Emas`), or -1.
    var held: Int32 = -1
    /// Other varieties of the kind asked for, ascending (``NeedReading/rivals``): an item whose name
    /// holds one, and which does not hold ``variety``, is not relevant.
    var rivals: [Int32] = []
    /// The variety asked for, or -1 when no item holds it.
    var variety: Int32 = -1
    /// The other side of a contrast the need names (``NeedReading/sides``), ascending, and the side
    /// asked for or -1: checked as ``rivals`` and ``variety`` are.
    var sides: [Int32] = []
    var side: Int32 = -1
    /// Another product the need lists after a slash (``NeedReading/alternative``), or -1: an item
    /// whose name holds it is relevant without the kind, material or side asked of the first.
    var alternative: Int32 = -1
    /// The need's first product noun (``NeedReading/heads``), or -1: an item naming it but leading
    /// with another product is that other product (``foreign(_:_:)``). -1 on shelves of goods made
    /// to order, whose names lead with classes (`Nasi Box …`, `Cetak Spanduk …`).
    var head: Int32 = -1
    /// Product terms the need names before ``head``, in need order (`kemplang` of `Kemplang Panggang
    /// Ikan Tenggiri`): an item naming one leads with the class of it (`Kerupuk Kemplang Ikan …`),
    /// not with another product.
    var before: [Int32] = []
    /// Where the product comes from (``NeedReading/origin``, ``NeedReading/originTerm``).
    var origin: [Int32] = []
    var originTerm: Int32 = -1
    /// Cloths and materials required as the head's kind (``NeedReading/materialKinds``).
    var materialKinds: [Int32] = []
    /// The pack size the need asks for, or nil (``packSize(of:)``): an item whose name gives other
    /// sizes only, measured alike, is another pack (`Air Mineral Botol 600 ml` for `… 330 ml`,
    /// `Keripik Pisang 250 gr` for `… 1 kg`).
    var pack: PackSize?
    /// The shelf's ids of the need's terms, ascending.
    var asked: [Int32] = []
    /// The sum of ``weights``.
    var total = 0
    /// `heaviest[k]`: the sum of the k largest weights.
    var heaviest: [Int] = [0]
    /// Each term's bit in the items' signatures (``ShelfDraft/signTerms()``).
    var bits: [UInt64] = []
    /// The bits of ``required`` (0 when none): an item whose name signature lacks one is not relevant.
    var requiredBits: UInt64 = 0
    /// The bit of ``held`` (0 when none): an item whose signature lacks it is not relevant.
    var heldBit: UInt64 = 0
    /// Bits of the meaningful terms: an item whose signature has none of them holds none.
    var meaningfulBits: UInt64 = 0
    /// Ids of the shelf's ``Lexicon/imitation`` words the need does not hold: an item named
    /// with one is a copy of the product asked for, and fits half.
    var imitation: [Int32] = []
    /// Whether the need asks for the genuine article (`Kulit Asli`): a copy does not fit at all.
    var genuine = false
    /// The first eight terms in SIMD lanes for the hot loop; unused lanes hold -2 (ids are never negative).
    var lanes = SIMD8<Int32>(repeating: -2)
    var weightLanes = SIMD8<Int32>(repeating: 0)
    var meaningfulLanes = SIMDMask<SIMD8<Int32>>(repeating: false)

    init(_ needTerms: [NeedTerm], on shelf: CatalogShelf, category: String, names: (String) -> Bool) {
        let needTerms = NeedReading.compounds(needTerms, on: shelf)
        let reading = NeedReading(needTerms, on: shelf, category: category, names: names)
        let found = reading.found
        let product = reading.product
        let heads = reading.heads
        let absent = reading.absent
        let productOnShelf = needTerms.indices.contains { needTerms[$0].role == .product && found[$0] != nil }
        let onlyContext = needTerms.allSatisfy { $0.role == .context }
        // With no product noun of the shelf, what a thing is made of says which one only beside a
        // word naming the thing (`Liontin Emas`: a gold-plated brooch is no pendant).
        let namesThing = needTerms.indices.contains {
            product[$0] && found[$0] != nil && !NeedReading.madeOf(needTerms[$0])
                && !Lexicon.modifiers.contains(needTerms[$0].term)
        }
        var first = true
        var ids: [Int32] = [], terms: [String] = [], words: [String] = [], weights: [Int32] = []
        var meaningful: [Bool] = [], named: [Bool] = []
        var folded: Int32 = 0
        for (k, needTerm) in needTerms.enumerated() {
            guard let id = found[k] else { continue }
            let relevant =
                if absent {
                    false
                } else if !heads.isEmpty {
                    heads.contains(k)
                } else {
                    switch needTerm.role {
                    // Not a class the need names a kind of (`Tanaman Hias Aglonema`).
                    case .product: product[k] && !(namesThing && NeedReading.madeOf(needTerm))
                    case .hint: !productOnShelf
                    case .context: onlyContext
                    }
                }
            var weight: Int32 = 1
            // A qualifier (`stainless`, `segar`) weighs as a product term: it adds to the fit of
            // an item that is relevant, though it does not make one relevant.
            if relevant || product[k] && !absent {
                let held = shelf.postingCount(id), all = max(shelf.count, 1)
                weight = Int32(2 + 8 * (all - min(held, all)) / all)
                if first && relevant { weight *= 2 }
                first = first && !relevant
            }
            // A qualifier only the next one specifies (`kayu` of `kayu jati`) weighs with it: pine
            // wood is not the teak asked for.
            if reading.specified.contains(k) {
                folded += weight
                continue
            }
            weight += folded
            folded = 0
            ids.append(id)
            terms.append(needTerm.term)
            words.append(needTerm.words)
            weights.append(weight)
            meaningful.append(relevant)
            named.append(relevant || product[k])
        }
        self.init(
            ids: ids, terms: terms, weights: weights, meaningful: meaningful, required: reading.required,
            held: reading.held)
        self.rivals = reading.rivals
        if !reading.absent, !NeedReading.madeToOrder.contains(category), let h = reading.heads.first,
            let id = reading.found[h]
        {
            self.head = id
            before = (0..<h).compactMap { reading.product[$0] ? reading.found[$0] : nil }
        }
        self.materialKinds = reading.materialKinds
        self.origin = reading.origin
        self.originTerm = reading.originTerm
        self.asked = Array(Set(reading.found.compactMap { $0 })).sorted()
        self.variety = reading.variety
        self.sides = reading.sides
        self.side = reading.side
        if reading.alternative >= 0 {
            alternative = reading.alternative
            requiredBits = 0
            heldBit = 0
        }
        self.words = words
        self.named = named
        let asked = Set(needTerms.map(\.term))
        imitation = Lexicon.imitation.subtracting(asked).compactMap { shelf.termIDs[$0] }.sorted()
    }

    /// Terms already weighed: `ids` unique and not negative, `weights` positive.
    init(
        ids: [Int32], terms: [String], weights: [Int32], meaningful: [Bool], required: [Int32] = [], held: Int32 = -1
    ) {
        self.ids = ids
        self.terms = terms
        self.words = terms
        self.named = meaningful
        self.required = required
        self.held = held
        self.weights = weights
        self.meaningful = meaningful
        total = weights.reduce(0) { $0 + Int($1) }
        for term in required { requiredBits |= UInt64(1) << UInt64(term & 63) }
        if held >= 0 { heldBit = UInt64(1) << UInt64(held & 63) }
        for (j, id) in ids.enumerated() {
            let bit = UInt64(1) << UInt64(id & 63)
            bits.append(bit)
            if meaningful[j] { meaningfulBits |= bit }
        }
        for weight in weights.sorted(by: >) { heaviest.append(heaviest[heaviest.count - 1] + Int(weight)) }
        for j in 0..<min(8, ids.count) {
            lanes[j] = ids[j]
            weightLanes[j] = weights[j]
            meaningfulLanes[j] = meaningful[j]
        }
    }

    /// Whether no item can be relevant: no meaningful term is on the shelf.
    var isEmpty: Bool { meaningfulBits == 0 }

    /// Whether item `i` of `shelf`, holding a meaningful term, is relevant: it is no other product
    /// (``foreign(_:_:)``), its name holds every term of ``required``, and it holds ``held`` when
    /// there is one.
    @inline(__always)
    func admits(_ shelf: CatalogShelf, _ i: Int) -> Bool {
        !foreign(shelf, i) && !otherSize(shelf, i) && fromOrigin(shelf, i)
            && (alternative >= 0 && shelf.names(i, term: alternative) || narrowed(shelf, i))
    }

    /// Whether item `i` of `shelf` comes from the place the need names (``origin``): it names the
    /// place, or its supplier is there.
    @inline(__always)
    func fromOrigin(_ shelf: CatalogShelf, _ i: Int) -> Bool {
        guard !origin.isEmpty else { return true }
        let region = shelf.region[i]
        return originTerm >= 0 && shelf.holds(i, term: originTerm) || origin.contains(region)
            || origin.contains(region / 100)
    }

    /// Whether item `i` of `shelf` is the kind (``required``), of the material (``held``) and the
    /// variety and side asked for.
    @inline(__always)
    func narrowed(_ shelf: CatalogShelf, _ i: Int) -> Bool {
        required.allSatisfy { shelf.names(i, term: $0) }
            && (held < 0 || shelf.holds(i, term: held)) && (rivals.isEmpty && sides.isEmpty || !contrasted(shelf, i))
    }

    /// Whether item `i` of `shelf` names the need's ``head`` but leads with another product the
    /// need does not name, one the shelf sells on its own (``CatalogShelf/products``: `Kursi Rotan
    /// Teras Set 2 Kursi + Meja` for `Meja Rapat Oval`, where `Kursi Kantor Putar` is sold): a set
    /// of that product, not the one asked for.
    @inline(__always)
    func foreign(_ shelf: CatalogShelf, _ i: Int) -> Bool {
        guard head >= 0 else { return false }
        let first = shelf.firstTerm[i]
        guard first >= 0, first != head else { return false }
        guard shelf.names(i, term: head) else {
            // Led by the cloth asked of the head, without the head (`Batik Cap Motif Baduy` for
            // `Kemeja Batik`): the cloth, not the shirt.
            return materialKinds.contains(first)
        }
        return shelf.products.containsSorted(first) && !asked.containsSorted(first)
            && !before.contains { shelf.names(i, term: $0) }
    }

    /// Whether item `i` of `shelf` names pack sizes measured as the one asked for (``pack``) and
    /// none is that size (``PackSize/sameSize(as:)``).
    @inline(__always)
    func otherSize(_ shelf: CatalogShelf, _ i: Int) -> Bool {
        guard let pack else { return false }
        let sizes = shelf.strings.withUTF8(Int(shelf.name[i])) { TextFit.packSizes($0) }.filter(pack.measuredAlike)
        return !sizes.isEmpty && !sizes.contains { $0.sameSize(as: pack) }
    }

    /// The one pack size `need`'s description names (``TextFit/packSizes(_:)-(String)``), or nil:
    /// when it names none, sizes of more than one pack (`Paket Sembako: beras 5 kg, minyak 2
    /// liter`), or counts its quantity in a unit of volume or mass (`Pupuk Cair 200 liter`, 200
    /// liter; `Beras 500 kg`: how much, not the pack).
    static func packSize(of need: Need) -> PackSize? {
        let unit = need.unit.lowercased()
        guard Lexicon.volumeUnits[unit] == nil, Lexicon.massUnits[unit] == nil else { return nil }
        let sizes = TextFit.packSizes(need.description)
        guard let first = sizes.first, sizes.allSatisfy({ $0.sameSize(as: first) }) else { return nil }
        return first
    }

    /// Whether item `i` of `shelf` is named as another variety (``rivals``) or side (``sides``) than
    /// the one asked for.
    func contrasted(_ shelf: CatalogShelf, _ i: Int) -> Bool {
        shelf.terms.withUnsafeBufferPointer { all in
            contrasted(
                name: UnsafeBufferPointer(rebasing: all[Int(shelf.termStart[i])..<Int(shelf.nameEnd[i])]),
                description: UnsafeBufferPointer(rebasing: all[Int(shelf.nameEnd[i])..<Int(shelf.termStart[i + 1])]))
        }
    }

    /// Whether a name (and description), sorted term ids, is another variety (``rivals``) or
    /// side (``sides``) than the one asked for.
    @inline(__always)
    func contrasted(name: UnsafeBufferPointer<Int32>, description: UnsafeBufferPointer<Int32>) -> Bool {
        !rivals.isEmpty && NeedText.rivalled(name: name, description: description, by: rivals, unless: variety)
            || !sides.isEmpty && NeedText.rivalled(name: name, description: description, by: sides, unless: side)
    }

    /// Whether a name (and description), sorted term ids, holds one of `others` and not `asked`.
    static func rivalled(
        name: UnsafeBufferPointer<Int32>, description: UnsafeBufferPointer<Int32>, by others: [Int32],
        unless asked: Int32
    ) -> Bool {
        guard asked < 0 || !name.containsSorted(asked) && !description.containsSorted(asked) else { return false }
        return name.contains { others.containsSorted($0) }
    }

    /// 1000 × the heaviest `count` weights over ``total``: the most text an item holding `count`
    /// of the terms can fit.
    func bound(terms count: Int) -> Int {
        guard total > 0 else { return 0 }
        return 1000 * heaviest[min(max(count, 0), heaviest.count - 1)] / total
    }
}
