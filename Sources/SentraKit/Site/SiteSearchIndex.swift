import Foundation

/// The browser search's index, split into small scripts so a query loads only what it needs and
/// everything works from `file://` (scripts, not `fetch`). Each script calls
/// `SENTRA_SHARD(name, payload)`; `cari-meta.js` lists the shards, the filters and the texts of
/// search.js. Every list of product numbers is a `SiteListCode` string (cheap to parse), and a
/// list longer than `SiteListCode.partBytes` characters is cut into several scripts.
///
/// - `cari-t-KEY.js`: the terms (`TextFit.terms`: variants, synonyms, stems — the words `suppliers`
///   and `match` use) whose first letters are KEY, each with its products coded as `2·n + 1` when
///   the product's own name has the term (ranked first) else `2·n` — or, for a term with a long
///   list, `["u-KEY-I", parts]`: the list is in `cari-u-KEY-I_0.js` …; and the written words (of
///   the catalog and of the lexicon) starting with KEY that reduce to other terms, so the script
///   needs no stemmer of its own. A shard over `shardBytes` is split by one more letter.
/// - `cari-f-NAME.js` (or `cari-f-NAME_0.js` … when long): per category, certificate type, scale,
///   kabupaten/kota and province, its products, so a filter is one more intersection.
/// - `cari-p-N.js`: the cards of products `N·chunk ..< (N+1)·chunk`, in name order.
enum SiteSearchIndex {
    /// Cards per product script: a page of 50 results spread over the catalog loads up to 50 of
    /// them, so they are kept small.
    static let chunk = 100
    static let shardBytes = 96_000
    /// Products indexed by one worker at a time (a multiple of `chunk`, so card scripts never span two).
    static let block = 20_000

    /// What one block of products adds to the index.
    struct Block: Sendable {
        var postings: [String: [Int32]] = [:]
        var filters: [String: [Int32]] = [:]
        var written: Set<String> = []
    }

    /// A supplier's share of every product's entry, computed once per supplier.
    struct Maker: Sendable {
        var terms: [String]
        var filters: [String]
    }

    static func write(_ data: SiteData, pages: SitePages, _ emit: @escaping SitePages.Emit) throws {
        let ordered = data.productOrder
        var written: Set<String> = []
        let batches = ParallelMap.map((data.suppliers.count + 999) / 1000) { batch in
            var words: Set<String> = []
            var wordCache: [String: [String]] = [:]
            let makers = data.suppliers[(batch * 1000)..<min(data.suppliers.count, batch * 1000 + 1000)].map {
                let text = $0.name + " " + $0.sentra
                words.formUnion(Self.words(text))
                return Maker(
                    terms: searchTerms(text, cache: &wordCache),
                    filters: [
                        "s-" + SiteData.slug($0.scale.rawValue), "r-" + SiteData.slug($0.region),
                        "p-" + SiteData.slug(String($0.region.prefix(2))),
                    ])
            }
            return (makers, words)
        }
        for (_, words) in batches { written.formUnion(words) }
        let makers = batches.flatMap(\.0)
        var postings: [String: [Int32]] = [:]
        var filters: [String: [Int32]] = [:]
        // A few blocks per core at a time, merged and let go before the next: all blocks at once
        // would hold the whole index twice.
        let blockCount = (ordered.count + block - 1) / block
        let round = 2 * ProcessInfo.processInfo.activeProcessorCount
        for first in stride(from: 0, to: blockCount, by: round) {
            let blocks = ParallelMap.map(min(round, blockCount - first)) { number in
                Result { try indexBlock(first + number, data: data, makers: makers, pages: pages, emit) }
            }
            // In block order, so every list stays increasing.
            for result in blocks {
                let part = try result.get()
                for (term, list) in part.postings { postings[term, default: []].append(contentsOf: list) }
                for (name, list) in part.filters { filters[name, default: []].append(contentsOf: list) }
                written.formUnion(part.written)
            }
        }
        for (variant, _) in Lexicon.variants { written.insert(variant) }
        for synonym in Lexicon.synonyms { written.formUnion(synonym.phrases) }
        written.formUnion(Lexicon.stopwords)
        var wordTerms: [String: [String]] = [:]
        for word in written {
            let terms = TextFit.terms(word)
            if terms != [word] { wordTerms[word] = terms }
        }
        var filterParts: [String: Int] = [:]
        for name in filters.keys.sorted() {
            let parts = SiteListCode.parts(filters[name]!, limit: pages.options.listPartBytes)
            filterParts[name] = parts.count
            for (index, part) in parts.enumerated() {
                let stem = parts.count == 1 ? "f-\(name)" : "f-\(name)_\(index)"
                try emit("cari-\(stem).js", "SENTRA_SHARD(\"\(stem)\",\"\(part)\");\n")
            }
        }
        let keys = try writeShards(
            postings: postings, wordTerms: wordTerms, limit: pages.options.listPartBytes, emit)
        try emit("cari-meta.js", meta(keys: keys, items: ordered.count, filters: filterParts, pages: pages))
    }

