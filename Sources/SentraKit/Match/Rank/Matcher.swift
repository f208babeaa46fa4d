/// Ranks eligible catalog items for each need and explains every rank.
///
/// Only items relevant to the need are candidates: holding one of its product terms
/// (``TextFit/fit(_:name:description:)`` above 0). Score (0–1000) = text fit, nearness, price
/// headroom and TKDN in ``Weights`` (text first; nearness weighs for perishables), less 60 points
/// for each earlier need in the same run whose top proposal went to the same supplier
/// (spreading), less ``Weights/reservation`` for a `menengah` supplier when the need's budget is
/// reserved for small enterprises (``reservedUpTo``). Ties break on a supplier counting toward
/// the UMK-K target, then lower total, then NIB, then SKU.
public struct Matcher: Sendable {
    public struct Weights: Sendable {
        public var text: Int
        public var nearness: Int
        public var headroom: Int
        public var tkdn: Int
        public var spreadPenalty = 60

        /// Durable goods: the product asked for first. Nearness, headroom and TKDN together
        /// (15%) cannot lift an item over one whose text fits 0.18 better.
        public static let durable = Weights(text: 85, nearness: 5, headroom: 4, tkdn: 6)
        /// Perishable goods (``Eligibility/perishable(_:)``): cooked food travels badly, so
        /// nearness weighs half as much as the text (a caterer in the same kabupaten/kota
        /// leads one outside the province unless the other's text fits 0.5 better).
        public static let perishable = Weights(text: 60, nearness: 30, headroom: 4, tkdn: 6)

        /// Points a supplier not counting toward the UMK-K target loses on a reserved need: all
        /// that nearness, headroom and TKDN can give, and 0.15 of text fit. So a `menengah` item
        /// ranks after every UMK-K item whose text fits at most 0.15 less, however near or cheap
        /// it is; one whose text fits clearly better still leads.
        public var reservation: Int { (100 - text) * 10 + text * 150 / 100 }

        public init(text: Int, nearness: Int, headroom: Int, tkdn: Int) {
            self.text = text
            self.nearness = nearness
            self.headroom = headroom
            self.tkdn = tkdn
        }
    }

    /// Packages up to Rp 15 miliar are reserved ("dicadangkan") for small enterprises and
    /// cooperatives (Perpres 16/2018 jo. 12/2021 Pasal 65 ayat 4): on a need whose budget is
    /// within it, UMK-K suppliers rank before `menengah` ones of comparable text.
    public static let reservedUpTo = Rupiah(sen: 15_000_000_000 * 100)

    public let catalog: CatalogSnapshot
    public let eligibility: Eligibility
    public var top: Int
    /// Top proposals so far in this run, per supplier number.
    var topPicks: [Int]
    /// The same, capped at the 5 picks the penalty counts, with bit 7 set for a supplier not
    /// counting toward the UMK-K target (the reservation's): one byte per supplier, so the hot
    /// loop reads both deductions in one random lookup that stays in cache.
    var penaltySteps: [UInt8]
    var scratch: Scratch
    /// Each item's ``ShelfTier`` and spreading steps: the walk bounds its TKDN, reservation
    /// and penalty by them before reading more of the item.
    var tiers: Tiers
    /// ``ShelfTier/ceilings(_:reservation:)`` for durable and perishable weights (index 0, 2),
    /// each without and with the reservation (+ 1).
    let ceilings: [[Int]]

    public init(catalog: CatalogSnapshot, asOf: Day, top: Int = 3) {
        self.catalog = catalog
        self.eligibility = Eligibility(asOf: asOf)
        self.top = top
        self.topPicks = Array(repeating: 0, count: catalog.suppliers.count)
        self.penaltySteps = catalog.umkk.map { $0 ? 0 : 0x80 }
        self.scratch = Scratch(catalog)
        self.tiers = Tiers(catalog)
        self.ceilings = [Weights.durable, .perishable].flatMap { weights in
            [0, weights.reservation].map { ShelfTier.ceilings(weights, reservation: $0) }
        }
    }

