import SentraTestSupport
import Testing

@testable import SentraKit

/// The nearest miss of an unmatched need stops its scan early (once the budget alone falls
/// shorter than the best miss so far). Here every relevant item is looked at instead, and the
/// nearest miss must be exactly the matcher's, on the random catalogs of ``RankExhaustiveTests``.
@Suite struct NearestMissTests {
    /// The fewest broken constraints, then the smallest shortfall, then the nearest, then the
    /// first in shelf order: every relevant item compared.
    static func nearest(_ matcher: Matcher, _ need: Need, _ shelf: CatalogShelf) -> Int? {
        let gate = Matcher.Gate(need, matcher.eligibility, matcher.catalog)
        var best: (broken: Int, shortfall: Int, tier: Int, index: Int)?
        matcher.walkRelevant(shelf, matcher.catalog.needText(need, on: shelf)) { i in
            let tier = Matcher.tier(shelf.region[i], need.regionNumber)
            let here = (gate.broken(shelf, i), gate.shortfall(shelf, i), tier, i)
            if best == nil || here < best! { best = here }
            return true
        }
        return best?.index
    }

    @Test(arguments: [31, 32, 33])
    func earlyEndedScanFindsTheNearestMissOfAFullOne(seed: UInt64) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try RankExhaustiveTests.store(seed: seed, in: scratch)
        let (needs, catalog) = try store.read { db in (try NeedQuery().fetch(db), try CatalogSnapshot.load(db)) }
        let matcher = Matcher(catalog: catalog, asOf: Day(year: 2026, month: 3, day: 1)!)
        var compared = 0
        for need in needs {
            guard let shelf = catalog.shelves[need.category], let want = Self.nearest(matcher, need, shelf) else {
                continue
            }
            guard case .noCandidate(_, _, _, let got) = matcher.unmatchedReason(need, shelf: shelf) else {
                Issue.record("need \(need.id): no nearest miss")
                continue
            }
            let item = catalog.item(need.category, want)
            let supplier = catalog.supplier(shelf, want)
            #expect(
                [got.nib, got.productName, got.unitPrice.description]
                    == [supplier.nib, item.name, item.unitPrice.description],
                "seed \(seed) need \(need.id)")
            compared += 1
        }
        #expect(compared > 60)
    }
}
