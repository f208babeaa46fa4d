extension Matcher {
    /// A need's hard constraints as integers, for the hot loop: ``HardConstraint/breaks(_:_:_:)``
    /// of every constraint it tests. Passing it is exactly
    /// ``Eligibility/exclusions(_:item:supplier:certificateTypes:)`` being empty for an item of
    /// the need's category within its budget.
    struct Gate {
        var requiredMask: UInt8
        /// Required types outside the mask's five, compared by slug after the mask's quick test.
        var requiredOthers: [String]
        var days: Int
        var months: Int64
        var quantity: Int64
        var budget: Int64
        /// Per supplier number: inactive; a large business (``CatalogSnapshot``'s).
        var inactive: [Bool]
        var large: [Bool]
        /// Where cooked food must be delivered from nearby (``Eligibility/deliveryRegion(_:)``;
        /// 0 confines nothing), and the regions of other provinces within reach of it.
        var deliveryRegion: Int32
        var neighbours: [Int32]
        /// The constraints ``passes(_:_:)`` tests, as ``HardConstraint/bit``s. Never the budget,
        /// which the scans test by their range (shelves are sorted by price, so the affordable
        /// items come first), nor the category, which the shelf is.
        var tested: UInt16

        /// `ignoring`: constraints the caller enforces otherwise (the planner's flow, capacity).
        init(_ need: Need, _ eligibility: Eligibility, _ catalog: CatalogSnapshot, ignoring: [HardConstraint] = []) {
            requiredMask = CatalogSnapshot.mask(need.requiredCertifications)
            requiredOthers = CatalogSnapshot.otherTypes(need.requiredCertifications)
            days = eligibility.daysAvailable(need)
            months = Int64(eligibility.months(need))
            quantity = need.quantity
            budget = need.budget.sen
            inactive = catalog.inactive
            large = catalog.large
            deliveryRegion = eligibility.deliveryRegion(need)
            neighbours = deliveryRegion == 0 ? [] : Eligibility.neighbours[deliveryRegion, default: []]
            tested = ([.budget, .otherCategory] + ignoring).reduce(UInt16.max) { $0 & ~$1.bit }
        }

        /// Whether item `i` of `shelf` breaks none of the tested constraints: each constraint's
        /// own test (``HardConstraint/breaks(_:_:_:)``), named in the table's order rather than
        /// looped over, so the hot loop gets one straight-line test per constraint (a loop over the
        /// table looked ~15% slower in user time on a full L match, in noisy paired runs).
        /// The budget and the category are never tested here (``tested``).
        @inline(__always)
        func passes(_ c: CatalogShelf, _ i: Int) -> Bool {
            @inline(__always) func holds(_ constraint: HardConstraint) -> Bool {
                tested & constraint.bit == 0 || !constraint.breaks(self, c, i)
            }
            return holds(.inactiveSupplier) && holds(.largeBusiness) && holds(.certificates) && holds(.deadline)
                && holds(.leadTime) && holds(.capacity) && holds(.deliveryArea)
        }

        /// How many constraints item `i` of `shelf` breaks, the budget and those ignored included.
        func broken(_ c: CatalogShelf, _ i: Int) -> Int {
            var count = 0
            var raw: UInt8 = 0
            while let constraint = HardConstraint(rawValue: raw) {
                if constraint.breaks(self, c, i) { count += 1 }
                raw += 1
            }
            return count
        }

        /// How far item `i` of `shelf` falls short of the constraints it breaks, in thousandths of
        /// what each asks, summed: over budget by a fifth is 200, capacity short by half 500, lead
        /// time twice the days available 1000; a constraint no figure can meet (certificates, an
        /// inactive or large supplier, a passed deadline) counts 1000. Orders nearest misses.
        func shortfall(_ c: CatalogShelf, _ i: Int) -> Int {
            var total = 0
            var raw: UInt8 = 0
            while let constraint = HardConstraint(rawValue: raw) {
                raw += 1
                guard constraint.breaks(self, c, i) else { continue }
                switch constraint {
                case .budget: total += budgetShortfall(c, i)
                case .capacity:
                    total += Int((quantity - c.capacity[i] * months) * 1000 / max(quantity, 1))
                case .leadTime:
                    total += Int(min((c.lead[i] - Int64(days)) * 1000 / Int64(max(days, 1)), 1_000_000))
                default: total += 1000
                }
            }
            return total
        }

        /// How far item `i`'s total goes over the budget, in thousandths of the budget (at most
        /// 1,000,000); 0 within it. Never falls as items get dearer, which bounds the nearest-miss scan.
        func budgetShortfall(_ c: CatalogShelf, _ i: Int) -> Int {
            let (cost, overflow) = c.price[i].multipliedReportingOverflow(by: quantity)
            if overflow { return 1_000_000 }
            return cost <= budget ? 0 : Int(min((cost - budget) * 1000 / max(budget, 1), 1_000_000))
        }

        /// The fewest constraints an item over budget can break: the budget, and the deadline
        /// when it has passed (then every item breaks it).
        func floorOverBudget(_ c: CatalogShelf) -> Int { days < 0 ? 2 : 1 }

        /// Whether no item of `shelf` can pass, known without looking at items.
        func closes(_ shelf: CatalogShelf) -> Bool {
            days < 0 || shelf.openMask & requiredMask != requiredMask
        }
    }
}
