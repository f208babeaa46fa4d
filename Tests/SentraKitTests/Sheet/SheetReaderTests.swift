import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

@Suite struct SheetReaderTests {
    /// Every record of the first (or named) sheet, as the import sees it: row number and fields.
    private func records(_ path: String, sheet: String? = nil) throws -> [(Int, [String])] {
        let reader = try Workbook(path: path, fileName: "buku.xlsx").rows(sheet: sheet)
        var out: [(Int, [String])] = []
        while try reader.next() { out.append((reader.line, reader.fields)) }
        return out
    }

    /// Styles: 0 plain, 1 a built-in date (14), 2 a custom day-first date, 3 a percentage (10),
    /// 4 a rupiah format, which is a plain number.
    static let cellXfs = [0, 14, 164, 10, 165]
    static let formats = [(164, "dd/mm/yyyy"), (165, "&quot;Rp &quot;#,##0")]

    @Test func readsEveryKindOfCellExactly() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let strings = [
            "<t>kode</t>", "<t>007</t>", "<r><t>Keripik </t></r><r><rPr><b/></rPr><t>Pisang</t></r><rPh><t>x</t></rPh>",
            "<t xml:space=\"preserve\"> spasi </t>",
        ]
        let sheet = """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>tanggal</t></is></c>\
            <c r="C1" t="inlineStr"><is><t>harga</t></is></c><c r="D1" t="inlineStr"><is><t>nama</t></is></c>\
            <c r="E1" t="inlineStr"><is><t>aktif</t></is></c><c r="F1" t="inlineStr"><is><t>kosong</t></is></c>\
            <c r="G1" t="inlineStr"><is><t>besar</t></is></c><c r="H1" t="inlineStr"><is><t>persen</t></is></c></row>
            <row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><v>46098</v></c>\
            <c r="C2" s="4"><f>C3*2</f><v>9000000</v></c><c r="D2" t="s"><v>2</v></c>\
            <c r="E2" t="b"><v>1</v></c><c r="G2"><v>1.17E+10</v></c><c r="H2" s="3"><v>0.115</v></c></row>
            <row r="3" spans="1:8"><c r="A3" s="2"/><c r="B3" s="2"/></row>
            <row r="5"><c r="A5" t="str"><f>"0"&amp;"12"</f><v>012</v></c><c r="B5" s="2"><v>46098.75</v></c>\
            <c r="C5"><v>1.505</v></c><c r="D5" t="s"><v>3</v></c><c r="E5" t="b"><v>0</v></c>\
            <c r="H5" t="e"><v>#DIV/0!</v></c></row>
            """
        let path = try HandMadeWorkbook.write(
            in: scratch, sheets: [("Sheet1", sheet)], strings: strings, numberFormats: Self.formats,
            cellXfs: Self.cellXfs)
        let rows = try records(path)
        #expect(rows.map(\.0) == [1, 2, 5])  // row 3 has formatting only: not a record
        #expect(rows[0].1 == ["kode", "tanggal", "harga", "nama", "aktif", "kosong", "besar", "persen"])
        #expect(rows[1].1 == ["007", "2026-03-17", "9000000", "Keripik Pisang", "true", "", "11700000000", "11.5%"])
        #expect(rows[2].1 == ["012", "2026-03-17", "1.5050", " spasi ", "false", "", "", "#DIV/0!"])
    }

    @Test func namedSheetAndItsAbsence() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try HandMadeWorkbook.write(
            in: scratch,
            sheets: [
                ("Petunjuk", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>baca dulu</t></is></c></row>"),
                ("Data", "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>nib</t></is></c></row>"),
            ])
        #expect(try records(path).map(\.1) == [["baca dulu"]])
        #expect(try records(path, sheet: "Data").map(\.1) == [["", "nib"]])
        #expect(try records(path, sheet: "Data").map(\.0) == [2])
        #expect(throws: SentraError.self) { try records(path, sheet: "Kebutuhan") }
        do {
            _ = try records(path, sheet: "Kebutuhan")
        } catch let error as SentraError {
            #expect(error.kind == .usage)
            #expect(error.message.contains("\"Petunjuk\", \"Data\""))
        }
    }

    @Test func damagedSharedStringReferenceNamesTheCell() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try HandMadeWorkbook.write(
            in: scratch, sheets: [("Sheet1", "<row r=\"4\"><c r=\"C4\" t=\"s\"><v>9</v></c></row>")],
            strings: ["<t>a</t>"])
        do {
            _ = try records(path)
            Issue.record("a reference past the shared strings was accepted")
        } catch let error as SentraError {
            #expect(
                error.diagnostics.map(\.description) == [
                    "buku.xlsx!Sheet1!C4: error: cell refers to shared string 9 but the workbook has 1"
                ])
        }
    }

    @Test func date1904Workbooks() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try HandMadeWorkbook.write(
            in: scratch, sheets: [("Sheet1", "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>44636</v></c></row>")],
            cellXfs: Self.cellXfs, date1904: true)
        #expect(try records(path).map(\.1) == [["2026-03-17"]])
    }

    @Test func excelNumbersAsTheirDigits() {
        #expect(ExcelNumber.plain("9000000") == "9000000")
        #expect(ExcelNumber.plain("0.1") == "0.1")
        #expect(ExcelNumber.plain("1.17E+10") == "11700000000")
        #expect(ExcelNumber.plain("2.5e-3") == "0.0025")
        #expect(ExcelNumber.plain("-12.50") == "-12.5")
        #expect(ExcelNumber.plain("1.505") == "1.5050")  // never read as thousands
        #expect(ExcelNumber.plain("-0") == "0")
        #expect(ExcelNumber.plain("abc") == nil)
        #expect(ExcelNumber.percent("0.115") == "11.5%")
        #expect(ExcelNumber.percent("1") == "100%")
        #expect(ExcelNumber.percent("0.4") == "40%")
        #expect(ExcelNumber.day("1", date1904: false)?.description == "1900-01-01")
        #expect(ExcelNumber.day("59", date1904: false)?.description == "1900-02-28")
        #expect(ExcelNumber.day("60", date1904: false) == nil)  // 29 February 1900 never was
        #expect(ExcelNumber.day("61", date1904: false)?.description == "1900-03-01")
        #expect(ExcelNumber.day("45000", date1904: false)?.description == "2023-03-15")
    }

    @Test func numberFormatsThatAreDates() {
        #expect(CellStyles.kind(ofFormat: "dd/mm/yyyy") == .date)
        #expect(CellStyles.kind(ofFormat: "[$-421]d mmmm yyyy") == .date)
        #expect(CellStyles.kind(ofFormat: "mm:ss") == .plain)
        #expect(CellStyles.kind(ofFormat: "\"Rp \"#,##0") == .plain)
        #expect(CellStyles.kind(ofFormat: "[$Rp-421]#,##0.00;[Red]-[$Rp-421]#,##0.00") == .plain)
        #expect(CellStyles.kind(ofFormat: "0.00%") == .percent)
        #expect(CellStyles.kind(ofFormat: "General") == .plain)
        #expect(CellStyles.kind(ofBuiltIn: 14) == .date)
        #expect(CellStyles.kind(ofBuiltIn: 20) == .plain)
    }

    @Test func diagnosticsNameTheCell() {
        var diagnostic = Diagnostic(file: "kebutuhan.xlsx", line: 12, column: 3, severity: .error, message: "x")
        #expect(diagnostic.description == "kebutuhan.xlsx:12:3: error: x")
        diagnostic.sheet = "Sheet1"
        #expect(diagnostic.description == "kebutuhan.xlsx!Sheet1!C12: error: x")
        #expect(Diagnostic.columnLetters(28) == "AB")
        #expect(Diagnostic.columnLetters(16_384) == "XFD")
    }
}
