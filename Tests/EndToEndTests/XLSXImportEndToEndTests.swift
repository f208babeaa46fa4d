import Foundation
import GRDB
import SentraTestSupport
import Testing

/// `.xlsx` input: every Fixture saved as a workbook by LibreOffice (scripts/fixtures-to-xlsx.py,
/// committed in Fixtures/xlsx) imports to exactly the rows its CSV gives, table by table.
@Suite struct XLSXImportEndToEndTests {
    static let kinds = ["suppliers", "catalog", "needs", "spend", "budgets"]

    /// Every table's rows, each as its cells' text (`import_id` and the import bookkeeping
    /// aside: they name files and times, which differ by design), sorted.
    static func tables(_ path: String) throws -> [String: [String]] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            let names = try String.fetchAll(
                db,
                sql: """
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                    AND name NOT LIKE 'supplier_search%' AND name NOT IN ('import_run', 'grdb_migrations', 'match_shelf')
                    """)
            var out: [String: [String]] = [:]
            for name in names {
                let columns = try db.columns(in: name).map(\.name).filter { $0 != "import_id" }
                guard !columns.isEmpty else { continue }
                let rows = try Row.fetchAll(db, sql: "SELECT \(columns.joined(separator: ", ")) FROM \(name)")
                out[name] = rows.map { row in
                    columns.map { column in (row[column] as DatabaseValue).description }.joined(separator: " | ")
                }.sorted()
            }
            return out
        }
    }

    @Test func everyFixtureWorkbookImportsAsItsCSV() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary.english(directory: Repository.root.path)
        for (database, folder, suffix) in [("csv.db", "Fixtures/", ".csv"), ("xlsx.db", "Fixtures/xlsx/", ".xlsx")] {
            for kind in Self.kinds {
                let result = try sentra.run(
                    ["--db", scratch.path(database), "import", kind, folder + kind + suffix])
                #expect(result.status == 0, "\(kind)\(suffix): \(result.stderr)")
            }
        }
        let csv = try Self.tables(scratch.path("csv.db"))
        let xlsx = try Self.tables(scratch.path("xlsx.db"))
        #expect(csv.keys.sorted() == xlsx.keys.sorted())
        for (table, rows) in csv.sorted(by: { $0.key < $1.key }) {
            let other = xlsx[table] ?? []
            #expect(rows.count == other.count, "\(table): \(rows.count) rows from CSV, \(other.count) from xlsx")
            for (left, right) in zip(rows, other) where left != right {
                Issue.record("\(table):\n  csv  \(left)\n  xlsx \(right)")
                break
            }
        }
        #expect(csv["catalog_item"]?.count ?? 0 > 100)
        #expect(csv["spend"]?.count ?? 0 > 90)
    }

    @Test(arguments: ["isb", "inaproc"])
    func everyLKPPWorkbookImportsAsItsCSV(set: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary.english(directory: Repository.root.path)
        let files = set == "isb" ? LKPPEndToEndTests.isb : LKPPEndToEndTests.inaproc
        let fromCSV = try sentra.run(
            ["--db", scratch.path("csv.db"), "import", "lkpp"] + files.map { "Fixtures/lkpp/" + $0 })
        let fromXLSX = try sentra.run(
            ["--db", scratch.path("xlsx.db"), "import", "lkpp"]
                + files.map { "Fixtures/xlsx/lkpp/" + $0.replacingOccurrences(of: ".csv", with: ".xlsx") })
        #expect(fromCSV.status == 0, "\(fromCSV.stderr)")
        #expect(fromXLSX.status == 0, "\(fromXLSX.stderr)")
        let csv = try Self.tables(scratch.path("csv.db"))
        let xlsx = try Self.tables(scratch.path("xlsx.db"))
        for (table, rows) in csv.sorted(by: { $0.key < $1.key }) {
            let other = xlsx[table] ?? []
            #expect(rows.count == other.count, "\(table): \(rows.count) rows from CSV, \(other.count) from xlsx")
            for (left, right) in zip(rows, other) where left != right {
                Issue.record("\(set) \(table):\n  csv  \(left)\n  xlsx \(right)")
                break
            }
        }
        #expect(csv["spend"]?.count ?? 0 > 10)
        #expect(csv["need"]?.count ?? 0 > 5)
    }

    @Test func errorsNameTheCellAndDryRunAndReimportBehaveAsForCSV() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary.english(directory: Repository.root.path)
        let db = ["--db", scratch.path("x.db")]
        #expect(try sentra.run(db + ["import", "suppliers", "Fixtures/xlsx/suppliers.xlsx"]).status == 0)
        let dry = try sentra.run(db + ["import", "catalog", "Fixtures/xlsx/catalog.xlsx", "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stderr.contains("dry run, nothing written"))
        let first = try sentra.run(db + ["import", "catalog", "Fixtures/xlsx/catalog.xlsx"])
        #expect(first.status == 0)
        let again = try sentra.run(db + ["import", "catalog", "Fixtures/xlsx/catalog.xlsx"])
        #expect(again.status == 0)
        #expect(again.stderr.contains("no changes"), "\(again.stderr)")
        // Budgets whose data sit on a sheet named "Anggaran": a bad amount is named by its cell.
        let sheet = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>Kode OPD</t></is></c><c r="B1" t="inlineStr"><is><t>Tahun Anggaran</t></is></c>\
            <c r="C1" t="inlineStr"><is><t>Belanja Barang Jasa</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>BTN-SETDA</t></is></c><c r="B2"><v>2026</v></c><c r="C2"><v>48750000000</v></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>BTN-BAPENDA</t></is></c><c r="B3"><v>2026</v></c>\
            <c r="C3" t="inlineStr"><is><t>banyak</t></is></c></row>
            """
        let path = try HandMadeWorkbook.write(in: scratch, name: "anggaran.xlsx", sheets: [("Anggaran", sheet)])
        let bad = try sentra.run(db + ["import", "budgets", path, "--sheet", "Anggaran"])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("anggaran.xlsx!Anggaran!C3: error: goods_services_budget"), "\(bad.stderr)")
        let noSheet = try sentra.run(db + ["import", "budgets", path, "--sheet", "Sheet1"])
        #expect(noSheet.status == 64)
        #expect(noSheet.stderr.contains("\"Anggaran\""), "\(noSheet.stderr)")
        // The workbook's own errors are phrases as well: Indonesian unless --lang en.
        let indonesian = try sentra.run(db + ["--lang", "id", "import", "budgets", path, "--sheet", "Sheet1"])
        #expect(indonesian.stderr.contains("tidak ada lembar bernama \"Sheet1\""), "\(indonesian.stderr)")
        let csvWithSheet = try sentra.run(db + ["import", "budgets", "Fixtures/budgets.csv", "--sheet", "Anggaran"])
        #expect(csvWithSheet.status == 64)
    }
}
