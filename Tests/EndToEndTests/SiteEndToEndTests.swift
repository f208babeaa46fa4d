import Foundation
import SentraTestSupport
import Testing

/// `sentra site` on the Fixtures, through the built binary.
@Suite struct SiteEndToEndTests {
    static let asOf = ["--as-of", "2026-03-01"]

    /// Every file of a written site, name → text.
    static func files(_ folder: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            result[name] = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        }
        return result
    }

    /// The values of every `href="…"` and `src="…"` in a page.
    static func links(_ html: String) -> [String] {
        var found: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                let tail = rest[start.upperBound...]
                guard let end = tail.firstIndex(of: "\"") else { break }
                found.append(String(tail[..<end]))
                rest = tail[end...]
            }
        }
        return found
    }

    /// Checks every page's CSP, that nothing external or inline is loaded, and that every relative
    /// link (anchors included) leads to a file of the site; returns how many links it followed.
    static func checkPages(_ files: [String: String]) -> Int {
        var followed = 0
        for (name, text) in files where name.hasSuffix(".html") {
            #expect(text.contains("<meta http-equiv=\"Content-Security-Policy\""), "\(name) has no CSP")
            #expect(!text.contains("http://") && !text.contains("https://"), "\(name) names an external resource")
            #expect(!text.contains("<script>") && !text.contains(" onclick=") && !text.contains(" onload="))
            #expect(text.utf8.count < 1_000_000, "\(name) is over 1 MB")
            for link in links(text) {
                if link.hasPrefix("tel:") || link.hasPrefix("mailto:") { continue }
                #expect(!link.contains(":") && !link.hasPrefix("/"), "\(name): \(link) is not relative")
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let file = String(parts[0].split(separator: "?").first ?? "")
                let target = file.isEmpty ? name : file
                #expect(files[target] != nil, "\(name): \(link) leads nowhere")
                if parts.count == 2, let page = files[target] {
                    #expect(page.contains("id=\"\(parts[1])\""), "\(name): \(link) has no anchor")
                }
                followed += 1
            }
        }
        return followed
    }

    @Test func siteOnTheFixturesHasNoBrokenLinkAndNoExternalResource() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let output = scratch.path("site")
        let result = try sentra.run(db + ["site", "--output", output] + Self.asOf)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let files = try Self.files(output)
        #expect(files["index.html"] != nil && files["style.css"] != nil && files["search.js"] != nil)
        #expect(files["cari-meta.js"] != nil && files["search-index.js"] == nil)
        let followed = Self.checkPages(files)
        #expect(followed > 500)
        // Inactive suppliers are left out; a stale one carries the mark; the 40% rule is shown.
        #expect(files["pemasok-9120082133158.html"] == nil, "inactive supplier published")
        let stale = try #require(files["pemasok-0220147782675.html"])
        #expect(stale.contains("belum diverifikasi sejak 20 November 2024"))
        let fresh = try #require(files["pemasok-9120145297053.html"])
        #expect(!fresh.contains("belum diverifikasi"))
        #expect(fresh.contains("dihitung untuk target 40%"))
        #expect(fresh.contains("Rp 32.500"))
        #expect(fresh.contains("Kabupaten Serang"))
        #expect(fresh.contains("need_id,opd_code,opd_name"))
        #expect(files["index.html"]!.contains("<svg class=\"map\""))
        let banten = try #require(files["provinsi-36.html"])
        #expect(banten.contains("Kabupaten Serang") && banten.contains("UD Emping Melinjo Bu Siti"))
    }

    @Test func secondRunIsByteIdenticalAndReplacesTheOldSite() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let first = scratch.path("one"), second = scratch.path("two")
        #expect(try sentra.run(db + ["site", "--output", first] + Self.asOf).status == 0)
        #expect(try sentra.run(db + ["site", "--output", second] + Self.asOf).status == 0)
        let one = try Self.files(first)
        #expect(one == (try Self.files(second)))
        // A rerun into the same folder replaces it in place, leaving nothing beside it.
        #expect(try sentra.run(db + ["site", "--output", first] + Self.asOf).status == 0)
        #expect(one == (try Self.files(first)))
        let beside = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path)
        #expect(!beside.contains { $0.contains(".tmp-") || $0.contains(".old-") }, "\(beside)")
    }

    @Test func aFolderNotWrittenBySentraIsLeftAlone() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let folder = scratch.path("documents")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "keep me".write(toFile: folder + "/letter.txt", atomically: true, encoding: .utf8)
        let result = try sentra.run(db + ["site", "--output", folder] + Self.asOf)
        #expect(result.status == 73, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["letter.txt"])
    }

    @Test func noContactLeavesPhoneAndEmailOut() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let withContact = scratch.path("with"), without = scratch.path("without")
        #expect(try sentra.run(db + ["site", "--output", withContact] + Self.asOf).status == 0)
        #expect(try sentra.run(db + ["site", "--output", without, "--no-contact"] + Self.asOf).status == 0)
        let shown = try Self.files(withContact)["pemasok-9120145297053.html"]!
        #expect(shown.contains("08227534234") && shown.contains("empingbusiti@gmail.com"))
        for (name, text) in try Self.files(without) {
            #expect(!text.contains("08227534234") && !text.contains("@gmail.com"), "\(name) shows a contact")
            #expect(!text.contains("tel:") && !text.contains("mailto:"), "\(name) links a contact")
        }
    }

    @Test func hostileNamesRenderAsText() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let suppliers = try scratch.write(
            "hostile-suppliers.csv",
            """
            nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
            9120999999990,<script>alert(1)</script>,mikro,36.04,"Sentra <b>x</b> & 'y'",halal:ID1,ya,2026-01-10,,0811,a@b.id

            """)
        let catalog = try scratch.write(
            "hostile-catalog.csv",
            """
            nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
            9120999999990,H-1,<img src=x onerror=alert(2)>,makanan,pack,9000000,10,3,50,5,,"</textarea><svg onload=alert(3)>"

            """)
        #expect(try sentra.run(db + ["import", "suppliers", suppliers]).status == 0)
        #expect(try sentra.run(db + ["import", "catalog", catalog]).status == 0)
        let output = scratch.path("site")
        let result = try sentra.run(db + ["site", "--output", output] + Self.asOf)
        #expect(result.status == 0, "\(result.stderr)")
        let files = try Self.files(output)
        let page = try #require(files["pemasok-9120999999990.html"])
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("Rp 9.000.000"))
        for (name, text) in files where name.hasSuffix(".html") {
            #expect(!text.contains("<script>alert"), "\(name)")
            #expect(!text.contains("<img") && !text.contains("<svg onload") && !text.contains("<b>x"), "\(name)")
        }
    }

    @Test func regionLimitsTheSiteToThoseSuppliers() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let output = scratch.path("lampung")
        let result = try sentra.run(
            db + ["site", "--output", output, "--region", "18", "--title", "Galeri Sikam"] + Self.asOf)
        #expect(result.status == 0, "\(result.stderr)")
        let files = try Self.files(output)
        #expect(files.keys.contains { $0.hasPrefix("wilayah-18-") })
        #expect(!files.keys.contains { $0.hasPrefix("wilayah-36-") || $0.hasPrefix("wilayah-32-") })
        #expect(files["pemasok-9120145297053.html"] == nil, "a Banten supplier in a Lampung site")
        #expect(files["index.html"]!.contains("<title>Beranda · Galeri Sikam</title>"))
        let nowhere = try sentra.run(db + ["site", "--output", scratch.path("none"), "--region", "11"] + Self.asOf)
        #expect(nowhere.status == 65)
        // In the reader's language (Indonesian unless --lang en): the site's errors are phrases too.
        #expect(nowhere.stderr.contains("tidak ada penyedia aktif di wilayah 11"), "\(nowhere.stderr)")
        let english = try sentra.run(
            db + ["--lang", "en", "site", "--output", scratch.path("none"), "--region", "11"] + Self.asOf)
        #expect(english.stderr.contains("no active supplier in region 11"), "\(english.stderr)")
    }

    @Test func emptyDirectoryExits65() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary(directory: Repository.root.path)
        let db = ["--db", scratch.path("empty.db")]
        #expect(try sentra.run(db + ["import", "needs", "Fixtures/needs.csv"]).status == 0)
        let result = try sentra.run(db + ["site", "--output", scratch.path("site")] + Self.asOf)
        #expect(result.status == 65)
        #expect(result.stderr.contains("empty"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("site")))
    }

    /// The search runs in a real browser from `file://`, with the query taken from the URL.
    @Test func searchInHeadlessChromiumFindsTheEmpingMakers() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let output = scratch.path("site")
        #expect(try sentra.run(db + ["site", "--output", output] + Self.asOf).status == 0)
        let emping = try Self.dumpDOM("file://\(output)/index.html?q=emping")
        for maker in [
            "UD Emping Melinjo Bu Siti", "Emping Melinjo Menes Hj. Aminah",
            "Koperasi Produsen Emping Pandeglang Sejahtera",
        ] {
            #expect(emping.contains(maker), "\(maker) missing from the results")
        }
        #expect(emping.contains("produk ditemukan"))
        #expect(!emping.contains("Keripik Pisang Coklat"))
        // One word of a phrase the lexicon reads as one concept (`Kue Kering`) still finds it.
        let dry = try Self.dumpDOM("file://\(output)/index.html?q=kering")
        #expect(dry.contains("Parsel Emping &amp; Kue Kering Lebaran"))
        let banana = try Self.dumpDOM("file://\(output)/index.html?q=keripik+pisang&cert=bpom")
        #expect(banana.contains("Keripik Pisang Lampung 250 gr"))
        #expect(!banana.contains("Keripik Pisang Coklat 250 gr"), "halal-only product passed the bpom filter")
    }

    static func dumpDOM(_ url: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chromium")
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000", "--dump-dom", url,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
