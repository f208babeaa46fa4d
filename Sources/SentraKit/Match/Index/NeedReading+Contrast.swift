/// What a need names that sets one kind of item against another of the same product: a paper's
/// weight, who wears it (``NeedReading/rivals``).
extension NeedReading {
    /// A paper weight the need names (`Kertas HVS A4 80 gsm`, ``TextFit/paperWeight(_:unit:after:)``):
    /// an item named with another weight is not the paper asked for.
    mutating func readWeight(_ needTerms: [NeedTerm], on shelf: CatalogShelf) {
        guard let k = needTerms.firstIndex(where: { TextFit.isPaperWeight($0.term) }) else { return }
        let others = shelf.termIDs.paperWeights().filter { $0 != found[k] }
        guard !others.isEmpty else { return }
        rivals = others
        variety = found[k] ?? -1
        missing = (heads.first.map { [$0] } ?? []) + [k]
    }

    /// Who the need's product is for, right after a product word (`Sepatu Pantofel Wanita`, not
    /// `Dharma Wanita`): an item named for the other (`Sepatu Pantofel Pria`) and not for this one
    /// too is not relevant.
    mutating func readWearer(_ needTerms: [NeedTerm], on shelf: CatalogShelf) {
        // After a product word; a list of both (`Pria/Wanita`) asks for either.
        let sides = needTerms.indices.compactMap { k -> (Int, Int)? in
            guard k > 0, needTerms[k - 1].role == .product,
                let side = Lexicon.wearers.firstIndex(where: { $0.contains(needTerms[k].words) })
            else { return nil }
            return (k, side)
        }
        guard let (k, side) = sides.first, needTerms[k].joined, sides.allSatisfy({ $0.1 == side }) else { return }
        let others = Lexicon.wearers.indices.filter { $0 != side }.flatMap { Lexicon.wearers[$0] }
            .compactMap { shelf.termIDs[TextFit.stem($0)] }.sorted()
        guard !others.isEmpty else { return }
        rivals = others
        variety = found[k] ?? -1
        missing = heads.first.map { $0 < k ? Array($0...k) : [k] } ?? [k]
    }
}
