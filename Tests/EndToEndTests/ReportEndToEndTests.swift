import Foundation
import SentraTestSupport
import Testing

@Suite struct ReportEndToEndTests {
    static let asOf = ["--as-of", "2026-03-01"]

    /// People formats, each in both languages: `NAME.LANG.EXT`.
    static let peopleFormats: [([String], String)] = [
        (["match", "--format", "markdown", "--explain"], "match.md"),
        (["match", "--format", "table", "--explain"], "match.txt"),
        (["report", "compliance", "--format", "html"], "compliance.html"),
        (["report", "compliance", "--format", "table", "--metric", "ikm"], "compliance-ikm.txt"),
        (["report", "compliance", "--format", "table"], "compliance.txt"),
        (["report", "compliance", "--format", "markdown"], "compliance.md"),
        (["plan", "--format", "table"], "plan.txt"),
        (["plan", "--format", "markdown"], "plan.md"),
        (["suppliers", "kue kotak", "--format", "table"], "suppliers-kue-kotak.txt"),
        (["suppliers", "--region", "36", "--format", "markdown"], "suppliers-banten.md"),
        (["check", "--format", "table"], "check.txt"),
        (["check", "--format", "markdown"], "check.md"),
        (["report", "flags", "--format", "table"], "flags.txt"),
        (["report", "flags", "--format", "markdown"], "flags.md"),
        (["match", "--format", "table", "--explain", "--need", "CLG-SETDA-26-004"], "match-unmatched.txt"),
    ].flatMap { arguments, golden in
        ["id", "en"].map { language in
            let dot = golden.lastIndex(of: ".")!
            return (
                ["--lang", language] + arguments,
                golden[..<dot] + ".\(language)" + golden[dot...]
            )
        }
    }

