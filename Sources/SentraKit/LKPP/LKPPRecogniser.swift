/// Tells which LKPP export a header row is, from its required columns alone.
public enum LKPPRecogniser {
    /// The outcome for one header.
    public enum Recognition: Sendable, Equatable {
        case recognised(LKPPProfile)
        /// No profile's columns are all there: the closest one and what it lacks.
        case unknown(closest: LKPPProfile, missing: [String])
    }

    /// Header names as compared: trimmed and lower-cased (exports write them in lower case).
    static func normalise(_ header: String) -> String {
        header.trimmingSpaces.lowercased()
    }

    /// The profile whose required columns `headers` all has; of several, the most specific
    /// (most required columns), then the first declared, so the choice never depends on order.
    public static func recognise(_ headers: [String]) -> Recognition {
        let present = Set(headers.map(normalise))
        let matching = LKPPProfile.allCases.filter { $0.required.allSatisfy(present.contains) }
        if let best = matching.max(by: { $0.required.count < $1.required.count }) {
            // `max` keeps the last of equals; take the first declared among the most specific.
            let top = matching.first { $0.required.count == best.required.count }!
            return .recognised(top)
        }
        // Closest: the largest share of its required columns present, then the fewest missing.
        var closest = LKPPProfile.allCases[0]
        var bestScore = -1.0
        var bestMissing: [String] = closest.required
        for profile in LKPPProfile.allCases {
            let missing = profile.required.filter { !present.contains($0) }
            let score = Double(profile.required.count - missing.count) / Double(profile.required.count)
            if score > bestScore || (score == bestScore && missing.count < bestMissing.count) {
                closest = profile
                bestScore = score
                bestMissing = missing
            }
        }
        return .unknown(closest: closest, missing: bestMissing)
    }
}
