import Testing

@testable import SentraKit

@Suite struct TextFitTests {
    @Test func quantitiesWithUnitsAreNotProductWords() {
        #expect(TextFit.terms("Snack box rapat koordinasi 200 orang") == ["snackbox", "rapat", "koordinasi"])
        #expect(TextFit.terms("Emping melinjo 500 gr") == ["emping"])
        #expect(TextFit.terms("Kopi robusta 250gr") == ["kopi", "robusta"])
    }

    @Test(arguments: [
        ("kue kotak", "snack box"), ("kudapan rapat", "camilan rapat"), ("nasi box", "nasi kotak"),
        ("cenderamata", "souvenir"), ("suvenir", "oleh-oleh"), ("baju dinas", "seragam"), ("kripik", "keripik"),
        ("coffee", "kopi"), ("Cinderamata", "CENDERAMATA"), ("Café", "cafe"), ("Goodie Bag", "Tote Bag"),
        ("paperbag", "Paper Bag"), ("VCO", "Virgin Coconut Oil"), ("AMDK Botol", "Air Mineral Botol"),
        ("Sendal Jepit", "Sandal Jepit"), ("Sambel Cabe", "Sambal Cabai"), ("Seprai Katun", "Sprei Katun"),
        ("Giwang", "Anting"), ("Rangginang", "Rengginang"), ("Kunir Asem", "Kunyit Asam"),
        ("Air Mineral Cup", "Air Mineral Gelas"), ("Handsoap", "Sabun Cuci Tangan"),
        ("Keju Mozarella", "Keju Mozzarella"), ("Meja Murid", "Meja Siswa"), ("Pot Tanah Liat", "Pot Gerabah"),
        ("Jenang Kudus", "Dodol Kudus"), ("Shampoo Aloe Vera", "Sampo Lidah Buaya"),
        ("Hand Soap Cair", "Sabun Cuci Tangan Cair"),
        ("Lotion Penolak Nyamuk", "Lotion Anti Nyamuk"), ("Paket TOGA", "Paket Tanaman Obat Keluarga"),
        ("Aglaonema", "Aglonema"), ("Kopi Giling", "Kopi Bubuk"), ("Sepatu utk PDH", "Sepatu untuk PDH"),
        ("Air Minum Gelas", "Air Mineral Gelas"), ("Yoghurt Strawberry", "Yogurt Stroberi"),
        ("Hot Chocolate", "Cokelat"), ("Plakat Crystal", "Plakat Kristal"), ("Madu Kelulut", "Madu Klanceng"),
        ("Tong Sampah", "Tempat Sampah"), ("Lempok Duren", "Lempok Durian"), ("Kopi Roasting", "Kopi Sangrai"),
        ("Otak2 Bandeng", "Otak-Otak Bandeng"), ("Oleh2", "Oleh-oleh"), ("Sabuk Kulit", "Ikat Pinggang Kulit"),
        ("Lempok Durian", "Dodol Durian"), ("Slipper Hotel", "Sandal Hotel"), ("Plakat Acrylic", "Plakat Akrilik"),
        ("Citronella", "Sereh Wangi"), ("Essential Oil Sereh", "Minyak Atsiri Sereh"), ("Hampers", "Parsel"),
        ("Tempayan", "Gentong"),
    ])
    func variantsAndSynonymsMeetInOneTerm(a: String, b: String) {
        #expect(TextFit.terms(a) == TextFit.terms(b))
    }

    /// English titles name the thing first and its material or maker after; Indonesian the other way.
    @Test(arguments: [
        ("Goat Milk Soap", "Sabun Susu Kambing"), ("Wooden Sculpture", "Patung Kayu"),
        ("Chocolate Banana Chips", "Keripik Pisang Coklat"), ("Leather Wallet", "Dompet Kulit"),
        ("Cocoa Powder", "Bubuk Kakao"),
    ])
    func englishTitlesMeetTheirIndonesianWords(english: String, indonesian: String) {
        #expect(Set(TextFit.terms(english)) == Set(TextFit.terms(indonesian)))
    }

