extension Matcher {
    /// The candidate with its reasons, in words an officer can check against the score.
    func candidate(
        _ shelf: CatalogShelf, _ index: Int, parts: Components, for need: Need, text: NeedText
    ) -> Candidate {
        let item = catalog.item(need.category, index)
        let supplier = catalog.supplier(shelf, index)
        var reasons: [String] = [textReason(shelf, index, parts: parts, text: text)]
        switch Matcher.tier(supplier.region, need.region) {
        case 0: reasons.append("same kabupaten/kota \(supplier.region)")
        case 1: reasons.append("same province \(need.region.prefix(2)) (\(supplier.region))")
        default: reasons.append("outside the province (\(supplier.region))")
        }
        reasons.append(
            "total \(parts.total.display) = \(need.quantity) × \(item.unitPrice.display), "
                + "\(parts.headroom / 10)% under budget \(need.budget.display)")
        reasons.append(item.tkdn.map { "TKDN \($0)%" } ?? "TKDN unknown")
        if !need.requiredCertifications.isEmpty {
            reasons.append("holds " + need.requiredCertifications.joined(separator: ", "))
        }
        if let capacity = item.capacityPerMonth {
            reasons.append("capacity \(capacity) \(item.unit)/month covers \(need.quantity)")
        } else {
            reasons.append("capacity unknown")
        }
        if let lead = item.leadTimeDays {
            reasons.append("lead time \(lead) days, \(eligibility.daysAvailable(need)) days available")
        }
        if parts.penalty > 0 {
            let picks = topPicks[Int(shelf.supplier[index])]
            reasons.append(
                "spreading: already top for \(picks) other need\(picks == 1 ? "" : "s") (−\(parts.penalty))")
        }
        reasons.append("scale \(supplier.scale.rawValue)")
        return Candidate(
            rank: 0, nib: supplier.nib, supplierName: supplier.name, scale: supplier.scale, sku: item.sku,
            productName: item.name, unit: item.unit, unitPrice: item.unitPrice, total: parts.total,
            score: parts.score, region: supplier.region, reasons: reasons)
    }

    /// Which constraints excluded the items of the need's category, with the nearest miss in figures.
    /// Counts come from the columns; the nearest miss is explained by ``Eligibility``.
    func unmatchedReason(_ need: Need, shelf c: CatalogShelf) -> String {
        guard c.count > 0 else { return "no supplier offers category \(need.category)" }
        // Only relevant items can be candidates: the nearest miss is one of them.
        let needText = c.needText(need.description)
        guard !needText.isEmpty else { return irrelevanceReason(need, shelf: c) }
        let gate = Gate(need, eligibility, catalog)
        let region = RegionCode.number(need.region)
        var summary: [String: Int] = [:]
        for constraint in HardConstraint.allCases {
            for (label, count) in gate.excluded(by: constraint, c, need) where count > 0 {
                summary[label, default: 0] += count
            }
        }
        let text = summary.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        // The nearest miss breaks the fewest constraints, then is nearest, then cheapest. Every
        // relevant item breaks at least one (none is a candidate), so the first one breaking
        // exactly one in the need's own kabupaten/kota is it: the scan stops there.
        var nearest = (broken: Int.max, tier: Int.max, index: Int.max)
        walkRelevant(c, needText) { i in
            let broken = gate.broken(c, i)
            let tier = Matcher.tier(c.region[i], region)
            if (broken, tier) < (nearest.broken, nearest.tier) {
                nearest = (broken, tier, i)
                if broken <= 1 && tier == 0 { return false }
            }
            return true
        }
        let item = catalog.item(need.category, nearest.index)
        let supplier = catalog.supplier(c, nearest.index)
        let reasons = eligibility.exclusions(
            need, item: item, supplier: supplier, certificateTypes: c.certificateTypes(nearest.index))
        return
            "no candidate among \(c.count) \(need.category) item\(c.count == 1 ? "" : "s") (\(text)); "
            + "nearest: \(item.name) by \(supplier.name) in \(supplier.region) "
            + "at \(item.unitPrice.display)/\(item.unit): " + reasons.map(\.explanation).joined(separator: "; ")
    }
}
