extension MatchReason {
    /// The reason in plain words of `language`, with region names beside their codes' meaning.
    public func words(_ language: ReportLanguage) -> String {
        switch self {
        case .textFit(_, let matched, let context, let termCount):
            if matched.isEmpty { return language.text(.reasonNoSharedTerms, termCount) }
            let fit = language.text(.reasonTextFit, matched.joined(separator: " "), matched.count, termCount)
            return context.isEmpty ? fit : fit + language.text(.reasonContext, context.joined(separator: ", "))
        case .nearness(let tier, let needRegion, let supplierRegion):
            let place = RegionName(code: supplierRegion)
            switch tier {
            case 0: return language.text(place.isCity ? .reasonSameCity : .reasonSameRegency, place.bare)
            case 1:
                let province = RegionName(code: String(needRegion.prefix(2))).full
                return language.text(.reasonSameProvince, province, place.full)
            default:
                let province = RegionName(code: String(supplierRegion.prefix(2))).full
                return language.text(.reasonOutsideProvince, "\(place.full), \(province)")
            }
        case .price(let total, let quantity, let unitPrice, _, let budget):
            let saved = budget - total
            if saved.sen <= 0 {
                return language.text(
                    .reasonPriceExact, total.display, language.count(quantity), unitPrice.display,
                    budget.display)
            }
            return language.text(
                .reasonPrice, total.display, language.count(quantity), unitPrice.display, saved.display,
                budget.display)
        case .tkdn(let tkdn):
            return tkdn.map { language.text(.reasonTKDN, language.percent($0)) } ?? language.text(.reasonTKDNUnknown)
        case .certificates(let types): return language.text(.reasonCertificates, types.joined(separator: ", "))
        case .capacity(let perMonth, let unit, let quantity, let months):
            guard let perMonth else { return language.text(.reasonCapacityUnknown) }
            return language.text(
                .reasonCapacity, language.count(perMonth), unit, language.count(quantity), months)
        case .leadTime(let days, let available): return language.text(.reasonLeadTime, days, available)
        case .spreading(let picks, let penalty): return language.text(.reasonSpreading, picks, penalty)
        case .scale(let scale, let counts):
            return language.text(counts ? .reasonCountsUMKK : .reasonNotUMKK, scale.rawValue)
        case .reserved(let penalty): return language.text(.reasonReserved, penalty)
        }
    }
}

/// A region's Kemendagri name for people, falling back to its code when unknown.
struct RegionName {
    var code: String
    /// `Kota Cilegon`, `Banten`; the code itself when the table lacks it.
    var full: String { KemendagriRegions.name(of: code) ?? code }
    /// `Cilegon` for `Kota Cilegon`, `Serang` for `Kabupaten Serang`.
    var bare: String {
        guard let name = KemendagriRegions.name(of: code) else { return code }
        for prefix in ["Kota Administrasi ", "Kabupaten Administrasi ", "Kota ", "Kabupaten "]
        where name.hasPrefix(prefix) {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }
    var isCity: Bool { KemendagriRegions.name(of: code)?.hasPrefix("Kota") ?? false }
}
