import Foundation
import ZIPFoundation

/// A workbook written part by part, so a test states the exact XML a reader meets (what
/// Excel, LibreOffice or a government exporter may write), not what one writer happens to produce.
public enum HandMadeWorkbook {
    /// Writes an `.xlsx` with `sheets` (name → sheet XML's `<sheetData>` body), the shared
    /// strings `strings` (each a `<si>` body) and the cell formats `cellXfs` (number format ids);
    /// `prolog` goes between each sheet's XML declaration and its root (a document type, say).
    public static func write(
        in scratch: Scratch, name: String = "buku.xlsx", sheets: [(String, String)], strings: [String] = [],
        numberFormats: [(Int, String)] = [], cellXfs: [Int] = [0], date1904: Bool = false, prolog: String = ""
    ) throws -> String {
        let path = scratch.path(name)
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var parts: [(String, String)] = [
            (
                "_rels/.rels",
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="\(relationships)/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>
                """
            ),
            (
                "xl/workbook.xml",
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <workbook xmlns="\(main)" xmlns:r="\(relationships)">
                <workbookPr\(date1904 ? " date1904=\"1\"" : "")/>
                <sheets>\(sheets.enumerated().map { "<sheet name=\"\($1.0)\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined())</sheets>
                </workbook>
                """
            ),
            (
                "xl/_rels/workbook.xml.rels",
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                \(sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined())
                <Relationship Id="rS" Type="\(relationships)/sharedStrings" Target="sharedStrings.xml"/>
                <Relationship Id="rT" Type="\(relationships)/styles" Target="/xl/styles.xml"/>
                </Relationships>
                """
            ),
            (
                "xl/sharedStrings.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"\(main)\" count=\"\(strings.count)\">"
                    + strings.map { "<si>\($0)</si>" }.joined() + "</sst>"
            ),
            (
                "xl/styles.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<styleSheet xmlns=\"\(main)\"><numFmts>"
                    + numberFormats.map { "<numFmt numFmtId=\"\($0.0)\" formatCode=\"\($0.1)\"/>" }.joined()
                    + "</numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>"
                    + cellXfs.map { "<xf numFmtId=\"\($0)\" xfId=\"0\"/>" }.joined() + "</cellXfs></styleSheet>"
            ),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(
                (
                    "xl/worksheets/sheet\(index + 1).xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\(prolog)<worksheet xmlns=\"\(main)\"><sheetData>"
                        + "\(sheet.1)</sheetData></worksheet>"
                ))
        }
        for (part, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: part, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        return path
    }
}
