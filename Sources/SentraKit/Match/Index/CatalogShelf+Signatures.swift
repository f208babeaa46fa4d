extension CatalogShelf {
    /// Fills ``signatures``: for item i, `signatures[2i]` has bit `t & 63` set for each term t
    /// of its name, `signatures[2i + 1]` for each term of its name or description. Derived
    /// from the terms, so not archived (a million items sign in a few milliseconds).
    mutating func signTerms() {
        var signatures = [UInt64](repeating: 0, count: 2 * count)
        terms.withUnsafeBufferPointer { terms in
            for i in 0..<count {
                var name: UInt64 = 0
                var all: UInt64 = 0
                for k in Int(termStart[i])..<Int(termStart[i + 1]) {
                    let bit: UInt64 = 1 << UInt64(terms[k] & 63)
                    if k < Int(nameEnd[i]) { name |= bit }
                    all |= bit
                }
                signatures[2 * i] = name
                signatures[2 * i + 1] = all
            }
        }
        self.signatures = signatures
    }

    /// An upper bound of ``textFit(_:need:)`` read from item i's two signatures instead of its
    /// terms: a need term whose bit is in the name signature may be in the name (its weight in
    /// full), else one whose bit is in the other may be in the description (60%); with no
    /// meaningful term's bit at all, the item holds none and fits 0. Bits are shared by terms
    /// (ids 64 apart), so the bound can exceed the fit, never fall below it.
    func textFitBound(_ i: Int, need: NeedText) -> Int {
        guard need.total > 0 else { return 0 }
        let name = signatures[2 * i]
        let all = signatures[2 * i + 1]
        guard all & need.meaningfulBits != 0, name & need.requiredBit == need.requiredBit else { return 0 }
        var points = 0
        for (j, bit) in need.bits.enumerated() {
            let inName = name & bit != 0 ? 1 : 0
            let inAll = all & bit != 0 ? 1 : 0
            points += Int(need.weights[j]) * (1000 * inName + 600 * (1 - inName) * inAll)
        }
        return max(1, points / need.total)
    }
}
