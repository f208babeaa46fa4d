import Foundation
import SentraTestSupport
import Testing

/// Workbooks a person opens: `template`, `report compliance --format xlsx` and
/// `export --format xlsx`, read back with openpyxl (cell types, number formats, frozen
/// header, filter, widths), independently of libxlsxwriter.
@Suite struct XLSXOutputEndToEndTests {
    /// openpyxl, or a skip reason the test reports (never a silent pass).
    static func openpyxl(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        try Python.run("import openpyxl\n" + script, arguments)
    }

    @Test(arguments: ["suppliers", "catalog", "needs", "spend", "budgets"])
    func aTemplateFilledByAScriptImportsWithoutEdits(kind: String) throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let template = scratch.path("\(kind).xlsx")
        let made = try sentra.run(["template", kind, "--output", template])
        #expect(made.status == 0, "\(made.stderr)")
        // Fill the Data sheet as an officer would: the Petunjuk sheet's example values, typed into
        // the cells (numbers as numbers, dates as dates), under the template's own headers.
        let script = """
            import sys, datetime
            book = openpyxl.load_workbook(sys.argv[1])
            assert book.sheetnames[0] == 'Data', book.sheetnames
            data, notes = book['Data'], book['Petunjuk']
            headers = [c.value for c in data[1]]
            examples = {row[0].value: row[3].value for row in notes.iter_rows(min_row=2) if row[0].value}
            for column, header in enumerate(headers, start=1):
                value = examples.get(header) or ''
                cell = data.cell(row=2, column=column)
                if '/' in value and len(value) == 10 and value[2] == '/':
                    day, month, year = value.split('/')
                    cell.value = datetime.date(int(year), int(month), int(day))
                    cell.number_format = 'dd/mm/yyyy'
                elif value.isdigit() and header not in ('NIB', 'NIB Penyedia', 'NPWP', 'NPWP Penyedia', 'Telepon'):
                    cell.value = int(value)
                else:
                    cell.value = value
            book.save(sys.argv[2])
            print(headers)
            """
        let filled = scratch.path("\(kind)-isi.xlsx")
        let fill = try Self.openpyxl(script, [template, filled])
        #expect(fill.status == 0, "\(fill.output)")
        let imported = try sentra.run(db + ["import", kind, filled, "--dry-run"])
        #expect(imported.status == 0, "\(kind): \(imported.stderr)")
        #expect(imported.stderr.contains(": 1 baris: "), "\(imported.stderr)")
    }

    @Test func templateColumnsCarryTheirFormats() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary(directory: scratch.url.path)
        let template = scratch.path("needs.xlsx")
        #expect(try sentra.run(["template", "needs", "--output", template]).status == 0)
        // The Data sheet is empty: what an officer types takes the column's format and alignment.
        let script = """
            import sys
            data = openpyxl.load_workbook(sys.argv[1])['Data']
            headers = {c.value: c.column for c in data[1]}
            styles = {}
            for dimension in data.column_dimensions.values():
                for column in range(dimension.min, dimension.max + 1):
                    styles[column] = (dimension.number_format, dimension.alignment.indent)
            for name in ['Kode RUP', 'Kategori', 'Pagu (Rp)', 'Tanggal Dibutuhkan']:
                print(name, *styles[headers[name]])
            print(data['A1'].alignment.indent)
            """
        let check = try Self.openpyxl(script, [template])
        #expect(check.status == 0, "\(check.output)")
        #expect(
            check.output
                == "Kode RUP @ 1.0\nKategori General 1.0\nPagu (Rp) [$-421]\"Rp \"#,##0 0.0\n"
                + "Tanggal Dibutuhkan dd/mm/yyyy 0.0\n1.0\n", "\(check.output)")
    }

    @Test func templateCSVHasTheIndonesianHeaderAndEnglishOnRequest() throws {
        let sentra = SentraBinary(directory: Repository.root.path)
        let id = try sentra.run(["template", "needs", "--format", "csv", "--output", "-"])
        #expect(id.status == 0, "\(id.stderr)")
        #expect(id.stdout.hasPrefix("Kode RUP,Kode OPD,Nama OPD,Tahun Anggaran,"))
        let en = try sentra.run(["template", "needs", "--format", "csv", "--lang", "en", "--output", "-"])
        #expect(en.stdout.hasPrefix("need_id,opd_code,opd_name,fiscal_year,"))
        let refused = try sentra.run(["template", "needs", "--output", "-"])
        #expect(refused.status == 64)
    }

    @Test func complianceWorkbookHasNumbersFormatsAndProvenance() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let output = scratch.path("kepatuhan.xlsx")
        let result = try sentra.run(
            db + [
                "report", "compliance", "--year", "2026", "--format", "xlsx", "--output", output, "--as-of",
                "2026-06-30",
            ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let script = """
            import sys
            book = openpyxl.load_workbook(sys.argv[1])
            sheet = book['Kepatuhan']
            headers = [c.value for c in sheet[1]]
            row = {h: c for h, c in zip(headers, sheet[2])}
            total, share = row['Total Belanja'], row['Capaian']
            print(book.sheetnames)
            print(headers[:4])
            print(type(total.value).__name__, total.number_format, type(share.value).__name__, share.number_format)
            print(sheet.freeze_panes, sheet.auto_filter.ref is not None)
            print(sheet.column_dimensions['B'].width >= max(len(str(c.value or '')) for c in sheet['B']))
            sources = book['Sumber']
            print(any(len(str(c.value or '')) == 64 for c in sources['D']), any(c.value == '2026-06-30' for c in sources['C']))
            print(sheet['A1'].alignment.indent, row['Kode OPD'].alignment.indent, row['Status'].alignment.indent,
                  total.alignment.indent, share.alignment.indent, sources['B2'].alignment.indent)
            """
        let check = try Self.openpyxl(script, [output])
        #expect(check.status == 0, "\(check.output)")
        let lines = check.output.split(separator: "\n").map(String.init)
        #expect(lines.count >= 7, "\(check.output)")
        guard lines.count >= 7 else { return }
        #expect(lines[0] == "['Kepatuhan', 'Sumber']")
        #expect(lines[1] == "['Kode OPD', 'Nama OPD', 'Periode', 'Total Belanja']")
        // The locale tag gives the Indonesian decimal comma: LibreOffice shows 41,94%.
        #expect(lines[2].hasSuffix(" [$-421]\"Rp \"#,##0 float [$-421]0.00%"), "\(lines[2])")
        #expect(lines[3] == "A2 True")
        #expect(lines[4] == "True")
        #expect(lines[5] == "True True")
        // Text (headers included) is indented, numbers are not: `Rp 0` and `tercapai` never touch.
        #expect(lines[6] == "1.0 1.0 1.0 0.0 0.0 1.0", "\(lines[6])")
    }

    @Test func exportWorkbookDefusesFormulasAndKeepsDatesAsDates() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary(directory: scratch.url.path)
        let db = ["--db", scratch.path("f.db")]
        let spend = try scratch.write(
            "s.csv",
            "tx_id,opd_code,date,amount,supplier_name\nT1,O,2026-01-02,1000,\"=HYPERLINK(\"\"http://x\"\")\"\nT2,O,2026-01-03,5,@SUM(A1)\n"
        )
        #expect(try sentra.run(db + ["import", "spend", spend]).status == 0)
        let output = scratch.path("audit.xlsx")
        #expect(try sentra.run(db + ["export", "--format", "xlsx", "--output", output]).status == 0)
        let script = """
            import sys
            book = openpyxl.load_workbook(sys.argv[1])
            sheet = book['Belanja']
            print([c.value for c in sheet[1]][:4])
            print(sheet['C2'].is_date, sheet['C2'].value.date().isoformat(), sheet['D2'].value, sheet['D2'].number_format)
            print(sheet['G2'].data_type, sheet['G2'].value, sheet['G3'].value)
            """
        let check = try Self.openpyxl(script, [output])
        #expect(check.status == 0, "\(check.output)")
        #expect(
            check.output
                == "['ID Transaksi', 'Kode OPD', 'Tanggal', 'Nilai']\nTrue 2026-01-02 1000 [$-421]\"Rp \"#,##0\ns '=HYPERLINK(\"http://x\") '@SUM(A1)\n",
            "\(check.output)")
    }
}
