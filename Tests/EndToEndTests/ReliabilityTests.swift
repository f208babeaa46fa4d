import Foundation
import GRDB
import SentraTestSupport
import Testing

@Suite(.serialized) struct ReliabilityTests {
    /// A catalog large enough that an import takes a noticeable time.
    static func writeLargeCatalog(_ scratch: Scratch, rows: Int) throws -> (suppliers: String, catalog: String) {
        var suppliers = "nib,name,scale,region\n"
        for index in 0..<100 { suppliers += "36040000\(String(format: "%05d", index)),IKM \(index),mikro,36.04\n" }
        var catalog = "nib,sku,name,category,unit,unit_price,capacity_per_month,description\n"
        catalog.reserveCapacity(rows * 90)
        for index in 0..<rows {
            catalog +=
                "36040000\(String(format: "%05d", index % 100)),SKU-\(index),Keripik pisang \(index),makanan,pcs,"
                + "\(1000 + index % 5000),\(100 + index % 900),\"keripik, oleh-oleh \(index)\"\n"
        }
        return (try scratch.write("s.csv", suppliers), try scratch.write("c.csv", catalog))
    }

    static func count(_ path: String, _ table: String) throws -> Int {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            #expect(integrity == ["ok"], "integrity: \(integrity)")
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? -1
        }
    }

    /// SIGKILL an import at 30 moments spread over its run: the database always
    /// holds the whole file or none of it, and the next import succeeds.
    @Test func killedImportsLeaveAllOrNothing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let rows = 30_000
        let (suppliers, catalog) = try Self.writeLargeCatalog(scratch, rows: rows)
        let template = scratch.path("template.db")
        #expect(try SentraBinary.english().run(["--db", template, "import", "suppliers", suppliers]).status == 0)

        // How long a whole import takes here, to spread the kill moments over it.
        let timing = scratch.path("timing.db")
        try FileManager.default.copyItem(atPath: template, toPath: timing)
        let started = Date()
        #expect(try SentraBinary.english().run(["--db", timing, "import", "catalog", catalog]).status == 0)
        let duration = Date().timeIntervalSince(started)

        var outcomes: [Int: Int] = [:]
        for trial in 0..<30 {
            let db = scratch.path("kill-\(trial).db")
            try FileManager.default.copyItem(atPath: template, toPath: db)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: SentraBinary.path)
            process.arguments = ["--db", db, "--quiet", "import", "catalog", catalog]
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(duration * 1.1 * Double(trial) / 30 * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let count = try Self.count(db, "catalog_item")
            #expect(count == 0 || count == rows, "trial \(trial): \(count) rows, neither none nor all")
            outcomes[count, default: 0] += 1
            let again = try SentraBinary.english().run(["--db", db, "import", "catalog", catalog])
            #expect(again.status == 0, "trial \(trial): \(again.stderr)")
            #expect(try Self.count(db, "catalog_item") == rows)
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        }
        print(
            "crash safety: \(outcomes[0] ?? 0) kills left none, \(outcomes[rows] ?? 0) left all, in \(duration)s imports"
        )
        #expect(outcomes[0, default: 0] > 0, "no kill landed before the commit")
    }

    /// Two imports and a report at the same moment, as overlapping cron jobs do.
    @Test func concurrentRunsLoseNothing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let (suppliers, catalog) = try Self.writeLargeCatalog(scratch, rows: 20_000)
        let db = scratch.path("c.db")
        #expect(try SentraBinary.english().run(["--db", db, "import", "suppliers", suppliers]).status == 0)
        var spend = "tx_id,opd_code,date,amount,supplier_nib\n"
        for index in 0..<5000 {
            spend +=
                "T\(index),OPD\(index % 7),2026-03-\(10 + index % 15),\(1000 + index),3604000000\(String(format: "%03d", index % 100))\n"
        }
        let spendPath = try scratch.write("spend.csv", spend)
        let commands = [
            ["--db", db, "--lock-timeout", "60", "import", "catalog", catalog],
            ["--db", db, "--lock-timeout", "60", "import", "spend", spendPath],
            ["--db", db, "--lock-timeout", "60", "report", "compliance", "--format", "json"],
        ]
        let processes = try commands.map { arguments -> Process in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: SentraBinary.path)
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0, 0])
        #expect(try Self.count(db, "catalog_item") == 20_000)
        #expect(try Self.count(db, "spend") == 5000)
        #expect(try Self.count(db, "import_run") == 3)
    }

    /// A writer that waits past the lock timeout exits 75 having changed nothing.
    @Test func waiterPastTheLockTimeoutExits75() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = scratch.path("l.db")
        #expect(
            try SentraBinary.english().run(["--db", db, "import", "suppliers", Repository.fixture("suppliers.csv")])
                .status == 0
        )
        let holder = try DatabaseQueue(path: db)
        try holder.writeWithoutTransaction { connection in
            try connection.execute(sql: "BEGIN IMMEDIATE")
            let result = try SentraBinary.english().run(
                ["--db", db, "--lock-timeout", "0.5", "import", "budgets", Repository.fixture("budgets.csv")])
            #expect(result.status == 75, "\(result.stderr)")
            #expect(result.stderr.contains("busy"))
            try connection.execute(sql: "ROLLBACK")
        }
        #expect(try Self.count(db, "budget") == 0)
        #expect(try Self.count(db, "import_run") == 1)
    }

    /// `--output` goes through a temporary file: a failed run leaves the previous report in place.
    @Test func failedRunLeavesThePreviousOutput() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = scratch.path("o.db")
        let sentra = SentraBinary.english()
        #expect(try sentra.run(["--db", db, "import", "suppliers", Repository.fixture("suppliers.csv")]).status == 0)
        let output = scratch.path("suppliers.json")
        #expect(try sentra.run(["--db", db, "suppliers", "--format", "json", "--output", output]).status == 0)
        let first = try String(contentsOfFile: output, encoding: .utf8)
        let broken = try scratch.write("broken.db", "not a database at all, just text")
        let failed = try sentra.run(["--db", broken, "suppliers", "--format", "json", "--output", output])
        #expect(failed.status == 74)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == first)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter {
            $0.contains(".tmp")
        }
        #expect(leftovers.isEmpty)
    }

    /// Row values stay out of stderr unless --verbose: the summary names counts, never cells.
    @Test func summaryCarriesNoRowValues() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.write(
            "p.csv", "nib,name,scale,region,phone\n3604000000001,Rahasia Usaha,mikro,36.04,0812999888\n")
        let result = try SentraBinary.english().run(["--db", scratch.path("p.db"), "import", "suppliers", path])
        #expect(result.status == 0)
        #expect(!result.stderr.contains("Rahasia"))
        #expect(!result.stderr.contains("0812999888"))
    }
}
