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

    @Test func codesAreNeverCutAndTheLeastUsefulColumnsGoFirst() {
        var table = TextTable(
            columns: ["nib", "nama", "aktif", "telepon"],
            rows: [
                ["9120531429043", "Catering Nasi Kotak Dapur Mak Iyah", "ya", "081234567890"],
                ["8120004417651", "Kue Basah Ceu Enok", "ya", "0254388120"],
            ])
        table.whole = [0, 3]
        table.droppable = [2, 3]
        let wide = table.plain(width: 60)
        #expect(wide.contains("aktif") && wide.contains("telepon"), "\(wide)")
        for width in [44, 42, 30, 20] {
            let text = table.plain(width: width)
            let lines = text.split(separator: "\n")
            #expect(lines.allSatisfy { $0.count <= width }, "\(width): \(lines)")
            #expect(text.contains("9120531429043") && text.contains("8120004417651"), "\(width): \(text)")
            #expect(!text.contains("aktif"), "\(width): \(text)")
        }
        #expect(table.plain(width: 42).contains("081234567890"))
        #expect(!table.plain(width: 30).contains("telepon"))
    }

    @Test func aWrappedLineNeverSeparatesAnAmountFromItsCurrency() {
        let lines = TextWrap.lines("total Rp 5.000.000 = 200 × Rp 25.000", width: 16, indent: 2)
        #expect(lines.allSatisfy { !$0.hasSuffix("Rp") }, "\(lines)")
        #expect(lines.contains { $0.contains("Rp 5.000.000") })
    }
}
