import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// The XML forms a sheet or shared-strings part may take beyond what Excel itself writes:
/// entities, single-quoted attributes in any order, rich text, CDATA, prefixed names, values
/// split across the chunks the part is inflated in, and what no workbook part may hold.
@Suite struct SheetXMLTests {
    private func records(_ path: String) throws -> [[String]] {
        let reader = try Workbook(path: path, fileName: "buku.xlsx").rows()
        var out: [[String]] = []
        while try reader.next() { out.append(reader.fields) }
        return out
    }

    private func failure(_ path: String) -> SentraError? {
        do {
            _ = try records(path)
            return nil
        } catch {
            return error as? SentraError
        }
    }

    @Test func entitiesQuotesRichTextAndCDATA() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let strings = [
            "<t>Kopi &amp; Teh &lt;Gayo&gt; &quot;asli&quot; &apos;ya&apos;</t>",
            "<t>baris&#10;dua &#x41;&#66;</t>",
            "<r><rPr><b/></rPr><t xml:space='preserve'>Bakso </t></r><r><t>&amp; Mie</t></r>"
                + "<rPh sb='0' eb='1'><t>ふりがな</t></rPh>",
            "<t/>",
        ]
        let sheet = """
            <row r='1'><c t='s' r='A1'><v>0</v></c><c s="0" r='B1' t="s"><v> 1 </v></c><c r='C1' t='s'><v>2</v></c>\
            <c r="D1" t="s"><v>3</v></c><c r="E1"/><c r='F1' t='inlineStr'><is><r><t>Sate </t></r>\
            <r><rPr><i/></rPr><t>&amp; Lontong</t></r></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[a < b & c]]></t></is></c>\
            <c r="B2" t="str"><f>A2&amp;"!"</f><v>a &lt; b &amp; c!</v></c><c r="C2"><v>&#49;2</v></c></row>
            <x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="3">\
            <x:c r="A3" t="inlineStr"><x:is><x:t>awalan</x:t></x:is></x:c></x:row>
            """
        let path = try HandMadeWorkbook.write(in: scratch, sheets: [("Sheet1", sheet)], strings: strings)
        let rows = try records(path)
        #expect(rows.count == 3)
        #expect(
            rows.first == [
                "Kopi & Teh <Gayo> \"asli\" 'ya'", "baris\ndua AB", "Bakso & Mie", "", "", "Sate & Lontong",
            ])
        // Rows reach as far as the header does.
        #expect(rows.dropFirst().first == ["a < b & c", "a < b & c!", "12", "", "", ""])
        #expect(rows.last == ["awalan", "", "", "", "", ""])
    }

    @Test func valuesSplitAcrossInflatedChunksAreWhole() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // ~1 MB of sheet XML: many values straddle the 64 KiB chunks the entry is inflated in.
        let count = 6000
        let word = "Keripik Singkong Balado Pedas Manis &amp; Gurih"
        let strings = (0..<count).map { "<t>\(word) \($0)</t>" }
        let sheet = (1...count).map { row in
            "<row r=\"\(row)\"><c r=\"A\(row)\" t=\"s\"><v>\(row - 1)</v></c><c r=\"B\(row)\" t=\"inlineStr\">"
                + "<is><t>\(word) \(row)</t></is></c><c r=\"C\(row)\"><v>\(row)123456789.25</v></c></row>"
        }.joined()
        let path = try HandMadeWorkbook.write(in: scratch, sheets: [("Sheet1", sheet)], strings: strings)
        let rows = try records(path)
        let plain = word.replacingOccurrences(of: "&amp;", with: "&")
        let expected = (1...count).map { ["\(plain) \($0 - 1)", "\(plain) \($0)", "\($0)123456789.25"] }
        #expect(rows.count == count)
        #expect(rows == expected)
    }

    @Test func cellsOutOfColumnOrderOrWrittenTwiceKeepTheLastValue() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // Excel writes neither; a hand-made exporter might. The last value of a cell counts.
        let sheet = """
            <row r="1"><c r="C1" t="inlineStr"><is><t>tiga</t></is></c><c r="A1" t="inlineStr"><is><t>satu</t></is></c>            <c r="C1" t="inlineStr"><is><t>ketiga</t></is></c><c r="D1"><v>4</v></c></row>
            <row r="2"><c r="B2"><v>2</v></c><c r="B2"><v>22</v></c><c r="A2" t="inlineStr"><is><t>a</t></is></c></row>
            """
        let path = try HandMadeWorkbook.write(in: scratch, sheets: [("Sheet1", sheet)])
        #expect(try records(path) == [["satu", "", "ketiga", "4"], ["a", "22", "", ""]])
    }

    @Test func aDocumentTypeDeclarationIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // An internal entity would be expanded by a parser that allows document types ("billion
        // laughs" nests them); an external one would read a local file.
        let prolog = "<!DOCTYPE worksheet [<!ENTITY isi \"rahasia\"><!ENTITY luar SYSTEM \"file:///etc/hostname\">]>\n"
        let sheet = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&isi;&luar;</t></is></c></row>"
        let path = try HandMadeWorkbook.write(in: scratch, sheets: [("Sheet1", sheet)], prolog: prolog)
        let error = try #require(failure(path))
        #expect(error.kind == .dataRejected)
        #expect(
            error.message
                == "buku.xlsx!Sheet1: the workbook is damaged: xl/worksheets/sheet1.xml is not XML near line 2 "
                + "(a document type declaration, which no workbook part has)")
    }

    @Test func undefinedEntitiesAndCutPartsAreDamage() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let undefined = try HandMadeWorkbook.write(
            in: scratch, name: "a.xlsx",
            sheets: [("Sheet1", "<row r=\"1\">\n<c r=\"A1\" t=\"inlineStr\"><is><t>&nbsp;</t></is></c></row>")])
        let message = try #require(failure(undefined)).message
        let damaged = "buku.xlsx!Sheet1: the workbook is damaged: xl/worksheets/sheet1.xml is not XML"
        #expect(message.hasPrefix(damaged + " near line 3"))
        #expect(message.contains("nbsp"))
        let cut = try HandMadeWorkbook.write(
            in: scratch, name: "b.xlsx", sheets: [("Sheet1", "<row r=\"1\"><c r=\"A1\"><v>1</v></c>")])
        #expect(try #require(failure(cut)).message.contains("is not XML near line"))
        let badString = try HandMadeWorkbook.write(
            in: scratch, name: "c.xlsx", sheets: [("Sheet1", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")],
            strings: ["<t>a &amp b</t>"])
        #expect(
            try #require(failure(badString)).message.hasPrefix(
                "buku.xlsx: the workbook is damaged: xl/sharedStrings.xml is not XML near line 2"))
    }
}
