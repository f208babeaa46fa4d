/// Which of a need's words name the product, before its product nouns are read (``NeedReading``):
/// a second name after a slash, what the product is for.
extension NeedReading {
    /// A first name no item holds a word of, named again after a slash (`Snake Plant / Lidah
    /// Mertua`, `Notebook / Agenda`): the other name, within the product's phrase
    /// `start..<end`, is the one the shelf can read; the first names nothing.
    static func readOtherName(
        _ needTerms: [NeedTerm], _ found: [Int32?], _ product: inout [Bool], from start: Int, to end: Int
    ) {
        guard let other = needTerms.indices.first(where: { $0 > start && $0 < end && needTerms[$0].alternative }),
            (start..<other).contains(where: { product[$0] }),
            (start..<other).allSatisfy({ !product[$0] || found[$0] == nil })
        else { return }
        for k in start..<other { product[k] = false }
    }

    /// What the product is for, after `untuk` (`Batik Tulis untuk Seragam Pimpinan`), names no
    /// product noun when the words before it name one the shelf holds; unless the shelf names it
    /// with them (`Roasted Bean Arabika untuk Coffee Corner`: `Kopi Arabika` is sold). An aside
    /// keeps its words (`Pakan Ikan Lele (Pelet Apung) untuk Pokdakan`).
    static func readPurpose(
        _ needTerms: [NeedTerm], _ found: [Int32?], _ product: inout [Bool], from start: Int, on shelf: CatalogShelf
    ) {
        guard let p = needTerms.indices.first(where: { $0 > start && needTerms[$0].purpose }) else { return }
        let before = (start..<p).compactMap { product[$0] ? found[$0] : nil }
        guard !before.isEmpty else { return }
        for k in p..<needTerms.count where product[k] && !needTerms[k].aside {
            guard let id = found[k], shelf.isHead(id), !before.contains(where: { shelf.hasPair(id, $0) }) else {
                continue
            }
            product[k] = false
        }
    }
}
