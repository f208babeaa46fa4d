import Testing

@testable import SentraKit

/// The walk passes over an item when its tier's ceiling says it cannot reach the podium, so the
/// ceiling must never be below what the item's TKDN and reservation give its score, for any TKDN
/// an item can hold (fractions of a percent, unknown, beyond 100% in a database changed by hand).
@Suite struct ShelfTierTests {
    /// What an item adds to 100 × its score beyond text, nearness and headroom, as
    /// ``Matcher/components(_:_:for:text:region:spreading:)`` counts it.
    static func scorePart(_ weights: Matcher.Weights, basisPoints: Int32, umkk: Bool, reservation: Int) -> Int {
        weights.tkdn * (max(0, Int(basisPoints)) / 10) - (umkk ? 0 : 100 * reservation)
    }

    @Test(arguments: [Matcher.Weights.durable, .perishable])
    func ceilingBoundsEveryTKDNTightly(weights: Matcher.Weights) {
        for reservation in [0, weights.reservation] {
            let ceilings = ShelfTier.ceilings(weights, reservation: reservation)
            for umkk in [true, false] {
                for basisPoints in Array(Int32(-1)...10_000) + [10_001, 25_000, Int32.max] {
                    let tier = ShelfTier.of(open: true, umkk: umkk, tkdnBasisPoints: basisPoints)
                    let part = Self.scorePart(weights, basisPoints: basisPoints, umkk: umkk, reservation: reservation)
                    let ceiling = ceilings[Int(tier)]
                    #expect(ceiling >= part, "tkdn \(basisPoints) umkk \(umkk) reservation \(reservation)")
                    // Within a tenth of a point when TKDN is within 100%: the bound prunes.
                    if basisPoints <= 10_000 {
                        #expect(ceiling - part <= weights.tkdn * 9, "tkdn \(basisPoints) umkk \(umkk)")
                    }
                }
            }
            // An inactive or large supplier's item is never a candidate: no score reaches its ceiling.
            #expect(ShelfTier.of(open: false, umkk: true, tkdnBasisPoints: 10_000) == ShelfTier.closed)
            #expect(ceilings[Int(ShelfTier.closed)] < -100 * 2000)
        }
    }
}
