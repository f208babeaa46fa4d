import SentraTestSupport
import Testing

@testable import SentraKit

/// The signatures' bound may only ever exceed an item's text fit, and equals it when no two
/// of the shelf's term ids share a bit.
@Suite struct TextFitBoundTests {
    @Test(arguments: [(11, 40), (12, 40), (13, 300), (14, 300)])
    func signaturesNeverUnderstateTheFit(seed: UInt64, vocabulary: Int) throws {
        var mix = SeededSequence(seed: seed)
        var draft = ShelfDraft()
        for id in 0..<vocabulary { draft.termIDs["t\(id)"] = Int32(id) }
        draft.strings = ["Produk"]
        for i in 0..<200 {
            let name = Set((0..<mix.next(6)).map { _ in Int32(mix.next(vocabulary)) }).sorted()
            let description = Set((0..<mix.next(14)).map { _ in Int32(mix.next(vocabulary)) }).sorted()
            draft.append(
                price: Int64(i), lead: nil, capacity: nil, mask: 0, others: -1, supplier: 0, region: 3604, tkdn: nil,
                sku: "S\(i)", name: 0, firstTerm: name.first ?? -1, unit: 0, nameTerms: name,
                descriptionTerms: description, open: true)
        }
        draft.finish(inactive: [false], large: [false])
        let maker = Supplier(
            nib: "1234567890123", name: "Maker", scale: .mikro, region: "36.04", sentra: "", certifications: [],
            active: true, verifiedOn: nil, npwp: nil, phone: "", email: "")
        let (shelf, _) = try CatalogShelf.unarchive(ShelfBytes(copying: draft.archive(suppliers: [maker])))
        for _ in 0..<300 {
            let ids = Array(Set((0..<(1 + mix.next(10))).map { _ in Int32(mix.next(vocabulary)) })).sorted()
            var need = NeedText(
                ids: ids, terms: ids.map { "t\($0)" }, weights: ids.map { _ in Int32(1 + mix.next(20)) },
                meaningful: ids.map { _ in mix.next(3) > 0 },
                required: mix.next(3) == 0 ? [ids[mix.next(ids.count)]] : [],
                held: mix.next(3) == 0 ? ids[mix.next(ids.count)] : -1)
            need.imitation = mix.next(2) == 0 ? [] : [Int32(mix.next(vocabulary))].filter { !ids.contains($0) }
            for i in 0..<shelf.count {
                let fit = shelf.textFit(i, need: need)
                let bound = shelf.textFitBound(i, need: need)
                #expect(bound >= fit, "item \(i) need \(need)")
                if vocabulary <= 64 && need.imitation.isEmpty { #expect(bound == fit, "item \(i) need \(need)") }
            }
        }
    }
}
