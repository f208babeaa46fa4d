/// The product taxonomy sentra ships: a slug per category, plus the words
/// officers and LKPP exports use for it.
public enum Category {
    /// Every slug, in the contract's order.
    public static let slugs: [String] = [
        "makanan", "minuman", "jasa-boga", "fesyen", "kerajinan", "perhiasan", "furnitur", "herbal",
        "kosmetik", "logam", "percetakan", "pertanian", "lainnya",
    ]

    static let slugSet = Set(slugs)

    /// Documented aliases (docs/csv-reference.md lists them).
    public static let aliases: [String: String] = [
        "food": "makanan", "pangan": "makanan", "makanan olahan": "makanan", "snack": "makanan", "snacks": "makanan",
        "makanan ringan": "makanan", "kue kering": "makanan",
        "kue": "makanan", "keripik": "makanan", "kripik": "makanan", "emping": "makanan", "sambal": "makanan",
        "camilan": "makanan", "oleh-oleh": "makanan",
        "drink": "minuman", "beverage": "minuman", "kopi": "minuman", "teh": "minuman", "sirup": "minuman",
        "catering": "jasa-boga", "katering": "jasa-boga", "jasa boga": "jasa-boga", "jasaboga": "jasa-boga",
        "nasi kotak": "jasa-boga", "snack box": "jasa-boga", "prasmanan": "jasa-boga", "konsumsi": "jasa-boga",
        "fashion": "fesyen", "fesyen/sandang": "fesyen", "sandang": "fesyen", "batik": "fesyen", "tenun": "fesyen",
        "seragam": "fesyen", "konveksi": "fesyen", "tas": "fesyen", "pakaian": "fesyen",
        "craft": "kerajinan", "crafts": "kerajinan", "kriya": "kerajinan", "anyaman": "kerajinan",
        "souvenir": "kerajinan", "suvenir": "kerajinan", "cenderamata": "kerajinan", "boneka": "kerajinan",
        "gerabah": "kerajinan", "ukiran": "kerajinan",
        "jewelry": "perhiasan", "jewellery": "perhiasan", "aksesoris": "perhiasan",
        "furniture": "furnitur", "mebel": "furnitur", "meubel": "furnitur",
        "jamu": "herbal", "obat tradisional": "herbal",
        "cosmetics": "kosmetik", "sabun": "kosmetik", "perawatan": "kosmetik",
        "metal": "logam", "golok": "logam", "perkakas": "logam", "logam olahan": "logam",
        "printing": "percetakan", "cetak": "percetakan", "atk": "percetakan", "kemasan": "percetakan",
        "agriculture": "pertanian", "perikanan": "pertanian", "ikan hias": "pertanian", "hasil tani": "pertanian",
        "other": "lainnya", "others": "lainnya", "lain-lain": "lainnya", "lain": "lainnya",
    ]

    /// The slug for a slug or alias, case- and space-insensitive.
    public static func parse(_ raw: String) -> Result<String, ValueError> {
        if slugSet.contains(raw) { return .success(raw) }  // fast path: already a slug
        let key = raw.trimmingSpaces.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).joined(
            separator: " ")
        if slugs.contains(key) { return .success(key) }
        if let slug = aliases[key] ?? aliases[key.replacingHyphens] { return .success(slug) }
        if slugs.contains(key.replacingSpacesWithHyphens) { return .success(key.replacingSpacesWithHyphens) }
        return .failure(ValueError(.categoryUnknown, raw, slugs.joined(separator: ", ")))
    }

    /// Programs a need may belong to.
    public static let programs: [String] = ["catering", "gift", "samsat-reward", "office", "uniform", "other"]

    /// Words officers write for a program (docs/csv-reference.md lists them), as slugs.
    public static let programAliases: [String: String] = [
        "konsumsi": "catering", "jasa-boga": "catering", "katering": "catering", "rapat": "catering",
        "makan-minum": "catering", "makan-dan-minum": "catering", "mamin": "catering", "jamuan": "catering",
        "snack": "catering", "nasi-kotak": "catering", "snack-box": "catering",
        "hadiah": "gift", "cenderamata": "gift", "cinderamata": "gift", "souvenir": "gift", "suvenir": "gift",
        "kenang-kenangan": "gift", "bingkisan": "gift", "parsel": "gift",
        "samsat": "samsat-reward", "reward-samsat": "samsat-reward", "hadiah-samsat": "samsat-reward",
        "kantor": "office", "atk": "office", "alat-tulis-kantor": "office", "alat-tulis": "office",
        "perlengkapan-kantor": "office", "keperluan-kantor": "office",
        "seragam": "uniform", "pakaian-dinas": "uniform", "seragam-dinas": "uniform", "pakaian-seragam": "uniform",
        "lainnya": "other", "lain-lain": "other", "lain": "other",
    ]

    /// The program for a slug or alias; case-insensitive, every run of spaces or punctuation a hyphen.
    public static func parseProgram(_ raw: String) -> Result<String, ValueError> {
        let key = raw.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: "-")
        if programs.contains(key) { return .success(key) }
        if let program = programAliases[key] { return .success(program) }
        return .failure(
            ValueError(.programUnknown, raw, programs.joined(separator: ", ")))
    }
}

extension String {
    fileprivate var replacingHyphens: String { String(map { $0 == "-" ? " " : $0 }) }
    fileprivate var replacingSpacesWithHyphens: String { String(map { $0 == " " ? "-" : $0 }) }
}
