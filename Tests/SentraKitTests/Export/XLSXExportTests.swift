import Foundation
import SentraKit
import SentraTestSupport
import Testing

@Suite struct XLSXExportTests {
    /// A table longer than a sheet continues on numbered sheets; read back with Python's zipfile.
    @Test func longTablesContinueOnNumberedSheets() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.path("split.xlsx")
        let workbook = try XLSXExport(path: path, rowsPerSheet: 3)
        try workbook.addTable(name: "Belanja", columns: [.init("tx_id"), .init("amount", .money)]) { add in
            for index in 1...7 { try add(["T\(index)", "\(index * 1000)"]) }
        }
        try workbook.commit()
        let script = """
            import sys, zipfile, re
            book = zipfile.ZipFile(sys.argv[1])
            names = re.findall(r'<sheet name="([^"]+)"', book.read('xl/workbook.xml').decode())
            counts = [len(re.findall(r'<row ', book.read(f'xl/worksheets/sheet{i + 1}.xml').decode())) for i in range(len(names))]
            print(names, counts)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // Each sheet repeats the header: 3 + 3 + 1 data rows.
        #expect(output == "['Belanja', 'Belanja 2', 'Belanja 3'] [4, 4, 2]\n")
    }
}
