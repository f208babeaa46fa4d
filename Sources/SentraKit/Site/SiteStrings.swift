/// Every text of the site a person reads, one table per language (Bahasa Indonesia first, the
/// default). Templates use them as `{{t.key}}`; `{n}`-style holes are filled by `SiteStrings.fill`.
/// A test checks both tables have the same keys.
enum SiteStrings {
    static func table(_ language: ReportLanguage) -> [String: String] {
        switch language {
        case .id: indonesian
        case .en: english
        }
    }

    /// `fill("{n} produk", ["n": "12"])` → `12 produk`.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        // One pass over the template: Foundation's replacingOccurrences was an eighth of a whole
        // L run, as every card and product fills a text or two.
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest.index(after: open)
            if let close = rest[after...].firstIndex(of: "}"), let value = values[String(rest[after..<close])] {
                out += value
                rest = rest[rest.index(after: close)...]
            } else {
                out += "{"
                rest = rest[after...]
            }
        }
        return out + rest
    }

    static let indonesian: [String: String] = [
        "lang": "id", "home": "Beranda", "navSearch": "Cari", "navMap": "Peta", "navBrowse": "Telusuri",
        "footer": "Data per {date} · dibuat dengan sentra {version} · Halaman ini tidak memuat sumber dari luar.",
        "lead":
            "Produk industri kecil dan menengah (IKM) daerah: siapa membuat apa, di mana, dengan harga, kapasitas, TKDN dan sertifikat. Data per {date}.",
        "ikm": "IKM", "sentra": "Sentra", "sentraLower": "sentra", "products": "Produk", "productsLower": "produk",
        "regions": "kabupaten/kota", "regionsTitle": "Kabupaten/kota", "province": "Provinsi", "category": "Kategori",
        "searchTitle": "Cari produk", "keyword": "Kata kunci", "placeholder": "mis. keripik pisang, batik, kue kotak",
        "all": "Semua", "certificate": "Sertifikat", "scale": "Skala", "region": "Wilayah", "searchButton": "Cari",
        "noScript":
            "Pencarian di halaman ini memerlukan JavaScript. Tanpa JavaScript, telusuri menurut kategori, sentra atau wilayah di bawah.",
        "mapTitle": "Peta sebaran IKM",
        "mapHelp":
            "Lingkaran makin besar, makin banyak IKM. Klik lingkaran untuk membuka halaman kabupaten/kota; daftar lengkapnya ada di bawah.",
        "mapAlt": "Peta sebaran IKM per kabupaten/kota", "mapNone": "Koordinat wilayah tidak tersedia.",
        "countIKM": "{n} IKM", "countProducts": "{n} produk", "largestSentras": "{n} sentra terbesar",
        "allSentras": "Semua sentra ({n})", "sentraIndex": "Daftar sentra",
        "scaleLabel": "Skala usaha",
        "countsLong": "pembelian dari IKM ini dihitung untuk target 40% belanja produk UMK-K",
        "notCountsLong": "pembelian dari usaha {scale} tidak dihitung untuk target 40% UMK-K",
        "countsShort": "dihitung UMK-K", "notCountsShort": "tidak dihitung UMK-K", "umkk": "UMK-K",
        "nib": "NIB", "verifiedLong": "Terakhir diverifikasi", "verified": "Diverifikasi", "contact": "Kontak",
        "contactHidden": "Tidak ditampilkan; hubungi dinas perindustrian setempat.",
        "noProducts": "Belum ada produk di katalog.", "capacity": "Kapasitas", "leadTime": "Waktu kirim",
        "tkdn": "TKDN", "sku": "SKU", "perMonth": "{n} {unit}/bulan", "days": "{n} hari",
        "needsSummary": "Siapkan kebutuhan (baris CSV untuk sentra)",
        "needsHelp":
            "Salin ke berkas kebutuhan, ganti KEB-BARU-001, KODE-OPD, Nama OPD, jumlah dan pagu, lalu <code>sentra import needs</code> dan <code>sentra match</code>.",
        "needsOPDName": "Nama OPD", "staleSince": "belum diverifikasi sejak {date}",
        "neverVerified": "belum pernah diverifikasi", "regionCode": "Kode Kemendagri {code}",
        "members": "Anggota", "pageOf": "halaman {n} dari {count}", "previous": "‹ Sebelumnya", "next": "Berikutnya ›",
        "pages": "Halaman", "first": "Pertama", "last": "Terakhir", "allProductsOf": "Semua produk",
        "allIKMOf": "Semua IKM", "regionFallback": "Wilayah {code}",
        "months":
            "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember",
        "cat.makanan": "Makanan", "cat.minuman": "Minuman", "cat.jasa-boga": "Jasa boga", "cat.fesyen": "Fesyen",
        "cat.kerajinan": "Kerajinan", "cat.perhiasan": "Perhiasan", "cat.furnitur": "Furnitur", "cat.herbal": "Herbal",
        "cat.kosmetik": "Kosmetik", "cat.logam": "Logam", "cat.percetakan": "Percetakan",
        "cat.pertanian": "Pertanian", "cat.lainnya": "Lainnya",
        // The browser search (handed to search.js through cari-meta.js).
        "js.prompt": "Ketik kata kunci atau pilih filter, lalu tekan Cari.", "js.loading": "Mencari…",
        "js.none": "Tidak ada produk yang cocok.", "js.found": "{n} produk ditemukan",
        "js.shown": " ({n} pertama ditampilkan)", "js.more": "Tampilkan lebih banyak",
        "js.failed": "Indeks pencarian tidak dapat dimuat.", "js.group": ".", "js.certificates": "Sertifikat: ",
    ]

    static let english: [String: String] = [
        "lang": "en", "home": "Home", "navSearch": "Search", "navMap": "Map", "navBrowse": "Browse",
        "footer": "Data as of {date} · made with sentra {version} · This page loads nothing from elsewhere.",
        "lead":
            "Products of the region's small and medium industries (IKM): who makes what, where, at what price, capacity, local content (TKDN) and certificates. Data as of {date}.",
        "ikm": "IKM", "sentra": "Sentra", "sentraLower": "sentra", "products": "Products", "productsLower": "products",
        "regions": "regencies/cities", "regionsTitle": "Regencies/cities", "province": "Province",
        "category": "Category", "searchTitle": "Search products", "keyword": "Keywords",
        "placeholder": "e.g. keripik pisang, batik, kue kotak", "all": "All", "certificate": "Certificate",
        "scale": "Scale", "region": "Region", "searchButton": "Search",
        "noScript":
            "Searching on this page needs JavaScript. Without JavaScript, browse by category, sentra or region below.",
        "mapTitle": "Where the IKM are",
        "mapHelp":
            "The larger the circle, the more IKM. Click a circle to open the regency/city page; the full list is below.",
        "mapAlt": "Map of IKM per regency/city", "mapNone": "No coordinates for these regions.",
        "countIKM": "{n} IKM", "countProducts": "{n} products", "largestSentras": "The {n} largest sentra",
        "allSentras": "All sentra ({n})", "sentraIndex": "All sentra",
        "scaleLabel": "Business scale",
        "countsLong": "buying from this IKM counts toward the 40% target for UMK-K products",
        "notCountsLong": "buying from a {scale} business does not count toward the 40% UMK-K target",
        "countsShort": "counts as UMK-K", "notCountsShort": "does not count as UMK-K", "umkk": "UMK-K",
        "nib": "NIB", "verifiedLong": "Last verified", "verified": "Verified", "contact": "Contact",
        "contactHidden": "Not shown; contact the local industry office.",
        "noProducts": "No products in the catalog yet.", "capacity": "Capacity", "leadTime": "Lead time",
        "tkdn": "TKDN", "sku": "SKU", "perMonth": "{n} {unit}/month", "days": "{n} days",
        "needsSummary": "Prepare a need (CSV row for sentra)",
        "needsHelp":
            "Copy into a needs file, replace KEB-BARU-001, KODE-OPD, OPD name, quantity and budget, then <code>sentra import needs</code> and <code>sentra match</code>.",
        "needsOPDName": "OPD name", "staleSince": "not verified since {date}", "neverVerified": "never verified",
        "regionCode": "Kemendagri code {code}", "members": "Members", "pageOf": "page {n} of {count}",
        "previous": "‹ Previous", "next": "Next ›", "pages": "Pages", "first": "First", "last": "Last",
        "allProductsOf": "All products", "allIKMOf": "All IKM", "regionFallback": "Region {code}",
        "months": "January|February|March|April|May|June|July|August|September|October|November|December",
        "cat.makanan": "Food", "cat.minuman": "Drinks", "cat.jasa-boga": "Catering", "cat.fesyen": "Fashion",
        "cat.kerajinan": "Crafts", "cat.perhiasan": "Jewellery", "cat.furnitur": "Furniture", "cat.herbal": "Herbal",
        "cat.kosmetik": "Cosmetics", "cat.logam": "Metal", "cat.percetakan": "Printing", "cat.pertanian": "Farming",
        "cat.lainnya": "Other",
        "js.prompt": "Type keywords or choose a filter, then press Search.", "js.loading": "Searching…",
        "js.none": "No product matches.", "js.found": "{n} products found", "js.shown": " (first {n} shown)",
        "js.more": "Show more", "js.failed": "The search index could not be loaded.", "js.group": ",",
        "js.certificates": "Certificates: ",
    ]
}
