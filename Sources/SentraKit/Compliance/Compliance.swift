import GRDB

/// What counts toward the target (the contract's "What counts toward the target").
public enum ComplianceMetric: String, Sendable, CaseIterable {
    /// Perpres 16/2018 as amended by Perpres 12/2021, art. 65: mikro, kecil, koperasi.
    case umkk
    /// Small and medium industry: mikro, kecil, menengah, koperasi.
    case ikm
    /// Domestic products: any directory supplier, or TKDN of at least 25%.
    case pdn

    /// The default target in percent.
    public var defaultTarget: Percent {
        switch self {
        case .umkk, .ikm: Percent(whole: 40)
        case .pdn: Percent(whole: 95)
        }
    }

    /// Whether a supplier of `scale` (nil: unlinked) with `tkdn` counts.
    public func counts(scale: Scale?, tkdn: Percent?) -> Bool {
        switch self {
        case .umkk: return scale?.countsTowardUMKK ?? false
        case .ikm: return scale.map { [.mikro, .kecil, .menengah, .koperasi].contains($0) } ?? false
        case .pdn: return scale != nil || (tkdn?.basisPoints ?? 0) >= 2500
        }
    }

    /// The rupiah a row counts, as SQL over `amount`, `scale`, `tkdn`, `declared_umk` and
    /// `declared_pdn`: the value its LKPP source declares (never more than the row's amount),
    /// else the whole amount when the directory link qualifies it. `ikm` has no declared value
    /// (LKPP declares micro/small, not medium), so the directory decides it alone.
    var sqlCounted: String {
        let directory = "CASE WHEN \(sqlCondition) THEN amount ELSE 0 END"
        switch self {
        case .umkk: return "CASE WHEN declared_umk IS NOT NULL THEN min(declared_umk, amount) ELSE \(directory) END"
        case .pdn: return "CASE WHEN declared_pdn IS NOT NULL THEN min(declared_pdn, amount) ELSE \(directory) END"
        case .ikm: return directory
        }
    }

    /// The same rule as SQL over columns `scale` and `tkdn`.
    var sqlCondition: String {
        switch self {
        case .umkk: "scale IN ('mikro', 'kecil', 'koperasi')"
        case .ikm: "scale IN ('mikro', 'kecil', 'menengah', 'koperasi')"
        case .pdn: "(scale IS NOT NULL OR coalesce(tkdn, 0) >= 2500)"
        }
    }
}

/// How a compliance report groups rows within each OPD.
public enum ComplianceGrouping: String, Sendable, CaseIterable {
    case opd, category, month, program
}

/// A grade against the target: A+ ≥ 120% of it, A ≥ 100%, B ≥ 90%, C ≥ 80%, D ≥ 70%, F below.
public enum Grade: String, Sendable {
    case aPlus = "A+", a = "A", b = "B", c = "C", d = "D", f = "F"

    public static func of(counted: Rupiah, total: Rupiah, target: Percent) -> Grade {
        // counted/total ≥ k × target/100, in integers: counted × 10000 × 100 ≥ k × target_bp × total.
        guard target.basisPoints > 0 else { return .aPlus }
        guard total.sen > 0 else { return .f }
        let lhs = Int128(counted.sen) * 1_000_000
        func reaches(_ percentOfTarget: Int) -> Bool {
            lhs >= Int128(percentOfTarget) * Int128(target.basisPoints) * Int128(total.sen)
        }
        if reaches(120) { return .aPlus }
        if reaches(100) { return .a }
        if reaches(90) { return .b }
        if reaches(80) { return .c }
        if reaches(70) { return .d }
        return .f
    }
}

/// One line of a compliance report: an OPD (and group) in a period.
public struct ComplianceRow: Sendable, Equatable {
    public var opdCode: String
    public var opdName: String
    public var period: String
    /// The category, month or program for `--by` other than `opd`; nil for `opd`.
    public var group: String?
    public var totalSpend: Rupiah
    public var countedSpend: Rupiah
    public var share: Percent
    public var target: Percent
    /// Rupiah more counted spend needed to reach the target; zero when met.
    public var gap: Rupiah
    public var met: Bool
    public var grade: Grade
    public var goodsServicesBudget: Rupiah?
    public var budgetShare: Percent?
    /// Realized plus what the plan assigns to qualifying suppliers.
    public var projectedShare: Percent
    public var plannedSpend: Rupiah = .zero
    public var plannedCounted: Rupiah = .zero
}
