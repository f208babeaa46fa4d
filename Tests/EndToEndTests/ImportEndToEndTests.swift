import Foundation
import SentraTestSupport
import Testing

@Suite struct ImportEndToEndTests {
    @Test func importsEveryFixtureQuietlyOnStdout() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary.english()
        let result = try sentra.run([
            "--db", scratch.path("a.db"), "import", "suppliers", Repository.fixture("suppliers.csv"),
        ])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("48 added, 0 updated, 0 unchanged, 0 rejected"))
        let again = try sentra.run([
            "--db", scratch.path("a.db"), "import", "suppliers", Repository.fixture("suppliers.csv"),
        ])
        #expect(again.status == 0)
        #expect(again.stderr.contains("no changes"))
        #expect(again.stderr.contains("48 unchanged"))
    }

    @Test func badRowsExit65NameLineAndColumnAndChangeNothing() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make(language: "en")
        defer { scratch.remove() }
        let before = try sentra.run(db + ["report", "compliance", "--format", "json", "--as-of", "2026-03-01"]).stdout
        let history = try sentra.run(db + ["history", "--format", "json"]).stdout
        let result = try sentra.run(db + ["import", "needs", Repository.fixture("bad/needs-bad-rows.csv")])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        let expected = try String(contentsOfFile: Repository.fixture("bad/EXPECTED.txt"), encoding: .utf8)
            .split(separator: "\n").map { String($0.prefix { $0 != " " }) }
        for location in expected {
            #expect(result.stderr.contains("needs-bad-rows.csv:\(location) error:"), "missing \(location)")
        }
        #expect(try sentra.run(db + ["history", "--format", "json"]).stdout == history)
        #expect(
            try sentra.run(db + ["report", "compliance", "--format", "json", "--as-of", "2026-03-01"]).stdout == before)
    }

    @Test func spendConflictExits65AndAmendIsRecorded() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make(language: "en")
        defer { scratch.remove() }
        let file = Repository.fixture("messy/spend-amended.csv")
        let conflict = try sentra.run(db + ["import", "spend", file])
        #expect(conflict.status == 65)
        #expect(conflict.stderr.contains("TX26-0021"))
        let amended = try sentra.run(db + ["import", "spend", file, "--amend"])
        #expect(amended.status == 0, "\(amended.stderr)")
        #expect(amended.stderr.contains("1 amended"))
        let history = try sentra.run(db + ["history", "--format", "json"])
        #expect(history.stdout.contains("\"tx_id\" : \"TX26-0021\""))
    }

    @Test(arguments: [
        (["import", "suppliers", "/no/such/file.csv"], 66),
        (["import", "suppliers", "/tmp"], 66),
        (["import", "widgets", "x.csv"], 64),
        (["import", "suppliers", "x.csv", "--amend"], 64),
        (["match", "--top", "0"], 64),
        (["report", "compliance", "--quarter", "5"], 64),
        (["frobnicate"], 64),
    ])
    func exitCodes(arguments: [String], status: Int) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let result = try SentraBinary.english(directory: scratch.url.path).run(
            ["--db", scratch.path("x.db")] + arguments)
        #expect(Int(result.status) == status, "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func standardInputIsAFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let csv = "nib,name,scale,region\n3604000000001,UD Emping,mikro,36.04\n"
        let result = try SentraBinary.english().run(
            ["--db", scratch.path("s.db"), "import", "suppliers", "-"], stdin: csv)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("<stdin>"))
    }

    @Test func environmentNamesTheDatabase() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        var sentra = SentraBinary.english(directory: scratch.url.path)
        sentra.environment["SENTRA_DB"] = scratch.path("env.db")
        let result = try sentra.run(["import", "suppliers", Repository.fixture("suppliers.csv")])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.path("env.db")))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("sentra.db")))
    }

    @Test func notADatabaseExits74() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.write("junk.db", String(repeating: "not sqlite ", count: 100))
        let result = try SentraBinary.english().run(["--db", path, "history"])
        #expect(result.status == 74, "\(result.stderr)")
    }
}