    @Test(
        arguments: [
            (["match", "--format", "json"], "match.json"),
            (["match", "--format", "csv"], "match.csv"),
            (["match", "--format", "ndjson", "--need", "BTN-SETDA-26-001"], "match-one.ndjson"),
            (["report", "compliance", "--format", "json"], "compliance.json"),
            (["report", "compliance", "--format", "csv"], "compliance.csv"),
            (
                ["report", "compliance", "--format", "csv", "--by", "month", "--opd", "CLG-SETDA"],
                "compliance-month.csv"
            ),
            (["plan", "--format", "json"], "plan.json"),
            (["plan", "--format", "csv"], "plan.csv"),
            (["export", "--format", "json", "--output", "-"], "export.json"),
            (["export", "--format", "csv", "--output", "-"], "export.csv"),
            (["suppliers", "kue kotak", "--format", "csv"], "suppliers-kue-kotak.csv"),
            (["suppliers", "--region", "18", "--format", "json"], "suppliers-lampung.json"),
            (["check", "--format", "json"], "check.json"),
            (["report", "flags", "--format", "json"], "flags.json"),
            (["report", "flags", "--format", "csv", "--window", "10"], "flags-window10.csv"),
        ] + peopleFormats)
    func goldenOutputs(arguments: [String], golden: String) throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let command = arguments.first == "--lang" ? Array(arguments.dropFirst(2)) : arguments
        let needsAsOf =
            ["match", "plan", "check", "export"].contains(command[0])
            || command.starts(with: ["report", "compliance"])
        let result = try sentra.run(db + arguments + (needsAsOf ? Self.asOf : []))
        #expect(result.status == 0, "\(result.stderr)")
        let again = try sentra.run(db + arguments + (needsAsOf ? Self.asOf : []))
        #expect(again.stdout == result.stdout, "not byte-identical across runs")
        let difference = try Golden.difference(result.stdout, golden)
        #expect(difference == nil, "\(difference ?? "")")
    }

    /// `history` as a golden: every field but the wall-clock time of each import, which is masked.
    @Test(arguments: [
        ("json", "history.json", "id"), ("table", "history.id.txt", "id"), ("table", "history.en.txt", "en"),
        ("markdown", "history.id.md", "id"), ("markdown", "history.en.md", "en"),
    ])
    func historyGolden(format: String, golden: String, language: String) throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let result = try sentra.run(db + ["--lang", language, "history", "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        let masked = result.stdout.replacingOccurrences(
            of: "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z", with: "YYYY-MM-DDTHH:MM:SSZ",
            options: .regularExpression)
        #expect(masked != result.stdout, "no import time found to mask")
        let difference = try Golden.difference(masked, golden)
        #expect(difference == nil, "\(difference ?? "")")
    }

    @Test func failUnderExits3ExactlyWhenAnOPDIsBelow() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        // Fixture shares run from 4.00% (CLG-SETDA) to 62.47% (BTN-BAPENDA).
        let below = try sentra.run(db + ["report", "compliance", "--fail-under", "40", "--format", "csv"])
        #expect(below.status == 3)
        #expect(below.stdout.hasPrefix("opd_code,"))
        #expect(below.stderr.contains("CLG-SETDA"))
        let justMet = try sentra.run(db + ["report", "compliance", "--fail-under", "4", "--format", "csv"])
        #expect(justMet.status == 0, "\(justMet.stderr)")
        let justBelow = try sentra.run(db + ["report", "compliance", "--fail-under", "4.01", "--format", "csv"])
        #expect(justBelow.status == 3)
        let oneOPD = try sentra.run(
            db + ["report", "compliance", "--fail-under", "40", "--opd", "BTN-BAPENDA", "--format", "json"])
        #expect(oneOPD.status == 0)
    }

    @Test func planOptionsAreValidatedAndApplied() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let bad = try sentra.run(db + ["plan", "--max-supplier-share", "120"] + Self.asOf)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--max-supplier-share"))
        #expect(bad.stdout.isEmpty)
        for options in [
            ["--allow-split"], ["--max-supplier-share", "30"], ["--max-supplier-share", "30", "--allow-split"],
        ] {
            let result = try sentra.run(db + ["plan", "--format", "json"] + options + Self.asOf)
            #expect(result.status == 0, "\(options): \(result.stderr)")
            let plan = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            #expect(plan?["assignments"] != nil && plan?["unassigned"] != nil && plan?["by_opd"] != nil)
        }
    }

    @Test func outputFileIsWrittenAndStdoutStaysEmpty() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let path = scratch.path("report.json")
        let result = try sentra.run(db + ["report", "compliance", "--format", "json", "--output", path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("["))
    }

    @Test func htmlEscapesSupplierAndOPDText() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary(directory: scratch.url.path)
        let db = ["--db", scratch.path("x.db")]
        let needs = try scratch.write(
            "needs.csv",
            "need_id,opd_code,opd_name,fiscal_year,category,description,quantity,unit,budget,region\n"
                + "N1,<b>OPD</b>,<script>alert(1)</script>,2026,makanan,x,1,pcs,1000,36.04\n")
        let spend = try scratch.write("spend.csv", "tx_id,opd_code,date,amount\nT1,<b>OPD</b>,2026-01-02,1000\n")
        #expect(try sentra.run(db + ["import", "needs", needs]).status == 0)
        #expect(try sentra.run(db + ["import", "spend", spend]).status == 0)
        let html = try sentra.run(db + ["report", "compliance", "--format", "html"]).stdout
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<b>OPD</b>"))
    }
}

@Suite struct SavedPlanEndToEndTests {
    @Test func savedPlanFeedsProjectedShareAndNeverTouchesTheLedger() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let asOf = ["--as-of", "2026-03-01"]
        let ledger = try sentra.run(db + ["export", "--format", "csv", "--output", scratch.path("before.csv")])
        #expect(ledger.status == 0)
        let before = try sentra.run(db + ["report", "compliance", "--format", "json"] + asOf).stdout
        #expect(!before.isEmpty)
        // Without a saved plan the projection is the realized share.
        #expect(before.contains("\"projected_share\" : \"4.00\""))
        let saved = try sentra.run(db + ["plan", "--save", "rencana-2026", "--format", "json"] + asOf)
        #expect(saved.status == 0, "\(saved.stderr)")
        let after = try sentra.run(db + ["report", "compliance", "--format", "json"] + asOf).stdout
        // CLG-SETDA: realized 25,950,000 of 648,450,000; the plan adds 33,250,000 of batik
        // (need 51241311), all counted: 59,200,000 / 681,700,000 = 8.68%.
        #expect(after.contains("\"projected_share\" : \"8.68\""))
        #expect(after.contains("\"share\" : \"4.00\""))
        let markdown = try sentra.run(db + ["report", "compliance", "--format", "markdown"] + asOf).stdout
        #expect(markdown.contains("plan=rencana-2026"))
        #expect(try sentra.run(db + ["export", "--format", "csv", "--output", scratch.path("after.csv")]).status == 0)
        #expect(
            try String(contentsOfFile: scratch.path("before.csv"), encoding: .utf8)
                == String(contentsOfFile: scratch.path("after.csv"), encoding: .utf8))
    }
}

