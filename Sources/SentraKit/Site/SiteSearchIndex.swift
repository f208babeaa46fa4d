import Foundation

/// The browser search's index, shipped as a script (`search-index.js`) so it loads from `file://`
/// where `fetch` cannot. Terms are the project's own (`TextFit.terms`: variants, synonyms, stems),
/// so a product is found by the same words `suppliers` and `match` would find it by; `words` maps
/// each written word (of the catalog and of the lexicon's variants and synonyms) to its terms, so
/// the script needs no stemmer of its own.
enum SiteSearchIndex {
    struct Payload: Encodable {
        /// Per product: name, supplier page, supplier name, category, price, unit, certificate
        /// types (space-separated), scale, region code, region name, TKDN, counts toward UMK-K ("1"/"").
        var items: [[String]]
        /// Term → product numbers, ascending.
        var terms: [String: [Int]]
        /// Written word or phrase → its terms, where they differ from the word itself.
        var words: [String: [String]]
    }

    static func script(_ data: SiteData, pages: SitePages) throws -> String {
        var items: [[String]] = []
        var postings: [String: [Int]] = [:]
        var written: Set<String> = []
        let ordered = data.products.sorted { ($0.name, $0.nib, $0.sku) < ($1.name, $1.nib, $1.sku) }
        for item in ordered {
            guard let supplier = data.supplierByNIB[item.nib] else { continue }
            let number = items.count
            let types = Set((item.certifications + supplier.certifications).map(\.type)).sorted()
            items.append([
                item.name, SitePages.supplierFile(item.nib) + "#produk-" + SiteData.slug(item.sku), supplier.name,
                item.category, item.unitPrice.display, item.unit, types.joined(separator: " "),
                supplier.scale.rawValue, supplier.region, SitePages.regionName(supplier.region),
                item.tkdn.map(SitePages.percent) ?? "—", SitePages.countsTowardTarget(supplier.scale) ? "1" : "",
            ])
            let text = [item.name, item.description, supplier.name, supplier.sentra].joined(separator: " ")
            var seen: Set<String> = []
            for term in TextFit.terms(text) where seen.insert(term).inserted {
                postings[term, default: []].append(number)
            }
            for word in KemendagriRegions.words(text) { written.insert(word) }
        }
        for (variant, _) in Lexicon.variants { written.insert(variant) }
        for synonym in Lexicon.synonyms { written.formUnion(synonym.phrases) }
        written.formUnion(Lexicon.stopwords)
        var words: [String: [String]] = [:]
        for word in written {
            let terms = TextFit.terms(word)
            if terms != [word] { words[word] = terms }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = try encoder.encode(Payload(items: items, terms: postings, words: words))
        return "window.SENTRA_INDEX = " + String(decoding: json, as: UTF8.self) + ";\n"
    }
}
