/// The values each template is rendered with (swift-mustache escapes every one of them).
extension SitePages {
    func regionLink(_ code: String) -> [String: Any] {
        ["file": Self.regionFile(code), "name": regionName(code), "code": code]
    }

    func memberContext(_ supplier: Supplier) -> [String: Any] {
        let counts = Self.countsTowardTarget(supplier.scale)
        var context: [String: Any] = [
            "name": supplier.name, "file": Self.supplierFile(supplier.nib), "scale": supplier.scale.rawValue,
            "counts": counts, "region": regionLink(supplier.region),
            "verified": supplier.verifiedOn.map(longDate) ?? "—",
            "productCount": SiteStrings.fill(
                text["countProducts"]!, ["n": grouped(data.productsBySupplier[supplier.nib]?.count ?? 0)]),
            "hasSentra": data.sentraFile[supplier.sentra] != nil, "sentra": supplier.sentra,
            "sentraFile": data.sentraFile[supplier.sentra] ?? "",
            "countsLong": counts
                ? text["countsLong"]! : SiteStrings.fill(text["notCountsLong"]!, ["scale": supplier.scale.rawValue]),
        ]
        let stale = staleMark(supplier)
        context["stale"] = stale ?? ""
        context["isStale"] = stale != nil
        return context
    }

    func certificates(_ list: [Certification]) -> [[String: Any]] {
        list.map { ["type": $0.type.uppercased(), "number": $0.number ?? "", "hasNumber": $0.number != nil] }
    }

    func itemContext(_ item: CatalogItem) -> [String: Any] {
        let supplier = data.supplierByNIB[item.nib]
        return [
            "name": item.name, "sku": item.sku, "price": item.unitPrice.display, "unit": item.unit,
            "categoryLabel": categoryLabel(item.category),
            "categoryFile": Self.categoryFile(item.category, page: 1),
            "supplierName": supplier?.name ?? item.nib, "supplierFile": Self.supplierFile(item.nib),
            "productFile": Self.productLink(item),
            "regionName": supplier.map { regionName($0.region) } ?? "",
            "regionFile": supplier.map { Self.regionFile($0.region) } ?? "index.html",
            "tkdn": item.tkdn.map(percent) ?? "—",
            "counts": supplier.map { Self.countsTowardTarget($0.scale) } ?? false,
        ]
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

    func productContext(_ item: CatalogItem, supplier: Supplier) -> [String: Any] {
        var context = itemContext(item)
        context["anchor"] = "produk-" + SiteData.slug(item.sku)
        context["capacity"] =
            item.capacityPerMonth.map {
                SiteStrings.fill(text["perMonth"]!, ["n": grouped(Int($0)), "unit": item.unit])
            } ?? "—"
        context["leadTime"] = item.leadTimeDays.map { SiteStrings.fill(text["days"]!, ["n": String($0)]) } ?? "—"
        context["certificates"] = certificates(item.certifications)
        context["hasCertificates"] = !item.certifications.isEmpty
        context["description"] = item.description
        context["csv"] = Self.needsHeader + "\n" + needsRow(item, supplier: supplier)
        return context
    }

    func supplierContext(_ supplier: Supplier) -> [String: Any] {
        var context = memberContext(supplier)
        context["t"] = text
        context["nib"] = supplier.nib
        context["province"] = Self.provinceName(supplier.region)
        context["provinceFile"] = Self.provinceFile(supplier.region)
        context["certificates"] = certificates(supplier.certifications)
        context["hasCertificates"] = !supplier.certifications.isEmpty
        context["showContact"] = !options.noContact && !(supplier.phone.isEmpty && supplier.email.isEmpty)
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
