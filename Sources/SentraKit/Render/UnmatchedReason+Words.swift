extension UnmatchedReason {
    /// Why no candidate, in plain words of `language`, with the figure the nearest miss would need.
    public func words(_ language: ReportLanguage) -> String {
        switch self {
        case .notIKM(let reason): return language.text(.unmatchedNotIKM, reason)
        case .noSupplier(let category): return language.text(.unmatchedNoSupplier, category)
        case .noCandidate(let category, let items, let excluded, let nearest):
            let counts = excluded.map { $0.words(language) }.joined(separator: ", ")
            let misses = nearest.exclusions.map { $0.words(language, unit: nearest.unit) }.joined(separator: "; ")
            let supplier = nearest.supplierName + " (NIB \(nearest.nib))"
            return language.text(.unmatchedNoCandidate, items, category, counts)
                + language.text(
                    .unmatchedNearest, nearest.productName, supplier, RegionName(code: nearest.region).full,
                    nearest.unitPrice.display, nearest.unit, misses)
        case .irrelevant(let category, let items, let lookedFor, let missing):
            if lookedFor.isEmpty { return language.text(.unmatchedNoProductNamed, items, category) }
            if let missing {
                return language.text(.unmatchedMissing, items, category, missing, lookedFor.joined(separator: ", "))
            }
            return language.text(.unmatchedIrrelevant, items, category, lookedFor.joined(separator: ", "))
        }
    }
}

extension ExcludedCount {
    func words(_ language: ReportLanguage) -> String {
        switch constraint {
        case .inactiveSupplier: language.text(.excludedInactive, count)
        case .largeBusiness: language.text(.excludedLarge, count)
        case .otherCategory: language.text(.excludedCategory, count)
        case .certificates: language.text(.excludedCertificates, count, missing.joined(separator: "+"))
        case .budget: language.text(.excludedBudget, count)
        case .deadline: language.text(.excludedDeadline, count)
        case .leadTime: language.text(.excludedLeadTime, count)
        case .capacity: language.text(.excludedCapacity, count)
        case .deliveryArea: language.text(.excludedDeliveryArea, count)
        }
    }
}

extension Eligibility.Exclusion {
    /// The broken constraint in words, with the figure needed to meet it.
    func words(_ language: ReportLanguage, unit: String) -> String {
        switch self {
        case .inactiveSupplier: return language.text(.missInactive)
        case .largeBusiness: return language.text(.missLarge)
        case .otherCategory: return language.text(.missCategory)
        case .missingCertificates(let types): return language.text(.missCertificates, types.joined(separator: ", "))
        case .overBudget(let total, let budget):
            let over = Int((total.sen - budget.sen) * 100 / max(budget.sen, 1))
            return language.text(.missBudget, total.display, budget.display, max(over, 1), (total - budget).display)
        case .deadlinePassed(let day): return language.text(.missDeadline, day)
        case .leadTime(let days, let available): return language.text(.missLeadTime, days, available)
        case .capacity(let perMonth, let months, let quantity):
            return language.text(
                .missCapacity, language.count(perMonth), unit, months, language.count(quantity),
                language.count(quantity - perMonth * Int64(months)))
        case .outsideDeliveryArea(let from, let to, let kilometres):
            guard let kilometres else { return language.text(.missDeliveryAreaUnplaced, RegionName(code: from).full) }
            return language.text(
                .missDeliveryArea, RegionName(code: from).full, language.count(Int64(kilometres)),
                RegionName(code: to).full, Eligibility.deliveryRadius)
        }
    }
}
