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
        let shards = SiteSearchIndex.shards(entries, limit: 500)
        #expect(shards.map(\.0) == ["ke", "kea", "keb", "la"])
        #expect(shards.first { $0.0 == "keb" }!.1.map(\.key).sorted() == ["keb", "kebab"])
        #expect(SiteSearchIndex.shards(entries, limit: 100_000).map(\.0) == ["ke", "la"])
    }

    @Test func jsonStringsAreSafeInsideAScript() {
        #expect(SiteSearchIndex.json("a\"b\\</script>\u{2028}") == "\"a\\\"b\\\\\\u003c/script>\\u2028\"")
    }

    /// Distances in base 32, one letter a group: A–f end a number, g–_ carry its higher groups.
    @Test func listsAreCodedAsDistancesInBase32() {
        #expect(SiteListCode.encode([5, 6, 9]) == "FBD")
        #expect(SiteListCode.encode([31, 32, 1_056]) == "fBhgA")
        #expect(SiteListCode.encode([]) == "")
        let numbers: [Int32] = [0, 1, 2, 40, 1_000, 1_001, 70_000, 999_999, 2_000_000, Int32.max]
        #expect(SiteListCode.decode(SiteListCode.encode(numbers)) == numbers)
        let coded = SiteListCode.encode(numbers)
        #expect(coded.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
    }

    /// A long list is cut into pieces under the limit that decode on their own, in order.
    @Test func longListsAreCutIntoIndependentPieces() {
        let numbers = (0..<5_000).map { Int32($0 * 37 + $0 % 3) }
        let parts = SiteListCode.parts(numbers, limit: 1_000)
        #expect(parts.count > 5)
        #expect(parts.allSatisfy { $0.utf8.count <= 1_000 })
        #expect(parts.flatMap(SiteListCode.decode) == numbers)
        #expect(SiteListCode.parts(numbers, limit: 1_000_000) == [SiteListCode.encode(numbers)])
        #expect(SiteListCode.parts([]) == [""])
    }
}
