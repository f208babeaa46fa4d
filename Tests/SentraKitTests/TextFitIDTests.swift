import SentraTestSupport
import Testing

@testable import SentraKit

/// The hot loop's fit over term ids must score exactly as the fit over words does, for short
/// needs (compared in SIMD lanes) and long ones (searched).
@Suite struct TextFitIDTests {
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func idFitEqualsWordFit(seed: UInt64) {
        var mix = SeededSequence(seed: seed)
        for _ in 0..<500 {
            // Needs of up to 12 terms: both the SIMD path (≤ 8) and the search run.
            let vocabulary = 1 + mix.next(120)
            let name = Set((0..<mix.next(40)).map { _ in Int32(mix.next(vocabulary)) }).sorted()
            let description = Set((0..<mix.next(80)).map { _ in Int32(mix.next(vocabulary)) }).sorted()
            // -1 is a need term no item on the shelf has.
            let need = (0..<(1 + mix.next(12))).map { _ in Int32(mix.next(vocabulary + 3)) - 1 }
            let words = { (ids: [Int32]) in Set(ids.map { "t\($0)" }) }
            let expected = TextFit.fit(
                need: need.map { "t\($0)" }, name: words(name), description: words(description))
            #expect(
                TextFit.fit(need: need, name: name, description: description) == expected,
                "need \(need) name \(name) description \(description)")
        }
    }
}

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
