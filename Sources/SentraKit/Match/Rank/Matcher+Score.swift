/// A candidate's score and its parts, and the figures the ranking reads them from.
extension Matcher {
    /// The parts of a candidate's score, each 0–1000, and the score itself.
    struct Components {
        var text: Int
        var nearness: Int
        var headroom: Int
        var tkdn: Int
        var penalty: Int
        /// Points lost to the reservation for small enterprises (``Weights/reservation``).
        var reserve: Int
        var total: Rupiah
        var score: Int
        /// The supplier counts toward the UMK-K target (mikro, kecil, koperasi): among equal
        /// scores it ranks first.
        var umkk: Bool
    }

    /// Where a scan stops and drops a list (item indices), valid for one podium threshold and
    /// count of lists walked.
    struct Limits {
        var threshold: Int
        var walked: Int
        var stop: Int
        var drop: Int
    }

    /// Budget left after buying the need from item `i`, per mille of the budget.
    func headroom(_ shelf: CatalogShelf, _ i: Int, _ need: Need) -> Int {
        Matcher.headroom(price: shelf.price[i], need)
    }

    /// Budget left after buying the need at `price` (sen) a unit, per mille of the budget.
    static func headroom(price: Int64, _ need: Need) -> Int {
        Int((need.budget.sen - price * need.quantity) * 1000 / max(need.budget.sen, 1))
    }

    /// `weights`: the need's (``weights(for:)``), when the caller has them: read once per need, as
    /// whether the need is perishable reads its text.
    func components(
        _ c: CatalogShelf, _ i: Int, for need: Need, text needText: NeedText, region: Int32, spreading: Bool,
        weights known: Weights? = nil
    ) -> Components {
        let weights = known ?? self.weights(for: need)
        let total = Rupiah(sen: c.price[i] * need.quantity)
        let text = c.textFit(i, need: needText)
        let nearness = 1000 - 500 * Matcher.tier(c.region[i], region)
        let headroom = headroom(c, i, need)
        let tkdn = max(0, Int(c.tkdnBasisPoints[i])) / 10
        let penalty = spreading ? self.penalty(c.supplier[i]) : 0
        let umkk = catalog.umkk[Int(c.supplier[i])]
        let reserve = umkk || need.budget > Matcher.reservedUpTo ? 0 : weights.reservation
        let score =
            (weights.text * text + weights.nearness * nearness + weights.headroom * headroom + weights.tkdn * tkdn)
            / 100 - penalty - reserve
        return Components(
            text: text, nearness: nearness, headroom: headroom, tkdn: tkdn, penalty: penalty, reserve: reserve,
            total: total, score: score, umkk: umkk)
    }

    /// Points taken from `supplier`'s items for its earlier top proposals in this run.
    func penalty(_ supplier: Int32) -> Int { Weights.durable.spreadPenalty * Int(penaltySteps[Int(supplier)] & 0x7F) }

    /// The spreading penalty (when `spreading`) and the `reservation` (when the supplier does not
    /// count toward the UMK-K target) together, from one lookup: what the hot loop's bound subtracts.
    @inline(__always)
    func deductions(_ supplier: Int32, spreading: Bool, reservation: Int) -> Int {
        let steps = penaltySteps[Int(supplier)]
        return (spreading ? Weights.durable.spreadPenalty * Int(steps & 0x7F) : 0) + (steps >= 0x80 ? reservation : 0)
    }

    /// Nearness tier of codes as integers (`3604`): 0 same kabupaten/kota, 1 same province, 2 elsewhere.
    static func tier(_ region: Int32, _ target: Int32) -> Int {
        region == target ? 0 : region / 100 == target / 100 ? 1 : 2
    }

    /// 0–1000 as `0.75`.
    static func fraction(_ value: Int) -> String {
        let clamped = max(0, min(1000, value))
        let hundredths = (clamped + 5) / 10
        return hundredths == 100 ? "1.00" : "0." + (hundredths < 10 ? "0\(hundredths)" : "\(hundredths)")
    }
}