    @Test(arguments: [
        ("menjahit", "jahit"), ("pembuatan", "buat"), ("kerajinan", "rajin"), ("dipesan", "pesan"),
        ("bertenun", "tenun"), ("anyaman", "anyam"), ("kuenya", "kuenya"), ("keripik", "keripik"),
        ("koordinasi", "koordinasi"), ("teh", "teh"), ("batik", "batik"), ("menyapu", "sapu"), ("memukul", "pukul"),
    ])
    func lightStemmerKeepsShortRoots(word: String, stem: String) {
        #expect(TextFit.stem(word) == stem)
    }

    @Test func fitCountsNameOverDescription() {
        let need = ["snackbox", "rapat"]
        let fit = { (name: Set<String>, description: Set<String>) in
            TextFit.fit(need: need, weights: [4, 1], meaningful: [true, false], name: name, description: description)
        }
        #expect(fit(["snackbox", "rapat"], []) == 1000)
        // (4 × 1000 + 1 × 600) / 5
        #expect(fit(["snackbox"], ["rapat"]) == 920)
        // (4 × 600) / 5
        #expect(fit([], ["snackbox"]) == 480)
        #expect(fit([], []) == 0)
    }

    @Test func contextAloneMakesNoMatch() {
        // `rapat` is the occasion: an item sharing only it is not relevant, however it is named.
        let need = ["snackbox", "rapat"]
        #expect(
            TextFit.fit(need: need, weights: [4, 1], meaningful: [true, false], name: ["rapat"], description: []) == 0)
    }

    @Test func occasionsPlacesAndSizesAreContext() {
        let terms = TextFit.needTerms("Belanja Makanan dan Minuman Rapat Koordinasi TPAKD Kota Serang 50 orang")
        #expect(terms.map(\.term) == ["nasikotak", "rapat", "koordinasi", "tpakd", "kota", "serang"])
        // TPAKD (the regional financial-access team) is a government programme: context too.
        #expect(terms.map(\.role) == [.hint, .context, .context, .context, .context, .context])
        let paper = TextFit.needTerms("Belanja ATK Kertas HVS A4 Bagian Umum Setda Kota Tangerang 200 rim")
        #expect(paper.filter { $0.role == .product }.map(\.term) == ["kertas", "hvs"])
        // A named product wins over the account wording that also stands for it.
        let snack = TextFit.needTerms("Belanja Makanan dan Minuman Rapat - Snack Rapat")
        #expect(snack.filter { $0.role == .product }.map(\.term) == ["snackbox"])
        // A bare place name that is also a word is a place only after kota/kabupaten.
        #expect(TextFit.needTerms("Cincin Batu Kalimaya").allSatisfy { $0.role == .product })
        #expect(TextFit.needTerms("Kota Batu").allSatisfy { $0.role == .context })
    }

    @Test func anItemOfAKindIsAlsoOfItsBroaderKind() {
        #expect(TextFit.terms("Ikan Koi Kohaku 15 cm") == ["ikan", "koi", "kohaku", "ikanhias"])
        #expect(TextFit.needTerms("Ikan Koi Kohaku").map(\.term) == ["ikan", "koi", "kohaku"])
        #expect(TextFit.terms("Meja Kerja Jati") == ["meja", "kerja", "jati", "kayu"])
        #expect(TextFit.terms("Wooden Tray") == ["kayu", "tray"])
        // Tapis is its own cloth: a Baduy tenun is not asked for with it, nor it with a tenun.
        #expect(TextFit.terms("Selendang Tapis Sulam Usus") == ["selendang", "tapis", "sulam", "usus"])
    }

    @Test func aSlashListsAlternatives() {
        // `lap` does not narrow `serbet`: either will do.
        #expect(TextFit.needTerms("Serbet / Lap Dapur").map(\.joined) == [false, false, true])
        #expect(TextFit.needTerms("Serbet Lap Dapur").map(\.joined) == [false, true, true])
    }

    @Test func marketplaceNoiseIsDropped() {
        #expect(
            TextFit.terms("[FREE ONGKIR] Emping Melinjo Menes Original 250 gr BUY 3 GET 1 READY STOCK")
                == ["emping", "menes"])
        #expect(
            TextFit.terms("PROMO Kaos Sablon T-Shirt Cotton Combed 30s [COD]") == [
                "kaos", "cetak", "katun", "combed", "30s",
            ])
    }
}
