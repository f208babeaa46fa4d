import Foundation
import GRDB
import SentraTestSupport
import Testing

@testable import SentraKit

@Suite struct ImporterTests {
    static let suppliers = """
        nib,name,scale,region,certifications,active
        3604000000001,UD Emping Bu Siti,mikro,36.04,halal:ID1;pirt:2063604010126,ya
        3672000000002,Batik Krakatau,kecil,3672,,ya

        """

    private func importing(
        _ kind: ImportKind, _ text: String, into store: Store, in scratch: Scratch, name: String? = nil,
        configure: (inout ImportOptions) -> Void = { _ in }
    ) throws -> ImportSummary {
        let path = try scratch.write(name ?? "\(kind.rawValue).csv", text)
        var options = ImportOptions(kind: kind, path: path)
        configure(&options)
        return try Importer(store: store).run(options)
    }

    private func count(_ store: Store, _ table: String) throws -> Int {
        try store.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }

    @Test func importTwiceChangesNothingTheSecondTime() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try Store(path: scratch.path("t.db"))
        let first = try importing(.suppliers, Self.suppliers, into: store, in: scratch)
        #expect((first.added, first.updated, first.unchanged) == (2, 0, 0))
        #expect(first.importID == 1)
        let second = try importing(.suppliers, Self.suppliers, into: store, in: scratch)
        #expect((second.added, second.updated, second.unchanged) == (0, 0, 2))
        #expect(!second.changedAnything)
        #expect(second.importID == nil)
        #expect(try count(store, "import_run") == 1)
    }

    @Test func newerFileUpdatesByKey() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try Store(path: scratch.path("t.db"))
        _ = try importing(.suppliers, Self.suppliers, into: store, in: scratch)
        let newer = """
            nib,name,scale,region
            3604000000001,UD Emping Bu Siti,kecil,36.04
            3672000000002,Batik Krakatau,kecil,36.72
            3601000000003,Golok Ciomas,mikro,36.01

            """
        let summary = try importing(.suppliers, newer, into: store, in: scratch)
        // Row 1 changed scale; row 2 is the same.
        #expect((summary.added, summary.updated, summary.unchanged) == (1, 1, 1))
        let row = try store.queue.read {
            try Row.fetchOne($0, sql: "SELECT scale, certifications FROM supplier WHERE nib = '3604000000001'")
        }
        #expect(row?["scale"] == "kecil")
        // The newer file has no certifications column: the certificates on record stay.
        #expect(row?["certifications"] == "halal:ID1;pirt:2063604010126")
    }

    @Test func oneBadRowRejectsTheWholeFileAndLeavesTheDatabaseUnchanged() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try Store(path: scratch.path("t.db"))
        _ = try importing(.suppliers, Self.suppliers, into: store, in: scratch)
        try store.queue.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        let before = try Data(contentsOf: URL(fileURLWithPath: scratch.path("t.db")))
        let bad = """
            nib,sku,name,category,unit,unit_price
            3604000000001,E1,Emping,makanan,pcs,25000
            3604000000001,E2,Emping,makanan,pcs,"1.250,5"
            9999999999999,E3,Keripik,makanan,pcs,1000
            3604000000001,E1,Emping lagi,makanan,pcs,25000

            """
        let error = #expect(throws: SentraError.self) { try importing(.catalog, bad, into: store, in: scratch) }
        #expect(error?.kind == .dataRejected)
        let located = error?.diagnostics.filter { $0.severity == .error }.map { "\($0.line):\($0.column)" }
        #expect(located == ["3:6", "4:1", "5:2"])
        #expect(
            error?.diagnostics.first?.description.hasSuffix(
                "is ambiguous: write 1250.5 or 1.250,50 (plain digits with an optional .sen, or dots for thousands with ,sen)"
            ) == true)
        #expect(try count(store, "catalog_item") == 0)
        try store.queue.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.path("t.db"))) == before)
    }

    @Test func skipInvalidImportsGoodRowsAndWritesRejects() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try Store(path: scratch.path("t.db"))
        _ = try importing(.suppliers, Self.suppliers, into: store, in: scratch)
        let mixed =
            "nib,sku,name,category,unit,unit_price\n3604000000001,E1,Emping,makanan,pcs,25000\n3604000000001,E2,Bad,nope,pcs,1\n"
        let summary = try importing(.catalog, mixed, into: store, in: scratch) {
            $0.skipInvalid = true
            $0.rejectsPath = scratch.path("rejects.csv")
        }
        #expect((summary.added, summary.rejected) == (1, 1))
        let rejects = try String(contentsOfFile: scratch.path("rejects.csv"), encoding: .utf8)
        #expect(
            rejects.hasPrefix(
                "nib,sku,name,category,unit,unit_price,line,reason\n3604000000001,E2,Bad,nope,pcs,1,3,\"category \"\"nope\"\" is unknown"
            ))
    }

    @Test func dryRunWritesNothing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try Store(path: scratch.path("t.db"))
        let summary = try importing(.suppliers, Self.suppliers, into: store, in: scratch) { $0.dryRun = true }
        #expect(summary.added == 2)
        #expect(try count(store, "supplier") == 0)
        #expect(try count(store, "import_run") == 0)
    }

    @Test func spendIsALedgerConflictsNeedAmend() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try Store(path: scratch.path("t.db"))
        _ = try importing(.suppliers, Self.suppliers, into: store, in: scratch)
        let spend =
            "tx_id,opd_code,date,amount,supplier_nib\nT1,SETDA,2026-03-01,1000000,3604000000001\nT2,SETDA,02/03/2026,Rp 2.000.000,\n"
        let first = try importing(.spend, spend, into: store, in: scratch)
        #expect(first.added == 2)
        let changed =
            "tx_id,opd_code,date,amount,supplier_nib\nT1,SETDA,2026-03-01,1500000,3604000000001\nT2,SETDA,02/03/2026,Rp 2.000.000,\n"
        let conflict = #expect(throws: SentraError.self) { try importing(.spend, changed, into: store, in: scratch) }
        #expect(conflict?.diagnostics.first?.line == 2)
        let amended = try importing(.spend, changed, into: store, in: scratch) { $0.amend = true }
        #expect((amended.amended, amended.unchanged) == (1, 1))
        let trail = try store.queue.read {
            try Row.fetchOne($0, sql: "SELECT old_values, new_values FROM spend_amendment WHERE tx_id = 'T1'")
        }
        #expect((trail?["old_values"] as String?)?.contains("\"amount\":\"1000000\"") == true)
        #expect((trail?["new_values"] as String?)?.contains("\"amount\":\"1500000\"") == true)
    }

    @Test func missingRequiredColumnIsOneErrorNamingIt() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try Store(path: scratch.path("t.db"))
        let error = #expect(throws: SentraError.self) {
            try importing(.suppliers, "nib,name,region,colour\n3604000000001,X,36.04,red\n", into: store, in: scratch)
        }
        let errors = error?.diagnostics.filter { $0.severity == .error }
        #expect(errors?.count == 1)
        #expect(errors?.first?.message.contains("\"scale\"") == true)
        #expect(error?.diagnostics.contains { $0.severity == .warning && $0.message.contains("colour") } == true)
    }

    @Test func lkppAliasesAreAccepted() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try Store(path: scratch.path("t.db"))
        let needs = """
            kd_rup;kd_satker_str;nama_satker;tahun_anggaran;kategori;nama_paket;volume;satuan;pagu;kode_wilayah
            51234567;1.01;Setda Banten;2026;catering;Snack box rapat;200;box;Rp 6.000.000;3604

            """
        let summary = try importing(.needs, needs, into: store, in: scratch)
        #expect(summary.added == 1)
        let budget = try store.queue.read { try Int64.fetchOne($0, sql: "SELECT budget FROM need") }
        #expect(budget == 600_000_000)
    }
}
