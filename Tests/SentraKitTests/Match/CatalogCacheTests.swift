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
        // Each file is the archive the building run matched on, named by its row and its header.
        let (_, catalog) = try store.read { db in (0, try CatalogSnapshot.load(db)) }
        #expect(catalog.unsaved.isEmpty)
        let rebuilt = try store.read { db in try CatalogSnapshot.load(db, fromRows: true) }
        for category in categories {
            let file = try #require(
                try store.read {
                    try String.fetchOne(
                        $0, sql: "SELECT file FROM match_shelf WHERE category = ?", arguments: [category])
                })
            let stored = try Data(contentsOf: URL(fileURLWithPath: "\(store.path)-shelves/\(file).shelf"))
            let (bytes, token) = try #require(rebuilt.archives[category])
            #expect(token.name != file)
            // Equal but for the token: the 16 bytes after the magic and the format (8 bytes each).
            var same = Data(UnsafeRawBufferPointer(start: bytes.base, count: bytes.count))
            #expect(same[16..<32] != stored[16..<32])
            same.replaceSubrange(16..<32, with: stored[16..<32])
            #expect(same == stored, "\(category)")
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

    /// Ways a cache entry goes wrong: its file cut, zeroed, overwritten, changed in one byte,
    /// deleted, or named by a row of other text rules.
    enum Damage: String, CaseIterable {
        case halved, zeroed, random, rules, lastByte, deleted, otherFile

        func apply(_ store: Store) throws {
            let folder = store.path + "-shelves"
            let files = try FileManager.default.contentsOfDirectory(atPath: folder).map { "\(folder)/\($0)" }
            for path in files {
                var data = try Data(contentsOf: URL(fileURLWithPath: path))
                switch self {
                case .halved: data = data.prefix(data.count / 2)
                case .zeroed: data = Data(count: data.count)
                case .random: data = Data((0..<data.count).map { _ in UInt8.random(in: 0...255) })
                // Same length, the last byte changed: the structure check must catch what it can.
                case .lastByte: data[data.count - 1] ^= 0xFF
                case .deleted: try FileManager.default.removeItem(atPath: path)
                case .rules, .otherFile: break
                }
                if self != .deleted { try data.write(to: URL(fileURLWithPath: path)) }
            }
            if self == .rules { try store.write { try $0.execute(sql: "UPDATE match_shelf SET rules = rules + 1") } }
            if self == .otherFile {
                try store.write {
                    try $0.execute(sql: "UPDATE match_shelf SET file = '0123456789abcdef0123456789abcdef'")
                }
            }
        }
    }

    @Test(arguments: Damage.allCases)
    func aDamagedOrForeignEntryIsRebuiltNotRead(_ damage: Damage) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try FixtureStore.make(in: scratch)
        let built = try Self.report(store)
        try damage.apply(store)
        let again = try Self.report(store)
        #expect(again.rebuilt.sorted() == built.rebuilt.sorted())
        #expect(again.json == built.json)
        #expect(try Self.report(store).rebuilt.isEmpty)
    }

    @Test func aReplacedEntryRemovesTheFileItReplaced() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try FixtureStore.make(in: scratch)
        let built = try Self.report(store)
        try Damage.rules.apply(store)
        _ = try Self.report(store)
        let files = try FileManager.default.contentsOfDirectory(atPath: store.path + "-shelves")
        #expect(files.count == built.rebuilt.count)
        #expect(files.allSatisfy { $0.hasSuffix(".shelf") })
    }
}
