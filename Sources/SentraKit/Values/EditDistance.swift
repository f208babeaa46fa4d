/// How many single-character edits apart two names are, for "did you mean" hints and typo warnings.
enum EditDistance {
    /// Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions
    /// and swaps of two neighbours, each counting one), compared by Unicode scalar. Returns `limit + 1`
    /// as soon as the distance must exceed `limit`, so a long list of names stays cheap to search.
    static func damerau(_ a: String, _ b: String, limit: Int = Int.max) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit == Int.max ? limit : limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return min(previous[b.count], limit == Int.max ? Int.max : limit + 1)
    }
}
