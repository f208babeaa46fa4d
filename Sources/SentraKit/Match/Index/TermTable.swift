/// A shelf's terms read in place: their text in id order and their ids in byte order, so a
/// need's term is found by binary search, without building a dictionary of every term of
/// the shelf first (200,000 items hold some 50,000).
struct TermTable: Sendable {
    var names = StringColumn()
    /// Term ids ordered by their UTF-8 bytes.
    var order = ShelfColumn<Int32>()

    var count: Int { names.count }

    /// The id of `term`; nil when no item holds it.
    subscript(term: String) -> Int32? {
        var term = term
        return term.withUTF8 { wanted in
            let low = firstNotBelow(wanted)
            guard low < order.count else { return nil }
            let id = order[low]
            return names.withUTF8(Int(id)) { $0.elementsEqual(wanted) } ? id : nil
        }
    }

    /// The ids of the paper weights on the shelf (`gsm70`, `gsm80`: ``TextFit/isPaperWeight(_:)``),
    /// ascending: the terms after the weights' prefix in byte order.
    func paperWeights() -> [Int32] {
        var prefix = TextFit.paperWeightPrefix
        let found: [Int32] = prefix.withUTF8 { wanted in
            var ids: [Int32] = []
            var k = firstNotBelow(wanted)
            while k < order.count, names.withUTF8(Int(order[k]), { $0.starts(with: wanted) }) {
                ids.append(order[k])
                k += 1
            }
            return ids
        }
        return found.filter { TextFit.isPaperWeight(names[Int($0)]) }.sorted()
    }

    /// The position in ``order`` of the first term whose bytes do not sort before `wanted`.
    private func firstNotBelow(_ wanted: UnsafeBufferPointer<UInt8>) -> Int {
        var (low, high) = (0, order.count)
        while low < high {
            let middle = (low + high) / 2
            let below = names.withUTF8(Int(order[middle])) { $0.lexicographicallyPrecedes(wanted) }
            if below { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The order of `names` by bytes, as written to the archive.
    static func order(of names: [String]) -> [Int32] {
        names.indices.sorted { names[$0].utf8.lexicographicallyPrecedes(names[$1].utf8) }.map(Int32.init)
    }

    /// Whether `order` names every id once, in strictly ascending bytes.
    var isWellFormed: Bool {
        guard names.isWellFormed, order.count == names.count,
            ArchiveColumnCheck.within(order, names.count)
        else { return false }
        for k in order.indices.dropFirst() {
            let (previous, next) = (Int(order[k - 1]), Int(order[k]))
            let ascending = names.withUTF8(previous) { a in names.withUTF8(next) { a.lexicographicallyPrecedes($0) } }
            guard ascending else { return false }
        }
        return true
    }
}
