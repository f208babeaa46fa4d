extension Planner {
    /// The plan as the contract shows it: assignments and what is left unassigned, with reasons.
    func assemble(_ needs: [Need], _ network: PlanNetwork, reasons: [Int: Unassigned.Why], notes: [Int: Unassigned.Why])
        -> Plan
    {
        var assignments: [Assignment] = []
        var placed = Array(repeating: Int64(0), count: needs.count)
        var covered = Rupiah.zero
        for (index, arc) in network.arcs.enumerated() where network.flow[index] > 0 {
            let quantity = network.flow[index]
            let slice = network.slices[arc.slice]
            let need = needs[slice.need]
            let item = catalog.item(need.category, arc.item)
            let supplier = catalog.offers(need.category)!.supplier(arc.item)
            let qualifies = metric.counts(scale: supplier.scale, tkdn: item.tkdn)
            placed[slice.need] += quantity
            if qualifies { covered += Rupiah(sen: need.budget.sen * quantity / need.quantity) }
            assignments.append(
                Assignment(
                    needID: need.id, opdCode: need.opdCode, nib: item.nib, sku: item.sku, quantity: quantity,
                    total: item.unitPrice.times(quantity)!, qualifies: qualifies, month: slice.month))
        }
        var unassigned: [Unassigned] = []
        for (index, need) in needs.enumerated() where placed[index] < need.quantity {
            let missing = need.quantity - placed[index]
            let months = network.slicesByNeed[index, default: []].map { network.slices[$0].month }
            let span = months.count == 1 ? months[0] : "\(months.first!)…\(months.last!)"
            let why =
                reasons[index] ?? notes[index]
                ?? .capacity(missing: missing, quantity: need.quantity, unit: need.unit, span: span)
            unassigned.append(Unassigned(needID: need.id, quantity: missing, why: why))
        }
        assignments.sort { ($0.needID, $0.month, $0.nib, $0.sku) < ($1.needID, $1.month, $1.nib, $1.sku) }
        unassigned.sort { $0.needID < $1.needID }
        return Plan(assignments: assignments, unassigned: unassigned, coveredValue: covered)
    }
}
