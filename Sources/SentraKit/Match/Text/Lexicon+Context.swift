/// What a need's words are for: the product, or the occasion, the buyer and the place around it.
///
/// SiRUP package names carry more context than product (`Belanja Makanan dan Minuman Rapat
/// Koordinasi TPAKD Kota Serang 50 orang`). Context words stay terms (an item may carry them
/// too), but in a need they weigh little and never make an item a candidate on their own.
extension Lexicon {
    /// Occasions, audiences, offices and account wording, in the forms written and stemmed.
    static let context: Set<String> = account.union(occasions).union(offices).union([
        // sectors a purchase serves (`Alat Pertanian (Hand Sprayer)`, `Meubelair Sekolah`)
        "pertanian", "perkebunan", "perikanan", "peternakan", "tani", "meubelair", "mebeler", "mebel", "meubel",
        "pariwisata", "wisata",
        "agama", "pendidikan", "didik", "perdagangan", "dagang", "perindustrian", "koperasi",
        // audiences and offices
        "pegawai", "asn", "pns", "pejabat", "eselon", "pimpinan", "panitia", "anggota", "dharma", "wanita",
        "pkk", "tp", "kelompok", "masyarakat", "warga", "siswa", "sekolah", "guru", "petugas", "petani",
        "nelayan", "lansia", "balita", "ibu", "hamil", "posyandu", "posbindu", "ptm", "pmt", "pokdakan",
        "pokdarwis", "sekretariat", "setda", "setwan", "dprd", "dinas", "badan", "bagian", "bidang", "kepala",
        "kantor", "ruang", "gedung", "aula", "pemda", "pemprov", "pemkot", "pemkab", "pemerintah", "daerah",
        "bupati", "gubernur", "wali", "walikota", "wakil", "camat", "lurah", "sekda", "opd", "uptd", "rsud",
        "puskesmas", "umum", "nasional", "kota", "kabupaten", "kab", "provinsi", "prov", "kecamatan", "kelurahan",
        "desa", "ri", "tenaga", "kesehatan", "medis", "nakes", "karyawan", "staf", "staff", "honorer", "relawan",
        "kader", "pengurus", "atlet", "kontingen", "juara", "pemenang", "pasien", "finisher", "penyuluh", "ppl",
        // a hospital's wards (`Laundry Linen Rawat Inap`)
        "rawat", "inap", "kec", "kel",
        // a certificate the need asks for (`Snack Box Halal`), not a kind of food
        "halal",
        // planning and accountability documents a printed book is of (`Buku Laporan RKPD`)
        "rkpd", "rpjmd", "rpjpd", "renstra", "renja", "lkpd", "lppd", "lakip", "apbd", "kua", "ppas",
        // government services, programmes and corps named as the occasion (`Souvenir Samsat Keliling`,
        // `Jamu program GERMAS`): who or what the purchase is for, never a product
        "samsat", "keliling", "germas", "korpri", "dekranasda", "bumdes", "karang", "taruna", "pramuka", "tagana",
        "bpbd", "satpol", "linmas", "kpu", "bawaslu", "baznas", "tpakd", "paud", "tk", "sd", "smp", "sma", "smk",
        // school subjects a teaching aid serves (`Alat Peraga IPA`)
        "ipa", "ips", "matematika", "biologi", "fisika", "kimia",
        // A drink served warm (`Wedang Jahe`, `Wedang Uwuh`): what it is made of names it.
        "wedang",
        // when (`Alat Tulis Kantor Triwulan I`)
        "triwulan", "semester", "periode", "tahap", "bulanan", "tahunan",
    ])

