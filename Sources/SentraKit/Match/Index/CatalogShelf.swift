/// One category's catalog items as columns, sorted by unit price, then NIB, then SKU, as the
/// matcher and planner read them: in place in the bytes a ``ShelfDraft`` was archived to (a
/// mapped match-cache file, or the archive of a shelf just built), so a single need reads
/// only the pages it touches rather than a copy of its whole category.
///
/// Plain values only, so the hot loops read an item without reference counting.
struct CatalogShelf: Sendable {
    var price = ShelfColumn<Int64>()  // sen
    var lead = ShelfColumn<Int64>()  // days; -1 unknown
    var capacity = ShelfColumn<Int64>()  // per month; -1 unknown
    /// Certificate types held by the product or its supplier, as ``CatalogSnapshot/certificateBits``.
    var mask = ShelfColumn<UInt8>()
    /// Certificate types outside the mask's five held by the product or its supplier, as an index
    /// into ``otherTypes``; -1 when none.
    var others = ShelfColumn<Int32>()
    /// The distinct sorted sets of other certificate types on the shelf.
    var otherTypes: [[String]] = []
    /// Supplier active and not `besar`.
    var open = ShelfColumn<Bool>()
    /// The supplier's number in the ``CatalogSnapshot`` holding the shelf.
    var supplier = ShelfColumn<Int32>()
    var region = ShelfColumn<Int32>()  // the supplier's, as digits: 3604
    var tkdnBasisPoints = ShelfColumn<Int32>()  // -1 unknown
    var sku = StringColumn()
    var name = ShelfColumn<Int32>()  // into strings
    var unit = ShelfColumn<Int32>()  // into strings
    /// Product names and units, shared by the items that use them.
    var strings = StringColumn()
    /// Term → id, for every term on the shelf (ids are the shelf's own).
    var termIDs = TermTable()
    /// Item i's name terms are terms[termStart[i]..<nameEnd[i]], its description's
    /// (with its supplier's sentra) nameEnd[i]..<termStart[i + 1]; each run sorted.
    var termStart = ShelfColumn<Int32>.zero
    var nameEnd = ShelfColumn<Int32>()
    var terms = ShelfColumn<Int32>()
    /// The items holding term t, ascending, are postingItems[postingStart[t]..<postingStart[t + 1]].
    var postingStart = ShelfColumn<Int32>.zero
    var postingItems = ShelfColumn<Int32>()
    /// Term ids that are the first term of some item's name, ascending: the shelf's product
    /// nouns (`kemeja`, `sepatu`), as against words that only qualify one (`pdh`, `stainless`).
    var heads = ShelfColumn<Int32>()
    /// Each item's first name term, the product its name leads with (`kursi` of `Kursi Rotan Set
    /// + Meja`), -1 for none.
    var firstTerm = ShelfColumn<Int32>()
    /// Terms leading some item's name that holds no other head, ascending: products sold on their
    /// own (`kursi` where `Kursi Kantor Putar` is sold), as against brands and classes the names of
    /// one product lead with (`Aqua Air Mineral …`, ``Lexicon/classLeads``).
    var products = ShelfColumn<Int32>()
    /// Adjacent term pairs of item names (``pair(_:_:)``), ascending: the kinds the shelf knows
    /// (`batik tulis`, `rak buku`).
    var pairs = ShelfColumn<Int64>()
    /// Union of the masks of open items: a need requiring more has no candidate here.
    var openMask: UInt8 = 0

    /// Summaries for explaining unmatched needs without a scan: items from inactive and from
    /// large suppliers, items per certificate mask, known lead times and capacities sorted.
    var inactiveCount = 0
    var largeCount = 0
    var maskCounts: [Int] = []
    var leadSorted = ShelfColumn<Int64>()
    var capacitySorted = ShelfColumn<Int64>()

    /// Region code (kabupaten/kota `3604` and province `36`) → its items.
    var areas = AreaIndex()
    /// Two bit sets of each item's terms (``ShelfDraft/signTerms()``): a cheap bound of its text fit.
    var signatures = ShelfColumn<UInt64>()
    /// What keeps the columns' memory alive: the bytes they were read from, and any column
    /// made from an array (``ShelfColumn/copying(_:)``).
    var owners: [any AnyObject & Sendable] = []

    var count: Int { price.count }

