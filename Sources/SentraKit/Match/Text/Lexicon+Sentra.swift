/// Places below a kabupaten that name a craft's or a crop's sentra (`Bros Perak Kotagede`, `Kopi
/// Luwak Liwa`): no Kemendagri kabupaten or province is called so, yet officers write them as the
/// product's origin, as they write `Madu Hutan Sumbawa` (``NeedReading/readOrigin(_:at:on:)``).
extension Lexicon {
    /// Each sentra's name, as a need writes it, and the Kemendagri codes of the kabupaten/kota it
    /// lies in (more than one where several places share the name: Plered is in Purwakarta, Cirebon
    /// and Bantul). Only names that are no ordinary word.
    static let sentraPlaces: [String: [String]] = [
        // silver, pottery, leather and batik of Yogyakarta, Surakarta and Central Java
        "kotagede": ["34.71"], "kasongan": ["34.02"], "manding": ["34.02"], "bayat": ["33.10"],
        "laweyan": ["33.72"], "lasem": ["33.17"], "troso": ["33.20"], "juwana": ["33.18"], "tumang": ["33.09"],
        // West Java: pottery, roof tiles, batik, shoes and plaited goods
        "plered": ["32.14", "32.09", "34.02"], "trusmi": ["32.09"], "sitiwinangun": ["32.09"],
        "cibaduyut": ["32.73", "32.04"], "rajapolah": ["32.06"], "jatiwangi": ["32.10"],
        // Banten: the Ciomas golok, Ciruas pottery, Karangantu and Kasemen fish
        "ciomas": ["36.04", "32.01"], "ciruas": ["36.04"], "karangantu": ["36.73"], "kasemen": ["36.73"],
        // Lampung: Liwa coffee, Krui fish and damar
        "liwa": ["18.04"], "krui": ["18.13"],
        // East Java, Bali and Lombok: leather bags, silver, weaving and pottery
        "tanggulangin": ["35.15"], "celuk": ["51.04"], "tenganan": ["51.07"], "sukarara": ["52.02"],
        "pringgasela": ["52.03"], "banyumulek": ["52.01"],
    ]
}
