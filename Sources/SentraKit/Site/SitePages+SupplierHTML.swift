extension SitePages {
    /// One supplier with every product; prints cleanly (the style sheet hides navigation and search).
    func supplierBody(_ supplier: Supplier) -> String {
        let h = Self.h
        let region = Self.regionFile(supplier.region), regionName = h(regionName(supplier.region))
        let sentraFile = data.sentraFile[supplier.sentra]
        var out =
            "<p class=\"crumbs\"><a href=\"index.html\">\(t("home"))</a> › <a href=\"\(region)\">\(regionName)</a>"
        if let sentraFile { out += " › <a href=\"\(sentraFile)\">\(h(supplier.sentra))</a>" }
        out += "</p>\n<h1>\(h(supplier.name))</h1>\n"
        if let stale = staleMark(supplier) { out += "<p class=\"stale\">\(h(stale))</p>\n" }
        let counts = Self.countsTowardTarget(supplier.scale)
        let countsText =
            counts
            ? text["countsLong"]! : SiteStrings.fill(text["notCountsLong"]!, ["scale": supplier.scale.rawValue])
        out += "<dl class=\"facts\">\n<dt>\(t("scaleLabel"))</dt><dd>\(h(supplier.scale.rawValue)) — "
        out += "<span class=\"\(counts ? "ok" : "no")\">\(h(countsText))</span></dd>\n"
        out += "<dt>\(t("sentra"))</dt><dd>"
        out += sentraFile.map { "<a href=\"\($0)\">\(h(supplier.sentra))</a>" } ?? "—"
        out += "</dd>\n<dt>\(t("region"))</dt><dd><a href=\"\(region)\">\(regionName)</a> (\(h(supplier.region))), "
        out += "<a href=\"\(Self.provinceFile(supplier.region))\">\(h(Self.provinceName(supplier.region)))</a></dd>\n"
        out += "<dt>\(t("nib"))</dt><dd>\(h(supplier.nib))</dd>\n<dt>\(t("certificate"))</dt><dd>"
        if supplier.certifications.isEmpty {
            out += "—"
        } else {
            out += "<ul class=\"plain\">"
            for certificate in supplier.certifications {
                out += "<li>\(h(certificate.type.uppercased()))"
                if let number = certificate.number { out += " <span class=\"muted\">No. \(h(number))</span>" }
                out += "</li>"
            }
            out += "</ul>"
        }
        out += "</dd>\n<dt>\(t("verifiedLong"))</dt><dd>\(h(supplier.verifiedOn.map(longDate) ?? "—"))</dd>\n"
        if options.noContact {
            out += "<dt>\(t("contact"))</dt><dd class=\"muted\">\(t("contactHidden"))</dd>\n"
        } else if !(supplier.phone.isEmpty && supplier.email.isEmpty) {
            out += "<dt>\(t("contact"))</dt><dd class=\"contact\">"
            if !supplier.phone.isEmpty {
                let dial = supplier.phone.filter { $0.isNumber || $0 == "+" }
                out += "<a href=\"tel:\(h(dial))\">\(h(supplier.phone))</a> "
            }
            if !supplier.email.isEmpty { out += "<a href=\"mailto:\(h(supplier.email))\">\(h(supplier.email))</a>" }
            out += "</dd>\n"
        }
        out += "</dl>\n<h2>\(t("products"))</h2>\n"
        let products = data.products(of: supplier.nib)
        if products.isEmpty { out += "<p class=\"muted\">\(t("noProducts"))</p>\n" }
        out += "<div class=\"products\">\n"
        for item in products { out += productArticle(item, supplier: supplier) }
        return out + "</div>\n"
    }

    func productArticle(_ item: CatalogItem, supplier: Supplier) -> String {
        let h = Self.h
        var out = "<article class=\"product\" id=\"produk-\(SiteData.slug(item.sku))\">\n<h3>\(h(item.name))</h3>\n"
        out += "<p class=\"price\">\(item.unitPrice.display) <span class=\"muted\">/ \(h(item.unit))</span></p>\n"
        out += "<dl class=\"facts small\">\n<dt>\(t("category"))</dt><dd><a href=\""
        out += "\(Self.categoryFile(item.category, page: 1))\">\(h(categoryLabel(item.category)))</a></dd>\n"
        let capacity = item.capacityPerMonth.map {
            SiteStrings.fill(text["perMonth"]!, ["n": grouped(Int($0)), "unit": item.unit])
        }
        out += "<dt>\(t("capacity"))</dt><dd>\(h(capacity ?? "—"))</dd>\n"
        let lead = item.leadTimeDays.map { SiteStrings.fill(text["days"]!, ["n": String($0)]) }
        out += "<dt>\(t("leadTime"))</dt><dd>\(h(lead ?? "—"))</dd>\n"
        out += "<dt>\(t("tkdn"))</dt><dd>\(item.tkdn.map(percent) ?? "—")</dd>\n<dt>\(t("certificate"))</dt><dd>"
        if item.certifications.isEmpty { out += "—" }
        for certificate in item.certifications {
            out += "<span class=\"tag\">\(h(certificate.type.uppercased()))"
            if let number = certificate.number { out += " \(h(number))" }
            out += "</span> "
        }
        out += "</dd>\n<dt>\(t("sku"))</dt><dd>\(h(item.sku))</dd>\n</dl>\n"
        out += "<p class=\"desc\">\(h(item.description))</p>\n<details><summary>\(t("needsSummary"))</summary>\n"
        out += "<pre><code>\(h(Self.needsHeader + "\n" + needsRow(item, supplier: supplier)))</code></pre>\n"
        out += "<p class=\"muted small\">\(text["needsHelp"]!)</p>\n</details>\n</article>\n"
        return out
    }
}
