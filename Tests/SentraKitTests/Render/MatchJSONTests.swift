import Foundation
import Testing

@testable import SentraKit

/// The match report's hand-written JSON must be JSONEncoder's bytes exactly.
@Suite struct MatchJSONTests {
    static func need(_ text: String, candidates: Int, reason: String?) -> MatchReport.NeedJSON {
        let candidate = MatchReport.CandidateJSON(
            rank: 1, nib: "1234567890123", supplier_name: text, scale: "mikro", sku: "S/1", product_name: text,
            unit: "box", unit_price: "27500", total: "5500000", score: 731, region: "36.04",
            reasons: [text, "total Rp 5.500.000 = 200 × Rp 27.500", "x"])
        return MatchReport.NeedJSON(
            need_id: "N-1", opd_code: "36.04-SETDA", description: text, category: "jasa-boga", quantity: 200,
            unit: "box", budget: "6000000", region: "36.04",
            candidates: Array(repeating: candidate, count: candidates), unmatched_reason: reason)
    }

    @Test(arguments: [
        "Kue kotak \"spesial\" 200 orang", "back\\slash and /slash/", "Café Bogor × 2 — Rp 27.500 · 😀",
        "line\u{2028}separator\u{00A0}nbsp", "e\u{0301} combining", "", "ÆØÅ ß ğ ı",
    ])
    func handWrittenBytesEqualJSONEncoder(_ text: String) throws {
        for (count, reason) in [(0, "no candidate among 3 items"), (1, nil), (3, nil)] as [(Int, String?)] {
            let value = Self.need(text, candidates: count, reason: reason)
            let written = try #require(value.prettyBytes(), "the fast path must take \(text.debugDescription)")
            let encoded = Array(try JSONOutput.encode(value).utf8.dropLast())
            #expect(written == encoded, "\(text.debugDescription), \(count) candidates")
        }
    }

    @Test(arguments: ["tab\there", "new\nline", "bell\u{7}", "del\u{7F}"])
    func controlCharactersAreLeftToJSONEncoder(_ text: String) {
        #expect(Self.need(text, candidates: 1, reason: nil).prettyBytes() == nil)
    }
}
