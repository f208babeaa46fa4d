/// Names and numbers as a person reads them, in the site's language.
extension SitePages {
    static let regencyNames: [String: String] = Dictionary(
        uniqueKeysWithValues: KemendagriRegions.regencies.map { ($0.code, $0.name) })
    static let provinceNames: [String: String] = Dictionary(
        uniqueKeysWithValues: KemendagriRegions.provinces.map { ($0.code, $0.name) })

    /// Kemendagri names are proper names: the same in every language.
    func regionName(_ code: String) -> String {
        Self.regencyNames[code] ?? SiteStrings.fill(text["regionFallback"]!, ["code": code])
    }
    static func provinceName(_ code: String) -> String {
        provinceNames[String(code.prefix(2))] ?? String(code.prefix(2))
    }

    func categoryLabel(_ slug: String) -> String { text["cat." + slug] ?? slug }

    /// `2025-03-02` → `2 Maret 2025` (`2 March 2025` in English).
    func longDate(_ day: Day) -> String {
        let months = text["months"]!.split(separator: "|")
        return "\(day.day) \(months[day.month - 1]) \(day.year)"
    }

    /// Whole numbers with thousands marked: `12.500` in Indonesian, `12,500` in English.
    func grouped(_ value: Int) -> String {
        DigitGroups.grouped(Int64(value), separator: options.language == .en ? "," : ".")
    }

    /// `40,5%` in Indonesian, `40.5%` in English; whole percentages without decimals.
    func percent(_ value: Percent) -> String {
        let plain = value.description
        let whole = plain.hasSuffix(".00") ? String(plain.dropLast(3)) : plain
        return (options.language == .en ? whole : String(whole.map { $0 == "." ? "," : $0 })) + "%"
    }

    /// Mikro, kecil and koperasi count toward the UMK-K target; menengah and besar do not (the
    /// compliance rule itself, so the showcase and the reports cannot disagree).
    static func countsTowardTarget(_ scale: Scale) -> Bool { ComplianceMetric.umkk.counts(scale: scale, tkdn: nil) }

    /// The stale mark (the `check` rule), or nil for a supplier verified within 12 months.
    func staleMark(_ supplier: Supplier) -> String? {
        let cutoff = HealthCheck.staleCutoff(asOf: options.asOf)
        guard let verified = supplier.verifiedOn else { return text["neverVerified"]! }
        return verified < cutoff ? SiteStrings.fill(text["staleSince"]!, ["date": longDate(verified)]) : nil
    }
}
