/// What a need names that sets one kind of item against another of the same product: a paper's
/// weight, who wears it, its length, size or state (``NeedReading/rivals``).
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

    /// One side of `contrast` the need names right after a product word: who it is for (``Lexicon/wearers``:
    /// `Sepatu Pantofel Wanita`, not `Dharma Wanita`), its length (``Lexicon/lengths``), size
    /// (``Lexicon/sizes``: `Nasi Tumpeng Besar`), state (``Lexicon/states``: `Biji Mentah`) or school
    /// level (``Lexicon/schoolLevels``: `Seragam Sekolah SMP`). An item
    /// named for the other side (`Sepatu Pantofel Pria`, `Tumpeng Mini`) and not for this one too is
    /// not relevant, whatever variety it is (``sides``: `Jamu Beras Kencur Serbuk` is neither the
    /// fresh beras kencur nor a kunyit asam powder).
    mutating func readSide(of contrast: [Set<String>], _ needTerms: [NeedTerm], on shelf: CatalogShelf) {
        // After a product word, or a word the reading took into the product (`Seragam Sekolah SMP`);
        // a list of both (`Pria/Wanita`) asks for either.
        let named = needTerms.indices.compactMap { k -> (Int, Int)? in
            guard k > 0, needTerms[k - 1].role == .product || product[k - 1],
                let side = contrast.firstIndex(where: { $0.contains(needTerms[k].words) })
            else { return nil }
            return (k, side)
        }
        guard let (k, asked) = named.first, needTerms[k].joined, named.allSatisfy({ $0.1 == asked }) else { return }
        let others = contrast.indices.filter { $0 != asked }.flatMap { contrast[$0] }
            .compactMap { shelf.termIDs[TextFit.stem($0)] }.sorted()
        guard !others.isEmpty else { return }
        sides = others
        side = found[k] ?? -1
        if rivals.isEmpty { missing = heads.first.map { $0 < k ? Array($0...k) : [k] } ?? [k] }
    }

    /// A need naming no size of a product the shelf also sells in miniature (`Tumpeng Nasi Kuning`
    /// where `Tumpeng Mini` is sold, `Golok` where `Golok Mini` key rings are): the ordinary one is
    /// asked for, and an item named `mini` is the other product. Not `kecil`: a small folding table
    /// is still the table asked for.
    mutating func readOrdinarySize(_ needTerms: [NeedTerm], on shelf: CatalogShelf) {
        guard let head = heads.first, let id = found[head],
            !needTerms.contains(where: { term in Lexicon.sizes.contains { $0.contains(term.words) } }),
            let mini = shelf.termIDs["mini"], shelf.hasPair(id, mini)
        else { return }
        rivals = [mini]
        variety = -1
        missing = [head]
    }
}
