import SentraTestSupport
import Testing

@testable import SentraKit

/// The signatures' bound may only ever exceed an item's text fit, and equals it when no two
/// of the shelf's term ids share a bit.
@Suite struct TextFitBoundTests {
    @Test(arguments: [(11, 40), (12, 40), (13, 300), (14, 300)])
    func signaturesNeverUnderstateTheFit(seed: UInt64, vocabulary: Int) {
        var mix = SeededSequence(seed: seed)
        var shelf = CatalogShelf()
        for id in 0..<vocabulary { shelf.termIDs["t\(id)"] = Int32(id) }
        for i in 0..<200 {
            let name = Set((0..<mix.next(6)).map { _ in Int32(mix.next(vocabulary)) }).sorted()
            let description = Set((0..<mix.next(14)).map { _ in Int32(mix.next(vocabulary)) }).sorted()
            shelf.append(
                price: Int64(i), lead: nil, capacity: nil, mask: 0, others: -1, supplier: 0, region: 3604, tkdn: nil,
                sku: "S\(i)", name: 0, unit: 0, nameTerms: name, descriptionTerms: description, open: true)
        }
        shelf.finish(inactive: [false], large: [false])
        for _ in 0..<300 {
            let need = (0..<(1 + mix.next(8))).map { _ in Int32(mix.next(vocabulary + 2)) - 1 }
            let bits = need.map { $0 >= 0 ? UInt64(1) << UInt64($0 & 63) : 0 }
            for i in 0..<shelf.count {
                let fit = shelf.textFit(i, need: need)
                let bound = shelf.textFitBound(i, bits: bits, count: need.count)
                #expect(bound >= fit, "item \(i) need \(need)")
                if vocabulary <= 64 { #expect(bound == fit, "item \(i) need \(need)") }
            }
        }
    }
}
