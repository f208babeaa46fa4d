import Foundation
import Testing

@testable import SentraKit

@Suite struct MessageCatalogueTests {
    /// `{1}`, `{s2}`… of a template: the figures it words, whatever their plural marks.
    static func figures(_ template: String) -> Set<String> {
        var found: Set<String> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let key = rest[rest.index(after: open)..<close]
            found.insert(String(key.first == "s" ? key.dropFirst() : key))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    @Test(arguments: ReportLanguage.allCases)
    func everyMessageIsWordedInEveryLanguage(language: ReportLanguage) {
        let missing = Message.allCases.filter { language.catalogue[$0] == nil }
        #expect(missing.isEmpty, "\(language.rawValue) lacks \(missing.map(\.rawValue))")
    }

    @Test func bothLanguagesWordTheSameFigures() {
        for message in Message.allCases {
            let id = Self.figures(Message.indonesian[message] ?? "")
            let en = Self.figures(Message.english[message] ?? "")
            #expect(id == en, "\(message.rawValue): id uses \(id.sorted()), en \(en.sorted())")
        }
    }

    @Test func figuresAndPluralsAreFilledIn() {
        #expect(ReportLanguage.en.text(.suppliersSummary, 1) == "1 supplier")
        #expect(ReportLanguage.en.text(.suppliersSummary, 2) == "2 suppliers")
        #expect(ReportLanguage.id.text(.suppliersSummary, 1) == "1 pemasok")
        #expect(ReportLanguage.id.text(.matchSummary, 3, 8) == "3 dari 8 kebutuhan punya setidaknya satu kandidat IKM.")
        #expect(ReportLanguage.id.count(3000) == "3.000")
        #expect(ReportLanguage.en.count(3000) == "3,000")
        #expect(ReportLanguage.id.percent(Percent(basisPoints: 9200)) == "92")
        #expect(ReportLanguage.id.percent(Percent(basisPoints: 9250)) == "92,5")
    }

    @Test func reasonsInPlainIndonesian() {
        let l = ReportLanguage.id
        #expect(
            MatchReason.textFit(fit: 750, matched: ["snack", "box"], context: [], termCount: 4).words(l)
                == "cocok dengan \"snack box\" (2 dari 4 kata)")
        #expect(
            MatchReason.textFit(fit: 750, matched: ["snack", "box"], context: ["rapat"], termCount: 4).words(l)
                == "cocok dengan \"snack box\" (2 dari 4 kata); konteks: rapat")
        #expect(
            MatchReason.nearness(tier: 0, needRegion: "36.72", supplierRegion: "36.72").words(l)
                == "satu kota (Cilegon)")
        #expect(
            MatchReason.nearness(tier: 1, needRegion: "36.72", supplierRegion: "36.73").words(l)
                == "satu provinsi (Banten; pemasok di Kota Serang)")
        #expect(
            MatchReason.price(
                total: Rupiah(rupiah: 7_500_000), quantity: 300, unitPrice: Rupiah(rupiah: 25_000), headroom: 166,
                budget: Rupiah(rupiah: 9_000_000)
            ).words(l) == "total Rp 7.500.000 = 300 × Rp 25.000, hemat Rp 1.500.000 dari pagu Rp 9.000.000")
        #expect(MatchReason.tkdn(Percent(whole: 92)).words(l) == "TKDN 92%")
        #expect(MatchReason.certificates(["halal"]).words(l) == "halal")
        #expect(
            MatchReason.capacity(perMonth: 3000, unit: "box", quantity: 5000, months: 2).words(l)
                == "kapasitas 3.000 box/bulan cukup untuk 5.000 dalam 2 bulan")
        #expect(
            MatchReason.scale(.menengah, countsTowardUMKK: false).words(l)
                == "menengah: tidak dihitung untuk target UMK-K 40%")
        #expect(
            MatchReason.scale(.mikro, countsTowardUMKK: true).words(.en) == "mikro: counts toward the 40% UMK-K target")
    }

    @Test func theNearestMissSaysWhatItWouldNeed() {
        let over = Eligibility.Exclusion.overBudget(
            total: Rupiah(rupiah: 10_500_000), budget: Rupiah(rupiah: 9_000_000))
        #expect(over.words(.id, unit: "box").hasSuffix("butuh tambahan pagu Rp 1.500.000"))
        let short = Eligibility.Exclusion.capacity(perMonth: 100, months: 1, quantity: 300)
        #expect(short.words(.id, unit: "box").hasSuffix("kapasitas kurang 200 box"))
        #expect(over.explanation.hasSuffix("Rp 1.500.000 more needed"))
    }
}
