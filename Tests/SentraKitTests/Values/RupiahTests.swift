import SentraKit
import Testing

@Suite struct RupiahTests {
    @Test(arguments: [
        ("1250000", Int64(125_000_000)),
        ("1.250.000", 125_000_000),
        ("Rp 1.250.000", 125_000_000),
        ("Rp1.250.000,00", 125_000_000),
        ("1250000.50", 125_000_050),
        ("1250000,5", 125_000_050),
        ("27.500", 2_750_000),
        ("1,250,000", 125_000_000),
        ("1,250,000.75", 125_000_075),
        ("IDR 15000", 1_500_000),
        ("  Rp. 2.000  ", 200_000),
        ("0", 0),
    ])
    func accepts(raw: String, sen: Int64) throws {
        #expect(try Rupiah.parse(raw).get() == Rupiah(sen: sen))
    }

    @Test(arguments: [
        "1.250,5", "1,250", "1250.000", "1.2345", "-5000", "Rp -5.000", "abc", "", "Rp", "12..5",
        "99999999999999999999", "Rp 99999999999999999999", "1.250,500", "1e6", "1,5.0",
    ])
    func rejects(raw: String) {
        #expect(throws: ValueError.self) { try Rupiah.parse(raw).get() }
    }

    @Test func ambiguousMessageSuggestsBothReadings() {
        guard case .failure(let error) = Rupiah.parse("1.250,5") else {
            Issue.record("accepted an ambiguous amount")
            return
        }
        #expect(error.message.hasPrefix("\"1.250,5\" is ambiguous: write 1250.5 or 1.250,50"))
    }

    @Test func printsMachineAndHumanForms() {
        #expect(Rupiah(sen: 125_000_000).description == "1250000")
        #expect(Rupiah(sen: 1_250_050).description == "12500.50")
        #expect(Rupiah(sen: 1_250_005).description == "12500.05")
        #expect(Rupiah(sen: 125_000_000).display == "Rp 1.250.000")
        #expect(Rupiah(sen: 1_250_050).display == "Rp 12.500,50")
    }

    @Test func sharesRoundHalfUpExactly() {
        #expect(Percent.share(Rupiah(rupiah: 1), of: Rupiah(rupiah: 3)).description == "33.33")
        #expect(Percent.share(Rupiah(rupiah: 2), of: Rupiah(rupiah: 3)).description == "66.67")
        #expect(Percent.share(Rupiah(rupiah: 1), of: Rupiah(rupiah: 8)).description == "12.50")
        #expect(Percent.share(Rupiah(rupiah: 5), of: Rupiah.zero).description == "0.00")
    }
}
