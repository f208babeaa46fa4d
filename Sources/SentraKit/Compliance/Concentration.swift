/// How concentrated an OPD's spend is over its suppliers: used by the plan's outcomes and by `report flags`.
enum Concentration {
    /// Herfindahl–Hirschman index on 0–10000: the sum of squared percentage shares.
    static func hhi(_ amounts: [String: Rupiah]) -> Int {
        let total = amounts.values.reduce(Int128(0)) { $0 + Int128($1.sen) }
        guard total > 0 else { return 0 }
        let sum = amounts.values.reduce(Int128(0)) { $0 + Int128($1.sen) * Int128($1.sen) * 10_000 }
        return Int((sum + total * total / 2) / (total * total))
    }
}
