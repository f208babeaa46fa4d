import Mustache

/// Renders every page and asset of the site and hands each to `emit` as soon as it is made, so a
/// large directory never sits in memory as text. Pages go through swift-mustache, which escapes
/// every value; only whole rendered fragments (the body, the map, the pager) go in unescaped.
struct SitePages {
    let data: SiteData
    let options: SiteOptions
    /// The language table (`SiteStrings`), handed to every template as `t`.
    let text: [String: String]
    /// Products per listing page and suppliers per member page: a multiple of 2, 3 and 4 so the
    /// card grid fills its rows; 48 cards keep every listing page far under 1 MB.
    static let pageSize = 48
    /// Sentra per page of the sentra index, and how many the home page lists.
    static let indexPageSize = 200
    static let homeSentras = 30

    init(data: SiteData, options: SiteOptions) {
        self.data = data
        self.options = options
        self.text = SiteStrings.table(options.language)
    }

    /// Writes one file; called from several threads at once.
    typealias Emit = @Sendable (_ name: String, _ text: String) throws -> Void

    /// One piece of the site a core renders on its own.
    enum Job: Sendable {
        case home, sentraIndex
        case suppliers(Range<Int>)
        case sentra(Int), region(Int), province(String)
        /// Pages `pages` of a category whose products (positions, in name order) are `items`:
        /// listings of 200,000 products are split so the cores end together.
        case category(String, items: [Int], pages: ClosedRange<Int>)
    }

    /// Every page, rendered on every core: each file depends only on the data, so which core
    /// writes it does not change a byte.
    func render(_ emit: @escaping Emit) throws {
        try emit("style.css", SiteAssets.css)
        try emit("search.js", SiteSearchScript.source)
        try SiteSearchIndex.write(data, pages: self, emit)
        let jobs = self.jobs()
        let results = ParallelMap.map(jobs.count) { index in Result { try run(jobs[index], emit) } }
        for result in results { try result.get() }
    }

    /// The largest first, so no core is left with a long one at the end.
    func jobs() -> [Job] {
        var jobs: [Job] = []
        let byCategory = Dictionary(grouping: data.productOrder, by: { data.products[$0].category })
        for category in data.categories {
            let items = byCategory[category] ?? []
            let count = SitePager.count(items.count)
            for first in stride(from: 1, through: count, by: 400) {
                jobs.append(.category(category, items: items, pages: first...min(count, first + 399)))
            }
        }
        jobs += [.home, .sentraIndex]
        jobs += Set(data.regions.map { String($0.code.prefix(2)) }).sorted().map { .province($0) }
        jobs += data.regions.indices.map { .region($0) }
        jobs += data.sentras.indices.map { .sentra($0) }
        jobs += stride(from: 0, to: data.suppliers.count, by: 500).map {
            .suppliers($0..<min(data.suppliers.count, $0 + 500))
        }
        return jobs
    }

    func run(_ job: Job, _ emit: Emit) throws {
        let home = "<a href=\"index.html\">\(t("home"))</a>"
        switch job {
        case .home:
            try emit("index.html", page(text["home"]!, body: SiteTemplates.home.render(homeContext()), search: true))
        case .sentraIndex:
            try renderSentraIndex(emit)
        case .suppliers(let range):
            for supplier in data.suppliers[range] {
                try emit(Self.supplierFile(supplier.nib), layout(supplier.name, body: supplierBody(supplier)))
            }
        case .sentra(let index):
            let sentra = data.sentras[index]
            let regions = Set(sentra.members.map(\.region)).sorted().map {
                "<a href=\"\(Self.regionFile($0))\">\(Self.h(regionName($0)))</a>"
            }
            try renderListing(
                base: String(sentra.file.dropLast(5)), title: sentra.name,
                crumbs: home + " › <a href=\"sentra.html\">\(t("sentra"))</a>",
                intro: "<p>\(t("region")): \(regions.joined(separator: " "))</p>", membersHeading: "members",
                members: sentra.members, emit)
        case .region(let index):
            let region = data.regions[index]
            let province = "<a href=\"\(Self.provinceFile(region.code))\">\(Self.h(Self.provinceName(region.code)))</a>"
            let code = SiteStrings.fill(text["regionCode"]!, ["code": region.code])
            try renderListing(
                base: String(Self.regionFile(region.code).dropLast(5)), title: regionName(region.code),
                crumbs: home + " › " + province,
                intro: "<p class=\"muted\">\(Self.h(code)) · \(Self.h(Self.provinceName(region.code)))</p>",
                membersHeading: "ikm", members: region.members, emit)
        case .province(let code):
            try renderProvince(code, emit)
        case .category(let category, let items, let pages):
            try renderCategory(category, items: items, pages: pages, emit)
        }
    }

