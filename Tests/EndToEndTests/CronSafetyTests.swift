import Foundation
import SentraKit
import SentraTestSupport
import Testing

/// What a cron author gets wrong must never pass as success: a mistyped database, OPD or year,
/// an unknown help topic. Each case of issue 13's first list, run through the binary.
@Suite struct CronSafetyTests {
    @Test func mistypedDatabaseExits66AndCreatesNothing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let typo = scratch.path("typo.db")
        for arguments in [
            ["report", "compliance", "--fail-under", "40"], ["match"], ["plan"], ["history"], ["check"],
            ["suppliers"], ["export", "--format", "csv", "--output", scratch.path("x.csv")],
        ] {
            let result = try SentraBinary.english().run(["--db", typo] + arguments)
            #expect(result.status == 66, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(typo), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: typo), "\(arguments) created the database")
        }
    }

    @Test(arguments: ["CLG-SETDAA", "clg-setda"])
    func unknownOPDWarnsWithTheNearestCodeAndFailsUnderTarget(code: String) throws {
        let (scratch, sentra, db) = try LoadedFixtures.make(language: "en")
        defer { scratch.remove() }
        let plain = try sentra.run(db + ["report", "compliance", "--opd", code, "--format", "json"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stderr.contains("no OPD \"\(code)\""), "\(plain.stderr)")
        #expect(plain.stderr.contains("did you mean \"CLG-SETDA\""), "\(plain.stderr)")
        let judged = try sentra.run(db + ["report", "compliance", "--opd", code, "--fail-under", "40"])
        #expect(judged.status == 64, "\(judged.stderr)")
        for command in [["match"], ["plan"], ["report", "flags"]] {
            let result = try sentra.run(db + command + ["--opd", code, "--format", "json"])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("did you mean \"CLG-SETDA\""), "\(command): \(result.stderr)")
        }
    }

    @Test func yearWithoutSpendSaysSoAndFailsUnderTarget() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make(language: "en")
        defer { scratch.remove() }
        for year in ["26", "2025"] {
            let plain = try sentra.run(db + ["report", "compliance", "--year", year, "--format", "csv"])
            #expect(plain.status == 0, "\(plain.stderr)")
            #expect(plain.stderr.contains("no spend in \(year)"), "\(plain.stderr)")
            #expect(plain.stderr.contains("years with spend: 2026"), "\(plain.stderr)")
            let judged = try sentra.run(db + ["report", "compliance", "--year", year, "--fail-under", "40"])
            #expect(judged.status == 3, "\(judged.stderr)")
            #expect(judged.stderr.contains("no spend in scope"), "\(judged.stderr)")
        }
        let needs = try sentra.run(db + ["match", "--year", "2025", "--format", "json"])
        #expect(needs.status == 0)
        #expect(
            needs.stderr.contains("no needs for fiscal year 2025; fiscal years with needs: 2026"), "\(needs.stderr)")
    }

    @Test func helpForAnUnknownCommandExits64() throws {
        let unknown = try SentraBinary.english().run(["help", "nosuch"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no command \"nosuch\""), "\(unknown.stderr)")
        let nested = try SentraBinary.english().run(["help", "report", "nope"])
        #expect(nested.status == 64)
        let known = try SentraBinary.english().run(["help", "report", "compliance"])
        #expect(known.status == 0)
        #expect(known.stdout.contains("--fail-under"))
    }

    @Test func exportWritesToStandardOutputWithADash() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make(language: "en")
        defer { scratch.remove() }
        var inScratch = sentra
        inScratch.directory = scratch.url.path
        let result = try inScratch.run(db + ["export", "--format", "csv", "--output", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("tx_id,opd_code,date,amount,"))
        #expect(result.stdout.split(separator: "\n").count == 96)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("-")), "wrote a file named -")
        let report = try inScratch.run(db + ["report", "compliance", "--format", "csv", "--output", "-"])
        #expect(report.stdout.hasPrefix("opd_code,"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("-")))
    }

    @Test func machineFormatsCarryTheirInputsInAProvenanceSidecar() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make(language: "en")
        defer { scratch.remove() }
        for command in [["report", "compliance"], ["match"], ["plan"]] {
            let sidecar = scratch.path("provenance.json")
            let result = try sentra.run(
                db + command + ["--format", "json", "--as-of", "2026-03-01", "--provenance", sidecar])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            let data = try Data(contentsOf: URL(fileURLWithPath: sidecar))
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            let sources = object?["sources"] as? [[String: Any]] ?? []
            #expect(sources.count == 8, "\(command)")
            let spend = try InputFile.scan(path: Repository.fixture("spend.csv"), displayName: "spend.csv").sha256
            #expect(sources.contains { $0["sha256"] as? String == spend }, "\(command)")
            #expect(object?["as_of"] as? String == "2026-03-01")
        }
    }
}
