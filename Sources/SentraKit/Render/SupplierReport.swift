/// Renders `suppliers` results.
public enum SupplierReport {
    struct SupplierJSON: Encodable {
        var nib, name, scale, region, sentra: String
        var certifications: [String]
        var active: Bool
        var products: Int
        var categories: [String]
        var verified_on: String?
        var phone, email: String
        var min_unit_price, max_unit_price: String?
        var max_capacity_per_month: Int64?

        func encode(to encoder: Encoder) throws {
            // Explicit so the added fields are always present (null when unknown).
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(nib, forKey: .nib)
            try c.encode(name, forKey: .name)
            try c.encode(scale, forKey: .scale)
            try c.encode(region, forKey: .region)
            try c.encode(sentra, forKey: .sentra)
            try c.encode(certifications, forKey: .certifications)
            try c.encode(active, forKey: .active)
            try c.encode(products, forKey: .products)
            try c.encode(categories, forKey: .categories)
            try c.encodeIfPresent(verified_on, forKey: .verified_on)
            try c.encode(phone, forKey: .phone)
            try c.encode(email, forKey: .email)
            try c.encode(min_unit_price, forKey: .min_unit_price)
            try c.encode(max_unit_price, forKey: .max_unit_price)
            try c.encode(max_capacity_per_month, forKey: .max_capacity_per_month)
        }

        enum Keys: String, CodingKey {
            case nib, name, scale, region, sentra, certifications, active, products, categories, verified_on, phone
            case email, min_unit_price, max_unit_price, max_capacity_per_month
        }
    }

    static func json(_ result: DirectorySearch.Result) -> SupplierJSON {
        let s = result.supplier
        return SupplierJSON(
            nib: s.nib, name: s.name, scale: s.scale.rawValue, region: s.region, sentra: s.sentra,
            certifications: s.certifications.map(\.description), active: s.active, products: result.products,
            categories: result.categories, verified_on: s.verifiedOn?.description, phone: s.phone, email: s.email,
            min_unit_price: result.minPrice?.description, max_unit_price: result.maxPrice?.description,
            max_capacity_per_month: result.capacity)
    }

    /// The contract's columns, for csv.
    public static func table(_ results: [DirectorySearch.Result]) -> TextTable {
        var table = TextTable(
            columns: [
                "nib", "name", "scale", "region", "sentra", "certifications", "active", "products", "phone", "email",
            ],
            rightAligned: [7])
        for result in results {
            let s = result.supplier
            table.rows.append([
                s.nib, s.name, s.scale.rawValue, s.region, s.sentra, Certification.cell(s.certifications),
                s.active ? "ya" : "tidak", String(result.products), s.phone, s.email,
            ])
        }
        return table
    }

    /// What an officer compares: who, where, what it holds, its price range and capacity, how to call.
    public static func table(_ results: [DirectorySearch.Result], language: ReportLanguage) -> TextTable {
        let l = language
        var table = TextTable(
            columns: [
                l.text(.colNIB), l.text(.colName), l.text(.colScale), l.text(.colRegion), l.text(.colCertificates),
                l.text(.colProducts), l.text(.colPrice), l.text(.colCapacity), l.text(.colActive), l.text(.colPhone),
            ],
            rightAligned: [5, 6, 7])
        table.whole = [0, 9]
        // Narrow terminals leave out, in turn: whether active, the certificates (--cert filters by
        // them), then the phone; the help says so.
        table.droppable = [8, 4, 9]
        for result in results {
            let s = result.supplier
            var price = ""
            if let low = result.minPrice, let high = result.maxPrice {
                price =
                    low == high
                    ? String(low.display.dropFirst(3))
                    : "\(low.display.dropFirst(3))–\(high.display.dropFirst(3))"
            }
            table.rows.append([
                s.nib, s.name, s.scale.rawValue, RegionName(code: s.region).full,
                s.certifications.map(\.type).joined(separator: ", "), String(result.products), price,
                result.capacity.map(l.count) ?? "", l.text(s.active ? .yes : .no), s.phone,
            ])
        }
        return table
    }

    public static func render(
        _ results: [DirectorySearch.Result], format: OutputFormat, language: ReportLanguage = .id, width: Int? = nil
    ) throws -> String {
        switch format {
        case .table:
            table(results, language: language).plain(width: width) + language.text(.suppliersSummary, results.count)
                + "\n"
        case .csv: table(results).csv
        case .markdown: table(results, language: language).markdown
        case .json, .html: try JSONOutput.encode(results.map(json))
        case .ndjson: try JSONOutput.lines(results.map(json))
        }
    }
}
