import Foundation
import SentraKit
import SentraTestSupport
import Testing

/// The rules on top of the flow: no needless split, a cap per supplier, undated needs spread.
@Suite struct PlanRulesTests {
    static let asOf = Day(year: 2026, month: 3, day: 1)!

    /// Imports `suppliers`, `catalog` and `needs` (CSV bodies after the header) into a fresh store.
    static func plan(
        suppliers: String, catalog: String, needs: String, options: PlanOptions, in scratch: Scratch
    ) throws -> Plan {
        let store = try Store(path: scratch.path("rules-\(UUID().uuidString).db"))
        let files: [(ImportKind, String)] = [
            (.suppliers, "nib,name,scale,region\n" + suppliers),
            (.catalog, "nib,sku,name,category,unit,unit_price,capacity_per_month\n" + catalog),
            (
                .needs,
                "need_id,opd_code,opd_name,fiscal_year,category,description,quantity,unit,budget,region,needed_by\n"
                    + needs
            ),
        ]
        for (kind, text) in files {
            _ = try Importer(store: store).run(ImportOptions(kind: kind, path: try scratch.write("\(kind).csv", text)))
        }
        let (records, snapshot) = try store.read { db in (try NeedQuery().fetch(db), try CatalogSnapshot.load(db)) }
        return Planner(catalog: snapshot, asOf: asOf, options: options).plan(records)
    }

    // A cheap bakery that can bake 100 a month and a dearer one that can bake 1,000: the cheapest
    // plan for 300 boxes splits them; an officer wants one order with one supplier.
    static let bakeries = (
        suppliers: "3673000000001,Murah,mikro,36.73\n3673000000002,Besar Kapasitas,mikro,36.73\n",
        catalog:
            "3673000000001,SB,Snack box,jasa-boga,box,10000,100\n3673000000002,SB,Snack box,jasa-boga,box,12000,1000\n"
    )

    @Test func aNeedIsNotSplitWhenOneItemCanCarryIt() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let needs = "N1,OPD1,Dinas,2026,jasa-boga,Snack box,300,box,4500000,36.73,2026-04-10\n"
        let whole = try Self.plan(
            suppliers: Self.bakeries.suppliers, catalog: Self.bakeries.catalog, needs: needs, options: PlanOptions(),
            in: scratch)
        #expect(whole.assignments.map(\.nib) == ["3673000000002"])
        #expect(whole.assignments.map(\.quantity) == [300])
        let split = try Self.plan(
            suppliers: Self.bakeries.suppliers, catalog: Self.bakeries.catalog, needs: needs,
            options: PlanOptions(allowSplit: true), in: scratch)
        #expect(split.assignments.map(\.quantity) == [100, 200])
        #expect(split.coveredValue == whole.coveredValue)
    }

    @Test func aNeedIsSplitWhenNoItemCanCarryIt() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let needs = "N1,OPD1,Dinas,2026,jasa-boga,Snack box,1050,box,15000000,36.73,2026-04-10\n"
        let plan = try Self.plan(
            suppliers: Self.bakeries.suppliers, catalog: Self.bakeries.catalog, needs: needs, options: PlanOptions(),
            in: scratch)
        #expect(plan.assignments.reduce(0) { $0 + $1.quantity } == 1050)
        #expect(Set(plan.assignments.map(\.nib)).count == 2)
    }

    @Test(arguments: [25, 40, 60])
    func noSupplierExceedsTheCap(percent: Int) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // Five workshops with room for everything; one is much cheaper, so without a cap it takes all.
        var suppliers = "", catalog = ""
        for shop in 1...5 {
            suppliers += "360100000000\(shop),Bengkel \(shop),mikro,36.01\n"
            catalog += "360100000000\(shop),GLK,Golok,logam,pcs,\(shop == 1 ? 100000 : 150000 + shop * 1000),1000\n"
        }
        var needs = ""
        for index in 0..<8 {
            needs +=
                "G\(index),OPD1,Dinas,2026,logam,Golok,\(10 + index),pcs,\(3_000_000 + index * 100_000),36.01,2026-05-01\n"
        }
        let capped = try Self.plan(
            suppliers: suppliers, catalog: catalog, needs: needs,
            options: PlanOptions(maxSupplierShare: Percent(whole: percent)), in: scratch)
        var bySupplier: [String: Int64] = [:]
        for assignment in capped.assignments { bySupplier[assignment.nib, default: 0] += assignment.total.sen }
        let total = bySupplier.values.reduce(0, +)
        #expect(total > 0)
        for (nib, value) in bySupplier {
            #expect(value * 100 <= Int64(percent) * total, "\(nib): \(value) of \(total)")
        }
        let free = try Self.plan(
            suppliers: suppliers, catalog: catalog, needs: needs, options: PlanOptions(), in: scratch)
        #expect(Set(free.assignments.map(\.nib)) == ["3601000000001"])
    }

    @Test func anUndatedNeedIsSpreadOverTheRestOfItsYear() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // 1,000 packs, no date, as of 1 March: ten months, 100 each, within a 120-a-month maker.
        let plan = try Self.plan(
            suppliers: "3673000000001,Roti,mikro,36.73\n",
            catalog: "3673000000001,KR,Keripik pisang,makanan,pack,10000,120\n",
            needs: "U1,OPD1,Dinas,2026,makanan,Keripik pisang,1000,pack,15000000,36.73,\n", options: PlanOptions(),
            in: scratch)
        #expect(plan.assignments.map(\.month) == (3...12).map { "2026-" + ($0 < 10 ? "0\($0)" : "\($0)") })
        #expect(plan.assignments.allSatisfy { $0.quantity == 100 })
        #expect(plan.unassigned.isEmpty)
    }

    @Test func anUndatedPerishableNeedIsMadeInOneMonth() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // Cooked food is made in the month it is delivered, as match reads capacity: 1,000 snack
        // boxes by 31 December from a 120-a-month bakery leave 880 unplaced.
        let plan = try Self.plan(
            suppliers: "3673000000001,Roti,mikro,36.73\n",
            catalog: "3673000000001,SB,Snack box,jasa-boga,box,10000,120\n",
            needs: "U1,OPD1,Dinas,2026,jasa-boga,Snack box,1000,box,15000000,36.73,\n", options: PlanOptions(),
            in: scratch)
        #expect(plan.assignments.map(\.month) == ["2026-12"])
        #expect(plan.assignments.map(\.quantity) == [120])
        #expect(plan.unassigned.map(\.quantity) == [880])
    }
}
