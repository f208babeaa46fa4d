import Foundation
import SentraTestSupport

@testable import SentraKit

/// Suppliers, a catalog and needs written inline in a test, imported into a scratch database and
/// matched: each need's match by its id.
enum InlineCatalog {
    static func matches(
        suppliers: String, catalog: String, needs: String, asOf: Day = Day(year: 2026, month: 1, day: 1)!
    ) throws -> [String: NeedMatch] {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try Store(path: scratch.path("inline.db"))
        for (kind, name, csv) in [
            (ImportKind.suppliers, "s.csv", suppliers), (.catalog, "c.csv", catalog), (.needs, "n.csv", needs),
        ] {
            _ = try Importer(store: store).run(ImportOptions(kind: kind, path: try scratch.write(name, csv)))
        }
        let (all, snapshot) = try store.read { db in (try NeedQuery().fetch(db), try CatalogSnapshot.load(db)) }
        var matcher = Matcher(catalog: snapshot, asOf: asOf)
        return Dictionary(uniqueKeysWithValues: matcher.match(all).map { ($0.need.id, $0) })
    }
}
