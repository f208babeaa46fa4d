/// The pages there are many of (suppliers, listings, the layout), written straight into a string:
/// swift-mustache's dynamic lookups cost ~4.5 ms a supplier page, far too slow for 100k IKM.
/// Every value goes through `h` (HTML-escaped); only literals, numbers, file names made of slug
/// characters and fragments built here go in as they are.
extension SitePages {
    /// `&`, `<`, `>`, `"` and `'` escaped, so a value is text in an element and in a quoted attribute.
    static func h(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 }) else {
            return text
        }
        return SiteMap.escape(text)
    }

    func t(_ key: String) -> String { Self.h(text[key]!) }

    func layout(_ title: String, body: String, search: Bool = false) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"\(t("lang"))\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(SiteTemplates.csp)\">\n"
        out +=
            "<title>\(Self.h(title)) · \(Self.h(options.title))</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n"
        if search {
            out += "<script src=\"cari-meta.js\" defer></script>\n<script src=\"search.js\" defer></script>\n"
        }
        out +=
            "</head>\n<body>\n<header class=\"top\"><a class=\"brand\" href=\"index.html\">\(Self.h(options.title))</a>\n"
        out += "<nav><a href=\"index.html#cari\">\(t("navSearch"))</a> <a href=\"index.html#peta\">\(t("navMap"))</a> "
        out += "<a href=\"index.html#telusuri\">\(t("navBrowse"))</a></nav></header>\n<main>\n"
        out += body
        let footer = SiteStrings.fill(
            text["footer"]!, ["date": longDate(options.asOf), "version": SentraVersion.string])
        out += "\n</main>\n<footer class=\"foot\">\(Self.h(footer))</footer>\n</body>\n</html>\n"
        return out
    }

    /// Product cards (sentra, region and category pages) and the pager under them.
    func itemCards(_ items: some Sequence<CatalogItem>, pager: String) -> String {
        var out = "<ul class=\"cards\">\n"
        for item in items {
            let supplier = data.supplier(item.nib)
            out +=
                "<li class=\"card\"><a class=\"card-title\" href=\"\(Self.productLink(item))\">\(Self.h(item.name))</a>\n"
            out +=
                "<span class=\"price\">\(item.unitPrice.display) <span class=\"muted\">/ \(Self.h(item.unit))</span></span>\n"
            out += "<span><a href=\"\(Self.supplierFile(item.nib))\">\(Self.h(supplier.name))</a> · "
            out += "<a href=\"\(Self.regionFile(supplier.region))\">\(Self.h(regionName(supplier.region)))</a></span>\n"
            out +=
                "<span class=\"muted\">\(Self.h(categoryLabel(item.category))) · TKDN \(item.tkdn.map(percent) ?? "—")"
            out += Self.countsTowardTarget(supplier.scale) ? " · <span class=\"ok\">\(t("umkk"))</span>" : ""
            out += "</span></li>\n"
        }
        return out + "</ul>\n" + pager
    }

    /// IKM cards (sentra, region and province pages) and the pager under them.
    func memberCards(_ members: some Sequence<Supplier>, pager: String) -> String {
        var out = "<ul class=\"cards\">\n"
        for supplier in members {
            let products = data.productRange[supplier.nib]?.count ?? 0
            out += "<li class=\"card\"><a class=\"card-title\" href=\"\(Self.supplierFile(supplier.nib))\">"
            out += "\(Self.h(supplier.name))</a>\n<span>\(Self.h(supplier.scale.rawValue))"
            out += Self.countsTowardTarget(supplier.scale) ? " · <span class=\"ok\">\(t("countsShort"))</span>" : ""
            out += " · \(Self.h(SiteStrings.fill(text["countProducts"]!, ["n": grouped(products)])))</span>\n"
            out += "<span class=\"muted\"><a href=\"\(Self.regionFile(supplier.region))\">"
            out += "\(Self.h(regionName(supplier.region)))</a>"
            if let file = data.sentraFile[supplier.sentra] {
                out += " · <a href=\"\(file)\">\(Self.h(supplier.sentra))</a>"
            }
            out += "</span>\n<span class=\"muted\">\(t("verified")): "
            out += "\(Self.h(supplier.verifiedOn.map(longDate) ?? "—"))</span>\n"
            if let stale = staleMark(supplier) { out += "<span class=\"stale\">\(Self.h(stale))</span>" }
            out += "</li>\n"
        }
        return out + "</ul>\n" + pager
    }

    /// A sentra's or region's page: its header, then a page of IKM and/or of products.
    func listingBody(
        crumbs: String, title: String, intro: String, membersHeading: String, members: String?, memberCount: Int,
        items: String?, itemCount: Int
    ) -> String {
        var out = "<p class=\"crumbs\">\(crumbs)</p>\n<h1>\(Self.h(title))</h1>\n\(intro)\n"
        if let members {
            out += "<h2>\(t(membersHeading)) <span class=\"muted small\">("
            out += "\(Self.h(SiteStrings.fill(text["countIKM"]!, ["n": grouped(memberCount)]))))</span></h2>\n"
            out += members
        }
        if let items {
            out += "<h2 id=\"produk\">\(t("products")) <span class=\"muted small\">("
            out += "\(Self.h(SiteStrings.fill(text["countProducts"]!, ["n": grouped(itemCount)]))))</span></h2>\n"
            out += items
        }
        return out
    }
}
