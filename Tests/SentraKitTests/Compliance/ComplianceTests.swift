import Foundation
import GRDB
import SentraKit
import SentraTestSupport
import Testing

@Suite struct ComplianceTests {
    /// Rows of a fixture as dictionaries keyed by header.
    static func rows(_ file: String) throws -> [[String: String]] {
        let input = try InputFile.scan(path: Repository.fixture(file), displayName: file)
        let reader = try input.reader()
        _ = try reader.next()
        let header = reader.fields
        var rows: [[String: String]] = []
        while try reader.next() {
            rows.append(Dictionary(uniqueKeysWithValues: zip(header, reader.fields)))
        }
        return rows
    }

    /// The contract's umkk rule, computed here from the CSV rows alone.
    @Test func everyFigureEqualsAHandComputation() throws {
        let suppliers = try Self.rows("suppliers.csv") + Self.rows("messy/suppliers-lampung-win1252.csv")
        var scaleByNIB: [String: String] = [:]
        var scaleByNPWP: [String: String] = [:]
        for supplier in suppliers.sorted(by: { $0["nib"]! < $1["nib"]! }) {
            scaleByNIB[supplier["nib"]!] = supplier["scale"]!
            let npwp = supplier["npwp"]!.filter(\.isNumber)
            if !npwp.isEmpty && scaleByNPWP[npwp] == nil { scaleByNPWP[npwp] = supplier["scale"]! }
        }
        var total: [String: Int64] = [:]
        var counted: [String: Int64] = [:]
        for spend in try Self.rows("spend.csv") where spend["date"]!.hasPrefix("2026") {
            let amount = try #require(Int64(spend["amount"]!), "amount \(spend["amount"]!) is not plain digits")
            let opd = spend["opd_code"]!
            total[opd, default: 0] += amount
            let scale = scaleByNIB[spend["supplier_nib"]!] ?? scaleByNPWP[spend["supplier_npwp"]!.filter(\.isNumber)]
            if let scale, ["mikro", "kecil", "koperasi"].contains(scale) { counted[opd, default: 0] += amount }
        }

        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try FixtureStore.make(in: scratch)
        var query = ComplianceQuery()
        query.year = 2026
        let report = try store.read { try query.run($0) }
        #expect(report.map(\.opdCode) == total.keys.sorted())
        for row in report {
            let t = total[row.opdCode]!, c = counted[row.opdCode] ?? 0
            #expect(row.totalSpend == Rupiah(rupiah: t), "\(row.opdCode) total")
            #expect(row.countedSpend == Rupiah(rupiah: c), "\(row.opdCode) counted")
            // Share in hundredths of a percent, rounded half up.
            let share = (c * 10_000 * 2 + t) / (t * 2)
            #expect(row.share.basisPoints == Int(share), "\(row.opdCode) share")
            let met = c * 100 >= t * 40
            #expect(row.met == met, "\(row.opdCode) met")
            // Gap: 40% of total, rounded up to the sen, less counted.
            let requiredSen = (t * 100 * 40 + 99) / 100
            #expect(row.gap.sen == max(0, requiredSen - c * 100), "\(row.opdCode) gap")
        }
        #expect(report.contains { $0.met } && report.contains { !$0.met })
    }

    @Test(arguments: ComplianceGrouping.allCases)
    func everyGroupingReconcilesToTheLedgerToTheRupiah(grouping: ComplianceGrouping) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try FixtureStore.make(in: scratch)
        var query = ComplianceQuery()
        query.grouping = grouping
        let (rows, ledger) = try store.read { db in
            (try query.run(db), try Int64.fetchOne(db, sql: "SELECT sum(amount) FROM spend WHERE date LIKE '2026-%'"))
        }
        #expect(rows.reduce(Int64(0)) { $0 + $1.totalSpend.sen } == ledger)
    }

    @Test func quartersPartitionTheYear() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try FixtureStore.make(in: scratch)
        var year = ComplianceQuery()
        year.year = 2026
        let whole = try store.read { try year.run($0) }.reduce(Int64(0)) { $0 + $1.countedSpend.sen }
        var sum: Int64 = 0
        for quarter in 1...4 {
            var query = year
            query.quarter = quarter
            let rows = try store.read { try query.run($0) }
            #expect(rows.allSatisfy { $0.period == "2026-Q\(quarter)" })
            sum += rows.reduce(Int64(0)) { $0 + $1.countedSpend.sen }
        }
        #expect(sum == whole)
    }

    @Test(arguments: [
        (130, "A+"), (120, "A+"), (119, "A"), (100, "A"), (95, "B"), (90, "B"), (85, "C"), (75, "D"), (69, "F"),
    ])
    func gradesAgainstTheTarget(percentOfTarget: Int, grade: String) {
        // Target 40%: a share of 40 × k / 100 percent.
        let counted = Rupiah(rupiah: Int64(40 * percentOfTarget))
        let total = Rupiah(rupiah: 10_000)
        #expect(Grade.of(counted: counted, total: total, target: Percent(whole: 40)).rawValue == grade)
    }

    @Test func metricsCountTheRightSuppliers() {
        #expect(ComplianceMetric.umkk.counts(scale: .kecil, tkdn: nil))
        #expect(!ComplianceMetric.umkk.counts(scale: .menengah, tkdn: nil))
        #expect(ComplianceMetric.ikm.counts(scale: .menengah, tkdn: nil))
        #expect(!ComplianceMetric.ikm.counts(scale: .besar, tkdn: nil))
        #expect(ComplianceMetric.pdn.counts(scale: .besar, tkdn: nil))
        #expect(ComplianceMetric.pdn.counts(scale: nil, tkdn: Percent(whole: 25)))
        #expect(!ComplianceMetric.pdn.counts(scale: nil, tkdn: Percent(basisPoints: 2499)))
    }
}
