/// The place a need names as where its product comes from (``NeedReading``).
extension NeedReading {
    /// Whether `term` is a place the need names (a Kemendagri name, ``Lexicon/places``), not a word
    /// that is also common.
    static func place(_ term: NeedTerm) -> Bool {
        term.role == .context && Lexicon.places.contains(term.words)
            && !Lexicon.placeWordsAlsoCommon.contains(term.words)
    }

    /// A place right after the product's words (`Madu Hutan Sumbawa`) is where the product comes
    /// from: where no item of the shelf names it and no supplier of the shelf is there, nobody
    /// here offers it. Otherwise only an item naming the place, or made there (``origin``), is
    /// the one asked for: a supplier there may make it without naming the place (`Kopi Robusta
    /// Lampung`: a Tanggamus robusta is one), and a Lebak robusta is not one. Not on a shelf of
    /// goods made to order (`Nasi Kotak Serang` says where it is eaten), nor a place written with
    /// its kind (`Kab. Serang`: the buyer's), nor one printed on the product (`Gantungan Kunci Logo
    /// Pandeglang`, ``Lexicon/imprints``).
    mutating func readOrigin(_ needTerms: [NeedTerm], at p: Int, on shelf: CatalogShelf) {
        guard let head = heads.first, p > head, p < needTerms.count, needTerms[p].joined,
            product[p - 1], NeedReading.place(needTerms[p]),
            !Lexicon.imprints.contains(needTerms[p - 1].words),
            let codes = Lexicon.placeCodes[needTerms[p].words],
            // Right after words the shelf knows: after others the place may be one of their names
            // (`Kebun Rakyat Ulu Belu`, a kecamatan).
            (head..<p).allSatisfy({ !product[$0] || found[$0] != nil })
        else { return }
        // The shelf's areas are the kabupaten/kota and provinces its suppliers are in.
        if found[p] != nil || codes.contains(where: { shelf.areas.codes.containsSorted($0) }) {
            origin = codes
            originTerm = found[p] ?? -1
            // Said with the place when nothing from there is relevant: `kopi luwak banten`.
            missing = Array(head...p)
            return
        }
        absent = true
        missing = Array(head...p)
    }
}
