extension Matcher.Gate {
    /// How many items of `c` break `constraint` for `need`, from the shelf's summaries
    /// (``CatalogShelf/finish(inactive:large:)``), so an unmatched need costs no scan of its
    /// category. Certificates give one count per set of missing types.
    func excluded(by constraint: HardConstraint, _ c: CatalogShelf, _ need: Need) -> [ExcludedCount] {
        let count: Int
        switch constraint {
        case .inactiveSupplier: count = c.inactiveCount
        case .largeBusiness: count = c.largeCount
        case .otherCategory: count = 0
        case .certificates: return missingCertificates(c, need)
        case .budget: count = c.count - c.affordable(quantity: quantity, budget: budget)
        case .deadline: count = days < 0 ? c.count : 0
        case .leadTime: count = days < 0 ? 0 : c.leadSorted.count - CatalogShelf.countAtMost(c.leadSorted, Int64(days))
        case .capacity: count = CatalogShelf.countAtMost(c.capacitySorted, (quantity - 1) / months)
        case .deliveryArea:
            // Every item but those of the need's province and of the neighbours within reach.
            let near = ([deliveryRegion / 100] + neighbours).reduce(0) { $0 + (c.areas[$1]?.items.count ?? 0) }
            count = deliveryRegion == 0 ? 0 : c.count - near
        }
        return [ExcludedCount(constraint: constraint, missing: [], count: count)]
    }

    private func missingCertificates(_ c: CatalogShelf, _ need: Need) -> [ExcludedCount] {
        var counts: [[String]: Int] = [:]
        if requiredOthers.isEmpty {
            for (held, count) in c.maskCounts.enumerated() where count > 0 && requiredMask & ~UInt8(held) != 0 {
                let missing = requiredMask & ~UInt8(held)
                let types = need.requiredCertifications.filter { CatalogSnapshot.mask([$0]) & missing != 0 }
                counts[types, default: 0] += count
            }
        } else {
            // Types outside the five are not in the mask counts: each item is asked (rare needs only).
            for i in 0..<c.count {
                let held = c.certificateTypes(i)
                let missing = need.requiredCertifications.filter { !held.contains($0) }
                if !missing.isEmpty { counts[missing, default: 0] += 1 }
            }
        }
        return counts.map { ExcludedCount(constraint: .certificates, missing: $0.key, count: $0.value) }
    }
}