    /// Ids of `terms` on this shelf; a term no item has gets -1, which matches nothing.
    func ids(_ terms: [String]) -> [Int32] { terms.map { termIDs[$0] ?? -1 } }

    /// `a` followed by `b` in a name, as one key of ``pairs``.
    static func pair(_ a: Int32, _ b: Int32) -> Int64 { Int64(a) << 32 | Int64(b) }

    /// Whether `term` leads some item's name.
    func isHead(_ term: Int32) -> Bool { heads.containsSorted(term) }

    /// Whether some item's name has `b` right after `a`.
    func hasPair(_ a: Int32, _ b: Int32) -> Bool { pairs.containsSorted(CatalogShelf.pair(a, b)) }

    /// Whether some item's name has `term` right after a term leading some name (`emas` of
    /// `Cincin Emas`): the shelf names kinds of products with it, not only uses (`Kemeja PDL
    /// Lapangan`). One search per head; asked only of the word after a need's head.
    func namesKind(_ term: Int32) -> Bool { heads.contains { hasPair($0, term) } }

    /// The terms some item's name has right after `term` (`air tawar` of `Mutiara Air Tawar`), ascending.
    func followers(of term: Int32) -> [Int32] {
        let start = pairs.partitioningIndex { $0 >= CatalogShelf.pair(term, 0) }
        let end = pairs.partitioningIndex { $0 >= CatalogShelf.pair(term + 1, 0) }
        return (start..<end).map { Int32(truncatingIfNeeded: pairs[$0]) }
    }

    /// Whether some item holds both `a` and `b`, in its name or description.
    func together(_ a: Int32, _ b: Int32) -> Bool {
        let (few, other) = postingCount(a) <= postingCount(b) ? (a, b) : (b, a)
        return postings(few, below: count).contains { holds(Int($0), term: other) }
    }

    /// Whether item `i`'s name holds `term`.
    func names(_ i: Int, term: Int32) -> Bool {
        terms[Int(termStart[i])..<Int(nameEnd[i])].containsSorted(term)
    }

    /// How many of the ascending `values` are at most `limit`.
    static func countAtMost(_ values: ShelfColumn<Int64>, _ limit: Int64) -> Int {
        values.partitioningIndex { $0 > limit }
    }

    /// Number of leading items whose total for `quantity` fits `budget` (items are sorted by price).
    func affordable(quantity: Int64, budget: Int64) -> Int {
        price.partitioningIndex {
            let (total, overflow) = $0.multipliedReportingOverflow(by: quantity)
            return overflow || total > budget
        }
    }

    /// The items holding `term` among the first `limit`.
    func postings(_ term: Int32, below limit: Int) -> PostingList {
        guard term >= 0, Int(term) + 1 < postingStart.count else { return postingItems[0..<0] }
        let list = postingItems[Int(postingStart[Int(term)])..<Int(postingStart[Int(term) + 1])]
        return list[..<list.partitioningIndex { Int($0) >= limit }]
    }

    /// How many items hold `term`.
    func postingCount(_ term: Int32) -> Int {
        guard term >= 0, Int(term) + 1 < postingStart.count else { return 0 }
        return Int(postingStart[Int(term) + 1] - postingStart[Int(term)])
    }

    /// How well item `i`'s text covers `need` (``TextFit/fit(_:name:description:)``); 0 for
    /// another product than the one asked for (``NeedText/foreign(_:_:)``), another pack
    /// (``NeedText/otherSize(_:_:)``) or one from elsewhere than the place named
    /// (``NeedText/fromOrigin(_:_:)``).
    func textFit(_ i: Int, need: NeedText) -> Int {
        if need.foreign(self, i) || need.otherSize(self, i) || !need.fromOrigin(self, i) { return 0 }
        return terms.withUnsafeBufferPointer { all in
            TextFit.fit(
                need, name: UnsafeBufferPointer(rebasing: all[Int(termStart[i])..<Int(nameEnd[i])]),
                description: UnsafeBufferPointer(rebasing: all[Int(nameEnd[i])..<Int(termStart[i + 1])]))
        }
    }

    /// Whether item `i`'s name or description holds `term`.
    func holds(_ i: Int, term: Int32) -> Bool {
        terms[Int(termStart[i])..<Int(termStart[i + 1])].contains(term)
    }
}
