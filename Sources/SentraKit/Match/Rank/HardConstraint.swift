/// The hard constraints of the contract's Matching section, declared once, in the order their
/// explanations are given. Each has its test over an item's values with the figures that show it
/// broken (``exclusion(_:item:supplier:held:_:)``, for explanations), its integer test over a
/// shelf's columns (``breaks(_:_:_:)``, for the gate, the nearest miss and the counts), and its
/// label; ``Matcher/Gate``, ``Eligibility/exclusions(_:item:supplier:certificateTypes:)`` and
/// the unmatched reason are all derived from these, so they cannot drift apart.
enum HardConstraint: UInt8, CaseIterable, Sendable {
    case inactiveSupplier
    case largeBusiness
    case otherCategory
    case certificates
    case budget
    case deadline
    case leadTime
    case capacity
    /// Cooked food from outside the need's delivery area (``Eligibility/deliveryRegion(_:)``).
    case deliveryArea

    /// The constraints in order as a bit set: one bit per raw value.
    var bit: UInt16 { 1 << UInt16(rawValue) }

    /// Short plural label for counts ("3 over budget"); `missing` names the certificate types.
    func label(missing: [String] = []) -> String {
        switch self {
        case .inactiveSupplier: "from inactive suppliers"
        case .largeBusiness: "from large (besar) businesses"
        case .otherCategory: "in another category"
        case .certificates: "lacking \(missing.joined(separator: "+"))"
        case .budget: "over budget"
        case .deadline: "past the needed-by date"
        case .leadTime: "too slow to deliver"
        case .capacity: "short of capacity"
        case .deliveryArea: "too far for cooked or fresh food"
        }
    }

    /// How `item` of `supplier` breaks this constraint for `need`, in figures; nil when it holds.
    /// `held`: the certificate types the item or its supplier holds.
    func exclusion(
        _ need: Need, item: CatalogItem, supplier: Supplier, held: Set<String>, _ eligibility: Eligibility
    ) -> Eligibility.Exclusion? {
        switch self {
        case .inactiveSupplier: return supplier.active ? nil : .inactiveSupplier
        case .largeBusiness: return supplier.scale == .besar ? .largeBusiness : nil
        case .otherCategory: return item.category == need.category ? nil : .otherCategory
        case .certificates:
            let missing = need.requiredCertifications.filter { !held.contains($0) }
            return missing.isEmpty ? nil : .missingCertificates(missing)
        case .budget:
            // An overflow counts as over budget.
            if let total = item.unitPrice.times(need.quantity), total <= need.budget { return nil }
            return .overBudget(total: item.unitPrice.times(need.quantity) ?? Rupiah.maximum, budget: need.budget)
        case .deadline:
            return eligibility.daysAvailable(need) < 0 ? .deadlinePassed(eligibility.deadline(need)) : nil
        case .leadTime:
            // Not checked when the deadline has passed: that is the deadline's exclusion.
            let available = eligibility.daysAvailable(need)
            guard available >= 0, let lead = item.leadTimeDays, lead > available else { return nil }
            return .leadTime(days: lead, available: available)
        case .capacity:
            let months = eligibility.months(need)
            guard let capacity = item.capacityPerMonth, capacity * Int64(months) < need.quantity else { return nil }
            return .capacity(perMonth: capacity, months: months, quantity: need.quantity)
        case .deliveryArea:
            let area = eligibility.deliveryRegion(need)
            guard !Eligibility.delivers(from: RegionCode.number(supplier.region), to: area),
                let region = need.region?.description
            else { return nil }
            return .outsideDeliveryArea(
                from: supplier.region, to: region, kilometres: KemendagriRegions.kilometres(supplier.region, region))
        }
    }

    /// Whether item `i` of `shelf` breaks this constraint for the need of `gate`, from integer
    /// columns only: the same answer as ``exclusion(_:item:supplier:held:_:)`` (`GateTests`).
    /// Inlined into the gate, where each case folds to its own straight-line test.
    @inline(__always)
    func breaks(_ gate: Matcher.Gate, _ c: CatalogShelf, _ i: Int) -> Bool {
        switch self {
        // `open` is active and not besar: one read settles both for almost every item.
        case .inactiveSupplier: return !c.open[i] && gate.inactive[Int(c.supplier[i])]
        case .largeBusiness: return !c.open[i] && gate.large[Int(c.supplier[i])]
        case .otherCategory: return false  // a shelf holds one category
        case .certificates:
            return c.mask[i] & gate.requiredMask != gate.requiredMask
                || !(gate.requiredOthers.isEmpty || c.holdsOthers(i, gate.requiredOthers))
        case .budget:
            let (total, overflow) = c.price[i].multipliedReportingOverflow(by: gate.quantity)
            return overflow || total > gate.budget
        case .deadline: return gate.days < 0
        case .leadTime: return gate.days >= 0 && c.lead[i] > Int64(gate.days)
        case .capacity: return c.capacity[i] >= 0 && c.capacity[i] * gate.months < gate.quantity
        case .deliveryArea:
            return gate.deliveryRegion != 0 && c.region[i] / 100 != gate.deliveryRegion / 100
                && !gate.neighbours.contains(c.region[i])
        }
    }
}

extension Eligibility.Exclusion {
    /// The constraint this breaks.
    var constraint: HardConstraint {
        switch self {
        case .inactiveSupplier: .inactiveSupplier
        case .largeBusiness: .largeBusiness
        case .otherCategory: .otherCategory
        case .missingCertificates: .certificates
        case .overBudget: .budget
        case .deadlinePassed: .deadline
        case .leadTime: .leadTime
        case .capacity: .capacity
        case .outsideDeliveryArea: .deliveryArea
        }
    }
}
