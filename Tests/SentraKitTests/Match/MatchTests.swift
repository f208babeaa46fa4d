import Foundation
import GRDB
import SentraTestSupport
import Testing

@testable import SentraKit

@Suite struct MatchTests {
    static let asOf = Day(year: 2026, month: 3, day: 1)!

    /// Every proposed candidate is re-checked here against the raw rows, with
    /// no call into the engine's own constraint code.
    @Test func everyCandidateSatisfiesEveryHardConstraint() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try FixtureStore.make(in: scratch)
        let (needs, catalog) = try store.read { db in (try NeedQuery().fetch(db), try CatalogSnapshot.load(db)) }
        var matcher = Matcher(catalog: catalog, asOf: Self.asOf, top: 5)
        let matches = matcher.match(needs)
        #expect(matches.count == needs.count)
        var proposed = 0
        for match in matches {
            let need = match.need
            if match.candidates.isEmpty {
                #expect(match.unmatchedReason?.isEmpty == false, "need \(need.id) has neither candidates nor a reason")
            }
            for candidate in match.candidates {
                proposed += 1
                let row = try #require(
                    try store.read { db in
                        try Row.fetchOne(
                            db,
                            sql: """
                                SELECT s.active, s.scale, s.region, s.certifications AS sc, c.certifications AS pc, c.category,
                                       c.unit_price, c.capacity_per_month, c.lead_time_days
                                FROM catalog_item c JOIN supplier s USING (nib) WHERE c.nib = ? AND c.sku = ?
                                """, arguments: [candidate.nib, candidate.sku])
                    })
                #expect(row["active"] as Int == 1, "\(need.id): inactive supplier \(candidate.nib)")
                #expect(row["scale"] as String != "besar", "\(need.id): besar supplier \(candidate.nib)")
                #expect(row["category"] as String == need.category)
                let held = ((row["sc"] as String) + ";" + (row["pc"] as String)).split(separator: ";")
                    .map { String($0.split(separator: ":")[0]) }
                for required in need.requiredCertifications {
                    #expect(held.contains(required), "\(need.id): \(candidate.nib) lacks \(required)")
                }
                let total = (row["unit_price"] as Int64) * need.quantity
                #expect(total <= need.budget.sen, "\(need.id): over budget")
                #expect(total == candidate.total.sen)
                let deadline = need.neededBy ?? Day(year: need.fiscalYear, month: 12, day: 31)!
                let days = deadline.ordinal - Self.asOf.ordinal
                #expect(days >= 0)
                if let lead = row["lead_time_days"] as Int64? { #expect(lead <= days) }
                if let capacity = row["capacity_per_month"] as Int64? {
                    // Cooked food is made in the delivery month; other goods over the months left.
                    let months = need.category == "jasa-boga" ? 1 : min(12, max(1, days / 30))
                    #expect(capacity * Int64(months) >= need.quantity, "\(need.id): short of capacity")
                }
                // Cooked food from the need's province, or from within 50 km of another.
                let region = row["region"] as String, delivery = try #require(need.region).description
                if need.category == "jasa-boga" && region.prefix(2) != delivery.prefix(2) {
                    let km = try #require(KemendagriRegions.kilometres(region, delivery))
                    #expect(km <= 50, "\(need.id): cooked food from \(region), \(km) km away")
                }
            }
        }
        #expect(proposed > 20)
        #expect(matches.contains { $0.candidates.isEmpty })
    }

    @Test func unmatchedNeedsNameTheConstraintWithFigures() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try FixtureStore.make(in: scratch)
        let (needs, catalog) = try store.read { db in (try NeedQuery().fetch(db), try CatalogSnapshot.load(db)) }
        var matcher = Matcher(catalog: catalog, asOf: Self.asOf)
        for match in matcher.match(needs) where match.candidates.isEmpty {
            let reason = try #require(match.unmatchedReason)
            #expect(
                reason.hasPrefix("no supplier offers") || reason.contains("nearest:")
                    || reason.contains("none is a product the need names (looked for: "),
                "\(match.need.id): \(reason)")
        }
    }

    /// `match(needs)` ranks on every core and then applies spreading; it must equal matching
    /// one need after another, including the needs it has to rank again.
    @Test(arguments: [1, 3, 5])
    func batchEqualsOneNeedAfterAnother(top: Int) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try FixtureStore.make(in: scratch)
        // Many near-identical needs so spreading penalties pile up and reorder the podiums.
        var csv = "need_id,opd_code,opd_name,fiscal_year,category,description,quantity,unit,budget,region\n"
        for index in 0..<150 {
            let (category, text) = [("jasa-boga", "Snack box rapat"), ("makanan", "Emping melinjo oleh-oleh")][
                index % 2]
            csv +=
                "B\(index),OPD\(index % 7),Dinas,2026,\(category),\(text),\(10 + index % 40),box,\(2_000_000 + index * 10_000),36.73\n"
        }
        _ = try Importer(store: store).run(ImportOptions(kind: .needs, path: try scratch.write("many.csv", csv)))
        let (needs, catalog) = try store.read { db in (try NeedQuery().fetch(db), try CatalogSnapshot.load(db)) }
        var batch = Matcher(catalog: catalog, asOf: Self.asOf, top: top)
        var single = Matcher(catalog: catalog, asOf: Self.asOf, top: top)
        let together = batch.match(needs)
        let oneByOne = needs.map { single.match($0) }
        #expect(together.count == needs.count && needs.count > 150)
        for (a, b) in zip(together, oneByOne) { #expect(a == b, "\(a.need.id)") }
        #expect(together.contains { $0.candidates.contains { $0.reasons.contains { $0.hasPrefix("spreading") } } })
    }

    /// The streamed report is the same bytes as the report rendered at once, in every format.
    @Test(arguments: OutputFormat.allCases)
    func streamedReportEqualsRenderedReport(format: OutputFormat) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try FixtureStore.make(in: scratch)
        let (needs, catalog) = try store.read { db in (try NeedQuery().fetch(db), try CatalogSnapshot.load(db)) }
        for subset in [needs, Array(needs.prefix(1)), []] {
            var matcher = Matcher(catalog: catalog, asOf: Self.asOf)
            let matches = matcher.match(subset)
            var stream = MatchReport.Stream(format: format, explain: true)
            var streamed = ""
            for match in matches { streamed += try stream.add(match) }
            streamed += try stream.finish()
            #expect(
                streamed == (try MatchReport.render(matches, format: format, explain: true)), "\(subset.count) needs")
        }
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try FixtureStore.make(in: scratch)
        func run() throws -> String {
            let (needs, catalog) = try store.read { db in (try NeedQuery().fetch(db), try CatalogSnapshot.load(db)) }
            var matcher = Matcher(catalog: catalog, asOf: Self.asOf)
            return try MatchReport.render(matcher.match(needs), format: .json, explain: true)
        }
        #expect(try run() == run())
    }

    @Test func spreadingKeepsTenSameNeedsFromOneWorkshop() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try FixtureStore.make(in: scratch, Array(FixtureStore.standard.prefix(4)))
        var csv = "need_id,opd_code,opd_name,fiscal_year,category,description,quantity,unit,budget,region\n"
        for index in 0..<10 {
            csv += "S\(index),OPD\(index),Dinas \(index),2026,jasa-boga,Snack box rapat,100,box,5000000,36.73\n"
        }
        let path = try scratch.write("ten.csv", csv)
        _ = try Importer(store: store).run(ImportOptions(kind: .needs, path: path))
        let (needs, catalog) = try store.read { db in (try NeedQuery().fetch(db), try CatalogSnapshot.load(db)) }
        var matcher = Matcher(catalog: catalog, asOf: Self.asOf)
        let firsts = matcher.match(needs).compactMap { $0.candidates.first }
        // The two small snack-box makers of Kota Serang share the ten, none taking more than half.
        // (A medium caterer used to take some: within the reservation for small enterprises it now
        // ranks after them, and spreading is across small suppliers, as the contract has it.)
        let picks = Dictionary(grouping: firsts, by: \.nib).mapValues(\.count)
        #expect(firsts.count == 10 && picks.count >= 2 && picks.values.allSatisfy { $0 <= 5 }, "top picks: \(picks)")
        #expect(firsts.allSatisfy { $0.scale.countsTowardUMKK }, "top picks: \(picks)")
    }

    /// The labelled relevance set: needs with the suppliers an experienced officer would pick.
    @Test func relevanceSetHitRates() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try FixtureStore.make(
            in: scratch, Array(FixtureStore.standard.prefix(4)) + [(.needs, "relevance/needs.csv")])
        let labels = try String(contentsOfFile: Repository.fixture("relevance/labels.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().reduce(into: [String: Set<String>]()) { map, line in
                let parts = line.split(separator: ",")
                map[String(parts[0])] = Set(parts[1].split(separator: ";").map(String.init))
            }
        let (needs, catalog) = try store.read { db in
            (try NeedQuery().fetch(db).filter { $0.id.hasPrefix("REL-") }, try CatalogSnapshot.load(db))
        }
        #expect(needs.count >= 60)
        var matcher = Matcher(catalog: catalog, asOf: Day(year: 2026, month: 1, day: 1)!)
        var top1 = 0, top3 = 0
        var misses: [String] = []
        for match in matcher.match(needs) {
            let acceptable = try #require(labels[match.need.id], "no label for \(match.need.id)")
            let nibs = match.candidates.map(\.nib)
            if let first = nibs.first, acceptable.contains(first) { top1 += 1 }
            if nibs.prefix(3).contains(where: acceptable.contains) {
                top3 += 1
            } else {
                misses.append("\(match.need.id) \(match.need.description) → \(nibs)")
            }
        }
        let total = needs.count
        print("relevance: top-1 \(top1)/\(total), top-3 \(top3)/\(total)")
        #expect(top1 * 100 >= total * 80, "top-1 \(top1)/\(total)")
        #expect(top3 * 100 >= total * 95, "top-3 \(top3)/\(total); misses: \(misses)")
    }
}

