import Foundation
import SentraTestSupport
import Testing

/// The hostile-input catalogue: each case names its input, the exit code and
/// the message a user must see, and checks that the database did not change.
@Suite struct HostileInputTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var kind = "suppliers"
        var bytes: @Sendable () -> [UInt8]
        var extra: [String] = []
        var status: Int32
        var message: String
        var description: String { name }
    }

    static let supplierHeader = "nib,name,scale,region\n"
    static func text(_ value: String) -> @Sendable () -> [UInt8] { { Array(value.utf8) } }
    static func suppliers(_ rows: String) -> @Sendable () -> [UInt8] { text(supplierHeader + rows) }
    static func catalog(_ rows: String) -> @Sendable () -> [UInt8] {
        text("nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications\n" + rows)
    }
    static let good = "3604000000001,UD Emping,mikro,36.04\n"

    static let cases: [Case] = [
        Case(name: "empty file", bytes: text(""), status: 65, message: "file is empty"),
        Case(
            name: "UTF-16 with BOM", bytes: { [0xFF, 0xFE] + Array("n\0i\0b\0".utf8) }, status: 65, message: "UTF-16"),
        Case(name: "UTF-16 without BOM", bytes: { Array("n\0i\0b\0,\0".utf8) }, status: 65, message: "NUL byte"),
        Case(
            name: "xlsx given as CSV", bytes: { [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 7, count: 64) },
            status: 65, message: "ZIP archive"),
        Case(
            name: "old xls given as CSV", bytes: { [0xD0, 0xCF, 0x11, 0xE0] + [UInt8](repeating: 1, count: 64) },
            status: 65, message: ".xls"),
        Case(
            name: "SQLite file given as CSV",
            bytes: { Array("SQLite format 3\0".utf8) + [UInt8](repeating: 0, count: 80) }, status: 65,
            message: "SQLite database"),
        Case(
            name: "binary noise", bytes: { (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) } }, status: 65,
            message: "NUL byte"),
        Case(
            name: "truncated inside a quote", bytes: suppliers("3604000000001,\"UD Emp"), status: 65,
            message: "unterminated quote"),
        Case(
            name: "truncated row", bytes: suppliers(good + "3604000000002,UD Ke"), status: 65,
            message: "row has 2 fields but the header has 4"),
        Case(
            name: "50 MB single field",
            bytes: {
                Array(supplierHeader.utf8) + Array("3604000000001,\"".utf8) + [UInt8](repeating: 0x41, count: 50 << 20)
                    + Array("\",mikro,36.04\n".utf8)
            }, status: 65, message: "record longer than 1024 KiB"),
        Case(
            name: "a million columns in the header",
            bytes: { [UInt8](repeating: UInt8(ascii: ","), count: 1_000_000) + [10] }, status: 65,
            message: "more than 4096 fields"),
        Case(
            name: "deeply repeated quotes",
            bytes: { Array(supplierHeader.utf8) + [UInt8](repeating: UInt8(ascii: "\""), count: 200_001) }, status: 65,
            message: "unterminated quote"),
        Case(
            name: "stray quote", bytes: suppliers("3604000000001,UD \"Emping\",mikro,36.04\n"), status: 65,
            message: "stray quote"),
        Case(
            name: "backslash-escaped quote", bytes: suppliers("3604000000001,\"UD \\\"Emping\\\"\",mikro,36.04\n"),
            status: 65, message: "backslash does not escape"),
        Case(
            name: "NUL in a good file", bytes: { Array((supplierHeader + good).utf8) + [0] + Array("\n".utf8) },
            status: 65, message: "NUL byte"),
        Case(
            name: "NIB with letters", bytes: suppliers("36040000000AB,UD Emping,mikro,36.04\n"), status: 65,
            message: "must be exactly 13 digits"),
        Case(
            name: "NIB too short", bytes: suppliers("360400000,UD Emping,mikro,36.04\n"), status: 65,
            message: "must be exactly 13 digits"),
        Case(
            name: "unknown scale", bytes: suppliers("3604000000001,UD Emping,raksasa,36.04\n"), status: 65,
            message: "scale \"raksasa\" is unknown"),
        Case(
            name: "region not a province", bytes: suppliers("3604000000001,UD Emping,mikro,99.99\n"), status: 65,
            message: "99 is not a province code"),
        Case(
            name: "region kabupaten 00", bytes: suppliers("3604000000001,UD Emping,mikro,36.00\n"), status: 65,
            message: "neither a kabupaten"),
        Case(
            // Any type is a slug since issue 13 (iso9001 is kept); a type of only punctuation is still refused.
            name: "certificate without a type",
            bytes: text("nib,name,scale,region,certifications\n3604000000001,UD,mikro,36.04,!!!:1\n"), status: 65,
            message: "has no certificate type"),
        Case(
            name: "bad verified_on date",
            bytes: text("nib,name,scale,region,verified_on\n3604000000001,UD,mikro,36.04,31/02/2026\n"), status: 65,
            message: "is not a real date"),
        Case(
            name: "month-first date",
            bytes: text("nib,name,scale,region,verified_on\n3604000000001,UD,mikro,36.04,2026/03/17\n"), status: 65,
            message: "is not a date"),
        Case(
            name: "bad yes/no", bytes: text("nib,name,scale,region,active\n3604000000001,UD,mikro,36.04,maybe\n"),
            status: 65, message: "is not ya/tidak"),
        Case(
            name: "bad NPWP", bytes: text("nib,name,scale,region,npwp\n3604000000001,UD,mikro,36.04,12.345\n"),
            status: 65, message: "must be 15 or 16 digits"),
        Case(
            name: "duplicate headers", bytes: text("nib,name,nama,scale,region\n3604000000001,A,B,mikro,36.04\n"),
            status: 65, message: "appears twice"),
        Case(
            name: "header in the second line", bytes: text("Daftar Penyedia IKM 2026\n" + supplierHeader + good),
            status: 65, message: "missing required column \"nib\""),
        Case(
            name: "missing required column", bytes: text("nib,name,region\n3604000000001,UD,36.04\n"), status: 65,
            message: "missing required column \"scale\""),
        Case(name: "duplicate key", bytes: suppliers(good + good), status: 65, message: "also on line 2"),
        Case(
            name: "negative money", kind: "catalog", bytes: catalog("3604000000001,S1,Emping,makanan,pcs,-5000,,,,,\n"),
            status: 65, message: "is negative"),
        Case(
            name: "overflowing money", kind: "catalog",
            bytes: catalog("3604000000001,S1,Emping,makanan,pcs,Rp 99999999999999999999,,,,,\n"), status: 65,
            message: "too large"),
        Case(
            name: "ambiguous money", kind: "catalog",
            bytes: catalog("3604000000001,S1,Emping,makanan,pcs,\"1.250,5\",,,,,\n"), status: 65,
            message: "is ambiguous"),
        Case(
            name: "unknown category", kind: "catalog",
            bytes: catalog("3604000000001,S1,Emping,elektronik,pcs,5000,,,,,\n"), status: 65,
            message: "\"elektronik\" is unknown"),
        Case(
            name: "tkdn over 100", kind: "catalog",
            bytes: catalog("3604000000001,S1,Emping,makanan,pcs,5000,,,150,,\n"), status: 65, message: "outside 0–100"),
        Case(
            name: "bmp over 15", kind: "catalog", bytes: catalog("3604000000001,S1,Emping,makanan,pcs,5000,,,,20,\n"),
            status: 65, message: "outside 0–15"),
        Case(
            name: "catalog of an unknown supplier", kind: "catalog",
            bytes: catalog("9999999999999,S1,Emping,makanan,pcs,5000,,,,,\n"), status: 65,
            message: "is not in the supplier directory"),
        Case(
            name: "negative capacity", kind: "catalog",
            bytes: catalog("3604000000001,S1,Emping,makanan,pcs,5000,-3,,,,\n"), status: 65,
            message: "is not a whole number"),
        Case(
            name: "quantity zero", kind: "needs",
            bytes: text(
                "need_id,opd_code,opd_name,fiscal_year,category,description,quantity,unit,budget,region\nN1,O,Dinas,2026,makanan,x,0,pcs,1000,36.04\n"
            ), status: 65, message: "quantity must be more than zero"),
        Case(
            name: "two-digit fiscal year", kind: "needs",
            bytes: text(
                "need_id,opd_code,opd_name,fiscal_year,category,description,quantity,unit,budget,region\nN1,O,Dinas,26,makanan,x,1,pcs,1000,36.04\n"
            ), status: 65, message: "is not a fiscal year"),
        Case(
            name: "budget zero", kind: "needs",
            bytes: text(
                "need_id,opd_code,opd_name,fiscal_year,category,description,quantity,unit,budget,region\nN1,O,Dinas,2026,makanan,x,1,pcs,0,36.04\n"
            ), status: 65, message: "budget must be more than zero"),
        Case(
            name: "spend date impossible", kind: "spend",
            bytes: text("tx_id,opd_code,date,amount\nT1,O,30/02/2026,1000\n"), status: 65, message: "is not a real date"
        ),
        Case(
            name: "spend conflict with the ledger", kind: "spend",
            bytes: text("tx_id,opd_code,date,amount\nT0,O,2026-01-02,2000\n"), status: 65, message: "a conflict"),
        Case(
            name: "forced UTF-8 on a Windows-1252 file",
            bytes: { Array((supplierHeader + "3604000000009,Caf").utf8) + [0xE9] + Array(",mikro,36.04\n".utf8) },
            extra: ["--encoding", "utf-8"], status: 65, message: "not valid UTF-8"),
        Case(
            name: "bad --delimiter", bytes: suppliers(good), extra: ["--delimiter", "|"], status: 64,
            message: "--delimiter"),
        Case(
            name: "bad --encoding", bytes: suppliers(good), extra: ["--encoding", "ebcdic"], status: 64,
            message: "--encoding"),
        Case(
            name: "--amend on suppliers", bytes: suppliers(good), extra: ["--amend"], status: 64,
            message: "--amend applies to spend only"),
        Case(
            name: "--rejects in a missing folder", bytes: suppliers(good),
            extra: ["--skip-invalid", "--rejects", "/no/such/dir/r.csv"], status: 73, message: "cannot create"),
    ]

    /// A database with one supplier and one spend row, so conflicts and unknown suppliers can be tried.
    static func baseline(_ scratch: Scratch, _ sentra: SentraBinary) throws -> [String] {
        let db = ["--db", scratch.path("h.db")]
        let suppliers = try scratch.write("base.csv", supplierHeader + good)
        let spend = try scratch.write("spend0.csv", "tx_id,opd_code,date,amount\nT0,O,2026-01-02,1000\n")
        #expect(try sentra.run(db + ["import", "suppliers", suppliers]).status == 0)
        #expect(try sentra.run(db + ["import", "spend", spend]).status == 0)
        return db
    }

    static func snapshot(_ sentra: SentraBinary, _ db: [String]) throws -> String {
        try sentra.run(db + ["history", "--format", "json"]).stdout
            + sentra.run(db + ["suppliers", "--format", "json"]).stdout
    }

    @Test(arguments: cases)
    func hostileInputIsRejectedAndChangesNothing(_ hostile: Case) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary(directory: scratch.url.path)
        let db = try Self.baseline(scratch, sentra)
        let before = try Self.snapshot(sentra, db)
        let path = try scratch.write("hostile.csv", bytes: hostile.bytes())
        let result = try sentra.run(db + ["import", hostile.kind, path] + hostile.extra)
        #expect(result.status == hostile.status, "\(hostile.name): \(result.stderr.prefix(500))")
        #expect(result.stderr.contains(hostile.message), "\(hostile.name): \(result.stderr.prefix(500))")
        #expect(result.stdout.isEmpty)
        #expect(try Self.snapshot(sentra, db) == before, "\(hostile.name) changed the database")
    }

    @Test func catalogueHasAtLeastFortyCases() { #expect(Self.cases.count >= 40) }

    @Test func missingPathsAndFoldersExit66() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary(directory: scratch.url.path)
        let db = ["--db", scratch.path("m.db")]
        #expect(try sentra.run(db + ["import", "suppliers", scratch.path("nope.csv")]).status == 66)
        #expect(try sentra.run(db + ["import", "suppliers", scratch.url.path]).status == 66)
    }

    @Test func databaseThatIsNotSQLiteOrAFolderExits74Or73() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary(directory: scratch.url.path)
        let junk = try scratch.write("junk.db", String(repeating: "x", count: 8192))
        let notDB = try sentra.run(["--db", junk, "import", "suppliers", Repository.fixture("suppliers.csv")])
        #expect(notDB.status == 74)
        #expect(notDB.stderr.contains("not an SQLite database"))
        let folder = try sentra.run(["--db", scratch.url.path, "history"])
        #expect(folder.status == 73)
    }

    @Test func readOnlyDatabaseExits74AndStaysIntact() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary(directory: scratch.url.path)
        let db = try Self.baseline(scratch, sentra)
        let before = try Self.snapshot(sentra, db)
        // The tests run as root, which ignores permission bits: the immutable attribute binds root too.
        try shell("chattr +i \(scratch.path("h.db"))")
        defer { try? shell("chattr -i \(scratch.path("h.db"))") }
        let result = try sentra.run(db + ["import", "budgets", Repository.fixture("budgets.csv")])
        #expect(result.status == 74, "\(result.stderr)")
        #expect(result.stderr.contains("read-only"))
        try shell("chattr -i \(scratch.path("h.db"))")
        #expect(try Self.snapshot(sentra, db) == before)
    }

    @Test func fullDiskExits74AndLeavesTheDatabaseWhole() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary(directory: scratch.url.path)
        let mount = scratch.path("small")
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        // Room for the empty database and one suppliers import, not for the catalog.
        try shell("mount -t tmpfs -o size=384k tmpfs \(mount)")
        defer { try? shell("umount \(mount)") }
        let db = ["--db", mount + "/full.db"]
        #expect(try sentra.run(db + ["import", "suppliers", Repository.fixture("suppliers.csv")]).status == 0)
        let before = try Self.snapshot(sentra, db)
        // Fill the rest of the disk, then try to grow the database.
        try? shell("head -c 1048576 /dev/zero > \(mount)/filler")
        let result = try sentra.run(db + ["import", "catalog", Repository.fixture("catalog.csv")])
        #expect(result.status == 74, "\(result.stderr)")
        try shell("rm -f \(mount)/filler")
        #expect(try Self.snapshot(sentra, db) == before)
        let check = try sentra.run(db + ["check", "--format", "json"])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func sqlInjectionIsStoredAsText() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary(directory: scratch.url.path)
        let db = ["--db", scratch.path("i.db")]
        let evil = "'); DROP TABLE supplier;--"
        let path = try scratch.write("evil.csv", Self.supplierHeader + "3604000000001,\"\(evil)\",mikro,36.04\n")
        #expect(try sentra.run(db + ["import", "suppliers", path]).status == 0)
        let listed = try sentra.run(db + ["suppliers", "--format", "json"])
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("\"name\" : \"'); DROP TABLE supplier;--\""))
        let searched = try sentra.run(db + ["suppliers", "DROP TABLE\" OR 1 --", "--format", "json"])
        #expect(searched.status == 0, "\(searched.stderr)")
    }

    @Test func lineEndingsOfEveryKindAreAccepted() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary(directory: scratch.url.path)
        for (index, ending) in ["\n", "\r\n", "\r"].enumerated() {
            let text =
                ["nib,name,scale,region", "3604000000001,UD,mikro,36.04", "3604000000002,CV,kecil,36.73"]
                .joined(separator: ending) + ending
            let path = try scratch.write("e\(index).csv", text)
            let result = try sentra.run(["--db", scratch.path("e\(index).db"), "import", "suppliers", path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("2 added"))
        }
    }

    @Test func headerOnlyFileImportsNothing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.write("h.csv", Self.supplierHeader)
        let result = try SentraBinary().run(["--db", scratch.path("h.db"), "import", "suppliers", path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("0 rows"))
    }
}

/// Runs a shell command; throws when it fails.
func shell(_ command: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    try process.run()
    process.waitUntilExit()
    if process.terminationStatus != 0 {
        throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "\(command) failed"])
    }
}
