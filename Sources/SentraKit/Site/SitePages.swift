import Mustache

/// Every page and asset of the site, as file name → text. Pages are rendered through
/// swift-mustache, which escapes every value; only whole rendered fragments (the body, the map)
/// go in unescaped.
struct SitePages {
    let data: SiteData
    let options: SiteOptions
    static let pageSize = 50

    func render() throws -> [String: String] {
        var files: [String: String] = [
            "style.css": SiteAssets.css, "search.js": SiteAssets.searchScript,
            "search-index.js": try SiteSearchIndex.script(data, pages: self),
        ]
        files["index.html"] = page(
            "Beranda", body: Self.home.render(homeContext()), search: true)
        for supplier in data.suppliers {
            files[Self.supplierFile(supplier.nib)] = page(
                supplier.name, body: Self.supplier.render(supplierContext(supplier)))
        }
        for sentra in data.sentras {
            let context: [String: Any] = [
                "name": sentra.name, "members": sentra.members.map(memberContext),
                "regions": Set(sentra.members.map(\.region)).sorted().map(regionLink),
                "items": sentra.members.flatMap { data.productsBySupplier[$0.nib] ?? [] }.map(itemContext),
            ]
            files[sentra.file] = page(sentra.name, body: Self.sentra.render(context))
        }
        for region in data.regions {
            let context: [String: Any] = [
                "name": Self.regionName(region.code), "code": region.code,
                "province": Self.provinceName(region.code), "provinceFile": Self.provinceFile(region.code),
                "members": region.members.map(memberContext),
                "items": region.members.flatMap { data.productsBySupplier[$0.nib] ?? [] }.map(itemContext),
            ]
            files[Self.regionFile(region.code)] = page(
                Self.regionName(region.code), body: Self.region.render(context))
        }
        let byProvince = Dictionary(grouping: data.regions, by: { String($0.code.prefix(2)) })
        for code in byProvince.keys.sorted() {
            let regions = byProvince[code]!
            let context: [String: Any] = [
                "name": Self.provinceName(code), "code": code,
                "regions": regions.map { region -> [String: Any] in
                    var link = regionLink(region.code)
                    link["count"] = region.members.count
                    return link
                },
                "members": regions.flatMap(\.members).sorted { ($0.name, $0.nib) < ($1.name, $1.nib) }
                    .map(memberContext),
            ]
            files[Self.provinceFile(code)] = page(Self.provinceName(code), body: Self.province.render(context))
        }
        for category in data.categories {
            let items = data.products.filter { $0.category == category }.sorted {
                ($0.name, $0.nib, $0.sku) < ($1.name, $1.nib, $1.sku)
            }
            let pageCount = max(1, (items.count + Self.pageSize - 1) / Self.pageSize)
            for number in 1...pageCount {
                let slice = items[((number - 1) * Self.pageSize)..<min(items.count, number * Self.pageSize)]
                let context: [String: Any] = [
                    "label": Self.categoryLabel(category), "count": items.count, "number": number,
                    "pageCount": pageCount, "paged": pageCount > 1,
                    "hasPrevious": number > 1, "previous": Self.categoryFile(category, page: number - 1),
                    "hasNext": number < pageCount, "next": Self.categoryFile(category, page: number + 1),
                    "pages": (1...pageCount).map { n -> [String: Any] in
                        ["n": n, "file": Self.categoryFile(category, page: n), "current": n == number]
                    },
                    "items": slice.map(itemContext),
                ]
                files[Self.categoryFile(category, page: number)] = page(
                    Self.categoryLabel(category) + (number > 1 ? " (\(number))" : ""),
                    body: Self.category.render(context))
            }
        }
        return files
    }

    // MARK: - File names (flat, so every link is relative to the same folder)

    static func supplierFile(_ nib: String) -> String { "pemasok-\(SiteData.slug(nib)).html" }
    static func regionFile(_ code: String) -> String { "wilayah-\(SiteData.slug(code)).html" }
    static func provinceFile(_ code: String) -> String { "provinsi-\(SiteData.slug(String(code.prefix(2)))).html" }
    static func categoryFile(_ slug: String, page: Int) -> String {
        "kategori-\(SiteData.slug(slug))" + (page > 1 ? "-\(page)" : "") + ".html"
    }

