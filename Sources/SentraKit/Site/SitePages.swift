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

    typealias Emit = (_ name: String, _ text: String) throws -> Void

    func render(_ emit: Emit) throws {
        try emit("style.css", SiteAssets.css)
        try emit("search.js", SiteSearchScript.source)
        try SiteSearchIndex.write(data, pages: self, emit)
        try emit("index.html", page(text["home"]!, body: SiteTemplates.home.render(homeContext()), search: true))
        try renderSentraIndex(emit)
        for supplier in data.suppliers {
            try emit(
                Self.supplierFile(supplier.nib),
                page(supplier.name, body: SiteTemplates.supplier.render(supplierContext(supplier))))
        }
        for sentra in data.sentras {
            let base = String(sentra.file.dropLast(5))
            let header: [String: Any] = [
                "name": sentra.name, "regions": Set(sentra.members.map(\.region)).sorted().map(regionLink),
            ]
            try renderListing(
                base: base, title: sentra.name, header: header, template: SiteTemplates.sentra,
                members: sentra.members, emit)
        }
        for region in data.regions {
            let header: [String: Any] = [
                "name": regionName(region.code), "code": region.code, "province": Self.provinceName(region.code),
                "provinceFile": Self.provinceFile(region.code),
                "codeLine": SiteStrings.fill(text["regionCode"]!, ["code": region.code]),
            ]
            try renderListing(
                base: String(Self.regionFile(region.code).dropLast(5)), title: regionName(region.code),
                header: header, template: SiteTemplates.region, members: region.members, emit)
        }
        try renderProvinces(emit)
        try renderCategories(emit)
    }

    /// A sentra or region: page 1 has the first page of members and of products, each with a
    /// pager to its own further pages (`BASE_ikm-2.html`, `BASE_produk-2.html`).
    func renderListing(
        base: String, title: String, header: [String: Any], template: MustacheTemplate, members: [Supplier],
        _ emit: Emit
    ) throws {
        let items = members.flatMap { data.productsBySupplier[$0.nib] ?? [] }
        let memberPages = SitePager.count(members.count)
        let itemPages = SitePager.count(items.count)
        func file(_ kind: String, _ number: Int) -> String {
            number == 1 ? base + ".html" : "\(base)_\(kind)-\(number).html"
        }
        for number in 1...max(memberPages, itemPages) {
            var context = header
            context["t"] = text
            context["later"] = number > 1
            context["memberCount"] = SiteStrings.fill(text["countIKM"]!, ["n": grouped(members.count)])
            context["itemCount"] = SiteStrings.fill(text["countProducts"]!, ["n": grouped(items.count)])
            if number <= memberPages {
                context["members"] = SitePager.slice(members, number).map(memberContext)
                context["memberPager"] = pager(number, memberPages) { file("ikm", $0) }
            }
            if number <= itemPages {
                context["items"] = SitePager.slice(items, number).map(itemContext)
                context["itemPager"] = pager(number, itemPages) { file("produk", $0) }
            }
            let suffix = number > 1 ? " (\(number))" : ""
            if number == 1 {
                context["showMembers"] = true
                context["showItems"] = !items.isEmpty
                try emit(file("ikm", 1), page(title, body: template.render(context)))
                continue
            }
            if number <= memberPages {
                context["showMembers"] = true
                context["showItems"] = false
                try emit(file("ikm", number), page(title + suffix, body: template.render(context)))
            }
            if number <= itemPages {
                context["showMembers"] = false
                context["showItems"] = true
                try emit(file("produk", number), page(title + suffix, body: template.render(context)))
            }
        }
    }

    func renderProvinces(_ emit: Emit) throws {
        let byProvince = Dictionary(grouping: data.regions, by: { String($0.code.prefix(2)) })
        for code in byProvince.keys.sorted() {
            let regions = byProvince[code]!
            let members = regions.flatMap(\.members).sorted { ($0.name, $0.nib) < ($1.name, $1.nib) }
            let base = String(Self.provinceFile(code).dropLast(5))
            let pageCount = SitePager.count(members.count)
            for number in 1...pageCount {
                let context: [String: Any] = [
                    "t": text, "name": Self.provinceName(code),
                    "codeLine": SiteStrings.fill(text["regionCode"]!, ["code": code]),
                    "regions": regions.map { region -> [String: Any] in
                        var link = regionLink(region.code)
                        link["count"] = SiteStrings.fill(text["countIKM"]!, ["n": grouped(region.members.count)])
                        return link
                    },
                    "members": SitePager.slice(members, number).map(memberContext),
                    "memberCount": SiteStrings.fill(text["countIKM"]!, ["n": grouped(members.count)]),
                    "memberPager": pager(number, pageCount) { $0 == 1 ? base + ".html" : "\(base)_ikm-\($0).html" },
                ]
                try emit(
                    number == 1 ? base + ".html" : "\(base)_ikm-\(number).html",
                    page(
                        Self.provinceName(code) + (number > 1 ? " (\(number))" : ""),
                        body: SiteTemplates.province.render(context)))
            }
        }
    }

    func renderCategories(_ emit: Emit) throws {
        let byCategory = Dictionary(grouping: data.productOrder, by: { data.products[$0].category })
        for category in data.categories {
            let items = byCategory[category] ?? []
            let pageCount = SitePager.count(items.count)
            for number in 1...pageCount {
                let context: [String: Any] = [
                    "t": text, "label": categoryLabel(category),
                    "count": SiteStrings.fill(text["countProducts"]!, ["n": grouped(items.count)]),
                    "items": SitePager.slice(items, number).map { itemContext(data.products[$0]) },
                    "itemPager": pager(number, pageCount) { Self.categoryFile(category, page: $0) },
                ]
                try emit(
                    Self.categoryFile(category, page: number),
                    page(
                        categoryLabel(category) + (number > 1 ? " (\(number))" : ""),
                        body: SiteTemplates.category.render(context)))
            }
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
        SiteTemplates.layout.render([
            "t": text, "pageTitle": title, "siteTitle": options.title, "body": body, "search": search,
            "footer": SiteStrings.fill(
                text["footer"]!, ["date": longDate(options.asOf), "version": SentraVersion.string]),
        ])
    }
}
