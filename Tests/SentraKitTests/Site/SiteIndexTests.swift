import Testing

@testable import SentraKit

/// The parts of `sentra site` that decide sizes and names: language tables, the pager's window
/// and the split of the search index.
@Suite struct SiteIndexTests {
    @Test func bothLanguageTablesHaveTheSameKeys() {
        #expect(Set(SiteStrings.indonesian.keys) == Set(SiteStrings.english.keys))
        #expect(SiteStrings.indonesian["months"]!.split(separator: "|").count == 12)
        #expect(SiteStrings.english["months"]!.split(separator: "|").count == 12)
    }

    @Test func pagerShowsAWindowWithFirstAndLast() {
        #expect(SitePager.window(number: 1, count: 1) == [1])
        #expect(SitePager.window(number: 1, count: 4) == [1, 2, 3, 4])
        #expect(SitePager.window(number: 10, count: 20) == [1, nil, 8, 9, 10, 11, 12, nil, 20])
        #expect(SitePager.window(number: 20, count: 20) == [1, nil, 18, 19, 20])
        #expect(SitePager.count(0) == 1 && SitePager.count(48) == 1 && SitePager.count(49) == 2)
        #expect(Array(SitePager.slice(Array(0..<100), 3)) == Array(96..<100))
    }

    @Test func shardKeysAreLeadingLettersOrUnderscore() {
        #expect(SiteSearchIndex.safe("keripik") == "keripik")
        #expect(SiteSearchIndex.safe("kue kotak") == "kue")
        #expect(SiteSearchIndex.safe("élan") == "_")
        #expect(SiteSearchIndex.safe("ab-c") == "ab")
    }

    /// A shard over the limit is split by one more letter; a term no longer than the key stays.
    @Test func largeShardsSplitByOneMoreLetter() {
        func term(_ key: String, _ count: Int) -> SiteSearchIndex.Entry {
            .init(key: key, safe: SiteSearchIndex.safe(key), posting: Array(repeating: 1, count: count), terms: [])
        }
        let entries = [term("ke", 10), term("kea", 300), term("keb", 300), term("kebab", 10), term("la", 5)]
        let shards = SiteSearchIndex.shards(entries, limit: 2_000)
        #expect(shards.map(\.0) == ["ke", "kea", "keb", "la"])
        #expect(shards.first { $0.0 == "keb" }!.1.map(\.key).sorted() == ["keb", "kebab"])
        #expect(SiteSearchIndex.shards(entries, limit: 100_000).map(\.0) == ["ke", "la"])
    }

    @Test func jsonStringsAreSafeInsideAScript() {
        #expect(SiteSearchIndex.json("a\"b\\</script>\u{2028}") == "\"a\\\"b\\\\\\u003c/script>\\u2028\"")
        #expect(SiteSearchIndex.deltas([5, 6, 9]) == "[5,1,3]")
    }
}