    /// The weights of `need`'s ranking.
    func weights(for need: Need) -> Weights { eligibility.perishable(need) ? .perishable : .durable }

    /// Most an item can score with text fit `text`, headroom and nearness at most as given, TKDN 100%, no penalty.
    static func bound(_ weights: Weights, text: Int, headroom: Int = 1000, near: Int = 1000) -> Int {
        (weights.text * text + weights.nearness * near + weights.headroom * headroom + weights.tkdn * 1000) / 100
    }

    /// Matches one need against the spreading of the needs matched before it.
    public mutating func match(_ need: Need) -> NeedMatch { match(need, seeds: []) }

    /// `seeds`: items known to be eligible, scored as ``rank(_:size:spreading:seeds:scratch:text:)``
    /// would; they set the bar the rest must pass from the start. `text`: the need's text on its
    /// shelf when already read.
    mutating func match(_ need: Need, seeds: [Podium.Entry], text: NeedText? = nil) -> NeedMatch {
        var marks = scratch
        scratch.visited = []  // one owner, so the marks are not copied
        let podium = rank(need, size: top, spreading: true, seeds: seeds, scratch: &marks, text: text)
        scratch = marks
        return finish(need, podium.entries, text: podium.text)
    }

    /// Candidates in place, reasons written, and the top one counted for spreading. `text`: the
    /// need's text on its shelf when already read (the ranking's, ``Podium/text``).
    mutating func finish(_ need: Need, _ chosen: [Podium.Entry], text known: NeedText? = nil) -> NeedMatch {
        if let reason = need.notIKMReason {
            return NeedMatch(need: need, candidates: [], unmatched: .notIKM(reason))
        }
        guard let shelf = catalog.shelves[need.category] else {
            return NeedMatch(need: need, candidates: [], unmatched: .noSupplier(category: need.category))
        }
        guard let first = chosen.first else {
            return NeedMatch(need: need, candidates: [], unmatched: unmatchedReason(need, shelf: shelf, text: known))
        }
        let text = known ?? catalog.needText(need, on: shelf)
        var ranked = chosen.map { candidate(shelf, $0.index, parts: $0.parts, for: need, text: text) }
        for index in ranked.indices { ranked[index].rank = index + 1 }
        topPicks[Int(first.supplier)] += 1
        if topPicks[Int(first.supplier)] <= 5 { setSteps(Int(first.supplier), topPicks[Int(first.supplier)]) }
        return NeedMatch(need: need, candidates: ranked, unmatched: nil)
    }

