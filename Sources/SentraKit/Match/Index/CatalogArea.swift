/// The items of a shelf within one area (a kabupaten/kota or a province) and their inverted
/// index, read in place: slices of the shelf's ``AreaIndex`` columns. The terms present,
/// ascending, and for the k-th of them (an index into the index's term column) the items
/// `postings[postingStart[k]..<postingStart[k + 1]]`, ascending.
struct CatalogArea: Sendable {
    var items: PostingList
    var terms: PostingList
    var postingStart: ShelfColumn<Int32>
    /// Every area's postings: lists are slices of it, so a walk reads it as one base.
    var postings: ShelfColumn<Int32>

    /// The items holding `term` among the shelf's first `limit`.
    func postings(_ term: Int32, below limit: Int) -> PostingList {
        let k = terms.partitioningIndex { $0 >= term }
        guard k < terms.endIndex, terms[k] == term else { return postings[0..<0] }
        let list = postings[Int(postingStart[k])..<Int(postingStart[k + 1])]
        return list[..<list.partitioningIndex { Int($0) >= limit }]
    }
}

/// Every area of a shelf as four columns: codes ascending; area a's items are
/// `items[itemStart[a]..<itemStart[a + 1]]`, its terms `terms[termStart[a]..<termStart[a + 1]]`,
/// and term k's postings `postings[postingStart[k]..<postingStart[k + 1]]`.
struct AreaIndex: Sendable {
    var codes = ShelfColumn<Int32>()
    var itemStart = ShelfColumn<Int32>.zero
    var items = ShelfColumn<Int32>()
    var termStart = ShelfColumn<Int32>.zero
    var terms = ShelfColumn<Int32>()
    var postingStart = ShelfColumn<Int32>.zero
    var postings = ShelfColumn<Int32>()

    /// The area of region `code`; nil when no item of the shelf is there.
    subscript(code: Int32) -> CatalogArea? {
        let a = codes.partitioningIndex { $0 >= code }
        guard a < codes.count, codes[a] == code else { return nil }
        return CatalogArea(
            items: items[Int(itemStart[a])..<Int(itemStart[a + 1])],
            terms: terms[Int(termStart[a])..<Int(termStart[a + 1])], postingStart: postingStart,
            postings: postings)
    }

    /// Whether every count and index holds for a shelf of `count` items and `termCount` terms.
    func isWellFormed(count: Int, termCount: Int) -> Bool {
        typealias Check = ArchiveColumnCheck
        return codes.count + 1 == itemStart.count && codes.count + 1 == termStart.count
            && zip(codes, codes.dropFirst()).allSatisfy { $0 < $1 }
            && Check.runs(itemStart, items.count) && Check.runs(termStart, terms.count)
            && postingStart.count == terms.count + 1 && Check.runs(postingStart, postings.count)
            && Check.within(items, count) && Check.within(terms, termCount) && Check.within(postings, count)
    }
}