    /// A sentra or region: page 1 has the first page of members and of products, each with a
    /// pager to its own further pages (`BASE_ikm-2.html`, `BASE_produk-2.html`).
    func renderListing(
        base: String, title: String, crumbs: String, intro: String, membersHeading: String, members: [Supplier],
        _ emit: Emit
    ) throws {
        let items = members.flatMap { data.productRange[$0.nib] ?? 0..<0 }
        let memberPages = SitePager.count(members.count)
        let itemPages = SitePager.count(items.count)
        func file(_ kind: String, _ number: Int) -> String {
            number == 1 ? base + ".html" : "\(base)_\(kind)-\(number).html"
        }
        func body(_ number: Int, members showMembers: Bool, items showItems: Bool) -> String {
            listingBody(
                crumbs: crumbs, title: title, intro: intro, membersHeading: membersHeading,
                members: showMembers
                    ? memberCards(
                        SitePager.slice(members, number), pager: pager(number, memberPages) { file("ikm", $0) })
                    : nil,
                memberCount: members.count,
                items: showItems
                    ? itemCards(
                        SitePager.slice(items, number).lazy.map { data.products[$0] },
                        pager: pager(number, itemPages) { file("produk", $0) })
                    : nil,
                itemCount: items.count)
        }
        try emit(file("ikm", 1), layout(title, body: body(1, members: true, items: !items.isEmpty)))
        if max(memberPages, itemPages) < 2 { return }
        for number in 2...max(memberPages, itemPages) {
            let suffix = " (\(number))"
            if number <= memberPages {
                try emit(file("ikm", number), layout(title + suffix, body: body(number, members: true, items: false)))
            }
            if number <= itemPages {
                try emit(
                    file("produk", number), layout(title + suffix, body: body(number, members: false, items: true)))
            }
        }
    }

    func renderProvince(_ code: String, _ emit: Emit) throws {
        let regions = data.regions.filter { $0.code.hasPrefix(code + ".") }
        let members = regions.flatMap(\.members).sorted { ($0.name, $0.nib) < ($1.name, $1.nib) }
        let base = String(Self.provinceFile(code).dropLast(5))
        let pageCount = SitePager.count(members.count)
        func file(_ number: Int) -> String { number == 1 ? base + ".html" : "\(base)_ikm-\(number).html" }
        var intro = "<p class=\"muted\">\(Self.h(SiteStrings.fill(text["regionCode"]!, ["code": code])))</p>\n"
        intro += "<h2>\(t("regionsTitle"))</h2>\n<ul>\n"
        for region in regions {
            let count = SiteStrings.fill(text["countIKM"]!, ["n": grouped(region.members.count)])
            intro += "<li><a href=\"\(Self.regionFile(region.code))\">\(Self.h(regionName(region.code)))</a> "
            intro += "<span class=\"muted\">(\(Self.h(count)))</span></li>\n"
        }
        intro += "</ul>"
        for number in 1...pageCount {
            let body = listingBody(
                crumbs: "<a href=\"index.html\">\(t("home"))</a> › \(t("province"))",
                title: Self.provinceName(code),
                intro: intro, membersHeading: "ikm",
                members: memberCards(SitePager.slice(members, number), pager: pager(number, pageCount, file: file)),
                memberCount: members.count, items: nil, itemCount: 0)
            try emit(file(number), layout(Self.provinceName(code) + (number > 1 ? " (\(number))" : ""), body: body))
        }
    }

    /// Pages `pages` of a category's listing, in name order.
    func renderCategory(_ category: String, items: [Int], pages: ClosedRange<Int>, _ emit: Emit) throws {
        let pageCount = SitePager.count(items.count)
        let count = SiteStrings.fill(text["countProducts"]!, ["n": grouped(items.count)])
        for number in pages {
            var body = "<p class=\"crumbs\"><a href=\"index.html\">\(t("home"))</a> › \(t("category"))</p>\n"
            body += "<h1>\(Self.h(categoryLabel(category)))</h1>\n<p class=\"muted\">\(Self.h(count))</p>\n"
            body += itemCards(
                SitePager.slice(items, number).lazy.map { data.products[$0] },
                pager: pager(number, pageCount) { Self.categoryFile(category, page: $0) })
            try emit(
                Self.categoryFile(category, page: number),
                layout(categoryLabel(category) + (number > 1 ? " (\(number))" : ""), body: body))
        }
    }

    /// `sentra.html`, `sentra_2.html` …: every sentra by name (the home page lists only the largest).
    func renderSentraIndex(_ emit: Emit) throws {
        let pageCount = SitePager.count(data.sentras.count, size: Self.indexPageSize)
        for number in 1...pageCount {
            let context: [String: Any] = [
                "t": text,
                "sentras": SitePager.slice(data.sentras, number, size: Self.indexPageSize).map { sentra in
                    [
                        "name": sentra.name, "file": sentra.file,
                        "count": SiteStrings.fill(text["countIKM"]!, ["n": grouped(sentra.members.count)]),
                    ]
                },
                "pager": pager(number, pageCount) { Self.sentraIndexFile(page: $0) },
            ]
            try emit(
                Self.sentraIndexFile(page: number),
                page(text["sentraIndex"]!, body: SiteTemplates.sentraIndex.render(context)))
        }
    }

    func pager(_ number: Int, _ count: Int, file: (Int) -> String) -> String {
        SitePager.html(number: number, count: count, text: text, file: file)
    }

    // MARK: - File names (flat, so every link is relative to the same folder; `_` never occurs in a slug)

    static func supplierFile(_ nib: String) -> String { "pemasok-\(SiteData.slug(nib)).html" }
    static func regionFile(_ code: String) -> String { "wilayah-\(SiteData.slug(code)).html" }
    static func provinceFile(_ code: String) -> String { "provinsi-\(SiteData.slug(String(code.prefix(2)))).html" }
    static func categoryFile(_ slug: String, page: Int) -> String {
        "kategori-\(SiteData.slug(slug))" + (page > 1 ? "_\(page)" : "") + ".html"
    }
    static func sentraIndexFile(page: Int) -> String { page > 1 ? "sentra_\(page).html" : "sentra.html" }

    // MARK: - Layout

    func page(_ title: String, body: String, search: Bool = false) -> String {
        layout(title, body: body, search: search)
    }
}
