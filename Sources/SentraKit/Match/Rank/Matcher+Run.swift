import Foundation

extension Matcher {
    /// Needs ranked together on every core before their spreading penalties are settled.
    static let chunk = 1024

    /// A need's best items under the spreading penalties known when its chunk started,
    /// found while other needs are being ranked.
    struct Prospect {
        var entries: [Podium.Entry]
        /// Fewer than asked for: every eligible supplier is listed.
        var complete: Bool
        /// The need's text on its shelf (``Podium/text``).
        var text: NeedText?
    }

    /// Matches `needs` in the order given (callers sort them), so spreading is deterministic.
    ///
    /// Spreading makes each need depend on the ones before it, but only through penalties
    /// that grow as needs are matched. So needs go in chunks: every core ranks its share of a
    /// chunk under the penalties known when the chunk starts (never more than the true ones),
    /// a few places deeper than `top`; then, need by need in order, the true penalties are
    /// applied to those places. Whenever the penalised top could have missed an unlisted item
    /// (its last score not above the deepest listed one), that need is ranked again exactly.
    /// The result is the same as matching one need after another.
    public mutating func match(_ needs: [Need]) -> [NeedMatch] {
        var results: [NeedMatch] = []
        results.reserveCapacity(needs.count)
        match(needs) { results.append($0) }
        return results
    }

    /// Matches `needs` in order and hands each result to `each` as soon as it is final;
    /// needs are ranked a chunk at a time, so memory does not grow with their number.
    /// While one chunk's results are settled and written, the next chunk is ranked in the
    /// background under the penalties known then (a chunk stale, still never more than the
    /// true ones, so the result is unchanged).
    public mutating func match(_ needs: [Need], each: (NeedMatch) throws -> Void) rethrows {
        let depth = top + 4
        let chunks = stride(from: 0, to: needs.count, by: Matcher.chunk).map {
            Array(needs[$0..<min($0 + Matcher.chunk, needs.count)])
        }
        guard !chunks.isEmpty else { return }
        var current = prospects(chunks[0], depth: depth)
        for (index, chunk) in chunks.enumerated() {
            let next =
                index + 1 < chunks.count ? Background { [self] in prospects(chunks[index + 1], depth: depth) } : nil
            for (need, prospect) in zip(chunk, current) {
                var placed = prospect.entries
                for index in placed.indices {
                    let base = placed[index].parts.score + placed[index].parts.penalty
                    let penalty = penalty(placed[index].supplier)
                    placed[index].parts.penalty = penalty
                    placed[index].parts.score = base - penalty
                }
                placed.sort(by: Podium.ranksBefore)
                placed = Array(placed.prefix(top))
                if !prospect.complete, let floor = prospect.entries.last?.parts.score,
                    placed.count < top || placed[placed.count - 1].parts.score <= floor
                {
                    try each(match(need, seeds: placed, text: prospect.text))
                } else {
                    try each(finish(need, placed, text: prospect.text))
                }
            }
            if let next { current = next.value }
        }
    }

    /// Each need's podium of `depth` places under the current penalties, ranked on every core:
    /// worker w takes the needs w, w + workers, …, with its own scratch marks.
    private func prospects(_ needs: [Need], depth: Int) -> [Prospect] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, needs.count / 64))
        let shares = ParallelMap.map(workers) { worker in
            var scratch = Scratch(catalog)
            return stride(from: worker, to: needs.count, by: workers).map { i in
                let podium = rank(needs[i], size: depth, spreading: true, scratch: &scratch)
                return Prospect(entries: podium.entries, complete: podium.entries.count < depth, text: podium.text)
            }
        }
        return needs.indices.map { shares[$0 % workers][$0 / workers] }
    }
}
