/// One reason a candidate ranks where it does, with the figures behind it. Renderers word it for
/// people in their language; ``english`` is the machine formats' wording (JSON, ndjson and csv
/// `reasons`), kept byte for byte as the contract has them.
public enum MatchReason: Sendable, Equatable {
    /// Text fit in thousandths; `matched` are the need's product terms found in the product's text,
    /// `context` its occasion and place words found there (they weigh little), out of `termCount`
    /// terms in the need's description.
    case textFit(fit: Int, matched: [String], context: [String], termCount: Int)
    /// 0 same kabupaten/kota, 1 same province, 2 outside it.
    case nearness(tier: Int, needRegion: String, supplierRegion: String)
    /// `headroom` in thousandths of the budget left unspent.
    case price(total: Rupiah, quantity: Int64, unitPrice: Rupiah, headroom: Int, budget: Rupiah)
    case tkdn(Percent?)
    case certificates([String])
    /// Capacity per month (nil when unknown) against the quantity, over `months` of production.
    case capacity(perMonth: Int64?, unit: String, quantity: Int64, months: Int)
    case leadTime(days: Int64, available: Int)
    /// Already the top proposal for `picks` earlier needs of the run, costing `penalty` points.
    case spreading(picks: Int, penalty: Int)
    /// The supplier's scale, and whether buying from it counts toward the UMK-K target.
    case scale(Scale, countsTowardUMKK: Bool)
    /// Ranked after UMK-K suppliers, `penalty` points, because the need's budget is within the
    /// reservation for small enterprises (``Matcher/reservedUpTo``).
    case reserved(penalty: Int)

    /// The wording of the machine formats.
    public var english: String {
        switch self {
        case .textFit(let fit, let matched, let context, _):
            return "text fit \(Matcher.fraction(fit)): " + matched.joined(separator: ", ")
                + (context.isEmpty ? "" : "; context: " + context.joined(separator: ", "))
        case .nearness(let tier, let needRegion, let supplierRegion):
            switch tier {
            case 0: return "same kabupaten/kota \(supplierRegion)"
            case 1: return "same province \(needRegion.prefix(2)) (\(supplierRegion))"
            default: return "outside the province (\(supplierRegion))"
            }
        case .price(let total, let quantity, let unitPrice, let headroom, let budget):
            return "total \(total.display) = \(quantity) × \(unitPrice.display), "
                + "\(headroom / 10)% under budget \(budget.display)"
        case .tkdn(let tkdn): return tkdn.map { "TKDN \($0)%" } ?? "TKDN unknown"
        case .certificates(let types): return "holds " + types.joined(separator: ", ")
        case .capacity(let perMonth, let unit, let quantity, _):
            return perMonth.map { "capacity \($0) \(unit)/month covers \(quantity)" } ?? "capacity unknown"
        case .leadTime(let days, let available): return "lead time \(days) days, \(available) days available"
        case .spreading(let picks, let penalty):
            return "spreading: already top for \(picks) other need\(picks == 1 ? "" : "s") (−\(penalty))"
        case .scale(let scale, _): return "scale \(scale.rawValue)"
        case .reserved(let penalty):
            return "ranked after UMK-K: packages up to Rp 15 billion are reserved for small enterprises (−\(penalty))"
        }
    }
}
