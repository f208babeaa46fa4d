/// The words sentra knows about procurement Indonesian: data, kept apart from
/// the code that uses it so officers' vocabulary can grow without touching logic.
enum Lexicon {
    /// Function words and procurement boilerplate that say nothing about the product.
    static let stopwords: Set<String> = [
        "dan", "atau", "al", "yang", "untuk", "dengan", "di", "ke", "dari", "pada", "dalam", "oleh", "bagi", "serta",
        "para", "ini", "itu", "per", "sebagai", "akan", "juga", "kami", "kita", "tahun", "anggaran", "paket",
        "pengadaan", "belanja", "kegiatan", "keperluan", "kebutuhan", "dll", "lainnya", "tsb", "se", "the", "of",
        "for", "and", "a", "an", "in", "orang", "peserta", "pcs", "buah", "unit", "box", "kotak", "paket", "set",
        "gr", "gram", "kg", "ml", "liter", "lusin", "porsi", "ekor", "lembar", "pasang", "khas", "asli",
        "berkualitas", "murah", "cocok", "tersedia", "isi", "ukuran", "produk", "ikm", "umkm", "lokal",
        // Marketplace title noise: promotions, shipping and seller talk say nothing about the product.
        "free", "ongkir", "gratis", "buy", "get", "promo", "diskon", "sale", "ready", "stock", "stok", "cod",
        "termurah", "grosir", "original", "ori", "best", "seller", "terlaris", "nego", "harga", "instansi",
        "partai", "hubungi", "admin", "siap", "kirim", "seluruh", "indonesia", "bisa", "baru", "new", "hemat",
        "bonus", "limited", "edition", "official", "store", "shop", "terbaru", "kualitas",
        "min", "order", "minimal", "pax",
        // Abbreviations of function words in SiRUP package names.
        "utk", "dgn", "yg", "sbg", "dlm", "pd", "thd", "tgl", "thn",
        // A prefix written apart from an acronym (`ber-SNI`, `ber-BPOM`).
        "ber",
        // Account and service wording around the product (`Hidangan …`, `Jasa Pembuatan …`).
        "hidangan", "sajian", "suguhan", "jasa", "pembuatan", "pembelian", "penyediaan", "pemesanan", "pesanan",
        "penggandaan", "barang", "pakaian", "busana", "sandang", "kerajinan", "kriya", "pemasangan", "pengerjaan",
        "perbaikan", "pemeliharaan",
    ]

    /// Words before what a thing is for (`Batik Tulis untuk Seragam Pimpinan`).
    static let purposes: Set<String> = ["untuk", "utk", "bagi", "guna"]

    /// Units that follow a number: `200 orang`, `500 gr` are quantities, not product words.
    static let units: Set<String> = [
        "orang", "peserta", "pcs", "buah", "unit", "box", "kotak", "paket", "set", "gr", "g", "gram", "kg", "ml",
        "l", "liter", "lusin", "porsi", "ekor", "lembar", "pasang", "meter", "m", "cm", "hari", "bulan", "pack",
        "mm", "gsm", "rim", "botol", "kaleng", "karung", "bungkus", "sachet", "dus", "pax", "pot", "roll", "kodi",
        "jerigen", "batang", "strand", "susun", "helai", "stel", "pak", "toples", "tahun", "ltr", "lt", "kursi",
        // as SiRUP volumes abbreviate them (`1500 btr`, `20 org`, `10 pkt`)
        "butir", "btr", "org", "bh", "pkt", "lbr", "psg", "bks", "btl", "ktk", "dos", "ekr", "eks", "eksemplar",
        // what a box holds, counted (`Snack Box isi 3 Kue`, `Coffee Break Snack 2 Item`)
        "kue", "item",
    ]

    /// Units of a pack's volume, in millilitres each (``TextFit/packSizes(_:)-(String)``).
    static let volumeUnits: [String: Int] = ["ml": 1, "l": 1000, "lt": 1000, "ltr": 1000, "liter": 1000, "litre": 1000]
    /// Units of a pack's mass, in grams each (`1 ons` is 100 g).
    static let massUnits: [String: Int] = [
        "g": 1, "gr": 1, "gram": 1, "grm": 1, "kg": 1000, "kilo": 1000, "kilogram": 1000, "ons": 100,
    ]

