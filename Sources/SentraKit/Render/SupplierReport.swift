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
    }

    static func json(_ result: DirectorySearch.Result) -> SupplierJSON {
        let s = result.supplier
        return SupplierJSON(
            nib: s.nib, name: s.name, scale: s.scale.rawValue, region: s.region, sentra: s.sentra,
            certifications: s.certifications.map(\.description), active: s.active, products: result.products,
            categories: result.categories, verified_on: s.verifiedOn?.description, phone: s.phone, email: s.email)
    }

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

    public static func render(_ results: [DirectorySearch.Result], format: OutputFormat) throws -> String {
        switch format {
        case .table: table(results).plain + "\(results.count) supplier\(results.count == 1 ? "" : "s")\n"
        case .csv: table(results).csv
        case .markdown: table(results).markdown
        case .json, .html: try JSONOutput.encode(results.map(json))
        case .ndjson: try JSONOutput.lines(results.map(json))
        }
    }
}