    // MARK: - Labels

    static let regencyNames: [String: String] = Dictionary(
        uniqueKeysWithValues: KemendagriRegions.regencies.map { ($0.code, $0.name) })
    static let provinceNames: [String: String] = Dictionary(
        uniqueKeysWithValues: KemendagriRegions.provinces.map { ($0.code, $0.name) })

    static func regionName(_ code: String) -> String { regencyNames[code] ?? "Wilayah \(code)" }
    static func provinceName(_ code: String) -> String {
        provinceNames[String(code.prefix(2))] ?? String(code.prefix(2))
    }

    static let categoryLabels: [String: String] = [
        "makanan": "Makanan", "minuman": "Minuman", "jasa-boga": "Jasa boga", "fesyen": "Fesyen",
        "kerajinan": "Kerajinan", "perhiasan": "Perhiasan", "furnitur": "Furnitur", "herbal": "Herbal",
        "kosmetik": "Kosmetik", "logam": "Logam", "percetakan": "Percetakan", "pertanian": "Pertanian",
        "lainnya": "Lainnya",
    ]
    static func categoryLabel(_ slug: String) -> String { categoryLabels[slug] ?? slug }

    static let months = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
        "November", "Desember",
    ]
    /// `2025-03-02` → `2 Maret 2025`; anything else as written.
    static func longDate(_ text: String) -> String {
        guard case .success(let day) = Day.parse(text) else { return text }
        return "\(day.day) \(months[day.month - 1]) \(day.year)"
    }

    /// Whole numbers with Indonesian thousands dots: `12500` → `12.500`.
    static func grouped(_ value: Int64) -> String { DigitGroups.grouped(value) }

    static func percent(_ value: Percent) -> String {
        let text = value.description.replacingOccurrences(of: ".", with: ",")
        return (text.hasSuffix(",00") ? String(text.dropLast(3)) : text) + "%"
    }

    /// Mikro, kecil and koperasi count toward the UMK-K target; menengah and besar do not (the
    /// compliance rule itself, so the showcase and the reports cannot disagree).
    static func countsTowardTarget(_ scale: Scale) -> Bool { ComplianceMetric.umkk.counts(scale: scale, tkdn: nil) }

    /// The stale mark (the `check` rule), or nil for a supplier verified within 12 months.
    func staleMark(_ supplier: Supplier) -> String? {
        let cutoff = HealthCheck.staleCutoff(asOf: options.asOf)
        guard let verified = supplier.verifiedOn else { return "belum pernah diverifikasi" }
        return verified < cutoff ? "belum diverifikasi sejak \(Self.longDate(verified.description))" : nil
    }

    // MARK: - Contexts

    func regionLink(_ code: String) -> [String: Any] {
        ["file": Self.regionFile(code), "name": Self.regionName(code), "code": code]
    }

    func memberContext(_ supplier: Supplier) -> [String: Any] {
        var context: [String: Any] = [
            "name": supplier.name, "file": Self.supplierFile(supplier.nib), "scale": supplier.scale.rawValue,
            "counts": Self.countsTowardTarget(supplier.scale), "region": regionLink(supplier.region),
            "verified": supplier.verifiedOn.map { Self.longDate($0.description) } ?? "—",
            "productCount": data.productsBySupplier[supplier.nib]?.count ?? 0,
            "hasSentra": data.sentraFile[supplier.sentra] != nil, "sentra": supplier.sentra,
            "sentraFile": data.sentraFile[supplier.sentra] ?? "",
        ]
        if let stale = staleMark(supplier) { context["stale"] = stale }
        context["isStale"] = staleMark(supplier) != nil
        return context
    }

    func certificates(_ list: [Certification]) -> [[String: Any]] {
        list.map { ["type": $0.type.uppercased(), "number": $0.number ?? "", "hasNumber": $0.number != nil] }
    }

    func itemContext(_ item: CatalogItem) -> [String: Any] {
        let supplier = data.supplierByNIB[item.nib]
        return [
            "name": item.name, "sku": item.sku, "price": item.unitPrice.display, "unit": item.unit,
            "categoryLabel": Self.categoryLabel(item.category),
            "categoryFile": Self.categoryFile(item.category, page: 1),
            "supplierName": supplier?.name ?? item.nib, "supplierFile": Self.supplierFile(item.nib),
            "productFile": Self.supplierFile(item.nib) + "#produk-" + SiteData.slug(item.sku),
            "regionName": supplier.map { Self.regionName($0.region) } ?? "",
            "regionFile": supplier.map { Self.regionFile($0.region) } ?? "index.html",
            "tkdn": item.tkdn.map(Self.percent) ?? "—",
            "counts": supplier.map { Self.countsTowardTarget($0.scale) } ?? false,
        ]
    }

    static let needsHeader =
        "need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications"

    /// The needs-CSV row an officer pastes to ask `match` for this product: one unit at its price,
    /// delivered to the supplier's region, with the product's certificate types required.
    func needsRow(_ item: CatalogItem, supplier: Supplier) -> String {
        let certificates = (item.certifications.isEmpty ? supplier.certifications : item.certifications)
        let types = Set(certificates.map(\.type)).sorted().joined(separator: ";")
        let cells = [
            "KEB-BARU-001", "KODE-OPD", "Nama OPD", String(options.asOf.year), "", item.category, item.name, "1",
            item.unit, item.unitPrice.description, supplier.region, "", types,
        ]
        return String(CSVWriter.line(cells).dropLast())
    }

    func productContext(_ item: CatalogItem, supplier: Supplier) -> [String: Any] {
        var context = itemContext(item)
        context["anchor"] = "produk-" + SiteData.slug(item.sku)
        context["capacity"] = item.capacityPerMonth.map { "\(Self.grouped($0)) \(item.unit)/bulan" } ?? "—"
        context["leadTime"] = item.leadTimeDays.map { "\($0) hari" } ?? "—"
        context["certificates"] = certificates(item.certifications)
        context["hasCertificates"] = !item.certifications.isEmpty
        context["description"] = item.description
        context["csv"] = Self.needsHeader + "\n" + needsRow(item, supplier: supplier)
        return context
    }

    func supplierContext(_ supplier: Supplier) -> [String: Any] {
        var context = memberContext(supplier)
        context["nib"] = supplier.nib
        context["province"] = Self.provinceName(supplier.region)
        context["provinceFile"] = Self.provinceFile(supplier.region)
        context["certificates"] = certificates(supplier.certifications)
        context["hasCertificates"] = !supplier.certifications.isEmpty
        let showContact = !options.noContact && !(supplier.phone.isEmpty && supplier.email.isEmpty)
        context["showContact"] = showContact
        context["hideContact"] = options.noContact
        context["phone"] = supplier.phone
        context["hasPhone"] = !supplier.phone.isEmpty
        context["phoneLink"] = "tel:" + supplier.phone.filter { $0.isNumber || $0 == "+" }
        context["email"] = supplier.email
        context["hasEmail"] = !supplier.email.isEmpty
        let products = data.productsBySupplier[supplier.nib] ?? []
        context["products"] = products.map { productContext($0, supplier: supplier) }
        context["hasProducts"] = !products.isEmpty
        return context
    }

    func homeContext() -> [String: Any] {
        let counts = Dictionary(grouping: data.products, by: \.category).mapValues(\.count)
        let certificateTypes = Set(data.products.flatMap { $0.certifications.map(\.type) })
            .union(data.suppliers.flatMap { $0.certifications.map(\.type) }).sorted()
        return [
            "title": options.title, "asOf": Self.longDate(options.asOf.description),
            "ikm": Self.grouped(Int64(data.suppliers.count)), "sentraCount": Self.grouped(Int64(data.sentras.count)),
            "productCount": Self.grouped(Int64(data.products.count)),
            "regionCount": Self.grouped(Int64(data.regions.count)),
            "categories": data.categories.map { slug -> [String: Any] in
                [
                    "slug": slug, "label": Self.categoryLabel(slug), "file": Self.categoryFile(slug, page: 1),
                    "count": counts[slug] ?? 0,
                ]
            },
            "certificates": certificateTypes.map { ["type": $0, "label": $0.uppercased()] },
            "scales": Scale.allCases.map { ["value": $0.rawValue] },
            "sentras": data.sentras.map { ["name": $0.name, "file": $0.file, "count": $0.members.count] },
            "provinces": Set(data.regions.map { String($0.code.prefix(2)) }).sorted().map { code -> [String: Any] in
                [
                    "name": Self.provinceName(code), "file": Self.provinceFile(code),
                    "count": data.regions.filter { $0.code.hasPrefix(code + ".") }.map(\.members.count).reduce(0, +),
                ]
            },
            "regions": data.regions.map { region -> [String: Any] in
                var link = regionLink(region.code)
                link["count"] = region.members.count
                return link
            },
            "map": SiteMap.svg(data),
        ]
    }

    // MARK: - Layout

    func page(_ title: String, body: String, search: Bool = false) -> String {
        Self.layout.render([
            "pageTitle": title, "siteTitle": options.title, "body": body, "search": search,
            "asOf": Self.longDate(options.asOf.description), "version": SentraVersion.string,
        ])
    }

    static let csp =
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'"

    static let layout = try! MustacheTemplate(
        string: """
            <!DOCTYPE html>
            <html lang="id">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="\(csp)">
            <title>{{pageTitle}} · {{siteTitle}}</title>
            <link rel="stylesheet" href="style.css">
            {{#search}}
            <script src="search-index.js" defer></script>
            <script src="search.js" defer></script>
            {{/search}}
            </head>
            <body>
            <header class="top"><a class="brand" href="index.html">{{siteTitle}}</a>
            <nav><a href="index.html#cari">Cari</a> <a href="index.html#peta">Peta</a> <a href="index.html#telusuri">Telusuri</a></nav></header>
            <main>
            {{{body}}}
            </main>
            <footer class="foot">Data per {{asOf}} · dibuat dengan sentra {{version}} · Halaman ini tidak memuat sumber dari luar.</footer>
            </body>
            </html>

            """)

    /// A list of product cards (used on sentra, region and category pages).
    static let itemList = """
        <ul class="cards">
        {{#items}}
        <li class="card"><a class="card-title" href="{{productFile}}">{{name}}</a>
        <span class="price">{{price}} <span class="muted">/ {{unit}}</span></span>
        <span><a href="{{supplierFile}}">{{supplierName}}</a> · <a href="{{regionFile}}">{{regionName}}</a></span>
        <span class="muted">{{categoryLabel}} · TKDN {{tkdn}}{{#counts}} · <span class="ok">UMK-K</span>{{/counts}}</span></li>
        {{/items}}
        </ul>
        """

    static let memberList = """
        <ul class="cards">
        {{#members}}
        <li class="card"><a class="card-title" href="{{file}}">{{name}}</a>
        <span>{{scale}}{{#counts}} · <span class="ok">dihitung UMK-K</span>{{/counts}} · {{productCount}} produk</span>
        <span class="muted"><a href="{{region.file}}">{{region.name}}</a>{{#hasSentra}} · <a href="{{sentraFile}}">{{sentra}}</a>{{/hasSentra}}</span>
        <span class="muted">Diverifikasi: {{verified}}</span>
        {{#isStale}}<span class="stale">{{stale}}</span>{{/isStale}}</li>
        {{/members}}
        </ul>
        """

    static let home = try! MustacheTemplate(
        string: """
            <section class="hero">
            <h1>{{title}}</h1>
            <p class="lead">Produk industri kecil dan menengah (IKM) daerah: siapa membuat apa, di mana, dengan harga, kapasitas, TKDN dan sertifikat. Data per {{asOf}}.</p>
            <ul class="stats">
            <li><strong>{{ikm}}</strong> IKM</li>
            <li><strong>{{sentraCount}}</strong> sentra</li>
            <li><strong>{{productCount}}</strong> produk</li>
            <li><strong>{{regionCount}}</strong> kabupaten/kota</li>
            </ul>
            </section>
            <section id="cari" class="search">
            <h2>Cari produk</h2>
            <form id="search-form" action="index.html" method="get" role="search">
            <div class="field wide"><label for="q">Kata kunci</label>
            <input id="q" name="q" type="search" placeholder="mis. keripik pisang, batik, kue kotak"></div>
            <div class="field"><label for="cat">Kategori</label>
            <select id="cat" name="cat"><option value="">Semua</option>
            {{#categories}}<option value="{{slug}}">{{label}}</option>
            {{/categories}}</select></div>
            <div class="field"><label for="cert">Sertifikat</label>
            <select id="cert" name="cert"><option value="">Semua</option>
            {{#certificates}}<option value="{{type}}">{{label}}</option>
            {{/certificates}}</select></div>
            <div class="field"><label for="scale">Skala</label>
            <select id="scale" name="scale"><option value="">Semua</option>
            {{#scales}}<option value="{{value}}">{{value}}</option>
            {{/scales}}</select></div>
            <div class="field"><label for="region">Wilayah</label>
            <select id="region" name="region"><option value="">Semua</option>
            {{#regions}}<option value="{{code}}">{{name}}</option>
            {{/regions}}</select></div>
            <div class="field"><button type="submit">Cari</button></div>
            </form>
            <p id="search-status" class="muted">Pencarian di halaman ini memerlukan JavaScript. Tanpa JavaScript, telusuri menurut kategori, sentra atau wilayah di bawah.</p>
            <ul id="hasil" class="cards"></ul>
            </section>
            <section id="peta">
            <h2>Peta sebaran IKM</h2>
            <p class="muted">Lingkaran makin besar, makin banyak IKM. Klik lingkaran untuk membuka halaman kabupaten/kota; daftar lengkapnya ada di bawah.</p>
            {{{map}}}
            </section>
            <section id="telusuri" class="browse">
            <div><h2>Kategori</h2><ul>
            {{#categories}}<li><a href="{{file}}">{{label}}</a> <span class="muted">({{count}} produk)</span></li>
            {{/categories}}</ul></div>
            <div><h2>Sentra</h2><ul>
            {{#sentras}}<li><a href="{{file}}">{{name}}</a> <span class="muted">({{count}} IKM)</span></li>
            {{/sentras}}</ul></div>
            <div><h2>Provinsi</h2><ul>
            {{#provinces}}<li><a href="{{file}}">{{name}}</a> <span class="muted">({{count}} IKM)</span></li>
            {{/provinces}}</ul>
            <h2>Kabupaten/kota</h2><ul>
            {{#regions}}<li><a href="{{file}}">{{name}}</a> <span class="muted">({{count}} IKM)</span></li>
            {{/regions}}</ul></div>
            </section>
            """)

    static let supplier = try! MustacheTemplate(
        string: """
            <p class="crumbs"><a href="index.html">Beranda</a> › <a href="{{region.file}}">{{region.name}}</a>{{#hasSentra}} › <a href="{{sentraFile}}">{{sentra}}</a>{{/hasSentra}}</p>
            <h1>{{name}}</h1>
            {{#isStale}}<p class="stale">{{stale}}</p>{{/isStale}}
            <dl class="facts">
            <dt>Skala usaha</dt><dd>{{scale}} — {{#counts}}<span class="ok">pembelian dari IKM ini dihitung untuk target 40% belanja produk UMK-K</span>{{/counts}}{{^counts}}<span class="no">pembelian dari usaha {{scale}} tidak dihitung untuk target 40% UMK-K</span>{{/counts}}</dd>
            <dt>Sentra</dt><dd>{{#hasSentra}}<a href="{{sentraFile}}">{{sentra}}</a>{{/hasSentra}}{{^hasSentra}}—{{/hasSentra}}</dd>
            <dt>Wilayah</dt><dd><a href="{{region.file}}">{{region.name}}</a> ({{region.code}}), <a href="{{provinceFile}}">{{province}}</a></dd>
            <dt>NIB</dt><dd>{{nib}}</dd>
            <dt>Sertifikat</dt><dd>{{#hasCertificates}}<ul class="plain">{{#certificates}}<li>{{type}}{{#hasNumber}} <span class="muted">No. {{number}}</span>{{/hasNumber}}</li>{{/certificates}}</ul>{{/hasCertificates}}{{^hasCertificates}}—{{/hasCertificates}}</dd>
            <dt>Terakhir diverifikasi</dt><dd>{{verified}}</dd>
            {{#showContact}}<dt>Kontak</dt><dd class="contact">{{#hasPhone}}<a href="{{phoneLink}}">{{phone}}</a> {{/hasPhone}}{{#hasEmail}}<a href="mailto:{{email}}">{{email}}</a>{{/hasEmail}}</dd>{{/showContact}}
            {{#hideContact}}<dt>Kontak</dt><dd class="muted">Tidak ditampilkan; hubungi dinas perindustrian setempat.</dd>{{/hideContact}}
            </dl>
            <h2>Produk</h2>
            {{^hasProducts}}<p class="muted">Belum ada produk di katalog.</p>{{/hasProducts}}
            <div class="products">
            {{#products}}
            <article class="product" id="{{anchor}}">
            <h3>{{name}}</h3>
            <p class="price">{{price}} <span class="muted">/ {{unit}}</span></p>
            <dl class="facts small">
            <dt>Kategori</dt><dd><a href="{{categoryFile}}">{{categoryLabel}}</a></dd>
            <dt>Kapasitas</dt><dd>{{capacity}}</dd>
            <dt>Waktu kirim</dt><dd>{{leadTime}}</dd>
            <dt>TKDN</dt><dd>{{tkdn}}</dd>
            <dt>Sertifikat</dt><dd>{{#hasCertificates}}{{#certificates}}<span class="tag">{{type}}{{#hasNumber}} {{number}}{{/hasNumber}}</span> {{/certificates}}{{/hasCertificates}}{{^hasCertificates}}—{{/hasCertificates}}</dd>
            <dt>SKU</dt><dd>{{sku}}</dd>
            </dl>
            <p class="desc">{{description}}</p>
            <details><summary>Siapkan kebutuhan (baris CSV untuk sentra)</summary>
            <pre><code>{{csv}}</code></pre>
            <p class="muted small">Salin ke berkas kebutuhan, ganti KEB-BARU-001, KODE-OPD, Nama OPD, jumlah dan pagu, lalu <code>sentra import needs</code> dan <code>sentra match</code>.</p>
            </details>
            </article>
            {{/products}}
            </div>
            """)

    static let sentra = try! MustacheTemplate(
        string: """
            <p class="crumbs"><a href="index.html">Beranda</a> › Sentra</p>
            <h1>{{name}}</h1>
            <p>Wilayah: {{#regions}}<a href="{{file}}">{{name}}</a> {{/regions}}</p>
            <h2>Anggota</h2>
            \(memberList)
            <h2>Produk</h2>
            \(itemList)
            """)

    static let region = try! MustacheTemplate(
        string: """
            <p class="crumbs"><a href="index.html">Beranda</a> › <a href="{{provinceFile}}">{{province}}</a></p>
            <h1>{{name}}</h1>
            <p class="muted">Kode Kemendagri {{code}} · {{province}}</p>
            <h2>IKM</h2>
            \(memberList)
            <h2>Produk</h2>
            \(itemList)
            """)

    static let province = try! MustacheTemplate(
        string: """
            <p class="crumbs"><a href="index.html">Beranda</a> › Provinsi</p>
            <h1>{{name}}</h1>
            <p class="muted">Kode Kemendagri {{code}}</p>
            <h2>Kabupaten/kota</h2>
            <ul>
            {{#regions}}<li><a href="{{file}}">{{name}}</a> <span class="muted">({{count}} IKM)</span></li>
            {{/regions}}</ul>
            <h2>IKM</h2>
            \(memberList)
            """)

    static let category = try! MustacheTemplate(
        string: """
            <p class="crumbs"><a href="index.html">Beranda</a> › Kategori</p>
            <h1>{{label}}</h1>
            <p class="muted">{{count}} produk{{#paged}} · halaman {{number}} dari {{pageCount}}{{/paged}}</p>
            \(itemList)
            {{#paged}}<nav class="pager">{{#hasPrevious}}<a href="{{previous}}">‹ Sebelumnya</a> {{/hasPrevious}}{{#pages}}{{#current}}<strong>{{n}}</strong> {{/current}}{{^current}}<a href="{{file}}">{{n}}</a> {{/current}}{{/pages}}{{#hasNext}}<a href="{{next}}">Berikutnya ›</a>{{/hasNext}}</nav>{{/paged}}
            """)
}