@Suite struct GateTests {
    /// The hot loop's integer gate must agree with the explained constraints on every pair.
    @Test func gateAgreesWithEligibilityOnEveryFixturePair() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try FixtureStore.make(in: scratch)
        let (needs, catalog, items, suppliers) = try store.read { db in
            (
                try NeedQuery().fetch(db), try CatalogSnapshot.load(db),
                try CatalogItem.fetchAll(db, sql: "SELECT * FROM catalog_item"),
                try Supplier.fetchAll(db, sql: "SELECT * FROM supplier")
            )
        }
        // The rows as stored, independent of the snapshot's columns.
        let itemByKey = Dictionary(uniqueKeysWithValues: items.map { ("\($0.nib)/\($0.sku)", $0) })
        let supplierByNIB = Dictionary(uniqueKeysWithValues: suppliers.map { ($0.nib, $0) })
        var pairs = 0, passing = 0
        for asOf in [
            Day(year: 2026, month: 1, day: 1)!, Day(year: 2026, month: 3, day: 1)!, Day(year: 2026, month: 9, day: 1)!,
        ] {
            let matcher = Matcher(catalog: catalog, asOf: asOf)
            for need in needs {
                let gate = Matcher.Gate(need, matcher.eligibility, matcher.catalog)
                guard let shelf = catalog.shelves[need.category] else { continue }
                for index in 0..<shelf.count {
                    let nib = catalog.suppliers[Int(shelf.supplier[index])].nib
                    let item = try #require(itemByKey["\(nib)/\(shelf.sku[index])"])
                    guard item.unitPrice.times(need.quantity)! <= need.budget else { continue }
                    let explained = matcher.eligibility.exclusions(need, item: item, supplier: supplierByNIB[nib]!)
                    #expect(
                        gate.passes(shelf, index) == explained.isEmpty, "\(need.id) × \(item.sku): \(explained)")
                    pairs += 1
                    if explained.isEmpty { passing += 1 }
                }
            }
        }
        #expect(pairs > 500 && passing > 100 && passing < pairs)
    }
}