    /// Spelling variants → the spelling sentra indexes.
    static let variants: [String: String] = [
        "kripik": "keripik", "keripick": "keripik", "chips": "keripik", "filigri": "filigree", "mmt": "flexi",
        "yaasin": "yasin", "berkerah": "kerah", "samak": "tikar", "filling": "arsip", "bale": "balai",
        "kwitansi": "kuitansi", "berkop": "kop", "ras": "negeri", "kuali": "wajan", "leaflet": "brosur",
        "tmpt": "tempat", "pia": "bakpia",
        // as officers spell them (`Panci Stenlis`, `coffe break`), and the Sundanese palm sugar
        "stenlis": "stainless", "stainles": "stainless", "setenlis": "stainless", "coffe": "kopi",
        "kawung": "aren", "maskoki": "koki", "boks": "box", "zipper": "ziplock", "ziplok": "ziplock",
        "pantopel": "pantofel",
        "suvenir": "souvenir", "sovenir": "souvenir", "cinderamata": "cenderamata", "cendramata": "cenderamata",
        "coffee": "kopi", "kopie": "kopi", "tea": "teh", "snak": "snack", "snacks": "snack", "cake": "kue",
        "cookies": "kue", "kukis": "kue", "batique": "batik", "uniform": "seragam", "catering": "katering",
        "doll": "boneka", "dolls": "boneka", "fish": "ikan", "bag": "tas", "soap": "sabun",
        "printing": "cetak", "sablon": "cetak", "machete": "golok", "knife": "pisau",
        "kaus": "kaos", "tshirt": "kaos", "chair": "kursi", "table": "meja", "pearl": "mutiara",
        "silver": "perak", "gold": "emas", "lanyard": "tali", "keychain": "gantungan",
        "souvenirs": "souvenir", "parcel": "parsel", "honey": "madu", "rice": "beras", "beans": "biji", "bean": "biji",
        "roasted": "sangrai", "reward": "hadiah", "doorprize": "hadiah", "gift": "hadiah", "benih": "bibit",
        // Other names and spellings of one product (`Jilbab` is the `Kerudung` of the listings).
        "jilbab": "kerudung", "hijab": "kerudung", "kopiah": "peci", "songkok": "peci", "locker": "loker",
        "tralis": "teralis", "cotton": "katun", "canvas": "kanvas", "trophy": "piala", "tropi": "piala",
        "trofi": "piala", "sereh": "serai", "lemongrass": "serai", "giwang": "anting",
        "earring": "anting", "earrings": "anting", "bolpoin": "pulpen", "bolpen": "pulpen", "ballpoint": "pulpen",
        "pena": "pulpen", "pacul": "cangkul", "rubber": "karet",
        // Spellings officers and sellers write for one word.
        "sendal": "sandal", "cabe": "cabai", "sambel": "sambal", "saos": "saus", "krupuk": "kerupuk",
        "almari": "lemari", "gordyn": "gorden", "gordeng": "gorden", "hordeng": "gorden", "seprai": "sprei",
        "seprei": "sprei", "sprai": "sprei", "kemucing": "kemoceng", "arit": "sabit", "coklat": "cokelat",
        "mukenah": "mukena", "sejadah": "sajadah", "shampo": "sampo", "kedele": "kedelai", "belacan": "terasi",
        "baso": "bakso", "kupat": "ketupat", "telor": "telur", "nenas": "nanas", "print": "cetak",
        "infaq": "amal", "infak": "amal", "mushaf": "quran", "sorenan": "sarung", "ranginang": "rengginang",
        "perahu": "kapal", "tissue": "tisu",
        // English words of marketplace titles, read as the Indonesian the listings mostly use.
        "sandals": "sandal", "chili": "cabai", "sauce": "saus", "crackers": "kerupuk", "cracker": "kerupuk",
        "curtain": "gorden", "sickle": "sabit", "chocolate": "cokelat", "jacket": "jaket", "shoes": "sepatu",
        "shoe": "sepatu", "wallet": "dompet", "towel": "handuk", "pillow": "bantal", "blanket": "selimut",
        "broom": "sapu", "bucket": "ember", "plate": "piring", "spoon": "sendok", "necklace": "kalung",
        "bracelet": "gelang", "brooch": "bros", "medal": "medali", "plaque": "plakat", "brochure": "brosur",
        "sticker": "stiker", "calendar": "kalender", "envelope": "amplop", "pencil": "pensil", "candle": "lilin",
        "perfume": "parfum", "shampoo": "sampo", "egg": "telur", "eggs": "telur", "milk": "susu", "goat": "kambing",
        "juice": "jus", "syrup": "sirup", "sugar": "gula", "salt": "garam", "ginger": "jahe", "turmeric": "kunyit",
        "peanut": "kacang", "peanuts": "kacang", "banana": "pisang", "cassava": "singkong", "bread": "roti",
        "pottery": "gerabah", "carving": "ukiran", "painting": "lukisan", "statue": "patung", "sculpture": "patung",
        "miniature": "miniatur", "basket": "keranjang", "doormat": "keset", "hoe": "cangkul", "axe": "kapak",
        "shovel": "sekop", "scissors": "gunting", "hammer": "palu", "vest": "rompi", "skirt": "rok", "hat": "topi",
        "apron": "celemek", "satay": "sate", "fertilizer": "pupuk", "seedling": "bibit", "seedlings": "bibit",
        "seed": "bibit", "seeds": "bibit", "curcuma": "temulawak", "moringa": "kelor", "arabica": "arabika",
        "roselle": "rosella", "cocoa": "cokelat", "cashew": "mete", "milkfish": "bandeng", "catfish": "lele",
        "tilapia": "nila", "gourami": "gurame", "betta": "cupang", "arowana": "arwana", "goldfish": "koki",
        "compost": "kompos", "chicken": "ayam", "corn": "jagung", "soybean": "kedelai", "pendant": "liontin",
        "desk": "meja", "cabinet": "lemari", "filing": "arsip", "wardrobe": "lemari", "shelf": "rak", "rack": "rak",
        "mattress": "kasur", "pants": "celana", "trousers": "celana", "backpack": "ransel", "tablecloth": "taplak",
        "aromatherapy": "aromaterapi", "notebook": "buku", "knapsack": "gendong",
        // Regional and older names of one product.
        "jenang": "dodol", "asem": "asam", "rosela": "rosella", "kakao": "cokelat", "mede": "mete", "gurami": "gurame",
        "tembikar": "gerabah", "stopmap": "map", "stofmap": "map", "odner": "ordner", "telekung": "mukena",
        "hem": "kemeja", "rangginang": "rengginang", "kunir": "kunyit", "mozarella": "mozzarella", "murid": "siswa",
        "cup": "gelas", "powder": "bubuk", "giling": "bubuk", "penolak": "anti", "repellent": "anti",
        "aglaonema": "aglonema", "yoghurt": "yogurt", "strawberry": "stroberi", "crystal": "kristal",
        "duren": "durian", "roasting": "sangrai", "serabut": "sabut", "kelulut": "trigona", "klanceng": "trigona",
        "metal": "logam", "ethnic": "etnik", "lempok": "dodol", "slipper": "sandal", "tempayan": "gentong",
        "acrylic": "akrilik", "hampers": "parsel", "scrub": "lulur", "capsule": "kapsul", "capsules": "kapsul",
        // shorthand officers type (`sbn cuci tgn`): the stem `tang` keeps no trace of `tangan`
        "tgn": "tangan",
        // Printing written as the trade (`Pencetakan Kop Surat`): the stem of `pencetakan` loses the k.
        "pencetakan": "cetak", "percetakan": "cetak",
        // A billboard is printed as a banner is, on flexi.
        "baliho": "spanduk",
        // Materials as marketplace titles write them in English.
        "leather": "kulit", "wood": "kayu", "wooden": "kayu", "bamboo": "bambu", "rattan": "rotan", "glass": "kaca",
        "ceramic": "keramik", "plastic": "plastik", "brass": "kuningan", "copper": "tembaga", "steel": "baja",
    ]

