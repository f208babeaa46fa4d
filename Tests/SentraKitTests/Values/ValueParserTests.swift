import SentraKit
import Testing

@Suite struct ValueParserTests {
    @Test(arguments: [
        ("2026-03-17", "2026-03-17"), ("17/03/2026", "2026-03-17"), ("17-03-2026", "2026-03-17"),
        ("1/2/2026", "2026-02-01"), ("29/02/2028", "2028-02-29"),
    ])
    func datesAreDayFirst(raw: String, iso: String) throws {
        #expect(try Day.parse(raw).get().description == iso)
    }

    @Test(arguments: [
        "31/02/2026", "29/02/2026", "2026/03/17", "03/17/2026", "17.03.2026", "", "2026-13-01", "x",
        "2026-3-84444444444444444444444",  // found by fuzzing: overflowed Int
    ])
    func badDatesAreRejected(raw: String) {
        #expect(throws: ValueError.self) { try Day.parse(raw).get() }
    }

    @Test func dayOrdinalsRoundTrip() throws {
        let day = try Day.parse("2026-03-01").get()
        #expect(day.adding(days: -1).description == "2026-02-28")
        #expect(Day(ordinal: day.ordinal) == day)
        #expect(Day(ordinal: 0).description == "1970-01-01")
    }

    @Test(arguments: [
        ("1234567890123", true), ("123456789012", false), ("12345678901234", false), ("12345678901A3", false),
    ])
    func nib(raw: String, valid: Bool) {
        #expect(((try? Identifiers.nib(raw).get()) != nil) == valid)
    }

    @Test(arguments: [
        ("01.234.567.8-901.000", "012345678901000"), ("012345678901000", "012345678901000"),
        ("0123456789010001", "0123456789010001"),
    ])
    func npwpKeepsDigits(raw: String, digits: String) throws {
        #expect(try Identifiers.npwp(raw).get() == digits)
    }

    @Test(arguments: ["01.234.567.8-901", "abc", "01234567890100012"])
    func badNPWP(raw: String) {
        #expect(throws: ValueError.self) { try Identifiers.npwp(raw).get() }
    }

    @Test(arguments: [
        ("36.04", "36.04"), ("3604", "36.04"), ("32.75", "32.75"), ("18.71", "18.71"), ("96.01", "96.01"),
    ])
    func regions(raw: String, code: String) throws {
        #expect(try RegionCode.parse(raw).get().description == code)
    }

    @Test(arguments: ["99.99", "36.00", "36.70", "37.01", "360", "36.4", "ab.cd", "36-04"])
    func badRegions(raw: String) {
        #expect(throws: ValueError.self) { try RegionCode.parse(raw).get() }
    }

    @Test func certificationsAreParsedSortedAndDeduplicated() throws {
        let list = try Certification.parseList("PIRT:2063604010126; halal:ID1 ;halal:ID1;SNI").get()
        #expect(Certification.cell(list) == "halal:ID1;pirt:2063604010126;sni")
        #expect(try Certification.parseTypes("halal; P-IRT").get() == ["halal", "pirt"])
        // An open vocabulary (issue 13): a type sentra does not know is kept as its slug.
        #expect(try Certification.parseList("ISO9001:123").get() == [Certification(type: "iso9001", number: "123")])
        #expect(throws: ValueError.self) { try Certification.parseList(":").get() }  // found by fuzzing: crashed
    }

    @Test(arguments: [("45", 4500), ("45,5", 4550), ("45.25", 4525), ("100%", 10000), ("0", 0)])
    func percentages(raw: String, basisPoints: Int) throws {
        #expect(try Percent.parse(raw, range: 0...100).get().basisPoints == basisPoints)
    }

    @Test(arguments: ["101", "-1", "abc", "45.123", ""])
    func badPercentages(raw: String) {
        #expect(throws: ValueError.self) { try Percent.parse(raw, range: 0...100).get() }
    }

    @Test(arguments: [
        ("makanan", "makanan"), ("Jasa Boga", "jasa-boga"), ("catering", "jasa-boga"), ("BATIK", "fesyen"),
        ("suvenir", "kerajinan"), ("ikan hias", "pertanian"), ("golok", "logam"), ("jasa_boga", "jasa-boga"),
    ])
    func categories(raw: String, slug: String) throws {
        #expect(try Category.parse(raw).get() == slug)
    }

    @Test func unknownCategoryNamesTheSlugs() {
        guard case .failure(let error) = Category.parse("elektronik") else {
            Issue.record("accepted elektronik")
            return
        }
        #expect(error.message.contains("makanan"))
    }

    @Test(arguments: [("ya", true), ("Tidak", false), ("yes", true), ("no", false), ("1", true), ("0", false)])
    func yesNo(raw: String, value: Bool) throws {
        #expect(try YesNo.parse(raw).get() == value)
    }

    @Test(arguments: [("5000", Int64(5000)), ("5.000", 5000), ("1", 1)])
    func quantities(raw: String, value: Int64) throws {
        #expect(try Quantity.parse(raw).get() == value)
    }

    @Test(arguments: ["0", "2,5", "-3", "5.00", "x"])
    func badQuantities(raw: String) {
        #expect(throws: ValueError.self) { try Quantity.parse(raw).get() }
    }

    @Test(arguments: [("mikro", Scale.mikro), ("Kecil", .kecil), ("koperasi", .koperasi), ("besar", .besar)])
    func scales(raw: String, scale: Scale) throws {
        #expect(try Scale.parse(raw).get() == scale)
    }
}
