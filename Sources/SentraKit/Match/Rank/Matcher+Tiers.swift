extension Matcher {
    /// What the walk knows of every item before reading it, two bytes an item: its
    /// ``ShelfTier`` (low byte) and its supplier's spreading steps so far (high byte, 0–5, as
    /// ``penaltySteps``). A flat array over every shelf (a category's items from
    /// ``tierBase``), small enough to stay in cache while the walk reads it item by item.
    ///
    /// Issue 15's durable weights make the score ~85% text, so a need's best text class holds
    /// many items; in an L run the walk took 56M of them only to find their supplier's
    /// spreading penalty put them out of reach, each costing reads of its price, region, TKDN
    /// and supplier (random reads, each a cache miss). The steps change at most five times per
    /// supplier in a run, so they are written to its items when they change (``setSteps(_:_:)``).
    struct Tiers: Sendable {
        var items: [UInt16]
        var base: [String: Int]
        /// The items of supplier s (indices into ``items``) are `members[start[s]..<start[s + 1]]`.
        let start: [Int32]
        let members: [Int32]

        init(_ catalog: CatalogSnapshot) {
            var items: [UInt16] = []
            var base: [String: Int] = [:]
            var counts = [Int32](repeating: 0, count: catalog.suppliers.count + 1)
            for (category, shelf) in catalog.shelves.sorted(by: { $0.key < $1.key }) {
                base[category] = items.count
                items += shelf.tiers(umkk: catalog.umkk).map(UInt16.init)
                for i in 0..<shelf.count { counts[Int(shelf.supplier[i]) + 1] += 1 }
            }
            var start = counts
            for s in 1..<start.count { start[s] += start[s - 1] }
            var next = start
            var members = [Int32](repeating: 0, count: items.count)
            for (category, shelf) in catalog.shelves {
                let offset = base[category]!
                for i in 0..<shelf.count {
                    let s = Int(shelf.supplier[i])
                    members[Int(next[s])] = Int32(offset + i)
                    next[s] += 1
                }
            }
            (self.items, self.base, self.start, self.members) = (items, base, start, members)
        }

        /// Records `steps` (0–5) for every item of `supplier`.
        mutating func set(_ supplier: Int, steps: UInt8) {
            for k in Int(start[supplier])..<Int(start[supplier + 1]) {
                let item = Int(members[k])
                items[item] = items[item] & 0xFF | UInt16(steps) << 8
            }
        }
    }

    /// Sets `supplier`'s spreading steps (0–5) where the ranking reads them: ``penaltySteps``
    /// and its items' ``Tiers``.
    mutating func setSteps(_ supplier: Int, _ steps: Int) {
        penaltySteps[supplier] = penaltySteps[supplier] & 0x80 | UInt8(steps)
        tiers.set(supplier, steps: UInt8(steps))
    }
}
