/// A catalog item proposed for a need, with the reasons it was ranked where it is.
public struct Candidate: Sendable, Equatable {
    public var rank: Int
    public var nib: String
    public var supplierName: String
    public var scale: Scale
    public var sku: String
    public var productName: String
    public var unit: String
    public var unitPrice: Rupiah
    public var total: Rupiah
    /// Higher is better: 0–1000 before the spreading penalty (60 per earlier top pick of the
    /// same supplier in this run, at most 5 picks), which can take it below 0. Components are in ``why``.
    public var score: Int
    public var region: String
    /// The reasons with their figures, for renderers to word.
    public var why: [MatchReason]

    /// The reasons as the machine formats word them.
    public var reasons: [String] { why.map(\.english) }
}

/// The proposals for one need, or why there are none.
public struct NeedMatch: Sendable, Equatable {
    public var need: Need
    public var candidates: [Candidate]
    /// Why no candidate qualifies (nil when there is one), with its figures.
    public var unmatched: UnmatchedReason?

    public init(need: Need, candidates: [Candidate], unmatched: UnmatchedReason?) {
        self.need = need
        self.candidates = candidates
        self.unmatched = unmatched
    }

    /// Why no candidate qualifies, as the machine formats word it.
    public var unmatchedReason: String? { unmatched?.english }
}
