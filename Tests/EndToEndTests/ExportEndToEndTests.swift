import Foundation
import SentraTestSupport
import Testing

@Suite struct ExportEndToEndTests {
    @Test func ocdsPackageValidatesAgainstTheOfficialSchema() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let output = scratch.path("release-package.json")
        let result = try sentra.run(db + ["export", "--format", "ocds", "--output", output, "--as-of", "2026-03-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let schemas = Repository.root.appendingPathComponent("data/ocds").path
        let script = """
            import json, sys, jsonschema
            from referencing import Registry, Resource
            from referencing.jsonschema import DRAFT4
            release = json.load(open(sys.argv[1] + '/release-schema.json'))
            package = json.load(open(sys.argv[1] + '/release-package-schema.json'))
            registry = Registry().with_resource(release['id'], Resource(release, specification=DRAFT4))
            validator = jsonschema.Draft4Validator(package, registry=registry, format_checker=jsonschema.FormatChecker())
            document = json.load(open(sys.argv[2]))
            errors = list(validator.iter_errors(document))
            for error in errors[:10]: print(error.message[:300], list(error.path))
            print(len(document['releases']), 'releases', len(errors), 'errors')
            sys.exit(1 if errors or not document['releases'] else 0)
            """
        let check = try Python.run(script, [schemas, output])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains(" 0 errors"))
        // A payment for a known need is a release of that need's contracting process.
        let package = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output)))
        let releases = (package as? [String: Any])?["releases"] as? [[String: Any]] ?? []
        let payment = try #require(releases.first { ($0["id"] as? String)?.hasSuffix("-tx-TX26-0013") == true })
        #expect(payment["ocid"] as? String == "ocds-sentra-need-LPG-DISKOPUKM-26-002")
        #expect(
            releases.contains {
                $0["ocid"] as? String == "ocds-sentra-need-LPG-DISKOPUKM-26-002"
                    && ($0["tag"] as? [String]) == ["planning"]
            })
        #expect(releases.contains { $0["ocid"] as? String == "ocds-sentra-tx-TX26-0001" }, "unlinked keeps its own")
    }

    @Test func xlsxHasOneSheetPerTableAndTheLedgerValues() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let output = scratch.path("audit.xlsx")
        let result = try sentra.run(db + ["export", "--format", "xlsx", "--output", output, "--year", "2026"])
        #expect(result.status == 0, "\(result.stderr)")
        // Read the workbook back with Python's zipfile and XML parser, independently of libxlsxwriter.
        let script = """
            import sys, zipfile, re
            book = zipfile.ZipFile(sys.argv[1])
            names = re.findall(r'<sheet name="([^"]+)"', book.read('xl/workbook.xml').decode())
            spend = book.read('xl/worksheets/sheet2.xml').decode()
            amounts = [float(v) for v in re.findall(r'<c r="D\\d+"[^>]*><v>([^<]+)</v>', spend)]
            print(names, len(amounts), int(sum(amounts)))
            """
        let check = try Python.run(script, [output])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.hasPrefix("['Kepatuhan', 'Belanja', 'Sumber'] 95 2617400000"), "\(check.output)")
    }

    @Test func csvExportDefusesFormulas() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary(directory: scratch.url.path)
        let db = ["--db", scratch.path("f.db")]
        let spend = try scratch.write(
            "s.csv",
            "tx_id,opd_code,date,amount,supplier_name\nT1,O,2026-01-02,1000,\"=HYPERLINK(\"\"http://x\"\")\"\nT2,O,2026-01-03,5,@SUM(A1)\n"
        )
        #expect(try sentra.run(db + ["import", "spend", spend]).status == 0)
        let output = scratch.path("ledger.csv")
        #expect(try sentra.run(db + ["export", "--format", "csv", "--output", output]).status == 0)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains(",\"'=HYPERLINK("))
        #expect(text.contains(",'@SUM(A1),"))
        #expect(!text.contains(",=HYPERLINK"))
    }

    @Test func exportsAreByteIdenticalForIdenticalInputs() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        for format in ["json", "csv", "ocds"] {
            let a = scratch.path("a.\(format)"), b = scratch.path("b.\(format)")
            #expect(
                try sentra.run(db + ["export", "--format", format, "--output", a, "--as-of", "2026-03-01"]).status == 0)
            #expect(
                try sentra.run(db + ["export", "--format", format, "--output", b, "--as-of", "2026-03-01"]).status == 0)
            #expect(
                try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)), "\(format)")
        }
    }
}
