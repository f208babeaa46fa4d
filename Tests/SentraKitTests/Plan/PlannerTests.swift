import Foundation
import SentraKit
import SentraTestSupport
import Testing

@Suite struct PlannerTests {
    struct Instance {
        var needs: [(id: String, quantity: Int, budget: Int, month: Int)]
        var items: [(nib: String, sku: String, price: Int, capacity: Int)]
    }

    static func instance(seed: UInt64) -> Instance {
        var random = SeededSequence(seed: seed)
        var items: [(String, String, Int, Int)] = []
        for supplier in 0..<random.next(2...3) {
            for item in 0..<random.next(1...2) {
                items.append(("360400000000\(supplier)", "P\(item)", random.next(10...50) * 100, random.next(1...5)))
            }
        }
        var needs: [(String, Int, Int, Int)] = []
        for need in 0..<random.next(3...4) {
            let quantity = random.next(1...5)
            needs.append(("N\(need)", quantity, quantity * random.next(20...60) * 100, random.next(3...4)))
        }
        return Instance(needs: needs, items: items)
    }

    /// Exhaustive search of every integral assignment: (best value, least cost at that value).
    static func optimum(_ instance: Instance) -> (value: Int64, cost: Int64) {
        var best: (Int64, Int64) = (0, 0)
        var remaining: [String: Int] = [:]
        for item in instance.items {
            for month in 3...4 { remaining["\(item.nib)/\(item.sku)/\(month)"] = item.capacity }
        }
        func search(_ index: Int, _ value: Int64, _ cost: Int64) {
            if index == instance.needs.count {
                if value > best.0 || (value == best.0 && cost < best.1) { best = (value, cost) }
                return
            }
            let need = instance.needs[index]
            let eligible = instance.items.filter { $0.price * need.quantity <= need.budget }
            let unitValue = Int64(need.budget) * 100 * 100 / Int64(need.quantity)
            func spread(_ position: Int, _ left: Int, _ value: Int64, _ cost: Int64) {
                if position == eligible.count {
                    search(index + 1, value, cost)
                    return
                }
                let item = eligible[position]
                let key = "\(item.nib)/\(item.sku)/\(need.month)"
                for units in 0...min(left, remaining[key]!) {
                    remaining[key]! -= units
                    spread(
                        position + 1, left - units, value + Int64(units) * unitValue,
                        cost + Int64(units * item.price * 100))
                    remaining[key]! += units
                }
            }
            spread(0, need.quantity, value, cost)
        }
        search(0, 0, 0)
        return best
    }

