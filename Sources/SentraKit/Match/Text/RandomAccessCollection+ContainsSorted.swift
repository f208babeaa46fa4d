extension RandomAccessCollection where Element: Comparable, Index == Int {
    /// Binary search in an ascending array.
    func containsSorted(_ value: Element) -> Bool {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < endIndex && self[low] == value
    }
}
