/// Walks some posting lists together in shelf (price) order: each item holding any of their
/// terms once, with how many of the lists hold it. The one walk of the inverted index, shared
/// by the ranking (which stops walking its longest lists as they fall out of reach: MaxScore)
/// and the planner (which walks them all).
///
/// The lists are slices of one array read through its buffer, since the ranking's walk is the
/// hottest loop of a run; a cursor lives only inside ``walk(_:_:_:)``.
struct PostingsCursor {
    private let base: UnsafeBufferPointer<Int32>
    private var cursors: [Int]
    private let ends: [Int]
    /// The lists still walked are the first `essential`; ``drop()`` stops walking the last of them.
    private(set) var essential: Int

    private init(_ base: UnsafeBufferPointer<Int32>, _ lists: [ArraySlice<Int32>]) {
        self.base = base
        cursors = lists.map(\.startIndex)
        ends = lists.map(\.endIndex)
        essential = lists.count
    }

    /// Runs `body` with a cursor over `lists`, slices of `base`, in their order.
    static func walk<Result>(
        _ base: [Int32], _ lists: [ArraySlice<Int32>], _ body: (inout PostingsCursor) -> Result
    ) -> Result {
        base.withUnsafeBufferPointer { buffer in
            var cursor = PostingsCursor(buffer, lists)
            return body(&cursor)
        }
    }

    /// The next item of the lists still walked, not yet passed; nil when they are done.
    @inline(__always)
    func peek() -> Int32? {
        var next = Int32.max
        for j in 0..<essential where cursors[j] < ends[j] { next = min(next, base[cursors[j]]) }
        return next == Int32.max ? nil : next
    }

    /// Passes `item` (what ``peek()`` gave) in every list still walked; returns how many held it.
    @inline(__always)
    mutating func advance(past item: Int32) -> Int {
        var hits = 0
        for j in 0..<essential where cursors[j] < ends[j] && base[cursors[j]] == item {
            cursors[j] += 1
            hits += 1
        }
        return hits
    }

    /// Stops walking the last list still walked (the ranking sorts them shortest first).
    mutating func drop() { essential -= 1 }
}
