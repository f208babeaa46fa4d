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
            // Distinct ids with weights 1–20, some of them context.
            let ids = Array(Set((0..<(1 + mix.next(12))).map { _ in Int32(mix.next(vocabulary)) })).sorted()
            let weights = ids.map { _ in Int32(1 + mix.next(20)) }
            let meaningful = ids.map { _ in mix.next(3) > 0 }
            // Some needs name a kind (or two) their items' names must hold, some a term their
            // items must hold anywhere.
            let required = Array(Set((0..<mix.next(3)).map { _ in ids[mix.next(ids.count)] })).sorted()
            let held = mix.next(3) == 0 ? ids[mix.next(ids.count)] : -1
            var need = NeedText(
                ids: ids, terms: ids.map { "t\($0)" }, weights: weights, meaningful: meaningful, required: required,
                held: held)
            // Some needs have copy words (ids not among their own) that halve an item's fit.
            need.imitation = mix.next(2) == 0 ? [] : [Int32(mix.next(vocabulary))].filter { !ids.contains($0) }
            let words = { (ids: [Int32]) in Set(ids.map { "t\($0)" }) }
            let expected = TextFit.fit(
                need: need.terms, weights: weights.map(Int.init), meaningful: meaningful,
                imitation: words(need.imitation), required: required.map { "t\($0)" },
                held: held < 0 ? nil : "t\(held)", name: words(name), description: words(description))
            #expect(
                TextFit.fit(need, name: name, description: description) == expected,
                "need \(need) name \(name) description \(description)")
        }
    }
}
