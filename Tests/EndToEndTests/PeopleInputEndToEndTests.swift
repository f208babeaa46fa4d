import Foundation
import SentraTestSupport
import Testing

/// Files written the way officers and directories write them (issue 13), through the built binary.
@Suite struct PeopleInputEndToEndTests {
    static let needsHeader =
        "need_id,opd_code,opd_name,fiscal_year,category,description,quantity,unit,budget,region"

    /// The batik and food directory, its catalog and the Cilegon officer's needs, each imported (exit 0).
    static func officerDatabase() throws -> (Scratch, SentraBinary, [String]) {
        let scratch = try Scratch()
        let sentra = SentraBinary.english(directory: Repository.root.path)
        let db = ["--db", scratch.path("people.db")]
        for (kind, file) in [
            ("suppliers", "messy/suppliers-batik-food.csv"), ("catalog", "messy/catalog-batik-food.csv"),
            ("needs", "messy/needs-cilegon-officer.csv"),
        ] {
            let result = try sentra.run(db + ["import", kind, "Fixtures/" + file])
            #expect(result.status == 0, "\(file): \(result.stderr)")
            #expect(result.stderr.contains(" 0 rejected"), "\(file): \(result.stderr)")
            #expect(!result.stderr.contains("warning"), "\(file): \(result.stderr)")
        }
        return (scratch, sentra, db)
    }

