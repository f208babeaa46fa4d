extension Unassigned.Why {
    /// Why not placed, in plain words of `language`, with the figures an officer would act on.
    public func words(_ language: ReportLanguage) -> String {
        switch self {
        case .noSupplier(let category): language.text(.unmatchedNoSupplier, category)
        case .unmatched(let reason): reason.words(language)
        case .noEligible: language.text(.planNoEligible)
        case .onlyNotCounting(let metric): language.text(.planOnlyNotCounting, metric.uppercased())
        case .capacity(let missing, let quantity, let unit, let span):
            language.text(.planCapacity, language.count(missing), language.count(quantity), unit, span)
        case .supplierShare(let cap, let opd): language.text(.planSupplierShare, language.percent(cap), opd)
        }
    }
}
