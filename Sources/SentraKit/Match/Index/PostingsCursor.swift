/// Walks some posting lists together in shelf (price) order: each item holding any of their
/// terms once. The one walk of the inverted index, shared by the ranking (which stops walking
/// its longest lists as they fall out of reach: MaxScore) and the planner (which walks them all).
enum PostingsCursor {
    /// What to do with the next item of the walk.
    enum Step {
        /// Pass it to `take`.
        case take
        /// Step past it without `take`: the caller has ruled it out already.
        case skip
        /// Stop walking the last list still walked (the ranking sorts them shortest first) and
        /// look again at what comes next in the others.
        case drop
        /// End the walk.
        case stop
    }

    /// Walks `lists`, slices of `base`, in their order: for each next item, `decide(item,
    /// walked)` (`walked`: how many lists are still walked, the first ones) says what to do; a
    /// taken item goes to `take(item, hits)`, `hits` counting the lists holding it and those no
    /// longer walked (which might).
    ///
    /// The cursors are local and `base` is read through its buffer: in the ranking this is the
    /// hottest loop of a run, and the closures are inlined into it.
    @inline(__always)
    static func walk(
        _ base: ShelfColumn<Int32>, _ lists: [PostingList], decide: (Int32, Int) -> Step, take: (Int32, Int) -> Void
    ) {
        var essential = lists.count
        var cursors = lists.map(\.startIndex)
        let ends = lists.map(\.endIndex)
        base.withUnsafeBufferPointer { base in
            while true {
                var next = Int32.max
                for j in 0..<essential where cursors[j] < ends[j] { next = min(next, base[cursors[j]]) }
                if next == Int32.max { return }
                switch decide(next, essential) {
                case .stop: return
                case .drop:
                    essential -= 1
                    continue
                case .take:
                    var hits = lists.count - essential
                    for j in 0..<essential where cursors[j] < ends[j] && base[cursors[j]] == next {
                        cursors[j] += 1
                        hits += 1
                    }
                    take(next, hits)
                case .skip:
                    for j in 0..<essential where cursors[j] < ends[j] && base[cursors[j]] == next { cursors[j] += 1 }
                }
            }
        }
    }
}
