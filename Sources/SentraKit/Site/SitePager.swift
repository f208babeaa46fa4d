/// Paging of the site's long lists, so no page grows with the directory (every page stays far
/// under 1 MB at any size). The pager names a window of pages around the current one plus the
/// first and the last, so it stays small even with thousands of pages.
enum SitePager {
    static func count(_ total: Int, size: Int = SitePages.pageSize) -> Int { max(1, (total + size - 1) / size) }

    /// Page `number` (from 1) of `list`.
    static func slice<T>(_ list: [T], _ number: Int, size: Int = SitePages.pageSize) -> ArraySlice<T> {
        let start = min(list.count, (number - 1) * size)
        return list[start..<min(list.count, start + size)]
    }

    /// The page numbers the pager shows, with `nil` for a gap: 1 … 4 5 [6] 7 8 … 20.
    static func window(number: Int, count: Int, around: Int = 2) -> [Int?] {
        var shown = Set([1, count])
        for n in max(1, number - around)...min(count, number + around) { shown.insert(n) }
        var result: [Int?] = []
        var last = 0
        for n in shown.sorted() {
            if n > last + 1 { result.append(nil) }
            result.append(n)
            last = n
        }
        return result
    }

    /// The pager's HTML, or "" for a list of one page. Its only values are numbers, file names
    /// made of slug characters and the language table's own texts, so nothing needs escaping
    /// beyond what `SiteMap.escape` does to the texts.
    static func html(number: Int, count: Int, text: [String: String], file: (Int) -> String) -> String {
        guard count > 1 else { return "" }
        let label = SiteMap.escape(text["pages"]!)
        var out = "<nav class=\"pager\" aria-label=\"\(label)\">"
        out +=
            "<span class=\"muted\">"
            + SiteMap.escape(SiteStrings.fill(text["pageOf"]!, ["n": String(number), "count": String(count)]))
            + "</span>"
        if number > 1 {
            out += "<a href=\"\(file(number - 1))\" rel=\"prev\">\(SiteMap.escape(text["previous"]!))</a>"
        }
        for entry in window(number: number, count: count) {
            guard let n = entry else {
                out += "<span class=\"gap\">…</span>"
                continue
            }
            out += n == number ? "<strong aria-current=\"page\">\(n)</strong>" : "<a href=\"\(file(n))\">\(n)</a>"
        }
        if number < count {
            out += "<a href=\"\(file(number + 1))\" rel=\"next\">\(SiteMap.escape(text["next"]!))</a>"
        }
        return out + "</nav>"
    }
}