    /// Occasions and events (`Rapat Koordinasi`, `Pelatihan Barista`): a name that leads with one
    /// names the occasion first, and its package after the dash (``TextFit/needTerms(_:)``).
    static let occasions: Set<String> = [
        "rapat", "koordinasi", "rakor", "rakornas", "rakerda", "rakerwil", "paripurna", "sidang", "musyawarah",
        "musrenbang", "sosialisasi", "pelatihan", "latih", "bimtek", "workshop", "seminar", "lokakarya", "evaluasi",
        "kinerja", "acara", "resepsi", "syukuran", "hut", "ulang", "jadi", "hari", "peringatan", "perayaan",
        "pelantikan",
        "lantik", "kunjungan", "kunjung", "studi", "banding", "rombongan", "festival", "lomba", "pameran",
        "pengajian", "kaji", "bimbingan", "bimbing", "teknis", "fgd", "focus", "group", "discussion", "rutin",
        "tasyakuran", "halalbihalal", "silaturahmi", "gathering", "meeting", "launching", "bazar", "bazaar", "expo",
        "kontes", "temu", "bisnis", "event", "fun", "run", "jamuan", "pertemuan", "upacara", "peresmian", "resmi",
        "purna",
        "bakti", "tugas", "pensiun", "delegasi", "kehormatan", "negara", "jalan", "senam", "gerak", "lebaran",
        "natal", "idul", "fitri", "ramadhan", "ramadan", "buka", "puasa", "bersama", "tanggap", "darurat",
        "bencana", "pengungsi", "program", "pembinaan", "binaan", "bina", "fasilitasi", "layanan", "pelayanan",
        "publik", "terpadu", "pemberian", "bantuan", "bantu", "kenegaraan", "pilkada", "pemilu", "pilkades",
        "qurban", "kurban", "adha", "kemerdekaan", "mtq", "stq", "vaksinasi", "imunisasi", "massal", "verifikasi",
        "validasi", "konsultasi", "registrasi", "inventarisasi", "akreditasi", "asistensi", "supervisi",
        "monitoring", "monev", "visitasi", "orientasi", "akbar", "gerakan", "korban", "banjir", "bansos",
        "forum", "promosi", "reses", "kampanye", "pisah", "sambut", "operasi", "gala", "dinner", "sosial", "aksi",
        // supplementary feeding (`Pemberian Makanan Tambahan`, PMT), an extra (`Biaya Tambahan`)
        "tambahan", "tambah",
    ]

    /// Whether `word` abbreviates the anniversary of a kabupaten or kota (`HJB`, Hari Jadi Bogor;
    /// `HJKS`, Hari Jadi Kota Serang): the occasion, as `HUT` is. No Indonesian word starts `hj`.
    static func isAnniversary(_ word: String) -> Bool { word.hasPrefix("hj") && (3...6).contains(word.count) }

    /// Ministries and their units (`Kementerian Pariwisata - Belanja Cinderamata …`): like an
    /// occasion, a name may lead with its office before the account.
    static let offices: Set<String> = [
        "kementerian", "menteri", "direktorat", "ditjen", "deputi", "lembaga",
    ]

    /// Assemblies a meal may be for, named by the word after them (`Nasi Kotak Apel Akbar`,
    /// `Prasmanan Apel Besar`): the ceremony, not the fruit the word also names.
    static let assemblies: Set<String> = ["apel"]
    static let assemblyKinds: Set<String> = [
        "akbar", "besar", "pagi", "siaga", "gabungan", "kesadaran", "pasukan", "kesiapsiagaan", "bendera", "gelar",
    ]

    /// Whether `word`, between `previous` and `next`, names an assembly or the kind after one.
    static func isAssembly(_ word: String, before next: String?, after previous: String?) -> Bool {
        assemblies.contains(word) && next.map(assemblyKinds.contains) == true
            || assemblyKinds.contains(word) && previous.map(assemblies.contains) == true
    }

    /// SiRUP account wording: the kind of spending, not the product (`Belanja Bahan …`, `Belanja
    /// Alat Kebersihan …`, `Belanja Cetak …`). Context; before the product it does not end the
    /// product's phrase the way an occasion does (``NeedReading``).
    static let account: Set<String> = [
        "makanan", "makan", "minuman", "minum", "konsumsi", "mamin", "alat", "bahan", "perlengkapan", "lengkap",
        "keperluan", "perlu", "persediaan", "sedia", "kebersihan", "cetak", "suplemen",
    ]

    /// Words naming a class of goods rather than a product (`Snack Ringan Basreng`): never the
    /// product a need asks for, when no item of the shelf holds them.
    static let classes: Set<String> = [
        "snackbox", "tanamanhias", "obat", "pengharumruangan", "alatperaga", "kuekering", "hewan",
    ]

    /// Classes of living things a need may name between `bibit`/`benih` and the kind (`Bibit Pohon
    /// Kelengkeng`, `Bibit Tanaman Obat Jahe Merah`) and the listings leave out.
    static let livingClasses: Set<String> = ["tanaman", "tanam", "pohon", "ikan", "obat"]

    /// Young living things sold to be raised (`bibit`; `benih` reads as it): the class of living
    /// things after one is the kind's (`Benih Ikan Koi`), unlike after feed (`Pakan Ikan Lele`).
    static let seedlings: Set<String> = ["bibit"]

