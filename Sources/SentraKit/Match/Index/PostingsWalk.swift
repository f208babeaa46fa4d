/// The items of a shelf holding any of some terms, each once, in shelf (price) order:
/// a merge of the terms' posting lists.
struct PostingsWalk: IteratorProtocol {
    private var lists: [ArraySlice<Int32>]

    init(_ shelf: CatalogShelf, terms: [Int32], below limit: Int) {
        lists = Set(terms).sorted().map { shelf.postings($0, below: limit) }.filter { !$0.isEmpty }
    }

    mutating func next() -> Int? {
        var smallest = Int32.max
        for list in lists { smallest = min(smallest, list.first ?? Int32.max) }
        guard smallest != Int32.max else { return nil }
        for j in lists.indices where lists[j].first == smallest { lists[j] = lists[j].dropFirst() }
        return Int(smallest)
    }
}
