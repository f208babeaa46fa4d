import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// Long lists of the search index (a term or filter of 200,000 products on L) are cut into
/// several scripts; on the Fixtures every list is short, so these tests cut them tiny.
extension SiteEndToEndTests {
    /// The same queries find the same products, in the same order, whether the lists are whole
    /// or cut into parts of a few characters (terms behind `["u-…", n]`, filters in `_0`, `_1` …).
    @Test func searchGivesTheSameResultsWithListsCutIntoParts() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try FixtureStore.make(in: scratch)
        let whole = SiteOptions(output: scratch.path("whole"), asOf: Day(year: 2026, month: 3, day: 1)!)
        var cut = whole
        cut.output = scratch.path("cut")
        cut.listPartBytes = 3
        _ = try Site.build(store, whole)
        _ = try Site.build(store, cut)
        let files = try Self.files(cut.output)
        #expect(files.keys.contains { $0.hasPrefix("cari-u-") }, "no term list was cut")
        #expect(files.keys.contains { $0.hasPrefix("cari-f-c-makanan_1") }, "no filter list was cut")
        #expect(files.values.allSatisfy { $0.utf8.count < 1_000_000 })
        for query in ["q=emping", "q=keripik+pisang&cert=bpom", "cat=makanan&scale=mikro", "q=emping&region=36"] {
            let one = Self.results(try Self.dumpDOM("file://\(whole.output)/index.html?\(query)"))
            let two = Self.results(try Self.dumpDOM("file://\(cut.output)/index.html?\(query)"))
            #expect(one.contains("class=\"card result\""), "\(query) found nothing")
            #expect(one == two, "\(query): whole and cut lists differ")
        }
    }
}