    /// Acronyms written as often as their words (`VCO`, `AMDK`), read as the words that sellers
    /// write in titles: `AMDK Botol` is the `Air Mineral Botol` of the listings.
    static let acronyms: [String: [String]] = [
        "vco": ["virgin", "coconut", "oil"], "amdk": ["air", "mineral"], "handsoap": ["sabun", "cuci", "tangan"],
        "toga": ["tanaman", "obat", "keluarga"], "sabuk": ["ikat", "pinggang"], "gesper": ["ikat", "pinggang"],
        "belt": ["ikat", "pinggang"], "citronella": ["sereh", "wangi"], "nasbak": ["nasi", "bakar"],
        "freshwater": ["air", "tawar"], "aqua": ["air", "mineral"], "nasbox": ["nasi", "box"],
        // Alat Permainan Edukatif, sold as `Alat Peraga Edukasi …`
        "ape": ["alat", "peraga", "edukatif"],
        // Ayam Kampung Unggul Balitbangtan, the institute's bred village chicken
        "kub": ["kampung", "unggul", "balitbangtan"],
        // a key ring (`ganci`), and the Sundanese bird's-eye chilli (`cengek`), as listings name them
        "ganci": ["gantungan", "kunci"], "cengek": ["cabai", "rawit"], "teabag": ["teh", "celup"],
        // A hand-and-body lotion (`Handbody Bengkoang`) is the lotion (`Hand Body Lotion …`).
        "handbody": ["lotion"],
    ]