    @Test(arguments: 1...24)
    func planReachesTheExhaustiveOptimum(seed: Int) throws {
        let instance = Self.instance(seed: UInt64(seed))
        let scratch = try Scratch()
        defer { scratch.remove() }
        let suppliers = Set(instance.items.map(\.nib)).sorted().map { "\($0),IKM \($0),mikro,36.04\n" }.joined()
        let catalog = instance.items.map { "\($0.nib),\($0.sku),Keripik,makanan,pcs,\($0.price),\($0.capacity)\n" }
            .joined()
        let needs = instance.needs.map {
            "\($0.id),OPD,Dinas,2026,makanan,Keripik,\($0.quantity),pcs,\($0.budget),36.04,2026-0\($0.month)-20\n"
        }.joined()
        let store = try Store(path: scratch.path("p.db"))
        for (kind, text) in [
            (ImportKind.suppliers, "nib,name,scale,region\n" + suppliers),
            (.catalog, "nib,sku,name,category,unit,unit_price,capacity_per_month\n" + catalog),
            (
                .needs,
                "need_id,opd_code,opd_name,fiscal_year,category,description,quantity,unit,budget,region,needed_by\n"
                    + needs
            ),
        ] {
            _ = try Importer(store: store).run(ImportOptions(kind: kind, path: try scratch.write("\(kind).csv", text)))
        }
        let (needRecords, snapshot) = try store.read { db in (try NeedQuery().fetch(db), try CatalogSnapshot.load(db)) }
        // The pure model (splits allowed) is the one exhaustive search solves.
        let plan = Planner(
            catalog: snapshot, asOf: Day(year: 2026, month: 3, day: 1)!, options: PlanOptions(allowSplit: true)
        ).plan(needRecords)
        // The default rule (no split where one item can carry the need) keeps the covered value.
        let unsplit = Planner(catalog: snapshot, asOf: Day(year: 2026, month: 3, day: 1)!).plan(needRecords)
        #expect(unsplit.coveredValue == plan.coveredValue, "seed \(seed)")

        // No item over its capacity in any month.
        var used: [String: Int64] = [:]
        for assignment in plan.assignments {
            used["\(assignment.nib)/\(assignment.sku)/\(assignment.month)", default: 0] += assignment.quantity
        }
        for item in instance.items {
            for month in 3...4 {
                #expect(used["\(item.nib)/\(item.sku)/2026-0\(month)", default: 0] <= Int64(item.capacity))
            }
        }
        // No need over-assigned; every assignment within the need's budget.
        let byNeed = Dictionary(grouping: plan.assignments, by: \.needID)
        for need in instance.needs {
            let assigned = byNeed[need.id] ?? []
            #expect(assigned.reduce(0) { $0 + $1.quantity } <= Int64(need.quantity))
            for assignment in assigned {
                let price = instance.items.first { $0.nib == assignment.nib && $0.sku == assignment.sku }!.price
                #expect(price * need.quantity <= need.budget)
            }
        }
        // The objective equals the exhaustive optimum: value first, then cost.
        var value: Int64 = 0, cost: Int64 = 0
        for assignment in plan.assignments {
            let need = instance.needs.first { $0.id == assignment.needID }!
            value += assignment.quantity * (Int64(need.budget) * 100 * 100 / Int64(need.quantity))
            cost += assignment.total.sen
        }
        let best = Self.optimum(instance)
        #expect(value == best.value, "seed \(seed): value \(value) vs optimum \(best.value)")
        #expect(cost == best.cost, "seed \(seed): cost \(cost) vs optimum \(best.cost)")
    }

    @Test func capacityBindsWhenManyOPDsWantOneMonthsOutput() throws {
        // Ten OPDs each want 500 snack boxes in March from three micro bakeries that bake 300 each.
        let scratch = try Scratch()
        defer { scratch.remove() }
        var suppliers = "nib,name,scale,region\n",
            catalog = "nib,sku,name,category,unit,unit_price,capacity_per_month\n"
        for bakery in 1...3 {
            suppliers += "367300000000\(bakery),Bakery \(bakery),mikro,36.73\n"
            catalog += "367300000000\(bakery),SB,Snack box,jasa-boga,box,20000,300\n"
        }
        var needs = "need_id,opd_code,opd_name,fiscal_year,category,description,quantity,unit,budget,region,needed_by\n"
        for opd in 0..<10 {
            needs += "S\(opd),OPD\(opd),Dinas,2026,jasa-boga,Snack box,500,box,12500000,36.73,2026-03-25\n"
        }
        let store = try Store(path: scratch.path("c.db"))
        for (kind, text) in [(ImportKind.suppliers, suppliers), (.catalog, catalog), (.needs, needs)] {
            _ = try Importer(store: store).run(ImportOptions(kind: kind, path: try scratch.write("\(kind).csv", text)))
        }
        let (needRecords, snapshot) = try store.read { db in (try NeedQuery().fetch(db), try CatalogSnapshot.load(db)) }
        let plan = Planner(catalog: snapshot, asOf: Day(year: 2026, month: 3, day: 1)!).plan(needRecords)
        #expect(plan.assignments.reduce(0) { $0 + $1.quantity } == 900)
        #expect(plan.unassigned.reduce(0) { $0 + $1.quantity } == 4100)
        #expect(plan.unassigned.allSatisfy { $0.reason.hasPrefix("capacity") })
    }
}
