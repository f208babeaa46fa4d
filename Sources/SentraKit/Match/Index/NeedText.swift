/// A need's terms as one shelf scores them (``TextFit/fit(_:name:description:)``): the terms
/// some item of the shelf holds, each weighted by how much it tells on that shelf.
///
/// - A product term weighs 2–10 by how few of the shelf's items hold it (an IDF): `kopi` on a
///   coffee shelf tells less than `luwak`. The first product term the shelf knows is the head
///   of the need (Indonesian names the thing first: `Rak Buku`, `Bibit Kopi`), counted twice.
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
    var weights: [Int32] = []
    /// Whether holding the term makes an item relevant.
    var meaningful: [Bool] = []
    /// The sum of ``weights``.
    var total = 0
    /// `heaviest[k]`: the sum of the k largest weights.
    var heaviest: [Int] = [0]
    /// Each term's bit in the items' signatures (``ShelfDraft/signTerms()``).
    var bits: [UInt64] = []
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
        let productOnShelf = needTerms.contains { $0.role == .product && shelf.termIDs[$0.term] != nil }
        let onlyContext = needTerms.allSatisfy { $0.role == .context }
        var head = true
        var ids: [Int32] = [], terms: [String] = [], weights: [Int32] = [], meaningful: [Bool] = []
        for needTerm in needTerms {
            guard let id = shelf.termIDs[needTerm.term] else { continue }
            let relevant =
                switch needTerm.role {
                case .product: true
                case .hint: !productOnShelf
                case .context: onlyContext
                }
            var weight: Int32 = 1
            if relevant {
                let held = shelf.postingCount(id), all = max(shelf.count, 1)
                weight = Int32(2 + 8 * (all - min(held, all)) / all)
                if head { weight *= 2 }
                head = false
            }
            ids.append(id)
            terms.append(needTerm.term)
            weights.append(weight)
            meaningful.append(relevant)
        }
        self.init(ids: ids, terms: terms, weights: weights, meaningful: meaningful)
        let asked = Set(needTerms.map(\.term))
        imitation = Lexicon.imitation.subtracting(asked).compactMap { shelf.termIDs[$0] }.sorted()
    }

    /// Terms already weighed: `ids` unique and not negative, `weights` positive.
    init(ids: [Int32], terms: [String], weights: [Int32], meaningful: [Bool]) {
        self.ids = ids
        self.terms = terms
        self.weights = weights
        self.meaningful = meaningful
        total = weights.reduce(0) { $0 + Int($1) }
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

    /// 1000 × the heaviest `count` weights over ``total``: the most text an item holding `count`
    /// of the terms can fit.
    func bound(terms count: Int) -> Int {
        guard total > 0 else { return 0 }
        return 1000 * heaviest[min(max(count, 0), heaviest.count - 1)] / total
    }
}
