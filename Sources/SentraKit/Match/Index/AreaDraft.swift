/// The items of a shelf within one area (a kabupaten/kota or a province) and their
/// inverted index, as flat arrays: the terms present, ascending, and for the k-th
/// of them the items postings[starts[k]..<starts[k + 1]], ascending.
struct AreaDraft {
    var items: [Int32] = []
    var terms: [Int32] = []
    var starts: [Int32] = [0]
    var postings: [Int32] = []

    /// Indexes `items` (ascending), whose terms are held[heldStart[i]..<heldStart[i + 1]]:
    /// counted per term in one pass, placed in a second. `counts` (one slot per term id of
    /// the shelf, all zero) is scratch shared by the areas of a shelf, left all zero again.
    init(items: [Int32], heldStart: [Int32], held: [Int32], counts: inout [Int32]) {
        self.items = items
        for i in items {
            for k in Int(heldStart[Int(i)])..<Int(heldStart[Int(i) + 1]) {
                let term = Int(held[k])
                if counts[term] == 0 { terms.append(Int32(term)) }
                counts[term] += 1
            }
        }
        terms.sort()
        // `counts` becomes each present term's next free slot.
        var total: Int32 = 0
        for term in terms {
            let n = counts[Int(term)]
            counts[Int(term)] = total
            total += n
            starts.append(total)
        }
        postings = [Int32](repeating: 0, count: Int(total))
        for i in items {
            for k in Int(heldStart[Int(i)])..<Int(heldStart[Int(i) + 1]) {
                let term = Int(held[k])
                postings[Int(counts[term])] = i
                counts[term] += 1
            }
        }
        for term in terms { counts[Int(term)] = 0 }
    }
}