    /// Two words titles write for another name of one product (`Hand Soap` is `Sabun Cuci Tangan`,
    /// `Alat Pel` is a `Mop`, not the `Kain Pel` cloth).
    static let twoWords: [String: [String]] = [
        "hand soap": ["sabun", "cuci", "tangan"], "hand wash": ["sabun", "cuci", "tangan"],
        "polo shirt": ["kaos", "polo"], "alat pel": ["mop"], "lemari pakaian": ["lemari", "baju"],
        "dish soap": ["sabun", "cuci", "piring"], "body lotion": ["lotion", "badan"],
        // `Air Minum Dalam Kemasan` is the `Air Mineral` of other listings; `AMDK` reads the same.
        "air minum": ["air", "mineral"], "hot chocolate": ["cokelat"], "essential oil": ["minyak", "atsiri"],
        "body scrub": ["lulur"], "spin mop": ["mop", "putar"], "keset kaki": ["keset"],
        "gula merah": ["gula", "aren"], "green bean": ["biji", "mentah"], "halal bihalal": ["halalbihalal"],
        "stainless steel": ["stainless"], "mas koki": ["koki"], "kursi kerja": ["kursi", "kantor"],
        // The day uniform's shoe is the pantofel (`Sepatu Pantofel … utk PDH`, `Sepatu PDH Kulit`).
        "sepatu pdh": ["sepatu", "pantofel"],
        // The liquid one mops with is a floor cleaner (`Cairan Pembersih Lantai`); a meeting table
        // is the `Meja Rapat` of other listings.
        "cairan pel": ["pembersih", "lantai"], "cairan pembersih": ["pembersih"], "meja meeting": ["meja", "rapat"],
        // A collared shirt is a polo.
        "kaos kerah": ["kaos", "polo"],
        // A hand sprayer is the sprayer; carried on the back it is the knapsack one (`gendong`).
        "hand sprayer": ["sprayer"],
        // A mop comes with its bucket (`Ember Pel Putar`: a spin mop); the lotion for hands and body
        // is the lotion (`Hand Body Lotion …`).
        "ember pel": ["mop"], "hand body": ["lotion"],
        // Civet coffee is kopi luwak; a clay roof tile is earthenware (`Genteng Tanah Liat`).
        "civet coffee": ["kopi", "luwak"], "genteng tanah": ["genteng", "gerabah"],
        // A tea bag is the `Teh … Celup` of the listings.
        "tea bag": ["teh", "celup"],
        // Staple foods are the sembako of aid parcels; palm sugar is gula aren; coconut oil is
        // minyak kelapa (`VCO`: virgin coconut oil).
        "bahan pokok": ["sembako"], "palm sugar": ["gula", "aren"], "coconut oil": ["minyak", "kelapa"],
        // Perfume oil is a product of its own; `wangi` alone only describes (`Karbol Wangi`).
        "minyak wangi": ["parfum"],
        // A uniform or batik shirt is a `kemeja` in the listings (`Baju PDH`, `Baju Batik Khas
        // Lebak`: the garment, not the cloth); `baju` alone may be any clothing.
        "baju batik": ["kemeja", "batik"], "baju pdh": ["kemeja", "pdh"], "baju pdl": ["kemeja", "pdl"],
        // The field and the day uniform spelled out (`Pakaian Dinas Lapangan`): `PDL` is not the
        // `PDH` beside it.
        "dinas lapangan": ["pdl"], "dinas harian": ["pdh"],
    ]
    static let twoWordStarts = Set(twoWords.keys.map { String($0.split(separator: " ")[0]) })

