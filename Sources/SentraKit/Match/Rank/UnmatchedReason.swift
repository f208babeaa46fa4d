/// Why a need has no candidate, with the figures behind it. Renderers word it for people in their
/// language; ``english`` is the machine formats' `unmatched_reason`.
public enum UnmatchedReason: Sendable, Equatable {
    /// The need was marked not for IKM (`not_ikm_reason`), so it was not searched.
    case notIKM(String)
    /// No supplier offers the need's category at all.
    case noSupplier(category: String)
    /// Every one of `items` items of the category breaks a hard constraint: how many break which,
    /// most first, and the nearest miss.
    case noCandidate(category: String, items: Int, excluded: [ExcludedCount], nearest: NearestMiss)
    /// None of the category's `items` items is the product the need names: `lookedFor` are the
    /// need's product words (all its words when it names no product); `missing`, the words naming
    /// a product nobody here offers (`keripik kentang`), when the need's reading found one.
    case irrelevant(category: String, items: Int, lookedFor: [String], missing: String? = nil)

    /// The wording of the machine formats.
    public var english: String {
        switch self {
        case .notIKM(let reason): return "\(reason); not searched"
        case .noSupplier(let category): return "no supplier offers category \(category)"
        case .noCandidate(let category, let items, let excluded, let nearest):
            let counts = excluded.map { "\($0.count) \($0.label)" }.joined(separator: ", ")
            return "no candidate among \(items) \(category) item\(items == 1 ? "" : "s") (\(counts)); "
                + "nearest: \(nearest.productName) by \(nearest.supplierName) in \(nearest.region) "
                + "at \(nearest.unitPrice.display)/\(nearest.unit): "
                + nearest.exclusions.map(\.explanation).joined(separator: "; ")
        case .irrelevant(let category, let items, let lookedFor, let missing):
            if lookedFor.isEmpty {
                return "no candidate among \(items) \(category) items: the description names no product"
            }
            let none = missing.map { "none is \($0), the product the need names" } ?? "none is a product the need names"
            return "no candidate among \(items) \(category) items: \(none) "
                + "(looked for: \(lookedFor.joined(separator: ", ")))"
        }
    }
}

/// How many items of a category break one hard constraint (for certificates: one set of missing types).
public struct ExcludedCount: Sendable, Equatable {
    let constraint: HardConstraint
    /// The certificate types missing, for ``HardConstraint/certificates``.
    public var missing: [String]
    public var count: Int

    /// Short plural English label: "over budget", "lacking halal".
    public var label: String { constraint.label(missing: missing) }
}

/// The item closest to qualifying for an unmatched need: the fewest broken constraints, then the
/// smallest shortfall; its exclusions carry the figure that would be needed.
public struct NearestMiss: Sendable, Equatable {
    public var productName: String
    public var supplierName: String
    public var nib: String
    public var region: String
    public var unitPrice: Rupiah
    public var unit: String
    public var exclusions: [Eligibility.Exclusion]
}
