import SentraKit
import SentraTestSupport
import Testing

@Suite struct CSVReaderTests {
    /// Reads every record of `bytes` through the same path the importer uses.
    private func records(_ bytes: [UInt8], delimiter: InputFile.DelimiterChoice = .auto) throws -> (
        [[String]], [Int], InputFile
    ) {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.write("in.csv", bytes: bytes)
        let input = try InputFile.scan(path: path, displayName: "in.csv", delimiter: delimiter)
        let reader = try input.reader()
        var rows: [[String]] = []
        var lines: [Int] = []
        while try reader.next() {
            rows.append(reader.fields)
            lines.append(reader.line)
        }
        return (rows, lines, input)
    }

    private func records(_ text: String) throws -> ([[String]], [Int], InputFile) {
        try records(Array(text.utf8))
    }

    private func failure(_ text: String) throws -> Diagnostic? {
        do {
            _ = try records(text)
            return nil
        } catch let error as SentraError {
            return error.diagnostics.first
        }
    }

    @Test func quotedDelimitersQuotesAndLineBreaks() throws {
        let (rows, lines, _) = try records("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,\n")
        #expect(rows == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["last", "", ""]])
        #expect(lines == [1, 2, 4])
    }

    @Test func crlfAndNoFinalNewline() throws {
        let (rows, _, _) = try records("a;b\r\n1;2\r\n3;4")
        #expect(rows == [["a", "b"], ["1", "2"], ["3", "4"]])
    }

    @Test func emptyLinesAreSkippedButCounted() throws {
        let (rows, lines, _) = try records("a,b\n\n1,2\n\n\n3,4\n")
        #expect(rows.count == 3)
        #expect(lines == [1, 3, 6])
    }

    @Test(arguments: [
        ("a,b;c;d\n", UInt8(ascii: ";")), ("a\tb\tc\n", UInt8(ascii: "\t")), ("a,b\n", UInt8(ascii: ",")),
    ])
    func delimiterIsSniffedFromTheHeader(text: String, delimiter: UInt8) throws {
        #expect(try records(text).2.delimiter == delimiter)
    }

    @Test func excelSepLineNamesTheDelimiter() throws {
        let (rows, lines, input) = try records("sep=;\na;b\n1;2\n")
        #expect(input.delimiter == UInt8(ascii: ";"))
        #expect(rows == [["a", "b"], ["1", "2"]])
        #expect(lines == [2, 3])
    }

    @Test func bomIsStripped() throws {
        let (rows, _, input) = try records([0xEF, 0xBB, 0xBF] + Array("nib,x\n1,2\n".utf8))
        #expect(rows[0] == ["nib", "x"])
        #expect(input.encoding == .utf8)
    }

    @Test func windows1252IsDetectedAndDecoded() throws {
        // "Café – Liwa" in Windows-1252: é = 0xE9, en dash = 0x96.
        let (rows, _, input) = try records(Array("name\nCaf".utf8) + [0xE9, 0x20, 0x96] + Array(" Liwa\n".utf8))
        #expect(input.encoding == .windows1252)
        #expect(rows[1] == ["Café – Liwa"])
    }

    @Test func utf16IsRefusedClearly() throws {
        let error = #expect(throws: SentraError.self) { try records([0xFF, 0xFE, 0x61, 0x00]) }
        #expect(error?.kind == .dataRejected)
        #expect(error?.message.contains("UTF-16") == true)
    }

    @Test func unterminatedQuoteNamesTheLineWhereTheRecordStarts() throws {
        let diagnostic = try failure("a,b\n1,2\n3,\"open\n4,5\n6,7\n")
        #expect(diagnostic?.line == 3)
        #expect(diagnostic?.message.contains("unterminated quote") == true)
    }

    @Test func backslashEscapedQuotesAreRejectedNotShifted() throws {
        let diagnostic = try failure("a,b,c\n1,\"say \\\"hi\\\" now\",3\n")
        #expect(diagnostic?.line == 2)
        #expect(diagnostic?.column == 2)
    }

    @Test func strayQuoteInUnquotedFieldIsAnError() throws {
        let diagnostic = try failure("a,b\n1,2\"x\n")
        #expect(diagnostic?.line == 2)
        #expect(diagnostic?.message.contains("stray quote") == true)
    }

    @Test func nulByteIsAnError() throws {
        #expect(throws: SentraError.self) { try records(Array("a,b\n1,".utf8) + [0] + Array("2\n".utf8)) }
    }

    @Test func recordLongerThanTheLimitIsAnErrorNotAnAllocation() throws {
        let big = "a\n\"" + String(repeating: "x", count: CSVReader.maximumRecordBytes + 10) + "\"\n"
        let diagnostic = try failure(big)
        #expect(diagnostic?.line == 2)
    }

    @Test func readsAcrossChunkBoundaries() throws {
        var text = "id,name\n"
        for index in 0..<20_000 { text += "\(index),\"name, \(index)\"\r\n" }
        let (rows, lines, _) = try records(text)
        #expect(rows.count == 20_001)
        #expect(rows.last == ["19999", "name, 19999"])
        #expect(lines.last == 20_001)
    }
}
