extension ShelfDraft {
    /// Fills ``signatures``: for item i, `signatures[2i]` has bit `t & 63` set for each term t
    /// of its name, `signatures[2i + 1]` for each term of its name or description. Archived
    /// with the shelf, so a single need does not sign every item of its category again.
    mutating func signTerms() {
        var signatures = [UInt64](repeating: 0, count: 2 * count)
        terms.withUnsafeBufferPointer { terms in
            for i in 0..<count {
                var name: UInt64 = 0
                var all: UInt64 = 0
                for k in Int(termStart[i])..<Int(termStart[i + 1]) {
                    let bit: UInt64 = 1 << UInt64(terms[k] & 63)
                    if k < Int(nameEnd[i]) { name |= bit }
                    all |= bit
                }
                signatures[2 * i] = name
                signatures[2 * i + 1] = all
            }
        }
        self.signatures = signatures
    }
}