    /// Phrases that name one concept, in any of their forms; each maps to one concept token.
    static let synonyms: [(phrases: [String], concept: String)] = [
        (
            [
                "snack box", "snackbox", "kue kotak", "kudapan", "camilan", "cemilan", "snack", "kue basah", "jajanan",
                "snack ringan", "makanan ringan",
            ],
            "snackbox"
        ),
        (
            [
                "nasi kotak", "nasi box", "nasibox", "nasi dus", "makan siang", "makan malam", "nasi bungkus",
                "lunch box", "lunchbox", "rice box", "ricebox",
            ], "nasikotak"
        ),
        (["kaos", "t shirt", "kaos oblong"], "kaos"),
        (["alat tulis kantor", "alat tulis", "atk"], "atk"),
        (["paper bag", "paperbag", "tas kertas"], "paperbag"),
        (["tote bag", "totebag", "goodie bag", "goody bag"], "totebag"),
        (["kartu nama", "name card"], "kartunama"),
        (["id card", "kartu identitas", "name tag"], "idcard"),
        (
            [
                "souvenir", "cenderamata", "oleh oleh", "oleh-oleh", "kenang kenangan", "kenang-kenangan",
                "buah tangan", "hadiah", "bingkisan",
            ], "cenderamata"
        ),
        (["seragam", "baju dinas", "pakaian dinas", "baju seragam", "kemeja dinas"], "seragam"),
        (["prasmanan", "buffet", "katering", "jasa boga"], "katering"),
        (["ikan hias"], "ikanhias"),
        // Fruit juice is sold as `Sari Buah` as often as `Jus`.
        (["jus", "sari buah"], "jus"),
        (["tempat sampah", "tong sampah", "bak sampah"], "tempatsampah"),
        (["tanaman hias"], "tanamanhias"),
        (["alat peraga"], "alatperaga"),
        (["kue kering"], "kuekering"),
        (["papan tulis", "whiteboard", "white board"], "papantulis"),
        // A chalkboard is no whiteboard.
        (["papan tulis kapur", "papan kapur", "blackboard", "black board"], "papankapur"),
        (["pengharum ruangan", "pewangi ruangan", "air freshener"], "pengharumruangan"),
        (["sansevieria", "lidah mertua", "snake plant"], "sansevieria"),
        (["lidah buaya", "aloe vera", "aloevera"], "lidahbuaya"),
        (["emping", "emping melinjo", "melinjo"], "emping"),
        // Earthenware is fired clay: `Pot Tanah Liat` is the `Pot Gerabah` asked for.
        (["gerabah", "tanah liat", "terakota", "terracotta"], "gerabah"),
        (["jamu", "jamu gendong", "empon empon"], "jamu"),
        // `Golok Ciomas` stays golok + ciomas: the Ciomas smiths' golok is the one asked for.
        (["golok", "parang"], "golok"),
    ]

    /// Bags named as concepts (``synonyms``) → the class listings may name them by instead, before
    /// what they are made of (`Goodie Bag Spunbond` is a `Tas Spunbond`).
    static let bagClasses: [String: String] = ["totebag": "tas", "paperbag": "tas"]

    /// The concept tokens of ``synonyms`` (`totebag`, `nasikotak`).
    static let concepts = Set(synonyms.map(\.concept))

    /// Kinds → the broader kind an item of them also is: a koi is an ornamental fish, so it serves
    /// `Ikan Hias`, but a need for `Ikan Arwana` is not served by a koi. Added to items' terms only
    /// (``TextFit/terms(_:)``), never to a need's.
    static let broader: [String: String] = [
        "koi": "ikanhias", "cupang": "ikanhias", "arwana": "ikanhias", "guppy": "ikanhias", "louhan": "ikanhias",
        "koki": "ikanhias", "oranda": "ikanhias",
        // Woods are wood: a teak desk serves `Meja Kayu`.
        "jati": "kayu", "mahoni": "kayu", "pinus": "kayu", "sonokeling": "kayu", "trembesi": "kayu",
        "albasia": "kayu", "sengon": "kayu", "ulin": "kayu", "merbau": "kayu",
        // Agates are named by their kind (`Cincin Perak Batu Kalimaya`): each is a `batu akik`.
        "kalimaya": "akik", "bacan": "akik", "pancawarna": "akik", "kecubung": "akik", "klawing": "akik",
    ]

    /// Prefixes stripped by the light stemmer, longest first.
    static let prefixes = [
        "meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "per", "pe", "ber", "di", "ter", "ke",
    ]
    /// Suffixes stripped by the light stemmer, in order. Not `-i`: it would cut loanwords (koordinasi, tradisi).
    static let suffixes = ["nya", "kan", "an"]
}