    /// Index block `number`: its card scripts are written here, its lists returned for the merge.
    static func indexBlock(
        _ number: Int, data: SiteData, makers: [Maker], pages: SitePages, _ emit: SitePages.Emit
    ) throws -> Block {
        let ordered = data.productOrder
        var result = Block()
        var textTerms: [String: [String]] = [:]
        var nameTerms: [String: Set<String>] = [:]
        var wordCache: [String: [String]] = [:]
        var typeFilters: [String: String] = [:]
        var categoryFilters: [String: String] = [:]
        var cards = "["
        for index in (number * block)..<min(ordered.count, (number + 1) * block) {
            let item = data.products[ordered[index]]
            let supplierIndex = data.supplierIndex[item.nib]!
            let supplier = data.suppliers[supplierIndex]
            let maker = makers[supplierIndex]
            let n = Int32(index)
            let types = Set((item.certifications + supplier.certifications).map(\.type)).sorted()
            let card = [
                item.name, SitePages.productLink(item), supplier.name, item.category, item.unitPrice.display, item.unit,
                types.joined(separator: " "), supplier.scale.rawValue, pages.regionName(supplier.region),
                item.tkdn.map(pages.percent) ?? "—", SitePages.countsTowardTarget(supplier.scale) ? "1" : "",
            ]
            cards += (index % chunk == 0 ? "" : ",") + "[" + card.map(json).joined(separator: ",") + "]"
            if index % chunk == chunk - 1 || index == ordered.count - 1 {
                try emit("cari-p-\(index / chunk).js", "SENTRA_SHARD(\"p-\(index / chunk)\"," + cards + "]);\n")
                cards = "["
            }
            // Products of one name sit together in name order and share their texts: each text's
            // terms are computed once per block.
            let text = item.name + " " + item.description
            let own: [String]
            if let known = textTerms[text] {
                own = known
            } else {
                own = searchTerms(text, cache: &wordCache)
                textTerms[text] = own
                result.written.formUnion(words(text))
            }
            let inName: Set<String>
            if let known = nameTerms[item.name] {
                inName = known
            } else {
                inName = Set(searchTerms(item.name, cache: &wordCache))
                nameTerms[item.name] = inName
            }
            var seen: Set<String> = []
            for term in own + maker.terms where seen.insert(term).inserted {
                result.postings[term, default: []].append(n * 2 + (inName.contains(term) ? 1 : 0))
            }
            let category = categoryFilters[item.category] ?? "c-" + SiteData.slug(item.category)
            categoryFilters[item.category] = category
            result.filters[category, default: []].append(n)
            for name in maker.filters { result.filters[name, default: []].append(n) }
            for type in types {
                let name = typeFilters[type] ?? "k-" + SiteData.slug(type)
                typeFilters[type] = name
                result.filters[name, default: []].append(n)
            }
        }
        return result
    }

    /// The terms a product or maker is found by: those of `text` as a whole (`Kue Kering` is the
    /// concept `kuekering`, as `match` reads it) and those of each word alone (`kering`), so a
    /// query for one word of a phrase the lexicon knows still finds it. `cache` holds each
    /// word's terms.
    static func searchTerms(_ text: String, cache: inout [String: [String]]) -> [String] {
        var terms = TextFit.terms(text)
        var seen = Set(terms)
        for word in words(text) {
            let own: [String]
            if let known = cache[word] {
                own = known
            } else {
                own = TextFit.terms(word)
                cache[word] = own
            }
            for term in own where seen.insert(term).inserted { terms.append(term) }
        }
        return terms
    }

    /// The lower-case words of `text` as the browser splits a query (`search.js`'s `splitWords`):
    /// a fast path for ASCII text, the Unicode one otherwise.
    static func words(_ text: String) -> [String] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return KemendagriRegions.words(text) }
        var result: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                current.append(lower)
            } else if !current.isEmpty {
                result.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
        return result
    }
}
