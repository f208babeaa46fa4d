/// The values each template is rendered with (swift-mustache escapes every one of them).
extension SitePages {
    func regionLink(_ code: String) -> [String: Any] {
        ["file": Self.regionFile(code), "name": regionName(code), "code": code]
    }

    static func productLink(_ item: CatalogItem) -> String {
        supplierFile(item.nib) + "#produk-" + SiteData.slug(item.sku)
    }

    static let needsHeader =
        "need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications"

    /// The needs-CSV row an officer pastes to ask `match` for this product: one unit at its price,
    /// delivered to the supplier's region, with the product's certificate types required.
    func needsRow(_ item: CatalogItem, supplier: Supplier) -> String {
        let certificates = (item.certifications.isEmpty ? supplier.certifications : item.certifications)
        let types = Set(certificates.map(\.type)).sorted().joined(separator: ";")
        let cells = [
            "KEB-BARU-001", "KODE-OPD", text["needsOPDName"]!, String(options.asOf.year), "", item.category, item.name,
            "1", item.unit, item.unitPrice.description, supplier.region, "", types,
        ]
        return String(CSVWriter.line(cells).dropLast())
    }

    func homeContext() -> [String: Any] {
        // Counted in one pass: grouping the items themselves would copy a million of them.
        var counts: [String: Int] = [:]
        var types: Set<String> = []
        for item in data.products {
            counts[item.category, default: 0] += 1
            for certificate in item.certifications { types.insert(certificate.type) }
        }
        for supplier in data.suppliers {
            for certificate in supplier.certifications { types.insert(certificate.type) }
        }
        let certificateTypes = types.sorted()
        let largest = data.sentras.sorted { ($0.members.count, $1.name) > ($1.members.count, $0.name) }
            .prefix(Self.homeSentras).sorted { $0.name < $1.name }
        func count(_ key: String, _ n: Int) -> String { SiteStrings.fill(text[key]!, ["n": grouped(n)]) }
        return [
            "t": text, "title": options.title,
            "lead": SiteStrings.fill(text["lead"]!, ["date": longDate(options.asOf)]),
            "ikm": grouped(data.suppliers.count), "sentraCount": grouped(data.sentras.count),
            "productCount": grouped(data.products.count), "regionCount": grouped(data.regions.count),
            "categories": data.categories.map { slug -> [String: Any] in
                [
                    "slug": slug, "label": categoryLabel(slug), "file": Self.categoryFile(slug, page: 1),
                    "count": count("countProducts", counts[slug] ?? 0),
                ]
            },
            "certificates": certificateTypes.map { ["type": $0, "label": $0.uppercased()] },
            "scales": Scale.allCases.map { ["value": $0.rawValue] },
            "sentras": largest.map {
                ["name": $0.name, "file": $0.file, "count": count("countIKM", $0.members.count)]
            },
            "someSentras": data.sentras.count > Self.homeSentras,
            "largestSentras": count("largestSentras", Self.homeSentras),
            "allSentras": count("allSentras", data.sentras.count), "sentraIndexFile": Self.sentraIndexFile(page: 1),
            "provinces": Set(data.regions.map { String($0.code.prefix(2)) }).sorted().map { code -> [String: Any] in
                [
                    "name": Self.provinceName(code), "file": Self.provinceFile(code),
                    "count": count(
                        "countIKM",
                        data.regions.filter { $0.code.hasPrefix(code + ".") }.map(\.members.count).reduce(0, +)),
                ]
            },
            "regions": data.regions.map { region -> [String: Any] in
                var link = regionLink(region.code)
                link["count"] = count("countIKM", region.members.count)
                return link
            },
            "map": SiteMap.svg(data, pages: self),
        ]
    }
}
