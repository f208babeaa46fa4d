import Testing

@testable import SentraKit

@Suite struct TextTableWidthTests {
    static let table = TextTable(
        columns: ["nama", "wilayah", "harga"],
        rows: [
            ["Catering Nasi Kotak Dapur Mak Iyah", "Kota Bekasi", "Rp 1.250.000"],
            ["Kue Basah Ceu Enok", "Kota Serang", "Rp 15.000"],
        ],
        rightAligned: [2])

    @Test func withoutAWidthTheTableIsAsBefore() {
        #expect(Self.table.plain(width: nil) == Self.table.plain)
        #expect(Self.table.plain.split(separator: "\n").contains { $0.count > 40 })
    }

    @Test(arguments: [40, 32, 28])
    func aNarrowTableWrapsTextAndKeepsNumbersWhole(width: Int) {
        let lines = Self.table.plain(width: width).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= width }, "\(lines)")
        let text = lines.joined(separator: "\n")
        #expect(text.contains("Rp 1.250.000"))
        #expect(text.contains("Rp 15.000"))
    }

    @Test func aWrappedLineNeverSeparatesAnAmountFromItsCurrency() {
        let lines = TextWrap.lines("total Rp 5.000.000 = 200 × Rp 25.000", width: 16, indent: 2)
        #expect(lines.allSatisfy { !$0.hasSuffix("Rp") }, "\(lines)")
        #expect(lines.contains { $0.contains("Rp 5.000.000") })
    }
}