@Suite struct RedFlagEndToEndTests {
    @Test func splitPurchasesAreFlaggedOnlyWithinTheWindow() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary(directory: scratch.url.path)
        let db = ["--db", scratch.path("f.db")]
        let suppliers = try scratch.write(
            "s.csv",
            "nib,name,scale,region,phone\n3604000000001,A,kecil,36.04,0811\n3604000000002,B,kecil,36.04,0811\n3604000000003,C,besar,36.04,0899\n"
        )
        // Three purchases of Rp 90 juta from one supplier: 1 and 2 fall within 30 days (180 juta, under the
        // limit), 2 and 3 too (180 juta); all three span 40 days. Then two of 150 juta within 10 days: flagged.
        let spend = try scratch.write(
            "p.csv",
            """
            tx_id,opd_code,date,amount,supplier_nib
            T1,O,2026-01-01,90000000,3604000000001
            T2,O,2026-01-20,90000000,3604000000001
            T3,O,2026-02-10,90000000,3604000000001
            T4,O,2026-03-01,150000000,3604000000002
            T5,O,2026-03-10,150000000,3604000000002
            T6,O,2026-03-11,5000000,3604000000003

            """)
        #expect(try sentra.run(db + ["import", "suppliers", suppliers]).status == 0)
        #expect(try sentra.run(db + ["import", "spend", spend]).status == 0)
        let result = try sentra.run(db + ["report", "flags", "--format", "csv", "--hhi", "10000"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("package-splitting,O,3604000000002,300000000,\"T4;T5\",") })
        #expect(!lines.contains { $0.hasPrefix("package-splitting,O,3604000000001") })
        #expect(lines.contains { $0.hasPrefix("related-suppliers,,phone 0811,0,\"3604000000001;3604000000002\",") })
        // One purchase from a large supplier is under the minimum count of two.
        #expect(!lines.contains { $0.hasPrefix("reserved-for-small") })
        let lowered = try sentra.run(db + ["report", "flags", "--format", "csv", "--min-count", "1", "--hhi", "10000"])
        #expect(lowered.stdout.contains("reserved-for-small,O,1 purchases,5000000,T6,"))
    }
}

@Suite struct ProgramTargetEndToEndTests {
    @Test func programTargetsApplyPerProgramAndFailUnderJudgesWholeOPDs() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let result = try sentra.run(
            db + [
                "report", "compliance", "--by", "program", "--program-target", "samsat-reward=100", "--format", "csv",
            ])
        #expect(result.status == 0, "\(result.stderr)")
        let samsat = result.stdout.split(separator: "\n").filter { $0.contains(",samsat-reward,") }
        #expect(!samsat.isEmpty)
        #expect(samsat.allSatisfy { $0.contains(",100.00,") })
        let catering = result.stdout.split(separator: "\n").filter { $0.contains(",catering,") }
        #expect(catering.allSatisfy { $0.split(separator: ",")[7] == "40.00" })
        // The same four OPDs are below 40% whether the report groups by OPD or by program.
        let byProgram = try sentra.run(
            db + ["report", "compliance", "--by", "program", "--fail-under", "40", "--format", "csv"])
        let byOPD = try sentra.run(db + ["report", "compliance", "--fail-under", "40", "--format", "csv"])
        #expect(byProgram.status == 3 && byOPD.status == 3)
        #expect(byProgram.stderr == byOPD.stderr)
        let misuse = try sentra.run(db + ["report", "compliance", "--program-target", "gift=50"])
        #expect(misuse.status == 64)
    }
}
