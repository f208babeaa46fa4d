extension RandomAccessCollection where Index == Int {
    /// The index of the first element for which `belongsInSecondPartition` is true, assuming
    /// the collection is already partitioned by it (binary search).
    func partitioningIndex(where belongsInSecondPartition: (Element) -> Bool) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if belongsInSecondPartition(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

extension Array where Element: Comparable {
    /// Two ascending runs without repeats merged into one.
    func sortedUnion(_ other: [Element]) -> [Element] {
        if other.isEmpty { return self }
        if isEmpty { return other }
        var result: [Element] = []
        result.reserveCapacity(count + other.count)
        var i = 0, j = 0
        while i < count || j < other.count {
            if j == other.count || (i < count && self[i] < other[j]) {
                result.append(self[i])
                i += 1
            } else if i == count || other[j] < self[i] {
                result.append(other[j])
                j += 1
            } else {
                result.append(self[i])
                i += 1
                j += 1
            }
        }
        return result
    }
}
