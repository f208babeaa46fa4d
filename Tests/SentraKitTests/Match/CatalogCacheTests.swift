import Foundation
import GRDB
import SentraTestSupport
import Testing

@testable import SentraKit

/// The match cache must never change an answer: a shelf read back from it matches
/// exactly as one built from the rows, and any import of suppliers or catalog, any
/// other text rules or a damaged entry sends the run back to the rows.
@Suite struct CatalogCacheTests {
    static let asOf = Day(year: 2026, month: 3, day: 1)!

    static func report(_ store: Store) throws -> (json: String, rebuilt: [String]) {
        let (needs, catalog) = try store.read { db in (try NeedQuery().fetch(db), try CatalogSnapshot.load(db)) }
        var matcher = Matcher(catalog: catalog, asOf: asOf, top: 5)
        let json = try MatchReport.render(matcher.match(needs), format: .json, explain: true)
        store.cache(catalog)
        return (json, catalog.unsaved)
    }

    static func cachedCategories(_ store: Store) throws -> [String] {
        try store.read { try String.fetchAll($0, sql: "SELECT category FROM match_shelf ORDER BY category") }
    }

    @Test func cachedShelvesMatchExactlyAsShelvesBuiltFromRows() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try FixtureStore.make(in: scratch)
        let categories = try store.read {
            try String.fetchAll($0, sql: "SELECT DISTINCT category FROM catalog_item ORDER BY category")
        }
        let built = try Self.report(store)
        #expect(built.rebuilt.sorted() == categories)
        #expect(try Self.cachedCategories(store) == categories)
        let cached = try Self.report(store)
        #expect(cached.rebuilt.isEmpty)
        #expect(cached.json == built.json)
        // Written again from a shelf that was read back, an entry is the same bytes.
        try store.read { db in
            let source = try CatalogCache.source(db)
            for category in categories {
                let (shelf, suppliers) = try #require(try CatalogCache.shelf(db, category: category, source: source))
                let stored = try #require(
                    try Data.fetchOne(db, sql: "SELECT data FROM match_shelf WHERE category = ?", arguments: [category])
                )
                #expect(Data(shelf.archive(suppliers: suppliers)) == stored, "\(category)")
            }
        }
    }

    @Test func anImportOfTheCatalogSendsTheRunBackToTheRows() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try FixtureStore.make(in: scratch)
        let before = try Self.report(store)
        // Every emping 250 gr at Rp 1: the cheapest by far wherever it is eligible.
        let catalog = try String(contentsOfFile: Repository.fixture("catalog.csv"), encoding: .utf8)
        let cheaper = catalog.replacingOccurrences(
            of: "EMP-250G,Emping Melinjo Original 250 gr,makanan,pack,32500,",
            with: "EMP-250G,Emping Melinjo Original 250 gr,makanan,pack,1,")
        #expect(cheaper != catalog)
        _ = try Importer(store: store).run(ImportOptions(kind: .catalog, path: scratch.write("catalog.csv", cheaper)))
        let after = try Self.report(store)
        #expect(!after.rebuilt.isEmpty)
        #expect(after.json != before.json)
        // And the rows, not the cache, were right: a store built fresh from the same files agrees.
        let fresh = try FixtureStore.make(in: scratch, FixtureStore.standard, name: "fresh.db")
        _ = try Importer(store: fresh).run(ImportOptions(kind: .catalog, path: scratch.path("catalog.csv")))
        #expect(try Self.report(fresh).json == after.json)
    }

    @Test(arguments: [
        "UPDATE match_shelf SET data = substr(data, 1, length(data) / 2)",
        "UPDATE match_shelf SET data = zeroblob(length(data))",
        "UPDATE match_shelf SET data = randomblob(length(data))",
        "UPDATE match_shelf SET rules = rules + 1",
        // Same length, the last byte changed: the structure check must catch what it can.
        "UPDATE match_shelf SET data = substr(data, 1, length(data) - 1) || x'FF'",
    ])
    func aDamagedOrForeignEntryIsRebuiltNotRead(_ damage: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try FixtureStore.make(in: scratch)
        let built = try Self.report(store)
        try store.write { try $0.execute(sql: damage) }
        let again = try Self.report(store)
        #expect(again.rebuilt.sorted() == built.rebuilt.sorted())
        #expect(again.json == built.json)
        #expect(try Self.report(store).rebuilt.isEmpty)
    }
}
