import SentraTestSupport
import Testing

@testable import SentraKit

/// The matcher prunes: it walks posting lists in price order, drops long lists, scans areas
/// and bounds scores before scoring. Here every item of a random catalog is scored instead,
/// and the podium of the best item per supplier must be exactly the matcher's, under random
/// spreading penalties, for tight and generous budgets and common and rare words.
@Suite struct RankExhaustiveTests {
    /// Common words (on most items, so their lists are dropped early) and rarer ones.
    static let words = [
        "kain", "kain", "kain", "tapis", "seragam", "seragam", "batik", "tulis", "cap", "emping", "melinjo",
        "keripik", "pisang", "pedas", "manis", "kopi", "robusta", "sulam", "usus", "motif", "kerajinan", "anyaman",
        "bambu", "pandan", "tas", "dompet", "oleh-oleh", "khas", "banten", "lampung", "premium", "original",
    ]
    /// Jakarta Timur (31.75) is within reach of Kabupaten Bekasi (32.16) for cooked food.
    static let regions = ["36.04", "36.72", "36.73", "18.71", "18.01", "32.16", "31.75"]
    static let categories = ["makanan", "fesyen", "kerajinan", "jasa-boga"]

    static func text(_ mix: inout SeededSequence, _ count: Int) -> String {
        (0..<count).map { _ in mix.pick(words) }.joined(separator: " ")
    }

    static func store(seed: UInt64, in scratch: Scratch) throws -> Store {
        var mix = SeededSequence(seed: seed)
        var suppliers = "nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email\n"
        var catalog =
            "nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description\n"
        for s in 0..<60 {
            let nib = String(9_100_000_000_000 + s)
            let scale = mix.pick(["mikro", "mikro", "kecil", "menengah", "besar"])
            let certificates = mix.pick(["", "halal:H\(s)", "pirt:P\(s)", "halal:H\(s);pirt:P\(s)"])
            let active = mix.next(10) == 0 ? "tidak" : "ya"
            suppliers +=
                "\(nib),Usaha \(s),\(scale),\(mix.pick(regions)),Sentra \(mix.pick(words)),\(certificates),\(active),,,,\n"
            for k in 0..<(10 + mix.next(40)) {
                let price = [1_000, 25_000, 150_000, 2_000_000][mix.next(4)] + mix.next(5_000) * 10
                let capacity = mix.next(5) == 0 ? "" : String(10 + mix.next(2_000))
                let lead = mix.next(5) == 0 ? "" : String(mix.next(40))
                let tkdn = mix.next(5) == 0 ? "" : String(mix.next(101))
                let certificate = mix.pick(["", "", "halal:HP\(s)-\(k)", "sni:S\(s)-\(k)"])
                catalog +=
                    "\(nib),SKU-\(k),\(text(&mix, 1 + mix.next(3))),\(mix.pick(categories)),pcs,\(price),\(capacity),\(lead),\(tkdn),,\(certificate),\(text(&mix, mix.next(8)))\n"
            }
        }
        var needs =
            "need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications\n"
        for n in 0..<120 {
            let quantity = 1 + mix.next(300)
            // Tight budgets end scans on price; generous ones leave text and TKDN to end them.
            let budget = quantity * [30_000, 200_000, 5_000_000][mix.next(3)]
            let required = mix.pick(["", "", "halal", "pirt", "halal;pirt"])
            needs +=
                "N\(n),OPD,Dinas,2026,,\(mix.pick(categories)),\(text(&mix, 1 + mix.next(5))) untuk rapat,\(quantity),pcs,\(budget),\(mix.pick(regions)),2026-0\(3 + mix.next(6))-15,\(required)\n"
        }
        let store = try Store(path: scratch.path("random.db"))
        for (kind, name, csv) in [
            (ImportKind.suppliers, "s.csv", suppliers), (.catalog, "c.csv", catalog), (.needs, "n.csv", needs),
        ] {
            _ = try Importer(store: store).run(ImportOptions(kind: kind, path: try scratch.write(name, csv)))
        }
        return store
    }

    /// Every eligible, affordable item scored; the best per supplier; the best `size` of those.
    static func exhaustive(_ matcher: Matcher, _ need: Need, size: Int) -> [(index: Int, score: Int)] {
        guard let shelf = matcher.catalog.shelves[need.category] else { return [] }
        let gate = Matcher.Gate(need, matcher.eligibility, matcher.catalog)
        let text = matcher.catalog.needText(need, on: shelf)
        let region = need.regionNumber
        var best: [Int32: (index: Int, score: Int, umkk: Bool)] = [:]
        for i in 0..<shelf.count where gate.passes(shelf, i) && shelf.price[i] * need.quantity <= need.budget.sen {
            let parts = matcher.components(shelf, i, for: need, text: text, region: region, spreading: true)
            // Only relevant items are candidates.
            guard parts.text > 0 else { continue }
            let score = parts.score
            if let held = best[shelf.supplier[i]], held.score >= score { continue }
            best[shelf.supplier[i]] = (i, score, parts.umkk)
        }
        // Score, then a supplier counting toward UMK-K, then the shelf's order.
        let ranked = best.values.sorted {
            $0.score != $1.score ? $0.score > $1.score : $0.umkk != $1.umkk ? $0.umkk : $0.index < $1.index
        }
        return Array(ranked.prefix(size).map { (index: $0.index, score: $0.score) })
    }

    @Test(arguments: [21, 22, 23])
    func prunedRankEqualsScoringEveryItem(seed: UInt64) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try Self.store(seed: seed, in: scratch)
        let (needs, catalog) = try store.read { db in (try NeedQuery().fetch(db), try CatalogSnapshot.load(db)) }
        #expect(needs.count == 120 && catalog.shelves.count == Self.categories.count)
        var mix = SeededSequence(seed: seed)
        var compared = 0, crossBorder = 0
        for round in 0..<4 {
            var matcher = Matcher(catalog: catalog, asOf: Day(year: 2026, month: 3, day: 1)!)
            // No penalties in the first round; then random ones, as spreading leaves them.
            for s in matcher.penaltySteps.indices where round > 0 { matcher.setSteps(s, mix.next(6)) }
            var marks = Matcher.Scratch(catalog)
            for need in needs {
                for size in [1, 3, 7] {
                    let podium = matcher.rank(need, size: size, spreading: true, scratch: &marks)
                    let got = podium.entries.map { (index: $0.index, score: $0.parts.score) }
                    let want = Self.exhaustive(matcher, need, size: size)
                    #expect(
                        got.map(\.index) == want.map(\.index),
                        "seed \(seed) round \(round) need \(need.id) size \(size)")
                    #expect(
                        got.map(\.score) == want.map(\.score),
                        "seed \(seed) round \(round) need \(need.id) size \(size)")
                    compared += want.count
                    // Cooked food from a neighbour of another province: the walk's neighbour areas.
                    let regions = want.map { catalog.shelves[need.category]!.region[$0.index] }
                    if need.category == "jasa-boga" {
                        crossBorder += regions.filter { $0 / 100 != need.regionNumber / 100 }.count
                    }
                }
            }
        }
        // Most podiums are not empty: the comparison is not vacuous.
        #expect(compared > 4 * 120 * 5 && crossBorder > 0)
    }
}
