import Foundation
import SentraTestSupport
import Testing

/// Paging, the split search index and `--lang en`, on the Fixtures plus a region large enough to page.
extension SiteEndToEndTests {
    /// Adds 60 IKM of one sentra in Kabupaten Pandeglang (36.01), the first with 130 products
    /// named `Kue Uji N`.
    static func addLargeRegion(_ scratch: Scratch, _ sentra: SentraBinary, _ db: [String]) throws {
        var suppliers = "nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email\n"
        for i in 0..<60 {
            suppliers +=
                "91209000001\(i < 10 ? "0" : "")\(i),IKM Uji \(i),mikro,36.01,Sentra Uji Paging,,ya,2026-01-10,,,\n"
        }
        var catalog =
            "nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description\n"
        for i in 0..<130 { catalog += "9120900000100,UJI-\(i),Kue Uji \(i),makanan,pcs,5000,100,3,50,5,,kue basah\n" }
        for (kind, text) in [("suppliers", suppliers), ("catalog", catalog)] {
            let file = try scratch.write("large-\(kind).csv", text)
            let result = try sentra.run(db + ["import", kind, file])
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    /// The search results of a dumped home page (the list `#hasil`).
    static func results(_ dom: String) -> String {
        guard let start = dom.range(of: "id=\"hasil\"") else { return "" }
        let rest = dom[start.upperBound...]
        return String(rest[..<(rest.range(of: "</ul>")?.lowerBound ?? rest.endIndex)])
    }

    @Test func longListsArePagedAndEveryPageIsReachable() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        try Self.addLargeRegion(scratch, sentra, db)
        let output = scratch.path("site")
        let result = try sentra.run(db + ["site", "--output", output] + Self.asOf)
        #expect(result.status == 0, "\(result.stderr)")
        let files = try Self.files(output)
        #expect(Self.checkPages(files) > 500)
        for name in [
            "wilayah-36-01_ikm-2.html", "wilayah-36-01_produk-2.html", "wilayah-36-01_produk-3.html",
            "sentra-uji-paging_ikm-2.html", "sentra-uji-paging_produk-3.html", "kategori-makanan_2.html",
            "provinsi-36_ikm-2.html", "sentra.html",
        ] {
            #expect(files[name] != nil, "\(name) missing")
        }
        #expect(files["wilayah-36-01_produk-9.html"] == nil)
        let first = try #require(files["wilayah-36-01.html"])
        #expect(
            first.contains("href=\"wilayah-36-01_produk-2.html\"")
                && first.contains("href=\"wilayah-36-01_ikm-2.html\""))
        // Every product of the region is on exactly one of its pages, and every IKM likewise.
        let regionPages = files.filter { $0.key.hasPrefix("wilayah-36-01") }.map(\.value)
        for i in 0..<130 {
            let shown = regionPages.filter { $0.contains(">Kue Uji \(i)</a>") }.count
            #expect(shown == 1, "Kue Uji \(i) shown on \(shown) region pages")
        }
        for i in 0..<60 {
            let card =
                "<a class=\"card-title\" href=\"pemasok-91209000001\(i < 10 ? "0" : "")\(i).html\">IKM Uji \(i)</a>"
            let shown = regionPages.filter { $0.contains(card) }.count
            #expect(shown == 1, "IKM Uji \(i) shown on \(shown) region pages")
        }
        // A later page carries only its own list.
        let later = try #require(files["wilayah-36-01_produk-2.html"])
        #expect(
            later.firstMatch(of: /class="card-title" href="pemasok-[0-9]+\.html"/) == nil,
            "a member card on a product page")
        #expect(later.contains("halaman 2 dari "))
    }

    /// The index is split: no single index script, each shard named in cari-meta.js exists, and a
    /// query that finds more than a page of products shows the first 50 of them.
    @Test func searchIndexIsSplitIntoShardsLoadedOnDemand() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        try Self.addLargeRegion(scratch, sentra, db)
        let output = scratch.path("site")
        #expect(try sentra.run(db + ["site", "--output", output] + Self.asOf).status == 0)
        let files = try Self.files(output)
        let meta = try #require(files["cari-meta.js"])
        let keys = try #require(meta.firstMatch(of: /"shards":\[([^\]]*)\]/)).1.split(separator: ",")
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        #expect(keys.count > 20)
        for key in keys { #expect(files["cari-t-\(key).js"] != nil, "shard \(key) missing") }
        #expect(
            files.keys.filter { $0.hasPrefix("cari-") }.count == files.keys.filter { $0.hasSuffix(".js") }.count - 1)
        #expect(!(files["index.html"]!.contains("cari-t-")), "the home page loads a shard up front")
        let dom = try Self.dumpDOM("file://\(output)/index.html?q=kue+uji")
        #expect(dom.contains("130 produk ditemukan (50 pertama ditampilkan)"))
        #expect(dom.components(separatedBy: "class=\"card result\"").count - 1 == 50)
        let filtered = try Self.dumpDOM("file://\(output)/index.html?q=kue&region=36.01&cat=makanan")
        let cards = Self.results(filtered)
        #expect(cards.contains("Kue Uji 0") && !cards.contains("Emping"), "\(cards)")
    }

    @Test func englishSiteSaysEverythingInEnglish() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let output = scratch.path("site-en")
        let result = try sentra.run(db + ["site", "--output", output, "--lang", "en"] + Self.asOf)
        #expect(result.status == 0, "\(result.stderr)")
        let files = try Self.files(output)
        #expect(Self.checkPages(files) > 500)
        let home = try #require(files["index.html"])
        #expect(home.contains("<html lang=\"en\">") && home.contains("<title>Home · Galeri IKM</title>"))
        #expect(home.contains("Search products") && !home.contains("Cari produk"))
        let stale = try #require(files["pemasok-0220147782675.html"])
        #expect(stale.contains("not verified since 20 November 2024"))
        let fresh = try #require(files["pemasok-9120145297053.html"])
        #expect(fresh.contains("counts toward the 40% target") && fresh.contains("Rp 32.500"))
        #expect(!fresh.contains("Kapasitas") && fresh.contains("Capacity"))
        let dom = try Self.dumpDOM("file://\(output)/index.html?q=emping")
        #expect(dom.contains("products found") && dom.contains("UD Emping Melinjo Bu Siti"))
        let bad = try sentra.run(db + ["site", "--output", scratch.path("x"), "--lang", "jv"] + Self.asOf)
        #expect(bad.status == 64)
    }
}
