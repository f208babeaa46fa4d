/// One category's catalog items as columns, sorted by unit price, then NIB, then SKU.
///
/// Plain values only, so the hot loops read an item without reference counting,
/// and a million items fit in a few hundred megabytes: names and units are shared
/// strings, descriptions are kept only as their term ids.
struct CatalogShelf: Sendable {
    var price: [Int64] = []  // sen
    var lead: [Int64] = []  // days; -1 unknown
    var capacity: [Int64] = []  // per month; -1 unknown
    /// Certificate types held by the product or its supplier, as ``CatalogSnapshot/certificateBits``.
    var mask: [UInt8] = []
    /// Supplier active and not `besar`.
    var open: [Bool] = []
    var supplier: [Int32] = []
    var region: [Int32] = []  // the supplier's, as digits: 3604
    var tkdnBasisPoints: [Int32] = []  // -1 unknown
    var sku: [String] = []
    var name: [Int32] = []  // into CatalogSnapshot.strings
    var unit: [Int32] = []  // into CatalogSnapshot.strings
    /// Item i's name terms are terms[termStart[i]..<nameEnd[i]], its description's
    /// (with its supplier's sentra) nameEnd[i]..<termStart[i + 1]; each run sorted.
    var termStart: [Int32] = [0]
    var nameEnd: [Int32] = []
    var terms: [Int32] = []
    /// Term id → ascending indices of the items holding the term.
    var postings: [[Int32]] = []
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

    /// Items and their postings within one area: a kabupaten/kota (`3604`) or a province (`36`).
    struct Area: Sendable {
        var items: [Int32] = []
        var postings: [Int32: [Int32]] = [:]

        func postings(_ term: Int32, below limit: Int) -> ArraySlice<Int32> {
            guard let list = postings[term] else { return [] }
            return list[..<list.partitioningIndex { Int($0) >= limit }]
        }
    }

    /// Region code (kabupaten/kota and province) → its items.
    var areas: [Int32: Area] = [:]

    var count: Int { price.count }

    mutating func finish(inactive: [Bool], large: [Bool]) {
        inactiveCount = supplier.reduce(0) { $0 + (inactive[Int($1)] ? 1 : 0) }
        largeCount = supplier.reduce(0) { $0 + (large[Int($1)] ? 1 : 0) }
        maskCounts = Array(repeating: 0, count: 256)
        for m in mask { maskCounts[Int(m)] += 1 }
        leadSorted = lead.filter { $0 >= 0 }.sorted()
        for i in 0..<count {
            let held = Array(terms[Int(termStart[i])..<Int(nameEnd[i])])
                .sortedUnion(Array(terms[Int(nameEnd[i])..<Int(termStart[i + 1])]))
            for code in [region[i], region[i] / 100] {
                areas[code, default: Area()].items.append(Int32(i))
                for term in held { areas[code, default: Area()].postings[term, default: []].append(Int32(i)) }
            }
        }
        capacitySorted = capacity.filter { $0 >= 0 }.sorted()
    }

    /// How many of the ascending `values` are at most `limit`.
    static func countAtMost(_ values: [Int64], _ limit: Int64) -> Int {
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
    func postings(_ term: Int32, below limit: Int) -> ArraySlice<Int32> {
        guard term >= 0, Int(term) < postings.count else { return [] }
        let list = postings[Int(term)]
        return list[..<list.partitioningIndex { Int($0) >= limit }]
    }

    /// How well item `i`'s text covers `need` terms (``TextFit/fit(need:name:description:)``).
    func textFit(_ i: Int, need: [Int32]) -> Int {
        terms.withUnsafeBufferPointer { all in
            TextFit.fit(
                need: need, name: UnsafeBufferPointer(rebasing: all[Int(termStart[i])..<Int(nameEnd[i])]),
                description: UnsafeBufferPointer(rebasing: all[Int(nameEnd[i])..<Int(termStart[i + 1])]))
        }
    }

    /// Whether item `i`'s name or description holds `term`.
    func holds(_ i: Int, term: Int32) -> Bool {
        terms[Int(termStart[i])..<Int(termStart[i + 1])].contains(term)
    }

    mutating func append(
        price: Int64, lead: Int64?, capacity: Int64?, mask: UInt8, supplier: Int32, region: Int32,
        tkdn: Int32?, sku: String, name: Int32, unit: Int32, nameTerms: [Int32], descriptionTerms: [Int32],
        open: Bool
    ) {
        let index = Int32(self.price.count)
        self.price.append(price)
        self.lead.append(lead ?? -1)
        self.capacity.append(capacity ?? -1)
        self.mask.append(mask)
        self.open.append(open)
        self.supplier.append(supplier)
        self.region.append(region)
        tkdnBasisPoints.append(tkdn ?? -1)
        self.sku.append(sku)
        self.name.append(name)
        self.unit.append(unit)
        terms += nameTerms
        nameEnd.append(Int32(terms.count))
        terms += descriptionTerms
        termStart.append(Int32(terms.count))
        if open { openMask |= mask }
        // A term in both the name and the description is posted once.
        for term in nameTerms.sortedUnion(descriptionTerms) {
            if Int(term) >= postings.count { postings += Array(repeating: [], count: Int(term) + 1 - postings.count) }
            postings[Int(term)].append(index)
        }
    }
}
