extension Matcher {
    /// The candidate with its reasons, in words an officer can check against the score.
    func candidate(
        _ shelf: CatalogShelf, _ index: Int, parts: Components, for need: Need, terms: [String], ids: [Int32]
    ) -> Candidate {
        let item = catalog.item(need.category, index)
        let supplier = catalog.supplier(shelf, index)
        var reasons: [String] = []
        let matched = zip(terms, ids).filter { $1 >= 0 && shelf.holds(index, term: $1) }.map(\.0)
        reasons.append(
            "text fit \(Matcher.fraction(parts.text))"
                + (matched.isEmpty ? ": no shared terms" : ": " + matched.joined(separator: ", ")))
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
        let gate = Gate(need, eligibility)
        let region = Int32(need.region.filter(\.isNumber)) ?? 0
        // Counts from the shelf's summaries, so an unmatched need costs no scan of its category.
        let days = Int64(gate.days)
        let counts: [(Eligibility.Exclusion, Int)] = [
            (.inactiveSupplier, c.inactiveCount), (.largeBusiness, c.largeCount),
            (
                .overBudget(total: .zero, budget: .zero),
                c.count - c.affordable(quantity: need.quantity, budget: need.budget.sen)
            ),
            (.deadlinePassed(Day(ordinal: 0)), days < 0 ? c.count : 0),
            (
                .leadTime(days: 0, available: 0),
                days < 0 ? 0 : c.leadSorted.count - CatalogShelf.countAtMost(c.leadSorted, days)
            ),
            (
                .capacity(perMonth: 0, months: 0, quantity: 0),
                CatalogShelf.countAtMost(c.capacitySorted, (gate.quantity - 1) / gate.months)
            ),
        ]
        var summary: [String: Int] = [:]
        for (exclusion, count) in counts where count > 0 { summary[exclusion.label] = count }
        if gate.requiredOthers.isEmpty {
            for (held, count) in c.maskCounts.enumerated() where count > 0 && gate.requiredMask & ~UInt8(held) != 0 {
                let missing = gate.requiredMask & ~UInt8(held)
                let types = need.requiredCertifications.filter { CatalogSnapshot.mask([$0]) & missing != 0 }
                summary[Eligibility.Exclusion.missingCertificates(types).label, default: 0] += count
            }
        } else {
            // Types outside the five are not in the mask counts: each item is asked (rare needs only).
            for i in 0..<c.count {
                let held = c.certificateTypes(i)
                let missing = need.requiredCertifications.filter { !held.contains($0) }
                if !missing.isEmpty {
                    summary[Eligibility.Exclusion.missingCertificates(missing).label, default: 0] += 1
                }
            }
        }
        let text = summary.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        // The nearest miss breaks the fewest constraints, then is nearest, then cheapest. Every
        // item breaks at least one (none is a candidate), so the first one breaking exactly one
        // in the need's own kabupaten/kota is it: the scan stops there.
        var nearest = (broken: Int.max, tier: Int.max, index: Int.max)
        for i in 0..<c.count {
            let supplier = Int(c.supplier[i])
            let (total, overflow) = c.price[i].multipliedReportingOverflow(by: need.quantity)
            var broken = 0
            if catalog.inactive[supplier] { broken += 1 }
            if catalog.large[supplier] { broken += 1 }
            if gate.requiredMask & ~c.mask[i] != 0 || !c.holdsOthers(i, gate.requiredOthers) { broken += 1 }
            if overflow || total > need.budget.sen { broken += 1 }
            if days < 0 || c.lead[i] > days { broken += 1 }
            if c.capacity[i] >= 0 && c.capacity[i] * gate.months < gate.quantity { broken += 1 }
            let tier = Matcher.tier(c.region[i], region)
            if (broken, tier) < (nearest.broken, nearest.tier) {
                nearest = (broken, tier, i)
                if broken <= 1 && tier == 0 { break }
            }
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
