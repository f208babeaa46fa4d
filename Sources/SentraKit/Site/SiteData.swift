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
    /// NIB → its products' positions in `products` (SKU order): positions, not copies, as a
    /// million catalog items are the bulk of the run's memory.
    var productRange: [String: Range<Int>]
    /// Sentra names with their page file, by name.
    var sentras: [(name: String, file: String, members: [Supplier])]
    /// Kabupaten/kota codes present, in code order, with their members.
    var regions: [(code: String, members: [Supplier])]
    /// Category slugs present, in the taxonomy's order.
    var categories: [String]
    /// NIB → position in `suppliers`.
    var supplierIndex: [String: Int]
    var sentraFile: [String: String]

    /// The supplier with this NIB (products are loaded for suppliers in scope only).
    func supplier(_ nib: String) -> Supplier { suppliers[supplierIndex[nib]!] }

    /// A supplier's products, in SKU order.
    func products(of nib: String) -> ArraySlice<CatalogItem> {
        productRange[nib].map { products[$0] } ?? []
    }

    static func load(_ db: Database, options: SiteOptions) throws -> SiteData {
        let all = try Supplier.fetchAll(db, sql: "SELECT * FROM supplier WHERE active = 1 ORDER BY nib")
        let suppliers = all.filter { supplier in
            options.regions.isEmpty
                || options.regions.contains { supplier.region == $0 || supplier.region.hasPrefix($0 + ".") }
        }.sorted { ($0.name, $0.nib) < ($1.name, $1.nib) }
        let supplierIndex = Dictionary(uniqueKeysWithValues: suppliers.enumerated().map { ($1.nib, $0) })
        let products = try loadProducts(db, inScope: supplierIndex)
        var productRange: [String: Range<Int>] = [:]
        var start = 0
        for index in products.indices
        where index + 1 == products.count || products[index + 1].nib != products[index].nib {
            productRange[products[index].nib] = start..<(index + 1)
            start = index + 1
        }

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
            productRange: productRange,
            sentras: sentraNames.map { ($0, sentraFile[$0]!, bySentra[$0] ?? []) },
            regions: byRegion.keys.sorted().map { ($0, byRegion[$0]!) },
            categories: Category.slugs.filter(present.contains) + present.subtracting(Category.slugs).sorted(),
            supplierIndex: supplierIndex,
            sentraFile: sentraFile)
    }

    /// The catalog items of suppliers in scope, by NIB then SKU. A million items are most of the
    /// run's memory, so the array is sized once and names and descriptions, which repeat across
    /// makers (a catalog of a million rows had 21,000 names and 290,000 descriptions), share one
    /// copy each.
    static func loadProducts(_ db: Database, inScope: [String: Int]) throws -> [CatalogItem] {
        var products: [CatalogItem] = []
        products.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM catalog_item") ?? 0)
        var shared: Set<String> = []
        func one(_ text: String) -> String {
            if let known = shared.firstIndex(of: text) { return shared[known] }
            shared.insert(text)
            return text
        }
        let items = try CatalogItem.fetchCursor(db, sql: "SELECT * FROM catalog_item ORDER BY nib, sku")
        while var item = try items.next() {
            guard inScope[item.nib] != nil else { continue }
            item.name = one(item.name)
            item.description = one(item.description)
            products.append(item)
        }
        return products
    }

    /// Lower-case ASCII letters and digits joined by `-`: `Sentra Emping Melinjo Menes` → `sentra-emping-melinjo-menes`.
    static func slug(_ text: String) -> String {
        // ASCII text (NIBs, SKUs, codes: several per card) by bytes; Unicode property lookups were
        // a tenth of an L run. The Unicode path below gives the same result for ASCII.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var out: [UInt8] = []
            out.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
                if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                    out.append(lower)
                } else if let last = out.last, last != 45 {
                    out.append(45)
                }
            }
            if out.last == 45 { out.removeLast() }
            if out.isEmpty { return "x" }
            return String(decoding: out.prefix(60), as: UTF8.self)
        }
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
