/// A need's terms as one shelf scores them (``TextFit/fit(_:name:description:)``): the terms
/// some item of the shelf holds, each weighted by how much it tells on that shelf.
///
/// - A product term weighs 2–10 by how few of the shelf's items hold it (an IDF): `kopi` on a
///   coffee shelf tells less than `luwak`. The first relevant one is the head of the need
///   (Indonesian names the thing first: `Rak Buku`, `Bibit Kopi`), counted twice.
/// - Only the need's product nouns make an item relevant: product terms that lead some item's
///   name on the shelf (``CatalogShelf/heads``: `sepatu`, `kemeja`). Its other product terms
///   qualify (`pdh`, `stainless`, `segar`) and only add to the fit. When the need's first
///   product noun is followed by a word that follows it in some item's name too (`Batik Tulis`),
///   that word names the kind asked for, and an item's name must hold it (``required``). When
///   the need has no product noun of the shelf, its product terms count, unless the product it
///   names first is on no item: then nothing is relevant.
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
    /// A term an item's name must hold to be relevant (the kind of the head the need names,
    /// `tulis` of `Batik Tulis`), or -1.
    var required: Int32 = -1
    /// The sum of ``weights``.
    var total = 0
    /// `heaviest[k]`: the sum of the k largest weights.
    var heaviest: [Int] = [0]
    /// Each term's bit in the items' signatures (``ShelfDraft/signTerms()``).
    var bits: [UInt64] = []
    /// The bit of ``required`` (0 when none): an item whose name signature lacks it is not relevant.
    var requiredBit: UInt64 = 0
    /// Bits of the meaningful terms: an item whose signature has none of them holds none.
    var meaningfulBits: UInt64 = 0
    /// Ids of the shelf's ``Lexicon/imitation`` words the need does not hold: an item named
    /// with one is a copy of the product asked for, and fits half.
    var imitation: [Int32] = []
    /// The first eight terms in SIMD lanes for the hot loop; unused lanes hold -2 (ids are never negative).
    var lanes = SIMD8<Int32>(repeating: -2)
    var weightLanes = SIMD8<Int32>(repeating: 0)
    var meaningfulLanes = SIMDMask<SIMD8<Int32>>(repeating: false)

    init(_ needTerms: [NeedTerm], on shelf: CatalogShelf) {
        let found = needTerms.map { shelf.termIDs[$0.term] }
        let product = needTerms.map { $0.role == .product && !Lexicon.imitation.contains($0.term) }
        // The need's product nouns: its product terms that lead some item's name on the shelf.
        let heads = needTerms.indices.filter { product[$0] && found[$0].map(shelf.isHead) == true }
        // A product the need names before its occasion or place (`Sepatu PDH Kulit Pegawai …`,
        // `Replika Keris Pusaka Banten`) that no item holds, with no product noun of the shelf
        // beside it: nobody here makes it, and its qualifiers (`pdh`, `kulit`) or the package's
        // hint (`cinderamata`) do not make another product the one asked for. A name after the
        // occasion (`Rapat Koordinasi TPAKD`) is the occasion's, not a product.
        let firstContext = needTerms.firstIndex { $0.role == .context } ?? needTerms.count
        let absent =
            heads.isEmpty
            && needTerms.indices.first(where: { product[$0] }).map { $0 < firstContext && found[$0] == nil }
                == true
        let productOnShelf = needTerms.indices.contains { needTerms[$0].role == .product && found[$0] != nil }
        let onlyContext = needTerms.allSatisfy { $0.role == .context }
        var required: Int32 = -1
        // A kind of the head the shelf knows (`Batik Tulis`, `Rak Buku`, `Kemeja PDH`: an item's
        // name has the pair): only that kind is the product asked for.
        if let head = heads.first, head + 1 < needTerms.count, product[head + 1], let next = found[head + 1],
            shelf.hasPair(found[head]!, next)
        {
            required = next
        }
        var first = true
        var ids: [Int32] = [], terms: [String] = [], words: [String] = [], weights: [Int32] = []
        var meaningful: [Bool] = [], named: [Bool] = []
        for (k, needTerm) in needTerms.enumerated() {
            guard let id = found[k] else { continue }
            let relevant =
                if absent {
                    false
                } else if !heads.isEmpty {
                    heads.contains(k)
                } else {
                    switch needTerm.role {
                    case .product: true
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
            ids.append(id)
            terms.append(needTerm.term)
            words.append(needTerm.words)
            weights.append(weight)
            meaningful.append(relevant)
            named.append(relevant || needTerm.role == .product)
        }
        self.init(ids: ids, terms: terms, weights: weights, meaningful: meaningful, required: required)
        self.words = words
        self.named = named
        let asked = Set(needTerms.map(\.term))
        imitation = Lexicon.imitation.subtracting(asked).compactMap { shelf.termIDs[$0] }.sorted()
    }

    /// Terms already weighed: `ids` unique and not negative, `weights` positive.
    init(ids: [Int32], terms: [String], weights: [Int32], meaningful: [Bool], required: Int32 = -1) {
        self.ids = ids
        self.terms = terms
        self.words = terms
        self.named = meaningful
        self.required = required
        self.weights = weights
        self.meaningful = meaningful
        total = weights.reduce(0) { $0 + Int($1) }
        if required >= 0 { requiredBit = UInt64(1) << UInt64(required & 63) }
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

    /// Whether item `i` of `shelf`, holding a meaningful term, is relevant: its name holds
    /// ``required`` when there is one.
    @inline(__always)
    func admits(_ shelf: CatalogShelf, _ i: Int) -> Bool { required < 0 || shelf.names(i, term: required) }

    /// 1000 × the heaviest `count` weights over ``total``: the most text an item holding `count`
    /// of the terms can fit.
    func bound(terms count: Int) -> Int {
        guard total > 0 else { return 0 }
        return 1000 * heaviest[min(max(count, 0), heaviest.count - 1)] / total
    }
}
