/// Ranks eligible catalog items for each need and explains every rank.
///
/// Score (0–1000) = 55% text fit + 20% nearness + 15% price headroom + 10% TKDN,
/// less 60 points for each earlier need in the same run whose top proposal
/// went to the same supplier (spreading). Ties break on lower total, then NIB, then SKU.
public struct Matcher {
    public struct Weights: Sendable {
        public var text = 55
        public var nearness = 20
        public var headroom = 15
        public var tkdn = 10
        public var spreadPenalty = 60
        public init() {}
    }

    public let catalog: CatalogSnapshot
    public let eligibility: Eligibility
    public var top: Int
    public var weights = Weights()
    /// Top proposals so far in this run, per supplier NIB.
    private var topPicks: [Int]

    public init(catalog: CatalogSnapshot, asOf: Day, top: Int = 3) {
        self.catalog = catalog
        self.eligibility = Eligibility(asOf: asOf)
        self.top = top
        self.topPicks = Array(repeating: 0, count: catalog.supplierCount)
    }

    /// Matches `needs` in the order given (callers sort them), so spreading is deterministic.
    public mutating func match(_ needs: [Need]) -> [NeedMatch] {
        needs.map { match($0) }
    }

    /// A need's hard constraints as integers, for the hot loop. Passing it is
    /// exactly ``Eligibility/exclusions(_:item:supplier:certificateTypes:)`` being empty
    /// for an item of the need's category within its budget.
    struct Gate {
        var requiredMask: UInt8
        var days: Int
        var months: Int64
        var quantity: Int64

        init(_ need: Need, _ eligibility: Eligibility) {
            requiredMask = CatalogSnapshot.mask(need.requiredCertifications)
            days = eligibility.daysAvailable(need)
            months = Int64(eligibility.months(need))
            quantity = need.quantity
        }

        func passes(_ c: CatalogSnapshot.Columns, _ i: Int) -> Bool {
            guard c.open[i], c.mask[i] & requiredMask == requiredMask, days >= 0 else { return false }
            if c.lead[i] > Int64(days) { return false }
            if c.capacity[i] >= 0 && c.capacity[i] * months < quantity { return false }
            return true
        }
    }

    /// Most a candidate sharing no term with the need can score: every other component at 1000.
    var scoreWithoutText: Int { (weights.nearness + weights.headroom + weights.tkdn) * 1000 / 100 }

    public mutating func match(_ need: Need) -> NeedMatch {
        let entries = catalog.byCategory[need.category] ?? []
        let needTerms = TextFit.terms(need.description)
        let needIDs = catalog.ids(needTerms)
        let gate = Gate(need, eligibility)
        let needRegion = Int32(need.region.filter(\.isNumber)) ?? 0
        // Entries are sorted by unit price: past the first item whose total exceeds the
        // budget, every later one does too, so the scan stops there.
        let affordable = entries.partitioningIndex {
            $0.item.unitPrice.times(need.quantity).map { $0 > need.budget } ?? true
        }
        // Rank on numbers first; reasons are written only for the few candidates shown.
        let columns = catalog.columns[need.category] ?? CatalogSnapshot.Columns()
        var best: [Int32: (components: Components, index: Int)] = [:]  // per supplier
        func consider(_ index: Int) {
            guard gate.passes(columns, index) else { return }
            let components = self.components(columns, index, for: need, terms: needIDs, region: needRegion)
            let key = columns.supplier[index]
            if let current = best[key],
                !Matcher.ranksBefore(
                    (components.score, components.total, entries[index].item.nib, entries[index].item.sku),
                    (
                        current.components.score, current.components.total, entries[current.index].item.nib,
                        entries[current.index].item.sku
                    ))
            {
                return
            }
            best[key] = (components, index)
        }
        // First the items sharing a term with the need (the inverted index); only when
        // they cannot fill the list with scores no text-less item could reach, scan the rest.
        var sharing: Set<Int32> = []
        if let postings = catalog.postings[need.category] {
            for id in Set(needIDs) where id >= 0 {
                for index in postings[id] ?? [] where Int(index) < affordable { sharing.insert(index) }
            }
        }
        for index in sharing { consider(Int(index)) }
        let kth = best.values.map(\.components.score).sorted(by: >).dropFirst(top - 1).first
        if best.count < top || (kth ?? Int.min) <= scoreWithoutText {
            for index in 0..<affordable where !sharing.contains(Int32(index)) { consider(index) }
        }
        let chosen = best.values.sorted {
            Matcher.ranksBefore(
                ($0.components.score, $0.components.total, entries[$0.index].item.nib, entries[$0.index].item.sku),
                ($1.components.score, $1.components.total, entries[$1.index].item.nib, entries[$1.index].item.sku))
        }.prefix(top)
        var ranked = chosen.map {
            candidate(entries[$0.index], components: $0.components, for: need, terms: needTerms, ids: needIDs)
        }
        for index in ranked.indices { ranked[index].rank = index + 1 }
        if let first = chosen.first { topPicks[Int(columns.supplier[first.index])] += 1 }
        guard ranked.isEmpty else { return NeedMatch(need: need, candidates: ranked, unmatchedReason: nil) }
        return NeedMatch(
            need: need, candidates: [],
            unmatchedReason: unmatchedReason(need, entries: entries, columns: columns, gate: gate, region: needRegion))
    }

