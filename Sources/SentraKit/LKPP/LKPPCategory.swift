/// The project's category for a SiRUP package, inferred from its text, with the reason.
public enum LKPPCategory {
    /// Phrases that decide a category, most specific first: a meal for a meeting is catering,
    /// not food; office supplies and printing are percetakan.
    static let rules: [(phrase: String, slug: String)] = [
        ("makanan dan minuman", "jasa-boga"), ("makan minum", "jasa-boga"), ("nasi kotak", "jasa-boga"),
        ("snack box", "jasa-boga"), ("katering", "jasa-boga"), ("catering", "jasa-boga"),
        ("konsumsi", "jasa-boga"), ("prasmanan", "jasa-boga"),
        ("alat tulis kantor", "percetakan"), ("atk", "percetakan"), ("cetak", "percetakan"),
        ("percetakan", "percetakan"), ("spanduk", "percetakan"), ("kertas", "percetakan"),
        ("leaflet", "percetakan"), ("brosur", "percetakan"), ("kemasan", "percetakan"),
        ("batik", "fesyen"), ("seragam", "fesyen"), ("pakaian", "fesyen"), ("konveksi", "fesyen"),
        ("tenun", "fesyen"), ("cenderamata", "kerajinan"), ("souvenir", "kerajinan"), ("suvenir", "kerajinan"),
        ("anyaman", "kerajinan"), ("kerajinan", "kerajinan"), ("mebel", "furnitur"), ("meubel", "furnitur"),
        ("furnitur", "furnitur"), ("jamu", "herbal"), ("kopi", "minuman"), ("teh", "minuman"),
        ("kue", "makanan"), ("keripik", "makanan"), ("makanan", "makanan"), ("bibit", "pertanian"),
        ("benih", "pertanian"), ("pupuk", "pertanian"), ("perhiasan", "perhiasan"), ("sabun", "kosmetik"),
        ("perkakas", "logam"),
    ]

    /// The slug and why: the first rule whose phrase appears as whole words in `text`,
    /// else `lainnya`.
    public static func infer(_ text: String) -> (slug: String, reason: String) {
        let cleaned = String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " })
        let words = " " + cleaned.split(separator: " ").joined(separator: " ") + " "
        for rule in rules where words.contains(" \(rule.phrase) ") {
            return (rule.slug, "inferred from \"\(rule.phrase)\" in the package text")
        }
        return ("lainnya", "no category word in the package text")
    }
}
