/// How well an item's terms cover a need's: the fit the ranking scores text by.
extension TextFit {
    /// How well an item's terms cover a need's (``NeedText``), 0–1000: each need term found in
    /// the item's name counts its weight in full, found only in the description 60%; over the
    /// need's total weight. An item holding no meaningful term of the need fits 0: context
    /// alone (`rapat`, `Kota Serang`) never makes it relevant. A relevant item fits at least 1.
    /// An item whose name calls it a copy (``Lexicon/imitation``) when the need does not ask for
    /// one fits half: imitation pearls are another product than pearls. An item whose name lacks
    /// the kind the need names (``NeedText/required``), or an item lacking ``NeedText/held``, fits 0.
    ///
    /// An item has a dozen terms: each is compared with all (up to 8) need terms at once in
    /// SIMD lanes, without early exits. Whether a term matches is unpredictable, so a search's
    /// branches cost more than all the compares (L full match: binary search 45.9 CPU-s,
    /// compares 42.5). Longer needs are searched.
    static func fit(_ need: NeedText, name: UnsafeBufferPointer<Int32>, description: UnsafeBufferPointer<Int32>)
        -> Int
    {
        guard need.total > 0 else { return 0 }
        if need.alternative < 0 || !name.containsSorted(need.alternative) {
            for term in need.required where !name.containsSorted(term) { return 0 }
            if need.held >= 0 && !name.containsSorted(need.held) && !description.containsSorted(need.held) { return 0 }
            if need.contrasted(name: name, description: description) { return 0 }
        }
        guard need.ids.count <= 8 else {
            var points = 0
            var relevant = false
            for (j, term) in need.ids.enumerated() {
                if name.containsSorted(term) {
                    points += 1000 * Int(need.weights[j])
                } else if description.containsSorted(term) {
                    points += 600 * Int(need.weights[j])
                } else {
                    continue
                }
                relevant = relevant || need.meaningful[j]
            }
            return relevant ? imitationFit(points / need.total, need, name) : 0
        }
        let lanes = need.lanes
        var inName = SIMDMask<SIMD8<Int32>>(repeating: false)
        for term in name { inName .|= lanes .== SIMD8(repeating: term) }
        var inDescription = SIMDMask<SIMD8<Int32>>(repeating: false)
        for term in description { inDescription .|= lanes .== SIMD8(repeating: term) }
        guard any((inName .| inDescription) .& need.meaningfulLanes) else { return 0 }
        let points =
            SIMD8<Int32>(repeating: 0).replacing(with: 600, where: inDescription)
            .replacing(with: 1000, where: inName) &* need.weightLanes
        return imitationFit(Int(points.wrappedSum()) / need.total, need, name)
    }

    /// A relevant item's `fit`, at least 1, halved when the item's name holds a term of
    /// ``NeedText/imitation``; 0 then when the need asks for the genuine article
    /// (``NeedText/genuine``).
    @inline(__always)
    private static func imitationFit(_ fit: Int, _ need: NeedText, _ name: UnsafeBufferPointer<Int32>) -> Int {
        guard !need.imitation.isEmpty else { return max(1, fit) }
        for term in name where need.imitation.contains(term) { return need.genuine ? 0 : max(1, fit / 2) }
        return max(1, fit)
    }

    static func fit(_ need: NeedText, name: [Int32], description: [Int32]) -> Int {
        name.withUnsafeBufferPointer { n in
            description.withUnsafeBufferPointer { d in fit(need, name: n, description: d) }
        }
    }

    /// The same fit over words, as an officer would work it out by hand: `weights` and
    /// `meaningful` per need term, as ``NeedText`` gives them.
    static func fit(
        need: [String], weights: [Int], meaningful: [Bool], imitation: Set<String> = [], required: [String] = [],
        held: String? = nil, name: Set<String>, description: Set<String>
    ) -> Int {
        let total = weights.reduce(0, +)
        guard total > 0 else { return 0 }
        if !required.allSatisfy(name.contains) { return 0 }
        if let held, !name.contains(held) && !description.contains(held) { return 0 }
        var points = 0
        var relevant = false
        for (j, term) in need.enumerated() {
            if name.contains(term) {
                points += 1000 * weights[j]
            } else if description.contains(term) {
                points += 600 * weights[j]
            } else {
                continue
            }
            relevant = relevant || meaningful[j]
        }
        guard relevant else { return 0 }
        return max(1, name.isDisjoint(with: imitation) ? points / total : points / total / 2)
    }
}