    /// Meals, which a durable product's name may say it serves (`Meja Makan`, `Botol Minum`); account
    /// wording otherwise (`Belanja Makan Minum`).
    static let meals: Set<String> = ["makan", "minum"]

    /// Classes and services a listing's name may lead with before the product (`Paket Nasi Box`,
    /// `Tas Tote Bag`, `Kain Batik Tulis`, `Jahit Seragam PDH`), stemmed as names' terms are:
    /// never another product.
    static let classLeads: Set<String> = Set(
        [
            "paket", "set", "tas", "kain", "hampers", "parcel", "parsel", "bingkisan", "cetak", "jasa", "jahit",
            "sablon", "bibit", "benih", "grosir", "custom", "souvenir", "kerajinan", "aneka", "seragam", "pakaian",
            "baju",
        ].map(TextFit.stem))

    /// Concepts that name what a purchase is for rather than what it is: a `souvenir` need is
    /// a gift of some product, and `Alat Tulis Kantor` heads paper as well as a pen set.
    static let contextConcepts: Set<String> = ["cenderamata", "atk"]

    /// Account phrases that stand for a concept but say it only loosely: `Belanja Makanan dan
    /// Minuman Rapat` is a meal unless the need names something else (`Snack Rapat`).
    static let contextPhrases: [String: String] = [
        "makanan dan minuman": "nasikotak", "makan dan minum": "nasikotak", "makan minum": "nasikotak",
        "makanan minuman": "nasikotak", "mamin": "nasikotak",
    ]

    /// Marketplace phrases whose words alone would read as product words: `Kemasan Baru` (new
    /// packaging) is not packaging.
    static let noisePhrases: Set<String> = ["kemasan baru", "new packaging", "bisa request", "flash sale"]

    /// Words that make an item a copy of what it names (`Kalung Mutiara Sintetis Imitasi`): not
    /// the product asked for unless the need asks for a copy too (``TextFit/fit(_:name:description:)``).
    static let imitation: Set<String> = [
        "imitasi", "sintetis", "tiruan", "kw", "palsu", "replika", "imitation", "fake",
    ]

    /// Bare Kemendagri names that are also ordinary words (`batu`, `palu`, `padang`): places only
    /// after `kota`, `kabupaten` or `provinsi`.
    static let placeWordsAlsoCommon: Set<String> = [
        "batu", "bone", "palu", "puncak", "batang", "landak", "padang", "banjar", "pati", "lahat", "malang", "tapin",
        "sigi", "kendal", "ende", "karo", "muna", "tebo", "malaka", "lingga", "toba", "bima", "tegal", "kapuas",
        "kuningan",
    ]

    /// Words that name a kind of region before its name.
    static let placeKinds: Set<String> = [
        "kota", "kabupaten", "kab", "provinsi", "prov", "kecamatan", "kec", "kelurahan", "kel", "desa",
    ]

    /// Words before a place that say it is printed or carved on the product (`Gantungan Kunci Logo
    /// Pandeglang`), not where the product comes from.
    static let imprints: Set<String> = ["logo", "lambang", "tulisan", "bertuliskan", "gambar", "foto", "nama"]

    /// Kemendagri province and kabupaten/kota names as word sequences (`serang`, `tangerang selatan`),
    /// and the sentra below them (``sentraPlaces``).
    static let places = Set(placeCodes.keys)

    /// The codes, as digits (`3601`, `18`), of the provinces and kabupaten/kota each bare Kemendagri
    /// name (``places``) names, or a sentra lies in.
    static let placeCodes: [String: [Int32]] = {
        var codes: [String: [Int32]] = [:]
        for region in KemendagriRegions.regencies + KemendagriRegions.provinces {
            let bare = KemendagriRegions.split(region.name).bare
            guard !bare.isEmpty, let digits = Int32(region.code.filter(\.isNumber)) else { continue }
            codes[bare, default: []].append(digits)
        }
        for (name, regions) in sentraPlaces where codes[name] == nil {
            codes[name] = regions.compactMap { Int32($0.filter(\.isNumber)) }
        }
        return codes
    }()

    /// The first words of ``places``: a name is looked up only where one can start.
    static let placeStarts = Set(places.map { String($0.split(separator: " ")[0]) })

    /// The longest name in ``places``, in words.
    static let longestPlace = places.map { $0.split(separator: " ").count }.max() ?? 1
}
