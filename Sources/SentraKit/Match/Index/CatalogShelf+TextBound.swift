extension CatalogShelf {
    /// An upper bound of ``textFit(_:need:)`` read from item i's two signatures instead of its
    /// terms: a need term whose bit is in the name signature may be in the name (its weight in
    /// full), else one whose bit is in the other may be in the description (60%); with no
    /// meaningful term's bit at all, the item holds none and fits 0. Bits are shared by terms
    /// (ids 64 apart), so the bound can exceed the fit, never fall below it.
    func textFitBound(_ i: Int, need: NeedText) -> Int {
        guard need.total > 0 else { return 0 }
        let name = signatures[2 * i]
        let all = signatures[2 * i + 1]
        guard all & need.meaningfulBits != 0, name & need.requiredBits == need.requiredBits,
            all & need.heldBit == need.heldBit
        else { return 0 }
        var points = 0
        for (j, bit) in need.bits.enumerated() {
            let inName = name & bit != 0 ? 1 : 0
            let inAll = all & bit != 0 ? 1 : 0
            points += Int(need.weights[j]) * (1000 * inName + 600 * (1 - inName) * inAll)
        }
        return max(1, points / need.total)
    }
}
