/// How the index's terms are cut into shards and what `cari-meta.js` says.
extension SiteSearchIndex {
    /// A term or word and the shard key text it sorts under: its leading `[a-z0-9]` letters, or `_`.
    static func safe(_ text: String) -> Substring {
        let scalars = text.unicodeScalars
        let end = scalars.firstIndex { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) } ?? scalars.endIndex
        let prefix = Substring(scalars[..<end])
        return prefix.isEmpty ? "_" : prefix
    }

    /// Writes the term shards (and the parts of long lists); returns the shard keys, sorted.
    static func writeShards(
        postings: [String: [Int32]], wordTerms: [String: [String]], limit: Int, _ emit: SitePages.Emit
    ) throws -> [String] {
        var entries: [Entry] = postings.map {
            Entry(key: $0.key, safe: safe($0.key), posting: $0.value, terms: [])
        }
        entries += wordTerms.map { Entry(key: $0.key, safe: safe($0.key), posting: [], terms: $0.value) }
        var keys: [String] = []
        for (key, group) in shards(entries) {
            keys.append(key)
            var terms: [String] = []
            var long = 0
            for entry in group.filter({ $0.terms.isEmpty && !$0.posting.isEmpty }).sorted(by: { $0.key < $1.key }) {
                let parts = SiteListCode.parts(entry.posting, limit: limit)
                if parts.count == 1 {
                    terms.append(json(entry.key) + ":\"" + parts[0] + "\"")
                    continue
                }
                let stem = "u-\(key)-\(long)"
                long += 1
                for (index, part) in parts.enumerated() {
                    try emit("cari-\(stem)_\(index).js", "SENTRA_SHARD(\"\(stem)_\(index)\",\"\(part)\");\n")
                }
                terms.append(json(entry.key) + ":[\"\(stem)\",\(parts.count)]")
            }
            let mapped = group.filter { !$0.terms.isEmpty || $0.posting.isEmpty }.sorted { $0.key < $1.key }
                .map { json($0.key) + ":[" + $0.terms.map(json).joined(separator: ",") + "]" }
            try emit(
                "cari-t-\(key).js",
                "SENTRA_SHARD(\"t-\(key)\",{\"t\":{" + terms.joined(separator: ",") + "},\"w\":{"
                    + mapped.joined(separator: ",") + "}});\n")
        }
        return keys.sorted()
    }

    struct Entry {
        var key: String
        var safe: Substring
        /// Product numbers (for a term) …
        var posting: [Int32]
        /// … or the terms of a written word (possibly none, for a stopword).
        var terms: [String]
        /// About what the entry adds to its shard (a long list only its reference), computed once
        /// as the split asks for it at every level.
        let bytes: Int

        init(key: String, safe: Substring, posting: [Int32], terms: [String]) {
            self.key = key
            self.safe = safe
            self.posting = posting
            self.terms = terms
            var coded = 0
            var previous: Int32 = 0
            for number in posting {
                coded += SiteListCode.characters(number - previous)
                previous = number
            }
            bytes =
                key.utf8.count + 4 + (coded > SiteListCode.partBytes ? 20 : coded)
                + terms.reduce(0) { $0 + $1.utf8.count + 3 }
        }
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

    /// `filters`: each filter's number of parts (1: a single `cari-f-NAME.js`).
    static func meta(keys: [String], items: Int, filters: [String: Int], pages: SitePages) -> String {
        let text = pages.text.compactMap { entry -> (String, String)? in
            if entry.key.hasPrefix("js.") { return (String(entry.key.dropFirst(3)), entry.value) }
            return entry.key == "countsShort" || entry.key == "notCountsShort" ? (entry.key, entry.value) : nil
        }.sorted { $0.0 < $1.0 }.map { json($0.0) + ":" + json($0.1) }
        return "window.SENTRA_META={\"items\":\(items),\"chunk\":\(chunk),\"shards\":["
            + keys.map(json).joined(separator: ",") + "],\"filters\":{"
            + filters.keys.sorted().map { json($0) + ":\(filters[$0]!)" }.joined(separator: ",") + "},\"text\":{"
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
