extension PlanNetwork {
    /// The officer's default: a need split across items is moved whole onto the cheapest
    /// (then nearest) of its items that has room for all of it in every month it occupies.
    /// The value covered never falls (the need ends up fully placed); the cost may rise.
    /// Needs go in input order, so the result is deterministic.
    mutating func consolidate(_ needs: [Need], _ catalog: CatalogSnapshot) {
        for need in slicesByNeed.keys.sorted() {
            let mine = slicesByNeed[need]!
            let used = Set(mine.flatMap { arcsBySlice[$0] }.filter { flow[$0] > 0 }.map { arcs[$0].item })
            guard used.count > 1, let offers = catalog.offers(needs[need].category) else { continue }
            let region = needs[need].regionNumber
            let pool = arcsBySlice[mine[0]].map { arcs[$0].item }.sorted {
                (offers.price($0), Matcher.tier(offers.region($0), region), $0)
                    < (offers.price($1), Matcher.tier(offers.region($1), region), $1)
            }
            for item in pool {
                let moves = mine.compactMap { slice -> (slice: Int, arc: Int)? in
                    guard let arc = arcsBySlice[slice].first(where: { arcs[$0].item == item }) else { return nil }
                    let node = arcs[arc].node
                    return capacity[node] - load[node] + flow[arc] >= slices[slice].quantity ? (slice, arc) : nil
                }
                guard moves.count == mine.count else { continue }
                for slice in mine {
                    for arc in arcsBySlice[slice] where flow[arc] > 0 { place(arc, -flow[arc]) }
                }
                for move in moves { place(move.arc, slices[move.slice].quantity) }
                break
            }
        }
    }

    /// Keeps every supplier within `cap` of each OPD's assigned value: while one is above
    /// it, its smallest assignment moves to the cheapest other item of the same need-month
    /// with room whose supplier stays within the cap, or, when there is none, is left
    /// unassigned. Returns a note for each need that lost units this way.
    mutating func capShares(_ needs: [Need], _ catalog: CatalogSnapshot, cap: Percent) -> [Int: Unassigned.Why] {
        var notes: [Int: Unassigned.Why] = [:]
        var byOPD: [String: [Int]] = [:]
        for (index, arc) in arcs.enumerated() {
            byOPD[needs[slices[arc.slice].need].opdCode, default: []].append(index)
        }
        let limit = Int64(cap.basisPoints)
        for opd in byOPD.keys.sorted() {
            let mine = byOPD[opd]!
            func offers(_ arc: Int) -> CatalogOffers { catalog.offers(slices[arcs[arc].slice].category)! }
            func supplier(_ arc: Int) -> Int32 { offers(arc).supplierNumber(arcs[arc].item) }
            func price(_ arc: Int) -> Int64 { offers(arc).price(arcs[arc].item) }
            // Moves are bounded so the loop ends; after them only removals, each of which empties an arc.
            var movesLeft = mine.count * 4
            while true {
                var bySupplier: [Int32: Int64] = [:]
                var total: Int64 = 0
                for arc in mine where flow[arc] > 0 {
                    bySupplier[supplier(arc), default: 0] += flow[arc] * price(arc)
                    total += flow[arc] * price(arc)
                }
                guard
                    let worst = bySupplier.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }),
                    worst.value * 10_000 > limit * total
                else { break }
                let arc = mine.filter { flow[$0] > 0 && supplier($0) == worst.key }
                    .min { (flow[$0] * price($0), $0) < (flow[$1] * price($1), $1) }!
                let units = flow[arc], value = units * price(arc)
                let alternative =
                    movesLeft <= 0
                    ? nil
                    : arcsBySlice[arcs[arc].slice].filter { other in
                        let node = arcs[other].node, moved = units * price(other)
                        return supplier(other) != worst.key && capacity[node] - load[node] >= units
                            && (bySupplier[supplier(other), default: 0] + moved) * 10_000
                                <= limit * (total - value + moved)
                    }.min { (price($0), $0) < (price($1), $1) }
                place(arc, -units)
                if let alternative {
                    place(alternative, units)
                    movesLeft -= 1
                } else {
                    let need = slices[arcs[arc].slice].need
                    notes[need] = .supplierShare(cap: cap, opd: opd)
                }
            }
        }
        return notes
    }
}
