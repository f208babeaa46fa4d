/// The best few items for one need, at most one per supplier, in rank order:
/// higher score first, then a supplier counting toward the UMK-K target, then lower index (the
/// shelf's order: lower total, then NIB, then SKU).
struct Podium {
    struct Entry {
        var parts: Matcher.Components
        var index: Int
        var supplier: Int32
    }

    let size: Int
    private(set) var entries: [Entry] = []
    /// The need's text as its shelf scores it, once read by the ranking: reused for the reasons
    /// and a second ranking instead of reading the description again.
    var text: NeedText?

    init(size: Int) {
        self.size = size
        entries.reserveCapacity(size + 1)
    }

    /// The score an item must reach to take a place: the last one's once the podium is full.
    var threshold: Int { entries.count < size ? Int.min : entries[entries.count - 1].parts.score }

    static func ranksBefore(_ a: Entry, _ b: Entry) -> Bool {
        if a.parts.score != b.parts.score { return a.parts.score > b.parts.score }
        if a.parts.umkk != b.parts.umkk { return a.parts.umkk }
        return a.index < b.index
    }

    /// Places the item if it ranks among the best, replacing its supplier's weaker item.
    mutating func offer(_ parts: Matcher.Components, index: Int, supplier: Int32) {
        let entry = Entry(parts: parts, index: index, supplier: supplier)
        if let same = entries.firstIndex(where: { $0.supplier == supplier }) {
            guard Podium.ranksBefore(entry, entries[same]) else { return }
            entries.remove(at: same)
        } else if entries.count == size {
            guard Podium.ranksBefore(entry, entries[size - 1]) else { return }
            entries.removeLast()
        }
        let position = entries.firstIndex { Podium.ranksBefore(entry, $0) } ?? entries.count
        entries.insert(entry, at: position)
    }
}