    /// The best `size` items for `need`, one per supplier, scored with the spreading
    /// penalty of the needs matched so far or without it.
    func rank(
        _ need: Need, size: Int, spreading: Bool, seeds: [Podium.Entry] = [], scratch: inout Scratch,
        text known: NeedText? = nil
    ) -> Podium {
        if need.notIKMReason != nil { return Podium(size: 0) }  // finish() says why
        var podium = Podium(size: size)
        for seed in seeds { podium.offer(seed.parts, index: seed.index, supplier: seed.supplier) }
        guard let shelf = catalog.shelves[need.category] else { return podium }
        let text = known ?? scratch.text(need, on: shelf, catalog)
        podium.text = text
        // Only items holding a meaningful term of the need are candidates: with none on the
        // shelf, there is nothing to rank.
        if text.isEmpty { return podium }
        let weights = self.weights(for: need)
        let gate = Gate(need, eligibility, catalog)
        let region = need.regionNumber
        let affordable = gate.closes(shelf) ? 0 : shelf.affordable(quantity: need.quantity, budget: need.budget.sen)
        let reservation = need.budget > Matcher.reservedUpTo ? 0 : weights.reservation
        let ceiling = ceilings[(eligibility.perishable(need) ? 2 : 0) + (reservation > 0 ? 1 : 0)]
        let tierBase = tiers.base[need.category] ?? 0
        let stepCost = spreading ? 100 * Weights.durable.spreadPenalty : 0
        /// What item i adds to 100 × its score at most beyond text, nearness and headroom: TKDN and
        /// reservation by its tier, less its supplier's spreading penalty.
        func beyond(_ i: Int) -> Int {
            let known = tiers.items[tierBase + i]
            return ceiling[Int(known & 0xFF)] - stepCost * Int(known >> 8)
        }
        scratch.next()
        let epoch = scratch.epoch
        // Rank on numbers first; reasons are written only for the few candidates shown.
        // `signed` bounds item i's text fit (its signatures', and its lists'); `passNear` the
        // nearness of any item the pass can still rank (the passes below).
        func consider(_ i: Int, signed: Int, room: Int, passNear: Int) {
            scratch.visited[i] = epoch
            // Text and headroom with the pass's nearness and the TKDN of its tier first: most
            // items fail it, and it reads nothing more of them (each column read is a cache miss).
            guard signed > 0,
                (weights.text * signed + weights.nearness * passNear + weights.headroom * room + beyond(i)) / 100
                    >= podium.threshold
            else { return }
            // The item's own nearness, headroom and TKDN bound its score before its terms are compared.
            let near = 1000 - 500 * Matcher.tier(shelf.region[i], region)
            let tkdn = max(0, Int(shelf.tkdnBasisPoints[i])) / 10
            let rest = weights.nearness * near + weights.headroom * room + weights.tkdn * tkdn
            // One test of the bound with the penalty rather than two (without, then with): whether
            // an item passes is unpredictable, and each mispredicted branch cost more than the
            // penalty's lookup. The reservation's points come with it, from the same byte.
            let penalty = deductions(shelf.supplier[i], spreading: spreading, reservation: reservation)
            guard (weights.text * signed + rest) / 100 - penalty >= podium.threshold, gate.passes(shelf, i) else {
                return
            }
            let parts = components(
                shelf, i, for: need, text: text, region: region, spreading: spreading, weights: weights)
            guard parts.text > 0 else { return }
            podium.offer(parts, index: i, supplier: shelf.supplier[i])
        }

        // The need's terms' lists, shortest first, with their weights (ids are unique).
        // Only the lists of product nouns and qualifiers are walked: an item holding none is not
        // relevant. (One holding only qualifiers is not either; its signature says so at once,
        // and walking their lists keeps their weight out of every other item's bound.) Such an
        // item may also hold the other terms, so their weight is added to every bound.
        let terms = zip(text.ids, text.weights).enumerated().filter { text.named[$0.offset] }.map(\.element)
            .sorted { $0.0 < $1.0 }
        let others = text.ids.count - terms.count
        let otherWeight = text.total - terms.reduce(0) { $0 + Int($1.1) }
        /// Ranks the affordable items holding a need term whose nearness is at most `near`;
        /// `postings` are the need's terms' lists, slices of `base`, with their weights.
        func scan(_ base: ShelfColumn<Int32>, _ postings: [(list: PostingList, weight: Int32)], near: Int) {
            // Items sharing a term with the need, walked in price order through the inverted
            // index (MaxScore): the longest posting lists stop being walked once an item found
            // only in them could not reach the podium, as the text it could fit is bounded.
            let walk = postings.filter { !$0.list.isEmpty }.sorted {
                $0.list.count != $1.list.count ? $0.list.count < $1.list.count : $0.weight > $1.weight
            }
            let lists = walk.map(\.list)
            guard let cheapest = lists.compactMap(\.first).min() else { return }
            // tail[k]: the weight of lists k… together, the most text an item held only by them fits.
            var tail = Array(repeating: 0, count: lists.count + 1)
            for k in stride(from: lists.count - 1, through: 0, by: -1) { tail[k] = tail[k + 1] + Int(walk[k].weight) }
            let textBound = { (listCount: Int) in text.bound(terms: listCount + others) }
            let most = textBound(lists.count)
            // The text an item's signatures allow (``CatalogShelf/textFitBound(_:need:)``), within
            // what its lists allow; 0: it holds no meaningful term, or not the kind required.
            let signed = { (i: Int, listCount: Int) in min(textBound(listCount), shelf.textFitBound(i, need: text)) }
            // A few of each list's cheapest items first: they raise the podium's threshold early,
            // so the long lists drop out of the walk sooner.
            for list in lists {
                for i in list.prefix(8) where scratch.visited[Int(i)] != epoch {
                    consider(
                        Int(i), signed: signed(Int(i), lists.count), room: headroom(shelf, Int(i), need), passNear: near
                    )
                }
            }
            // Where the walk stops and where it drops its longest list still walked, as item
            // indices: items come cheapest first, so each test below holds from some index on
            // (found by bisection) until the threshold rises or a list is dropped. So a step reads
            // an item's price only when its text could reach the podium.
            var limits = Limits(threshold: Int.min, walked: -1, stop: Int.max, drop: Int.max)
            func limit(from i: Int, text fit: Int, threshold: Int) -> Int {
                shelf.price[i..<affordable].partitioningIndex {
                    Matcher.bound(weights, text: fit, headroom: Matcher.headroom(price: $0, need), near: near)
                        < threshold
                }
            }
            // The headroom of the item `decide` takes and its text bound, which `take` is then given;
            // `roomCap`: the headroom of the last item priced, which no later (dearer) one exceeds.
            var room = 0
            var fit = 0
            var roomCap = headroom(shelf, Int(cheapest), need)
            PostingsCursor.walk(
                base, lists,
                decide: { next, walked in
                    let i = Int(next)
                    let threshold = podium.threshold
                    if threshold != limits.threshold || walked != limits.walked {
                        limits = Limits(threshold: threshold, walked: walked, stop: Int.max, drop: Int.max)
                        if threshold != Int.min {
                            // Once even a perfect text fit at this price cannot reach the podium, no
                            // later item can.
                            limits.stop = limit(from: i, text: textBound(lists.count), threshold: threshold)
                            // An item at this price or dearer found only in the longest lists fits at most
                            // their share of the text: once that cannot reach the podium, they are not walked.
                            if walked > 0 {
                                limits.drop = limit(
                                    from: i, text: 1000 * (tail[walked - 1] + otherWeight) / text.total,
                                    threshold: threshold)
                            }
                        }
                    }
                    if i >= limits.stop { return .stop }
                    if i >= limits.drop { return .drop }
                    // The rest of the score the item can add (``beyond``). Out of reach with the most
                    // text the lists allow at the last price read: passed over having read two bytes
                    // of it (the column stays in cache).
                    let rest = weights.nearness * near + weights.headroom * roomCap + beyond(i)
                    if (weights.text * most + rest) / 100 < threshold { return .skip }
                    if scratch.visited[i] == epoch { return .skip }
                    fit = signed(i, lists.count)
                    // Not relevant, or its text cannot reach the podium even at the last price read:
                    // passed over without reading more of it.
                    if fit == 0 || (weights.text * fit + rest) / 100 < threshold {
                        scratch.visited[i] = epoch
                        return .skip
                    }
                    room = headroom(shelf, i, need)
                    roomCap = room
                    return .take
                },
                take: { next, hits in
                    consider(Int(next), signed: min(fit, textBound(hits)), room: room, passNear: near)
                })
            // Items never walked: those of the lists dropped above (at or beyond where each was
            // dropped, so they cannot reach the podium: that is why it was dropped), those dearer
            // than where the walk stopped (the same), and those holding no term of the need,
            // which are not relevant, so never candidates.
        }
        // Nearest first: the need's own kabupaten/kota, then its province, then everywhere. Each
        // pass leaves only items that cannot reach the podium in its area, so the next pass may
        // bound nearness lower (1000, 500, 0), which is what stops the long walks early.
        // Cooked food comes from no farther than the neighbours of another province within reach.
        let confined = gate.deliveryRegion != 0
        for (code, near) in [(region, 1000), (region / 100, 500)] + gate.neighbours.map({ ($0, 0) }) {
            guard let area = shelf.areas[code] else { continue }
            scan(area.postings, terms.map { (area.postings($0.0, below: affordable), $0.1) }, near: near)
        }
        if !confined {
            scan(shelf.postingItems, terms.map { (shelf.postings($0.0, below: affordable), $0.1) }, near: 0)
        }
        return podium
    }
}
