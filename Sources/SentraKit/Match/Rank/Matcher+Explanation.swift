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
        return Candidate(
            rank: 0, nib: supplier.nib, supplierName: supplier.name, scale: supplier.scale, sku: item.sku,
            productName: item.name, unit: item.unit, unitPrice: item.unitPrice, total: parts.total,
            score: parts.score, region: supplier.region, why: why)
    }

    /// Which constraints excluded the items of the need's category, with the nearest miss in figures.
    /// Counts come from the columns; the nearest miss is explained by ``Eligibility``.
    func unmatchedReason(_ need: Need, shelf c: CatalogShelf) -> UnmatchedReason {
        guard c.count > 0 else { return .noSupplier(category: need.category) }
        // Only relevant items can be candidates: the nearest miss is one of them.
        let relevant = relevantItems(c, c.needText(need.description))
        guard !relevant.isEmpty else { return irrelevanceReason(need, shelf: c) }
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
        if relevant.count < c.count {
            summary.append(ExcludedCount(constraint: nil, missing: [], count: c.count - relevant.count))
        }
        summary.sort { $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label }
        // The nearest miss breaks the fewest constraints, then falls shortest of them (so the
        // cheapest of the items over budget, not the most relevant), then is nearest.
        var nearest = (broken: Int.max, shortfall: Int.max, tier: Int.max, index: Int.max)
        let affordable = c.affordable(quantity: need.quantity, budget: need.budget.sen)
        for i in relevant.lazy.map({ Int($0) }) {
            // Past the affordable items every item is over budget, dearer and dearer (the shelf is
            // in price order): once the budget alone falls shorter than the nearest miss so far and
            // nothing later can break fewer constraints, the scan is done. A scan of every item per
            // unmatched need had doubled a full match's instructions (M, cachegrind).
            if i >= affordable && nearest.broken <= gate.floorOverBudget(c)
                && gate.budgetShortfall(c, i) > nearest.shortfall
            {
                break
            }
            let broken = gate.broken(c, i)
            guard broken <= nearest.broken else { continue }
            let candidate = (broken, gate.shortfall(c, i), Matcher.tier(c.region[i], region), i)
            if candidate < nearest { nearest = candidate }
        }
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
