extension Matcher {
    /// The first reason: the need's terms the item holds, those naming or qualifying the product
    /// first (`meja, jati`), then the context ones, and the share of
    /// the need's weight they carry: `text fit 0.82: kopi, luwak; context: cenderamata`.
    func textReason(_ shelf: CatalogShelf, _ index: Int, parts: Components, text: NeedText) -> MatchReason {
        var product: [String] = []
        var context: [String] = []
        for (j, id) in text.ids.enumerated() where shelf.holds(index, term: id) {
            // The need's own words: `kemasan`, `snack box`, not the stem `masan` or the concept `snackbox`.
            if text.named[j] { product.append(text.words[j]) } else { context.append(text.words[j]) }
        }
        return .textFit(fit: parts.text, matched: product, context: context, termCount: text.terms.count)
    }

    /// Walks the items of `shelf` relevant to `text` (holding one of its meaningful terms, and
    /// the kind it requires), in
    /// shelf order, each once, while `visit` returns true; without building their set.
    func walkRelevant(_ shelf: CatalogShelf, _ text: NeedText, _ visit: (Int) -> Bool) {
        let lists = zip(text.ids, text.meaningful).filter(\.1).map(\.0).sorted()
            .map { shelf.postings($0, below: shelf.count) }.filter { !$0.isEmpty }
        var going = true
        // The signatures first (one read): an item lacking the kind required or the term held
        // is passed over without searching its terms (three reads).
        let screened = !text.required.isEmpty || text.held >= 0
        PostingsCursor.walk(
            shelf.postingItems, lists, decide: { _, _ in going ? .take : .stop },
            take: { i, _ in
                if !screened || shelf.textFitBound(Int(i), need: text) > 0, text.admits(shelf, Int(i)) {
                    going = visit(Int(i))
                }
            })
    }

    /// Why no item is relevant: the product words the need was searched for.
    func irrelevanceReason(_ need: Need, shelf: CatalogShelf) -> UnmatchedReason {
        let terms = TextFit.needTerms(need.description)
        // The need's own words (`kemasan`, `snack box`), not the stems and concepts it was searched by.
        let product = terms.filter { $0.role != .context }.map(\.words)
        var missing = catalog.missingProduct(terms, category: need.category, on: shelf)
        // A pack size is part of what is missing (`air mineral botol 330 ml`).
        if let pack = NeedText.packSize(of: need), let words = missing { missing = words + " " + pack.words }
        return .irrelevant(
            category: need.category, items: shelf.count, lookedFor: product.isEmpty ? terms.map(\.words) : product,
            missing: missing)
    }
}
