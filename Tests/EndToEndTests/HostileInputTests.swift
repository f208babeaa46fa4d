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
        let sentra = SentraBinary.english(directory: scratch.url.path)
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
        let sentra = SentraBinary.english(directory: scratch.url.path)
        let db = ["--db", scratch.path("m.db")]
        #expect(try sentra.run(db + ["import", "suppliers", scratch.path("nope.csv")]).status == 66)
        #expect(try sentra.run(db + ["import", "suppliers", scratch.url.path]).status == 66)
    }

    @Test func databaseThatIsNotSQLiteOrAFolderExits74Or73() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary.english(directory: scratch.url.path)
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
        let sentra = SentraBinary.english(directory: scratch.url.path)
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
        let sentra = SentraBinary.english(directory: scratch.url.path)
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
        let sentra = SentraBinary.english(directory: scratch.url.path)
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
        let sentra = SentraBinary.english(directory: scratch.url.path)
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
        let result = try SentraBinary.english().run(["--db", scratch.path("h.db"), "import", "suppliers", path])
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
