/// The hard constraints of the contract's Matching section: a catalog item
/// breaking any of them is never proposed for a need.
public struct Eligibility: Sendable {
    /// One broken constraint, with the figures that show it.
    public enum Exclusion: Sendable, Equatable {
        case inactiveSupplier
        case largeBusiness
        case otherCategory
        case missingCertificates([String])
        case overBudget(total: Rupiah, budget: Rupiah)
        case deadlinePassed(Day)
        case leadTime(days: Int64, available: Int)
        case capacity(perMonth: Int64, months: Int, quantity: Int64)
        /// Cooked food from region `from` for a need delivered in `to` (codes), `kilometres` apart.
        case outsideDeliveryArea(from: String, to: String, kilometres: Int?)

        /// Short plural label for counts: "3 over budget".
        var label: String {
            if case .missingCertificates(let types) = self { return constraint.label(missing: types) }
            return constraint.label()
        }

        public var explanation: String {
            switch self {
            case .inactiveSupplier: return "supplier is inactive"
            case .largeBusiness: return "supplier is a large business (besar)"
            case .otherCategory: return "product is in another category"
            case .missingCertificates(let types): return "lacks \(types.joined(separator: ", ")) certificate"
            case .overBudget(let total, let budget):
                let over = Int((total.sen - budget.sen) * 100 / max(budget.sen, 1))
                return "total \(total.display) is \(max(over, 1))% over budget \(budget.display), "
                    + "\((total - budget).display) more needed"
            case .deadlinePassed(let day): return "needed by \(day), before the as-of date"
            case .leadTime(let days, let available):
                return "lead time \(days) days exceeds the \(available) days available"
            case .capacity(let perMonth, let months, let quantity):
                return "capacity \(perMonth)/month × \(months) month\(months == 1 ? "" : "s") is below \(quantity), "
                    + "\(quantity - perMonth * Int64(months)) short"
            case .outsideDeliveryArea(let from, let to, let kilometres):
                let names = (KemendagriRegions.name(of: from) ?? from, KemendagriRegions.name(of: to) ?? to)
                let away = kilometres.map { ", \($0) km from \(names.1)" } ?? ""
                return "cooked or fresh food from \(names.0), another province\(away): "
                    + "it comes from the need's province or within \(Eligibility.deliveryRadius) km"
            }
        }
    }

    public let asOf: Day

    public init(asOf: Day) { self.asOf = asOf }

    /// The date a need must be delivered by: its `needed_by`, else the end of its fiscal year.
    public func deadline(_ need: Need) -> Day {
        need.neededBy ?? Day(year: need.fiscalYear, month: 12, day: 31)!
    }

    /// Days from `--as-of` to the deadline.
    public func daysAvailable(_ need: Need) -> Int { deadline(need).ordinal - asOf.ordinal }

    /// Categories whose goods must be made in the month they are delivered: cooked food
    /// (`jasa-boga`) keeps a day, so a caterer's monthly capacity cannot be stored up.
    /// Other categories mix fresh and durable goods (fresh fish and seed in `pertanian`,
    /// fresh jamu and instant powders in `herbal`, keripik that keep for months in
    /// `makanan`): a need there is perishable only by what it names (``saysFresh(_:)``).
    public static let perishableCategories: Set<String> = ["jasa-boga"]

    /// Categories mixing fresh and durable goods, whose need is perishable when its text says the
    /// goods are fresh (`Jamu Kunyit Asam Segar`, `Sayur Organik Segar`, `Ikan Segar`): fresh jamu
    /// keeps days, not months, and comes from near the table as cooked food does.
    public static let freshCategories: Set<String> = ["makanan", "minuman", "herbal", "pertanian"]

    /// Whether `need`'s goods are perishable: cooked (``perishableCategories``), or said to be
    /// fresh (`segar`, `fresh`) in a category of ``freshCategories``.
    public func perishable(_ need: Need) -> Bool {
        Eligibility.perishableCategories.contains(need.category)
            || Eligibility.freshCategories.contains(need.category) && Eligibility.saysFresh(need.description)
    }

    /// Goods kept days, not months, whatever the need says (`Bandeng Presto`, `Otak-otak`, `Susu
    /// Kedelai`, `Kue Basah`): made near the table and in the delivery month. A word names them
    /// alone, or after the word given with it: soybeans (`Benih Kedelai`) and wet wipes keep.
    static let freshGoods: [String: String?] = [
        "presto": nil, "otak": nil, "kedelai": "susu", "kedele": "susu", "basah": "kue",
    ]

    /// Forms jamu keeps in for months (`Jamu Kunyit Asam Serbuk Instan`); sold without one, jamu is
    /// the fresh drink of the bottle or the gendong.
    static let driedForms: Set<String> = ["serbuk", "bubuk", "instan", "kapsul", "celup", "sachet", "kering", "pil"]

    /// Words of goods bought to be carried home (`Oleh-oleh Khas Banten Otak-Otak Bandeng`): packed
    /// to travel, they are no fresh goods unless the need says so.
    static let carried: Set<String> = ["oleh", "souvenir", "cenderamata", "cinderamata"]

    /// Whether `text` has the word `segar` or `fresh`, in any case, or, unless the goods are to
    /// be carried home (``carried``), names goods kept days only (``freshGoods``) or jamu in no
    /// dried form (``driedForms``).
    static func saysFresh(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter }
        if words.contains(where: { $0 == "segar" || $0 == "fresh" }) { return true }
        guard !words.contains(where: { carried.contains(String($0)) }) else { return false }
        let namesFresh = words.indices.contains { k in
            guard let before = freshGoods[String(words[k])] else { return false }
            return before.map { k > 0 && words[k - 1] == $0 } ?? true
        }
        return namesFresh || words.contains("jamu") && !words.contains { driedForms.contains(String($0)) }
    }

    /// Whole months of production before the deadline whose capacity may carry the need: at
    /// least one and at most twelve; one for perishable goods, made in the delivery month.
    public func months(_ need: Need) -> Int {
        perishable(need) ? 1 : min(12, max(1, daysAvailable(need) / 30))
    }

    /// Every constraint `item` of `supplier` breaks for `need`, in the order of ``HardConstraint``;
    /// empty means eligible.
    public func exclusions(_ need: Need, item: CatalogItem, supplier: Supplier, certificateTypes: Set<String>? = nil)
        -> [Exclusion]
    {
        let held =
            certificateTypes ?? Set(item.certifications.map(\.type)).union(supplier.certifications.map(\.type))
        return HardConstraint.allCases.compactMap {
            $0.exclusion(need, item: item, supplier: supplier, held: held, self)
        }
    }
}
