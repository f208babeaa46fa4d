import GRDB

/// The part of the database the site shows, sorted once so every page is deterministic.
struct SiteData {
    /// Active suppliers in scope, by name then NIB.
    var suppliers: [Supplier]
    /// Their products, by supplier NIB then SKU.
    var products: [CatalogItem]
    /// Positions in `products` by product name, then NIB and SKU: the order of listings and of
    /// the search index, sorted once.
    var productOrder: [Int]
    /// NIB → products, in SKU order.
    var productsBySupplier: [String: [CatalogItem]]
    /// Sentra names with their page file, by name.
    var sentras: [(name: String, file: String, members: [Supplier])]
    /// Kabupaten/kota codes present, in code order, with their members.
    var regions: [(code: String, members: [Supplier])]
    /// Category slugs present, in the taxonomy's order.
    var categories: [String]
    var supplierByNIB: [String: Supplier]
    var sentraFile: [String: String]

    static func load(_ db: Database, options: SiteOptions) throws -> SiteData {
        let all = try Supplier.fetchAll(db, sql: "SELECT * FROM supplier WHERE active = 1 ORDER BY nib")
        let suppliers = all.filter { supplier in
            options.regions.isEmpty
                || options.regions.contains { supplier.region == $0 || supplier.region.hasPrefix($0 + ".") }
        }.sorted { ($0.name, $0.nib) < ($1.name, $1.nib) }
        let inScope = Set(suppliers.map(\.nib))
        let products = try CatalogItem.fetchAll(db, sql: "SELECT * FROM catalog_item ORDER BY nib, sku")
            .filter { inScope.contains($0.nib) }
        let productsBySupplier = Dictionary(grouping: products, by: \.nib)

        var sentraFile: [String: String] = [:]
        var used: Set<String> = []
        let sentraNames = Set(suppliers.map(\.sentra).filter { !$0.trimmingSpaces.isEmpty }).sorted()
        for name in sentraNames {
            let nameSlug = slug(name)
            let base = nameSlug.hasPrefix("sentra-") ? nameSlug : "sentra-" + nameSlug
            var file = base + ".html"
            var counter = 2
            while used.contains(file) {
                file = "\(base)-\(counter).html"
                counter += 1
            }
            used.insert(file)
            sentraFile[name] = file
        }
        let bySentra = Dictionary(grouping: suppliers, by: \.sentra)
        let byRegion = Dictionary(grouping: suppliers, by: \.region)
        let present = Set(products.map(\.category))
        return SiteData(
            suppliers: suppliers, products: products,
            productOrder: products.indices.sorted {
                (products[$0].name, products[$0].nib, products[$0].sku)
                    < (products[$1].name, products[$1].nib, products[$1].sku)
            },
            productsBySupplier: productsBySupplier,
            sentras: sentraNames.map { ($0, sentraFile[$0]!, bySentra[$0] ?? []) },
            regions: byRegion.keys.sorted().map { ($0, byRegion[$0]!) },
            categories: Category.slugs.filter(present.contains) + present.subtracting(Category.slugs).sorted(),
            supplierByNIB: Dictionary(uniqueKeysWithValues: suppliers.map { ($0.nib, $0) }),
            sentraFile: sentraFile)
    }

    /// Lower-case ASCII letters and digits joined by `-`: `Sentra Emping Melinjo Menes` → `sentra-emping-melinjo-menes`.
    static func slug(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        let joined = words.joined(separator: "-")
        return joined.isEmpty ? "x" : String(joined.prefix(60))
    }
}
