import Foundation
import Testing

@testable import SentraKit
@testable import SentraTestSupport

/// The plan on the Fixtures, checked against the rows themselves and against an independent
/// LP solver (SciPy's HiGHS) given the same model.
@Suite struct PlanFixtureTests {
    static let asOf = Day(year: 2026, month: 3, day: 1)!

    @Test func fixturePlanKeepsCapacityAndHardConstraintsAndReachesTheLPOptimum() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try FixtureStore.make(in: scratch)
        let (needs, snapshot, items, suppliers) = try store.read { db in
            (
                try NeedQuery().fetch(db), try CatalogSnapshot.load(db),
                try CatalogItem.fetchAll(db, sql: "SELECT * FROM catalog_item"),
                try Supplier.fetchAll(db, sql: "SELECT * FROM supplier")
            )
        }
        let planner = Planner(catalog: snapshot, asOf: Self.asOf, options: PlanOptions(allowSplit: true))
        let plan = planner.plan(needs)
        #expect(plan.assignments.count > 20)

        // Capacity, per item and month, from the catalog rows.
        let itemByKey = Dictionary(uniqueKeysWithValues: items.map { ("\($0.nib)/\($0.sku)", $0) })
        let supplierByNIB = Dictionary(uniqueKeysWithValues: suppliers.map { ($0.nib, $0) })
        let needByID = Dictionary(uniqueKeysWithValues: needs.map { ($0.id, $0) })
        var used: [String: Int64] = [:]
        var spent: [String: Int64] = [:]
        for assignment in plan.assignments {
            let item = try #require(itemByKey["\(assignment.nib)/\(assignment.sku)"])
            let need = try #require(needByID[assignment.needID])
            used["\(assignment.nib)/\(assignment.sku)/\(assignment.month)", default: 0] += assignment.quantity
            spent[need.id, default: 0] += assignment.total.sen
            // Every hard constraint of match but capacity, which the plan keeps per month instead.
            let broken = planner.eligibility.exclusions(need, item: item, supplier: supplierByNIB[item.nib]!)
                .filter { if case .capacity = $0 { false } else { true } }
            #expect(broken.isEmpty, "\(need.id) → \(item.sku): \(broken)")
            #expect(assignment.total == item.unitPrice.times(assignment.quantity))
        }
        for (key, units) in used {
            let parts = key.split(separator: "/").map(String.init)
            if let capacity = itemByKey["\(parts[0])/\(parts[1])"]!.capacityPerMonth {
                #expect(units <= capacity, "\(key): \(units) > \(capacity)")
            }
        }
        for (id, total) in spent { #expect(total <= needByID[id]!.budget.sen, "\(id) over budget") }

        // The same model handed to an LP solver: the covered value must be the same.
        let (network, _) = planner.network(needs)
        var arcs: [[String: Int64]] = []
        for arc in network.arcs {
            let need = needs[network.slices[arc.slice].need]
            arcs.append(["slice": Int64(arc.slice), "node": Int64(arc.node), "value": Planner.unitValue(need)])
        }
        let total = network.slices.reduce(Int64(0)) { $0 + $1.quantity }
        let model: [String: Any] = [
            "arcs": arcs, "demand": network.slices.map(\.quantity),
            "capacity": network.capacity.map { min($0, total) },
        ]
        let path = scratch.path("model.json")
        try JSONSerialization.data(withJSONObject: model).write(to: URL(fileURLWithPath: path))
        let solved = try Python.run(Self.lp, [path])
        #expect(solved.status == 0, "\(solved.output)")
        let optimum = Int64(solved.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        var value: Int64 = 0
        for assignment in plan.assignments {
            value += assignment.quantity * Planner.unitValue(needByID[assignment.needID]!)
        }
        #expect(optimum > 0)
        #expect(value == optimum, "flow \(value) vs LP \(optimum)")
    }

    /// max Σ value·x subject to each need-month's demand and each item-month's capacity.
    static let lp = """
        import json, sys
        from scipy.optimize import linprog
        from scipy.sparse import lil_matrix
        m = json.load(open(sys.argv[1]))
        arcs, demand, capacity = m["arcs"], m["demand"], m["capacity"]
        rows = lil_matrix((len(demand) + len(capacity), len(arcs)))
        for j, a in enumerate(arcs):
            rows[a["slice"], j] = 1
            rows[len(demand) + a["node"], j] = 1
        scale = max(a["value"] for a in arcs)
        res = linprog([-a["value"] / scale for a in arcs], A_ub=rows.tocsr(), b_ub=demand + capacity,
                      bounds=(0, None), method="highs")
        assert res.status == 0, res.message
        x = [round(v) for v in res.x]
        assert all(abs(v - r) < 1e-6 for v, r in zip(res.x, x)), "LP optimum not integral"
        print(sum(a["value"] * v for a, v in zip(arcs, x)))
        """
}
