/// Per-OPD outcome of a plan: realized spend plus what the plan assigns.
public struct PlanOutcome: Sendable {
    public var opdCode: String
    public var realizedShare: Percent
    public var projectedShare: Percent
    public var target: Percent
    public var met: Bool
    public var plannedSpend: Rupiah
    /// Herfindahl–Hirschman index (0–10000) of the OPD's counted spend over suppliers, before and after the plan.
    public var hhiBefore: Int
    public var hhiAfter: Int
}
