/// One category's catalog items as they are built from the rows, as growable arrays sorted by
/// unit price, then NIB, then SKU; archived (``archive(suppliers:)``) and then read in place as
/// a ``CatalogShelf``, whether just built or from the match cache.
///
/// Names and units are shared strings, descriptions are kept only as ids of their terms. A
/// shelf is whole in itself (its own term ids and strings), so it is cached and loaded on its own.
struct ShelfDraft {
    var price: [Int64] = []  // sen
    var lead: [Int64] = []  // days; -1 unknown
    var capacity: [Int64] = []  // per month; -1 unknown
    /// Certificate types held by the product or its supplier, as ``CatalogSnapshot/certificateBits``.
    var mask: [UInt8] = []
    /// Certificate types outside the mask's five held by the product or its supplier, as an index
    /// into ``otherTypes``; -1 when none.
    var others: [Int32] = []
    /// The distinct sorted sets of other certificate types on the shelf.
    var otherTypes: [[String]] = []
    /// Supplier active and not `besar`.
    var open: [Bool] = []
    /// The supplier's number in the ``CatalogSnapshot`` holding the shelf.
    var supplier: [Int32] = []
    var region: [Int32] = []  // the supplier's, as digits: 3604
    var tkdnBasisPoints: [Int32] = []  // -1 unknown
    var sku: [String] = []
    var name: [Int32] = []  // into strings
    /// Each item's first name term (``CatalogShelf/firstTerm``), -1 for none.
    var firstTerm: [Int32] = []
    var unit: [Int32] = []  // into strings
    /// Product names and units, shared by the items that use them.
    var strings: [String] = []
    /// Term → id, for every term on the shelf (ids are the shelf's own).
    var termIDs: [String: Int32] = [:]
    /// Item i's name terms are terms[termStart[i]..<nameEnd[i]], its description's
    /// (with its supplier's sentra) nameEnd[i]..<termStart[i + 1]; each run sorted.
    var termStart: [Int32] = [0]
    var nameEnd: [Int32] = []
    var terms: [Int32] = []
    /// The items holding term t, ascending, are postingItems[postingStart[t]..<postingStart[t + 1]].
    var postingStart: [Int32] = [0]
    var postingItems: [Int32] = []
    /// Leading terms and adjacent term pairs of item names (``CatalogShelf/heads``), ascending.
    var heads: [Int32] = []
    /// Leading terms of names holding no other head (``CatalogShelf/products``), ascending.
    var products: [Int32] = []
    var pairs: [Int64] = []
    /// Union of the masks of open items: a need requiring more has no candidate here.
    var openMask: UInt8 = 0

    /// Summaries for explaining unmatched needs without a scan, filled by ``finish(inactive:large:)``:
    /// items from inactive and from large suppliers, items per certificate mask, known lead
    /// times and capacities sorted.
    var inactiveCount = 0
    var largeCount = 0
    var maskCounts: [Int] = []
    var leadSorted: [Int64] = []
    var capacitySorted: [Int64] = []

    /// Region code (kabupaten/kota `3604` and province `36`) → its items.
    var areas: [Int32: AreaDraft] = [:]
    /// Two bit sets of each item's terms, filled by ``signTerms()``: a cheap bound of its text fit.
    var signatures: [UInt64] = []

    var count: Int { price.count }

    /// Fills the summaries, the inverted index, the areas and the signatures once every item is appended.
    /// `inactive` and `large` are indexed by the values of ``supplier``.
    mutating func finish(inactive: [Bool], large: [Bool]) {
        inactiveCount = supplier.reduce(0) { $0 + (inactive[Int($1)] ? 1 : 0) }
        largeCount = supplier.reduce(0) { $0 + (large[Int($1)] ? 1 : 0) }
        maskCounts = Array(repeating: 0, count: 256)
        for m in mask { maskCounts[Int(m)] += 1 }
        leadSorted = lead.filter { $0 >= 0 }.sorted()
        capacitySorted = capacity.filter { $0 >= 0 }.sorted()
        // Each item's terms once (a term in both its name and description is posted once).
        var heldStart: [Int32] = [0]
        var held: [Int32] = []
        heldStart.reserveCapacity(count + 1)
        held.reserveCapacity(terms.count)
        for i in 0..<count {
            held += Array(terms[Int(termStart[i])..<Int(nameEnd[i])])
                .sortedUnion(Array(terms[Int(nameEnd[i])..<Int(termStart[i + 1])]))
            heldStart.append(Int32(held.count))
        }
        var counts = [Int32](repeating: 0, count: termIDs.count)
        // The whole shelf as one area gives the shelf's index: every term id has an entry.
        let all = AreaDraft(items: Array(0..<Int32(count)), heldStart: heldStart, held: held, counts: &counts)
        postingStart = [0]
        var next = 0
        for term in 0..<termIDs.count {
            if next < all.terms.count && all.terms[next] == Int32(term) { next += 1 }
            postingStart.append(all.starts[next])
        }
        postingItems = all.postings
        var members: [Int32: [Int32]] = [:]
        for i in 0..<count {
            members[region[i], default: []].append(Int32(i))
            members[region[i] / 100, default: []].append(Int32(i))
        }
        areas = members.mapValues { AreaDraft(items: $0, heldStart: heldStart, held: held, counts: &counts) }
        signTerms()
    }

    mutating func append(
        price: Int64, lead: Int64?, capacity: Int64?, mask: UInt8, others: Int32, supplier: Int32, region: Int32,
        tkdn: Int32?, sku: String, name: Int32, firstTerm: Int32, unit: Int32, nameTerms: [Int32],
        descriptionTerms: [Int32],
        open: Bool
    ) {
        self.price.append(price)
        self.lead.append(lead ?? -1)
        self.capacity.append(capacity ?? -1)
        self.mask.append(mask)
        self.others.append(others)
        self.open.append(open)
        self.supplier.append(supplier)
        self.region.append(region)
        tkdnBasisPoints.append(tkdn ?? -1)
        self.sku.append(sku)
        self.name.append(name)
        self.firstTerm.append(firstTerm)
        self.unit.append(unit)
        terms += nameTerms
        nameEnd.append(Int32(terms.count))
        terms += descriptionTerms
        termStart.append(Int32(terms.count))
        if open { openMask |= mask }
    }
}
