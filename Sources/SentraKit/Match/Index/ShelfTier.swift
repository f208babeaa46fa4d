/// What the ranking can know of an item's score from the item and its supplier alone (never
/// from a need), in one byte per item (``CatalogShelf/tiers(umkk:)``): its TKDN to the percent,
/// whether its supplier loses the reservation (`menengah`), or that it is never a candidate
/// (inactive or `besar`).
///
/// Issue 15's durable weights make the score ~85% text, so a need's best text class holds many
/// items, and the walk read each of them for its price, TKDN, nearness and supplier before
/// finding most of them short. The tiers of a run's items (``Matcher/Tiers``, with their
/// suppliers' spreading steps) are small enough to stay in cache, so the walk bounds an item's
/// TKDN and reservation (``ceilings(_:reservation:)``) before it reads anything else of it.
enum ShelfTier {
    /// Tiers 0–100: an open UMK-K supplier's item whose TKDN (per mille) is within 10·t…10·t + 9
    /// (unknown counts 0). Tiers 101–201: the same for an open `menengah` supplier's item.
    static let menengah: UInt8 = 101
    /// An open supplier's item whose TKDN is beyond 100% (imports refuse it; a database changed
    /// by hand may hold one): bounded by nothing, so the ranking stays exact.
    static let unbounded: UInt8 = 254
    /// An inactive or large (`besar`) supplier's item: never a candidate.
    static let closed: UInt8 = 255

    /// The tier of an item with `tkdnBasisPoints` (-1 unknown) from a supplier that is `open`
    /// (active, not `besar`) and counts toward the UMK-K target or not.
    static func of(open: Bool, umkk: Bool, tkdnBasisPoints: Int32) -> UInt8 {
        guard open else { return closed }
        guard tkdnBasisPoints <= 10_000 else { return unbounded }
        let percent = UInt8(max(0, tkdnBasisPoints) / 100)
        return umkk ? percent : menengah + percent
    }

    /// Per tier, what an item of it adds to 100 × its score at most beyond text, nearness and
    /// headroom: TKDN at the tier's ceiling, less the reservation (`reservation` points, 0 when
    /// the need is not reserved) for a `menengah` supplier. ``closed`` gets a value no score reaches.
    static func ceilings(_ weights: Matcher.Weights, reservation: Int) -> [Int] {
        (0...255).map { tier in
            switch UInt8(tier) {
            case 0..<menengah: weights.tkdn * min(1000, 10 * tier + 9)
            case menengah...(menengah + 100):
                weights.tkdn * min(1000, 10 * (tier - Int(menengah)) + 9) - 100 * reservation
            case closed: -1_000_000_000
            default: weights.tkdn * (Int(Int32.max) / 10)  // unbounded, or a byte no item has
            }
        }
    }
}

extension CatalogShelf {
    /// Each item's ``ShelfTier``, its supplier's UMK-K flag read from `umkk` (by the numbers of
    /// ``supplier``). Derived, not stored: a damaged or stale byte could only mislead the ranking.
    func tiers(umkk: [Bool]) -> [UInt8] {
        (0..<count).map { i in
            ShelfTier.of(open: open[i], umkk: umkk[Int(supplier[i])], tkdnBasisPoints: tkdnBasisPoints[i])
        }
    }
}
