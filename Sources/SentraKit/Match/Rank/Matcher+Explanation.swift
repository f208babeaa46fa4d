extension Matcher {
    /// The candidate with its reasons and their figures, so an officer can check them against the score.
    func candidate(
        _ shelf: CatalogShelf, _ index: Int, parts: Components, for need: Need, text: NeedText
    ) -> Candidate {
        let item = catalog.item(need.category, index)
        let supplier = catalog.supplier(shelf, index)
        var why: [MatchReason] = []
        why.append(textReason(shelf, index, parts: parts, text: text))
        why.append(
            .nearness(
                tier: Matcher.tier(RegionCode.number(supplier.region), need.regionNumber),
                needRegion: need.region?.description ?? "",
                supplierRegion: supplier.region))
        why.append(
            .price(
                total: parts.total, quantity: need.quantity, unitPrice: item.unitPrice, headroom: parts.headroom,
                budget: need.budget))
        why.append(.tkdn(item.tkdn))
        if !need.requiredCertifications.isEmpty { why.append(.certificates(need.requiredCertifications)) }
        why.append(
            .capacity(
                perMonth: item.capacityPerMonth, unit: item.unit, quantity: need.quantity,
                months: eligibility.months(need)))
        if let lead = item.leadTimeDays {
            why.append(.leadTime(days: lead, available: eligibility.daysAvailable(need)))
        }
        if parts.penalty > 0 {
            why.append(.spreading(picks: topPicks[Int(shelf.supplier[index])], penalty: parts.penalty))
        }
        why.append(.scale(supplier.scale, countsTowardUMKK: supplier.scale.countsTowardUMKK))
        if parts.reserve > 0 { why.append(.reserved(penalty: parts.reserve)) }
        return Candidate(
            rank: 0, nib: supplier.nib, supplierName: supplier.name, scale: supplier.scale, sku: item.sku,
            productName: item.name, unit: item.unit, unitPrice: item.unitPrice, total: parts.total,
            score: parts.score, region: supplier.region, why: why)
    }

    /// Which constraints excluded the items of the need's category, with the nearest miss in figures.
    /// Counts come from the columns; the nearest miss is explained by ``Eligibility``. `text`: the
    /// need's text on its shelf when already read.
    func unmatchedReason(_ need: Need, shelf c: CatalogShelf, text known: NeedText? = nil) -> UnmatchedReason {
        guard c.count > 0 else { return .noSupplier(category: need.category) }
        // Only relevant items can be candidates: the nearest miss is one of them.
        let needText = known ?? catalog.needText(need, on: c)
        guard !needText.isEmpty else { return irrelevanceReason(need, shelf: c) }
        let gate = Gate(need, eligibility, catalog)
        let region = need.regionNumber
        var summary: [ExcludedCount] = []
        for constraint in HardConstraint.allCases {
            for count in gate.excluded(by: constraint, c, need) where count.count > 0 {
                if let same = summary.firstIndex(where: { $0.label == count.label }) {
                    summary[same].count += count.count
                } else {
                    summary.append(count)
                }
            }
        }
        summary.sort { $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label }
        // The nearest miss breaks the fewest constraints, then falls shortest of them (so the
        // cheapest of the items over budget, not the most relevant), then is nearest.
        var nearest = (broken: Int.max, shortfall: Int.max, tier: Int.max, index: Int.max)
        walkRelevant(c, needText) { i in
            // Relevant items come in shelf (price) order, so past the affordable ones each is
            // dearer: once the budget alone falls shorter than the nearest miss so far, and no
            // later item can break fewer constraints than it, the walk is done. Walking every
            // relevant item of each unmatched need had doubled a full match's instructions (M).
            if nearest.broken <= gate.floorOverBudget(c) && gate.budgetShortfall(c, i) > nearest.shortfall {
                return false
            }
            let broken = gate.broken(c, i)
            guard broken <= nearest.broken else { return true }
            let candidate = (broken, gate.shortfall(c, i), Matcher.tier(c.region[i], region), i)
            if candidate < nearest { nearest = candidate }
            return true
        }
        // Items holding the need's product noun but not the kind it names (`Batik Tulis`) are not relevant.
        guard nearest.index != Int.max else { return irrelevanceReason(need, shelf: c) }
        let item = catalog.item(need.category, nearest.index)
        let supplier = catalog.supplier(c, nearest.index)
        let exclusions = eligibility.exclusions(
            need, item: item, supplier: supplier, certificateTypes: c.certificateTypes(nearest.index))
        return .noCandidate(
            category: need.category, items: c.count, excluded: summary,
            nearest: NearestMiss(
                productName: item.name, supplierName: supplier.name, nib: supplier.nib, region: supplier.region,
                unitPrice: item.unitPrice, unit: item.unit, exclusions: exclusions))
    }
}