    static func json(_ text: String) throws -> [[String: Any]] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] ?? []
    }

    @Test func officerNeedsMatchAHalalMUISupplierAndNotOneWithoutHalal() throws {
        let (scratch, sentra, db) = try Self.officerDatabase()
        defer { scratch.remove() }
        let result = try sentra.run(
            db + ["match", "--need", "CLG-SETDA-27-001", "--as-of", "2026-12-01", "--format", "json", "--top", "5"])
        #expect(result.status == 0, "\(result.stderr)")
        let needs = try Self.json(result.stdout)
        try #require(needs.count == 1)
        let need = needs[0]
        // `Rp 9.000.000,-`, `300 box`, `Kota Cilegon` as the contract's values.
        #expect(need["budget"] as? String == "9000000")
        #expect(need["quantity"] as? Int == 300)
        #expect(need["region"] as? String == "36.72")
        let nibs = (need["candidates"] as? [[String: Any]] ?? []).compactMap { $0["nib"] as? String }
        #expect(nibs.contains("9120360421003"), "Katering Dapur Bu Eni holds Halal MUI: \(result.stdout)")
        #expect(!nibs.contains("9120360721004"), "Snack Box Mang Ujang has no halal certificate")
    }

    @Test func pirtRequirementMatchesASupplierWritingPIRT() throws {
        let (scratch, sentra, db) = try Self.officerDatabase()
        defer { scratch.remove() }
        let result = try sentra.run(
            db + ["match", "--need", "CLG-DISKOPERINDAG-27-001", "--as-of", "2026-12-01", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let need = try #require(try Self.json(result.stdout).first)
        let nibs = (need["candidates"] as? [[String: Any]] ?? []).compactMap { $0["nib"] as? String }
        #expect(nibs == ["9120360421005"], "\(result.stdout)")
    }

    @Test(arguments: [
        ("Tanggal Dibutuhkn", "\"tanggal_dibutuhkan\" (needed_by)"),
        ("Sertifkat", "\"sertifikat\" (required_certifications)"),
        ("needed_byy", "\"needed_by\""),
    ])
    func nearMissColumnIsRefusedUnlessAllowed(column: String, suggestion: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary.english()
        let file = try scratch.write(
            "n.csv",
            Self.needsHeader + ",\(column)\nN1,CLG-SETDA,Setda,2026,jasa-boga,Snack box,10,box,500000,36.72,x\n")
        let db = ["--db", scratch.path("n.db")]
        let refused = try sentra.run(db + ["import", "needs", file])
        #expect(refused.status == 65, "\(refused.stderr)")
        #expect(
            refused.stderr.contains("unknown column \"\(column)\" — did you mean \(suggestion)?"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--allow-unknown-columns"))
        #expect(refused.stderr.contains("nothing was imported"))
        #expect(!(try sentra.run(db + ["history", "--format", "json"]).stdout.contains("n.csv")))

        let allowed = try sentra.run(db + ["import", "needs", file, "--allow-unknown-columns"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        let warnings = allowed.stderr.split(separator: "\n").filter { $0.contains("warning") }
        #expect(warnings.count == 1, "\(allowed.stderr)")
        #expect(warnings.first?.contains(column) == true)
    }

    @Test func unrelatedUnknownColumnsAreOneWarningLine() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.write(
            "n.csv",
            Self.needsHeader
                + ",Warna,Catatan PPK,No\nN1,CLG-SETDA,Setda,2026,jasa-boga,Snack box,10,box,500000,36.72,merah,-,1\n")
        let result = try SentraBinary.english().run(["--db", scratch.path("n.db"), "import", "needs", file])
        #expect(result.status == 0, "\(result.stderr)")
        let warnings = result.stderr.split(separator: "\n").filter { $0.contains("warning") }
        #expect(warnings.count == 1, "\(result.stderr)")
        for column in ["Warna", "Catatan PPK", "No"] {
            #expect(warnings.first?.contains("\"\(column)\"") == true, "\(result.stderr)")
        }
    }

    @Test func opdCodeOneEditAwayWarnsNamingBoth() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary.english()
        let db = ["--db", scratch.path("o.db")]
        let first = try scratch.write(
            "a.csv", Self.needsHeader + "\nN1,CLG-SETDA,Setda,2026,jasa-boga,Snack box,10,box,500000,36.72\n")
        #expect(try sentra.run(db + ["import", "needs", first]).status == 0)
        let second = try scratch.write(
            "b.csv",
            Self.needsHeader + "\nN2,CLG-SEDTA,Setda,2026,jasa-boga,Snack box,10,box,500000,36.72\n"
                + "N3,CLG-SEDTA,Setda,2026,jasa-boga,Nasi kotak,10,box,500000,36.72\n"
                + "N4,BTN-BAPENDA,Bapenda,2026,jasa-boga,Nasi kotak,10,box,500000,36.73\n"
                + "N5,BTN-BAPNEDA,Bapenda,2026,jasa-boga,Nasi kotak,10,box,500000,36.73\n")
        let result = try sentra.run(db + ["import", "needs", second])
        #expect(result.status == 0, "\(result.stderr)")
        let warnings = result.stderr.split(separator: "\n").filter { $0.contains("warning") }
        #expect(warnings.count == 2, "\(result.stderr)")
        #expect(warnings.contains { $0.contains("\"CLG-SEDTA\"") && $0.contains("\"CLG-SETDA\"") })
        #expect(warnings.contains { $0.contains("\"BTN-BAPNEDA\"") && $0.contains("\"BTN-BAPENDA\"") })
        let spend = try scratch.write(
            "s.csv", "tx_id,opd_code,date,amount\nT1,CLG-SETDAA,2026-02-01,\"Rp 1.500.000,-\"\n")
        let ledger = try sentra.run(db + ["import", "spend", spend])
        #expect(ledger.status == 0, "\(ledger.stderr)")
        #expect(ledger.stderr.contains("\"CLG-SETDAA\"") && ledger.stderr.contains("\"CLG-SETDA\""), "\(ledger.stderr)")
    }

    @Test func ambiguousRegionNameIsRefusedNamingBothCodes() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.write(
            "n.csv", Self.needsHeader + "\nN1,BDG-SETDA,Setda,2026,jasa-boga,Snack box,10,box,500000,Bandung\n")
        let result = try SentraBinary.english().run(["--db", scratch.path("n.db"), "import", "needs", file])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("n.csv:2:10: error: region \"Bandung\""), "\(result.stderr)")
        #expect(result.stderr.contains("32.04") && result.stderr.contains("32.73"))
    }

    @Test func quantityUnitMustAgreeWithTheUnitColumn() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.write(
            "n.csv",
            Self.needsHeader + "\nN1,CLG-SETDA,Setda,2026,jasa-boga,Snack box,300 BOX,box,9 juta,Kota Cilegon\n"
                + "N2,CLG-SETDA,Setda,2026,jasa-boga,Snack box,300 pcs,box,9 juta,Kota Cilegon\n")
        let result = try SentraBinary.english().run(["--db", scratch.path("n.db"), "import", "needs", file])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("n.csv:3:7: error: quantity \"300 pcs\""), "\(result.stderr)")
        #expect(result.stderr.contains("box"))
        #expect(!result.stderr.contains("n.csv:2:"), "\(result.stderr)")
    }

    @Test func fiscalYearContradictingNeededByWarnsNamingTheRow() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.write(
            "n.csv",
            Self.needsHeader
                + ",needed_by\nN1,CLG-SETDA,Setda,2026,jasa-boga,Snack box,10,box,500000,36.72,15/01/2027\n"
                + "N2,CLG-SETDA,Setda,2026,jasa-boga,Snack box,10,box,500000,36.72,15/12/2026\n")
        let result = try SentraBinary.english().run(["--db", scratch.path("n.db"), "import", "needs", file])
        #expect(result.status == 0, "\(result.stderr)")
        let warnings = result.stderr.split(separator: "\n").filter { $0.contains("warning") }
        #expect(warnings.count == 1, "\(result.stderr)")
        #expect(warnings.first?.contains("n.csv:2:11: warning:") == true, "\(result.stderr)")
        #expect(warnings.first?.contains("N1") == true)
    }
    /// A required type outside the five the match engine keeps as bits (halal, pirt, bpom, sni, tkdn)
    /// must be compared by slug: a supplier holding only `svlk` does not hold `batikmark`.
    @Test func otherCertificateTypesAreComparedBySlug() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary.english()
        let db = ["--db", scratch.path("m.db")]
        let files = [
            (
                "suppliers",
                "nib,name,scale,region,certifications\n3672000000001,Batik Asli,mikro,36.72,batikmark:BM.1\n"
                    + "3672000000002,Batik Tanpa Batikmark,mikro,36.72,svlk:V1\n"
            ),
            (
                "catalog",
                "nib,sku,name,category,unit,unit_price\n3672000000001,A,Kain batik tulis,fesyen,lembar,400000\n"
                    + "3672000000002,B,Kain batik tulis,fesyen,lembar,300000\n"
            ),
            (
                "needs",
                Self.needsHeader + ",sertifikat\nN1,CLG-SETDA,Setda,2027,fesyen,Kain batik tulis,10,lembar,"
                    + "9 juta,Kota Cilegon,Batikmark\n"
            ),
        ]
        for (kind, text) in files {
            #expect(try sentra.run(db + ["import", kind, try scratch.write("\(kind).csv", text)]).status == 0)
        }
        let result = try sentra.run(db + ["match", "--as-of", "2026-12-01", "--format", "json"])
        let need = try #require(try Self.json(result.stdout).first)
        let nibs = (need["candidates"] as? [[String: Any]] ?? []).compactMap { $0["nib"] as? String }
        #expect(nibs.contains("3672000000001"))
        // svlk is not batikmark: types outside the five are compared by slug, not by the mask's shared bit.
        #expect(!nibs.contains("3672000000002"), "\(result.stdout)")
    }

    @Test func checkNamesACertificateTypeSeenOnlyOnceWithItsNearestType() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary.english()
        let db = ["--db", scratch.path("lone.db")]
        let suppliers =
            "nib,name,scale,region,certifications\n3672000000001,Batik A,mikro,36.72,Batikmark:BM.1\n"
            + "3672000000002,Batik B,mikro,36.72,batikmark:BM.2\n3672000000003,Batik C,kecil,36.72,batikmrak:BM.3\n"
        #expect(try sentra.run(db + ["import", "suppliers", try scratch.write("s.csv", suppliers)]).status == 0)
        let result = try sentra.run(db + ["check", "--format", "csv", "--as-of", "2026-12-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "lone-certificate-type,batikmrak,\"certificate type \"\"batikmrak\"\" appears only once "
                    + "(supplier 3672000000003); a typo of \"\"batikmark\"\"?\""), "\(result.stdout)")
        #expect(!result.stdout.contains("lone-certificate-type,batikmark,"))
    }
}
