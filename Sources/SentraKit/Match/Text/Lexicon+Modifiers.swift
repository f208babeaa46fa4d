/// Words that describe a product rather than name its kind.
extension Lexicon {
    /// Colours, sizes, tastes, qualities, wearers and assortments: `Kemeja Putih` is a shirt that
    /// happens to be white, `Minyak Zaitun` is another oil than cajuput. A descriptive word never
    /// names the kind a need asks for (``NeedReading``): a shelf without white shirts still sells
    /// shirts. Matched against the word as written and as stemmed (`pendek` stems to `ndek`).
    static let modifiers: Set<String> = colours.union([
        // the other colours, and patterns
        "abu", "krem", "cream", "navy", "maroon", "marun", "tosca", "warna", "warni", "polos", "motif", "corak",
        // sizes and shapes
        "besar", "kecil", "sedang", "mini", "jumbo", "panjang", "pendek", "tebal", "tipis", "lebar", "tinggi",
        "rendah", "standar", "standard", "big", "small", "medium", "large", "bulat", "persegi",
        // qualities
        "premium", "super", "spesial", "special", "istimewa", "terbaik", "bagus", "enak", "lezat", "nikmat", "murni",
        "halus", "lembut", "kuat", "awet", "tahan", "mewah", "elegan", "eksklusif", "exclusive", "cantik", "unik",
        "menarik", "modern", "tradisional", "klasik", "minimalis", "praktis", "sehat", "higienis", "terjangkau",
        "ekonomis", "komplit", "fresh", "segar", "pilihan", "unggul", "unggulan", "favorit", "populer", "etnik",
        "edukatif", "edukasi", "wangi", "harum", "herbal", "alami", "natural", "organik", "handmade",
        // certified (`Snack Box HALAL`): what the buyer requires of it, not a kind
        "halal", "bpom", "sni", "pirt", "bersertifikat", "bersertifikasi", "berizin",
        // states
        "beku", "frozen", "instan", "instant", "mentah", "matang", "hidup", "drink", "padat",
        // tastes
        "pedas", "manis", "asin", "gurih", "asam", "pahit",
        // wearers and users
        "pria", "wanita", "laki", "perempuan", "anak", "dewasa", "remaja", "unisex", "cowok", "cewek", "couple",
        "keluarga",
        // assortments and made-to-design
        "aneka", "berbagai", "macam", "ragam", "jenis", "varian", "campur", "mix", "custom", "kustom", "desain",
        "design", "logo",
    ])

    /// What a thing is used for or where (`Sabun Mandi`, `Kursi Kerja`, `Ikan Koi Kolam Taman`,
    /// `Umbul-Umbul Dekorasi`): such a word after the product noun is no kind nobody offers, nor a
    /// kind an item must hold though no item pairs it with the noun. Where the shelf sells the pair
    /// (`Kaos Olahraga`, `Meja Belajar`), it names the kind as any word does (``NeedReading``).
    static let uses: Set<String> = [
        "mandi", "kerja", "tidur", "masak", "olahraga", "belajar", "main", "ibadah", "sholat", "salat", "pesta",
        "santai", "harian", "kering", "dekorasi", "taman", "kolam", "halaman",
        // where and when it serves, what it holds
        "lobi", "lobby", "gudang", "dapur", "kamar", "toilet", "pagi", "siang", "sore", "malam", "babat", "lapang",
        "hias", "bunga",
        // what it is for doing (`Egrek Panen Sawit`, `Arit Potong Rumput`, `Besek Bambu Tempat Nasi`)
        "panen", "potong", "tempat",
        // what it keeps (`Rak Besi Arsip`)
        "arsip",
    ]

    /// Who a product is for, as two sides: a need for one is not served by an item named for the
    /// other only (``NeedReading``).
    static let wearers: [Set<String>] = [["pria", "laki", "cowok"], ["wanita", "perempuan", "cewek"]]

    /// Sizes as two sides: a need for a big one (`Nasi Tumpeng Besar`) is not served by an item
    /// named small only (`Tumpeng Mini`), nor the other way round (``NeedReading``).
    static let sizes: [Set<String>] = [["mini", "kecil", "small"], ["besar", "jumbo", "big", "large"]]

    /// Lengths as two sides (`Kemeja Lengan Pendek` is not `Kemeja Lengan Panjang`).
    static let lengths: [Set<String>] = [["pendek"], ["panjang"]]

    /// Raw and processed as two sides, as stemmed (`Green Bean`, read `Biji Mentah`, is not a roasted
    /// bean; `Telur Asin Matang` is not a raw one).
    static let states: [Set<String>] = [["mentah"], ["sangrai", "matang"]]

    /// Words that introduce a flavour, a scent, an extract or an essential oil (`Keripik Pisang Rasa
    /// Coklat`, `Kapsul Ekstrak Daun Kelor`, `Minyak Atsiri Sereh Wangi`): listings mostly leave them
    /// out (`Keripik Pisang Coklat`), so what follows one is the variety.
    static let flavours: Set<String> = ["rasa", "aroma", "varian", "ekstrak", "atsiri"]

    /// Words that introduce the dish of a meal (`Nasi Kotak Menu Sate Maranggi`): what follows is
    /// the dish, whether or not some listing writes the marker too (`Nasi Box Menu Ayam`).
    static let dishMarkers: Set<String> = ["menu"]

