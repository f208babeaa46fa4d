/// The browser search's index, split into small scripts so a query loads only what it needs and
/// everything works from `file://` (scripts, not `fetch`). Each shard calls
/// `SENTRA_SHARD(name, payload)`; `cari-meta.js` lists the shards and the texts of search.js.
///
/// - `cari-t-KEY.js`: the terms (`TextFit.terms`: variants, synonyms, stems — the words `suppliers`
///   and `match` use) whose first letters are KEY, each with its products as delta-coded numbers
///   `2·n + 1` when the product's own name has the term (ranked first) else `2·n`; and the
///   written words (of the catalog and of the lexicon) starting with KEY that reduce to other
///   terms, so the script needs no stemmer of its own. A shard over `shardBytes` is split by one
///   more letter.
/// - `cari-f-….js`: per category, certificate type, scale, kabupaten/kota and province, its
///   products (delta-coded), so a filter is one more intersection.
/// - `cari-p-N.js`: the cards of products `N·chunk ..< (N+1)·chunk`, in name order.
enum SiteSearchIndex {
    static let chunk = 250
    static let shardBytes = 96_000

    /// A term or word and the shard key text it sorts under: its leading `[a-z0-9]` letters, or `_`.
    static func safe(_ text: String) -> Substring {
        let scalars = text.unicodeScalars
        let end = scalars.firstIndex { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) } ?? scalars.endIndex
        let prefix = Substring(scalars[..<end])
        return prefix.isEmpty ? "_" : prefix
    }

    static func write(_ data: SiteData, pages: SitePages, _ emit: SitePages.Emit) throws {
        let ordered = data.productOrder
        var postings: [String: [Int32]] = [:]
        var filters: [String: [Int32]] = [:]
        var written: Set<String> = []
        var supplierTerms: [String: [String]] = [:]
        var nameCache: [String: [String]] = [:]
        func nameTerms(_ name: String) -> [String] {
            if let known = nameCache[name] { return known }
            let terms = TextFit.terms(name)
            nameCache[name] = terms
            return terms
        }
        var cards = "["
        for (number, position) in ordered.enumerated() {
            let item = data.products[position]
            let supplier = data.supplierByNIB[item.nib]!  // products are loaded for suppliers in scope only
            let n = Int32(number)
            let types = Set((item.certifications + supplier.certifications).map(\.type)).sorted()
            let counts = SitePages.countsTowardTarget(supplier.scale)
            let card = [
                item.name, SitePages.productLink(item), supplier.name, item.category, item.unitPrice.display, item.unit,
                types.joined(separator: " "), supplier.scale.rawValue, pages.regionName(supplier.region),
                item.tkdn.map(pages.percent) ?? "—", counts ? "1" : "",
            ]
            cards += (number % chunk == 0 ? "" : ",") + "[" + card.map(json).joined(separator: ",") + "]"
            if number % chunk == chunk - 1 || number == ordered.count - 1 {
                try emit("cari-p-\(number / chunk).js", "SENTRA_SHARD(\"p-\(number / chunk)\"," + cards + "]);\n")
                cards = "["
            }
            // A maker's terms and words are the same for each of its products: computed once.
            let maker: [String]
            if let known = supplierTerms[supplier.nib] {
                maker = known
            } else {
                let text = supplier.name + " " + supplier.sentra
                maker = TextFit.terms(text)
                supplierTerms[supplier.nib] = maker
                written.formUnion(words(text))
            }
            let inName = Set(nameTerms(item.name))
            var seen: Set<String> = []
            for term in TextFit.terms(item.name + " " + item.description) + maker where seen.insert(term).inserted {
                postings[term, default: []].append(n * 2 + (inName.contains(term) ? 1 : 0))
            }
            written.formUnion(words(item.name + " " + item.description))
            filters["c-" + SiteData.slug(item.category), default: []].append(n)
            filters["s-" + SiteData.slug(supplier.scale.rawValue), default: []].append(n)
            filters["r-" + SiteData.slug(supplier.region), default: []].append(n)
            filters["p-" + SiteData.slug(String(supplier.region.prefix(2))), default: []].append(n)
            for type in types { filters["k-" + SiteData.slug(type), default: []].append(n) }
        }
        for (variant, _) in Lexicon.variants { written.insert(variant) }
        for synonym in Lexicon.synonyms { written.formUnion(synonym.phrases) }
        written.formUnion(Lexicon.stopwords)
        var wordTerms: [String: [String]] = [:]
        for word in written {
            let terms = TextFit.terms(word)
            if terms != [word] { wordTerms[word] = terms }
        }
        for name in filters.keys.sorted() {
            try emit("cari-f-\(name).js", "SENTRA_SHARD(\"f-\(name)\"," + deltas(filters[name]!) + ");\n")
        }
        var entries: [Entry] = postings.map { Entry(key: $0.key, safe: safe($0.key), posting: $0.value, terms: []) }
        entries += wordTerms.map { Entry(key: $0.key, safe: safe($0.key), posting: [], terms: $0.value) }
        var keys: [String] = []
        for (key, group) in shards(entries) {
            keys.append(key)
            let terms = group.filter { $0.terms.isEmpty && !$0.posting.isEmpty }.sorted { $0.key < $1.key }
                .map { json($0.key) + ":" + deltas($0.posting) }
            let mapped = group.filter { !$0.terms.isEmpty || $0.posting.isEmpty }.sorted { $0.key < $1.key }
                .map { json($0.key) + ":[" + $0.terms.map(json).joined(separator: ",") + "]" }
            try emit(
                "cari-t-\(key).js",
                "SENTRA_SHARD(\"t-\(key)\",{\"t\":{" + terms.joined(separator: ",") + "},\"w\":{"
                    + mapped.joined(separator: ",") + "}});\n")
        }
        try emit("cari-meta.js", meta(keys: keys.sorted(), items: ordered.count, filters: filters, pages: pages))
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

    struct Entry {
        var key: String
        var safe: Substring
        /// Product numbers (for a term) …
        var posting: [Int32]
        /// … or the terms of a written word (possibly none, for a stopword).
        var terms: [String]
        var bytes: Int { key.utf8.count + 4 + posting.count * 4 + terms.reduce(0) { $0 + $1.utf8.count + 3 } }
    }

    /// Groups entries by the first two letters of their key, splitting a group over
    /// `shardBytes` by one more letter (entries whose key is no longer stay in the group).
    static func shards(_ entries: [Entry], limit: Int = shardBytes) -> [(String, [Entry])] {
        func split(_ entries: [Entry], length: Int) -> [(String, [Entry])] {
            let groups = Dictionary(grouping: entries) { String($0.safe.prefix(length)) }
            var result: [(String, [Entry])] = []
            for (key, group) in groups.sorted(by: { $0.key < $1.key }) {
                let longer = group.filter { $0.safe.count > length }
                if group.reduce(0, { $0 + $1.bytes }) <= limit || longer.isEmpty {
                    result.append((key, group))
                    continue
                }
                let here = group.filter { $0.safe.count <= length }
                if !here.isEmpty { result.append((key, here)) }
                result += split(longer, length: length + 1)
            }
            return result
        }
        return split(entries, length: 2)
    }

    /// `[5,1,3]` for 5, 6, 9: each number after the first as its distance from the one before.
    static func deltas(_ numbers: [Int32]) -> String {
        var out = "["
        out.reserveCapacity(numbers.count * 3 + 2)
        var previous: Int32 = 0
        for (index, number) in numbers.enumerated() {
            if index > 0 { out += "," }
            out += String(number - previous)
            previous = number
        }
        return out + "]"
    }

    static func meta(keys: [String], items: Int, filters: [String: [Int32]], pages: SitePages) -> String {
        let text = pages.text.compactMap { entry -> (String, String)? in
            if entry.key.hasPrefix("js.") { return (String(entry.key.dropFirst(3)), entry.value) }
            return entry.key == "countsShort" || entry.key == "notCountsShort" ? (entry.key, entry.value) : nil
        }.sorted { $0.0 < $1.0 }.map { json($0.0) + ":" + json($0.1) }
        return "window.SENTRA_META={\"items\":\(items),\"chunk\":\(chunk),\"shards\":["
            + keys.map(json).joined(separator: ",") + "],\"filters\":["
            + filters.keys.sorted().map(json).joined(separator: ",") + "],\"text\":{"
            + text.joined(separator: ",") + "}};\n"
    }

    /// A JSON string literal (also valid JavaScript: U+2028 and U+2029 escaped).
    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