    /// Higher score first, then lower total, then NIB, then SKU.
    static func ranksBefore(
        _ a: (score: Int, total: Rupiah, nib: String, sku: String),
        _ b: (score: Int, total: Rupiah, nib: String, sku: String)
    ) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if a.total != b.total { return a.total < b.total }
        if a.nib != b.nib { return a.nib < b.nib }
        return a.sku < b.sku
    }

    /// The parts of a candidate's score, each 0–1000, and the score itself.
    struct Components {
        var text: Int
        var nearness: Int
        var headroom: Int
        var tkdn: Int
        var penalty: Int
        var total: Rupiah
        var score: Int
    }

    private func components(
        _ c: CatalogSnapshot.Columns, _ i: Int, for need: Need, terms: [Int32], region: Int32
    ) -> Components {
        let total = Rupiah(sen: c.price[i] * need.quantity)
        let text = c.terms.withUnsafeBufferPointer { all in
            TextFit.fit(
                need: terms, name: UnsafeBufferPointer(rebasing: all[Int(c.termStart[i])..<Int(c.nameEnd[i])]),
                description: UnsafeBufferPointer(rebasing: all[Int(c.nameEnd[i])..<Int(c.termStart[i + 1])]))
        }
        let supplierRegion = c.region[i]
        let tier = Matcher.tier(supplierRegion, region)
        let nearness = 1000 - 500 * tier
        let headroom = Int((need.budget.sen - total.sen) * 1000 / max(need.budget.sen, 1))
        let tkdn = c.tkdn[i]
        let penalty = weights.spreadPenalty * min(topPicks[Int(c.supplier[i])], 5)
        let score =
            (weights.text * text + weights.nearness * nearness + weights.headroom * headroom + weights.tkdn * tkdn)
            / 100 - penalty
        return Components(
            text: text, nearness: nearness, headroom: headroom, tkdn: tkdn, penalty: penalty, total: total, score: score
        )
    }

    /// The candidate with its reasons, in words an officer can check against the score.
    private func candidate(
        _ entry: CatalogSnapshot.Entry, components: Components, for need: Need, terms: [String], ids: [Int32]
    ) -> Candidate {
        let item = entry.item, supplier = entry.supplier
        var reasons: [String] = []
        let matched = zip(terms, ids).filter {
            entry.nameTerms.containsSorted($1) || entry.descriptionTerms.containsSorted($1)
        }
        .map(\.0)
        reasons.append(
            "text fit \(Matcher.fraction(components.text))"
                + (matched.isEmpty ? ": no shared terms" : ": " + matched.joined(separator: ", ")))
        switch Matcher.tier(supplier.region, need.region) {
        case 0: reasons.append("same kabupaten/kota \(supplier.region)")
        case 1: reasons.append("same province \(need.region.prefix(2)) (\(supplier.region))")
        default: reasons.append("outside the province (\(supplier.region))")
        }
        reasons.append(
            "total \(components.total.display) = \(need.quantity) × \(item.unitPrice.display), "
                + "\(components.headroom / 10)% under budget \(need.budget.display)")
        reasons.append(item.tkdn.map { "TKDN \($0)%" } ?? "TKDN unknown")
        if !need.requiredCertifications.isEmpty {
            reasons.append("holds " + need.requiredCertifications.joined(separator: ", "))
        }
        if let capacity = item.capacityPerMonth {
            reasons.append("capacity \(capacity) \(item.unit)/month covers \(need.quantity)")
        } else {
            reasons.append("capacity unknown")
        }
        if let lead = item.leadTimeDays {
            reasons.append("lead time \(lead) days, \(eligibility.daysAvailable(need)) days available")
        }
        if components.penalty > 0 {
            let picks = topPicks[Int(entry.box.number)]
            reasons.append(
                "spreading: already top for \(picks) other need\(picks == 1 ? "" : "s") (−\(components.penalty))")
        }
        reasons.append("scale \(supplier.scale.rawValue)")
        return Candidate(
            rank: 0, nib: supplier.nib, supplierName: supplier.name, scale: supplier.scale, sku: item.sku,
            productName: item.name, unit: item.unit, unitPrice: item.unitPrice, total: components.total,
            score: components.score, region: supplier.region, reasons: reasons)
    }

    /// Which constraints excluded the items of the need's category, with the nearest miss in figures.
    /// Which constraints excluded the items of the need's category, with the nearest miss in figures.
    /// Counts come from the columns; the nearest miss is explained by ``Eligibility``.
    private func unmatchedReason(
        _ need: Need, entries: [CatalogSnapshot.Entry], columns c: CatalogSnapshot.Columns, gate: Gate, region: Int32
    ) -> String {
        guard !entries.isEmpty else { return "no supplier offers category \(need.category)" }
        var counts: [String: Int] = [:]
        var nearest: (broken: Int, tier: Int, price: Int64, index: Int)?
        for i in entries.indices {
            var labels: [String] = []
            if c.inactive[i] { labels.append(Eligibility.Exclusion.inactiveSupplier.label) }
            if c.large[i] { labels.append(Eligibility.Exclusion.largeBusiness.label) }
            let missing = gate.requiredMask & ~c.mask[i]
            if missing != 0 {
                let types = need.requiredCertifications.filter { CatalogSnapshot.mask([$0]) & missing != 0 }
                labels.append(Eligibility.Exclusion.missingCertificates(types).label)
            }
            let (total, overflow) = c.price[i].multipliedReportingOverflow(by: need.quantity)
            if overflow || total > need.budget.sen {
                labels.append(Eligibility.Exclusion.overBudget(total: .zero, budget: .zero).label)
            }
            if gate.days < 0 {
                labels.append(Eligibility.Exclusion.deadlinePassed(Day(ordinal: 0)).label)
            } else if c.lead[i] > Int64(gate.days) {
                labels.append(Eligibility.Exclusion.leadTime(days: 0, available: 0).label)
            }
            if c.capacity[i] >= 0 && c.capacity[i] * gate.months < gate.quantity {
                labels.append(Eligibility.Exclusion.capacity(perMonth: 0, months: 0, quantity: 0).label)
            }
            for label in labels { counts[label, default: 0] += 1 }
            let tier = Matcher.tier(c.region[i], region)
            let key = (labels.count, tier, c.price[i], i)
            if let current = nearest, (current.broken, current.tier, current.price, current.index) <= key { continue }
            nearest = (labels.count, tier, c.price[i], i)
        }
        let summary = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        let entry = entries[nearest!.index]
        let reasons = eligibility.exclusions(
            need, item: entry.item, supplier: entry.supplier, certificateTypes: entry.certificateTypes)
        let item = entry.item
        return
            "no candidate among \(entries.count) \(need.category) item\(entries.count == 1 ? "" : "s") (\(summary)); "
            + "nearest: \(item.name) by \(entry.supplier.name) in \(entry.supplier.region) "
            + "at \(item.unitPrice.display)/\(item.unit): " + reasons.map(\.explanation).joined(separator: "; ")
    }

    /// Nearness tier of codes as integers (`3604`): 0 same kabupaten/kota, 1 same province, 2 elsewhere.
    static func tier(_ region: Int32, _ target: Int32) -> Int {
        region == target ? 0 : region / 100 == target / 100 ? 1 : 2
    }

    static func tier(_ region: String, _ target: String) -> Int {
        region == target ? 0 : region.prefix(2) == target.prefix(2) ? 1 : 2
    }

    /// 0–1000 as `0.75`.
    static func fraction(_ value: Int) -> String {
        let clamped = max(0, min(1000, value))
        let hundredths = (clamped + 5) / 10
        return hundredths == 100 ? "1.00" : "0." + (hundredths < 10 ? "0\(hundredths)" : "\(hundredths)")
    }
}

extension Array {
    /// The index of the first element for which `belongsInSecondPartition` is true, assuming
    /// the array is already partitioned by it (binary search).
    func partitioningIndex(where belongsInSecondPartition: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if belongsInSecondPartition(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