    /// Ground and whole or fresh as two sides (`Jamu Kunyit Asam Serbuk` is not the fresh bottled
    /// one; `Kopi Bubuk` is not beans).
    static let grinds: [Set<String>] = [["serbuk", "bubuk", "instan"], ["segar", "cair", "biji"]]

    /// Solid and liquid as two sides (`Pupuk Organik Padat` is not the liquid one).
    static let matter: [Set<String>] = [["padat"], ["cair"]]

    /// Plain and patterned as two sides (`Peci Hitam Polos` is not `Peci Motif Tapis`).
    static let patterns: [Set<String>] = [["polos"], ["motif", "corak", "bermotif"]]

    /// Animals, each a side: feed, seed stock, meat, eggs or milk named for one (`Pakan Konsentrat
    /// Sapi`, `Bibit Ikan Lele`, `Telur Bebek`) is not served by an item named for another only
    /// (`Pakan Ayam Petelur Konsentrat`, `Bibit Ikan Nila`). English names as titles write them.
    static let animals: [Set<String>] = [
        ["ayam", "chicken"], ["sapi", "beef", "cow"], ["kambing", "goat"], ["domba", "lamb", "sheep"],
        ["bebek", "itik", "duck"], ["puyuh", "quail"], ["kelinci", "rabbit"], ["kerbau"], ["lele", "catfish"],
        ["nila", "tilapia"], ["gurame", "gurami", "gourami"], ["patin"], ["bandeng", "milkfish"], ["udang", "shrimp"],
        ["tenggiri"], ["tuna"], ["tongkol"], ["cumi", "squid"], ["kepiting", "crab"], ["kuda", "horse"],
    ]

    /// School levels, each a side: an SMP uniform (`Seragam Sekolah SMP`) is not the SD one.
    static let schoolLevels: [Set<String>] = [["sd"], ["smp", "mts"], ["sma", "smk"], ["tk", "paud"]]

    /// Forms a consumable is made in (`Kapsul Temulawak`) or ground into (`Tepung Ikan`): written
    /// before the product, such a word the shelf does not hold is a form nobody here makes, not a
    /// class the listings leave out.
    static let forms: Set<String> = ["kapsul", "tablet", "pil", "sirup", "salep", "balsem", "tepung"]

    /// Parts of a plant a need may name between the form and the herb (`Kapsul Daun Kelor`) and
    /// the listings leave out (`Kapsul Kelor`).
    static let plantParts: Set<String> = ["daun", "akar", "rimpang"]

    /// Occasions that name kinds of durable goods right after the product noun (`Meja Rapat`, `Tas
    /// Seminar`, `Kursi Tamu`, `Sepatu Sekolah`): where nobody here makes that kind, a desk or a
    /// backpack named as another kind is not the one asked for (``NeedReading``).
    static let kindOccasions: Set<String> = ["rapat", "seminar", "tamu", "sekolah", "olahraga", "kantor"]

    /// What cleaners and soaps do, as stemmed (`cuci`, `pembersih`): the word after one names what
    /// it cleans, the kind of cleaner (`Sabun Cuci Piring` is not `Sabun Cuci Tangan`).
    static let actions: Set<String> = ["cuci", "bersih"]

    /// What a thing is made of (`Tikar Rotan`, `Cincin Emas`, `Rak Buku Kayu Jati`): after the
    /// product noun such a word narrows it wherever the shelf holds the word, as a pandan mat is
    /// not the rattan one asked for (``NeedReading``). Stems as ``TextFit/stem(_:)`` gives them.
    static let materials: Set<String> = [
        "kayu", "jati", "mahoni", "pinus", "sonokeling", "trembesi", "bambu", "rotan", "pandan", "mendong", "purun",
        "enceng", "eceng", "lidi", "besi", "baja", "stainless", "aluminium", "alumunium", "tembaga", "perak", "emas",
        "titanium", "kulit", "katun", "linen", "sutra", "sutera", "wol", "rajut", "kanvas", "spunbond", "blacu",
        "denim", "plastik", "akrilik", "kaca", "keramik", "gerabah", "marmer", "granit", "nilon", "nylon",
        "resin", "fiber", "silikon", "batok", "tempurung", "kuningan", "karet", "logam", "sabut",
    ]

    /// The colours of ``modifiers`` that name varieties of goods eaten, drunk or put on the body
    /// (`Teh Hijau`, `Beras Merah`).
    static let colours: Set<String> = [
        "putih", "hitam", "merah", "biru", "hijau", "kuning", "coklat", "cokelat", "ungu", "pink", "oranye", "orange",
        "jingga",
    ]

    /// Paper sizes a name writes after the kind (`Kertas HVS A4`): one the names of a kind have
    /// makes the others a kind nobody offers there.
    static let paperSizes: Set<String> = ["a0", "a1", "a2", "a3", "a4", "a5", "a6", "b4", "b5", "f4"]

    /// Cloths a garment is made of (`Jaket Batik`, `Kemeja Tenun`), which lead names of their own.
    static let cloths: Set<String> = ["batik", "tenun", "songket", "tapis", "lurik", "ulos", "jumputan", "sasirangan"]

    /// The part of the body a product is for (`Masker Rambut`, `Sabun Muka`, `Lotion Tangan`): in
    /// cosmetics it names the kind, as a material does (``NeedReading``): a face mask is not the
    /// hair mask asked for.
    static let bodyParts: Set<String> = [
        "rambut", "muka", "wajah", "tangan", "kaki", "badan", "tubuh", "gigi", "bibir", "kuku", "mata", "kepala",
    ]
}
