/// A need's words as one shelf reads them, the figures ``NeedReading`` reads the kind asked for
/// from.
struct NeedPhrase {
    var terms: [NeedTerm]
    /// The shelf's id of each term, or nil when no item holds it.
    var found: [Int32?]
    /// Whether each term names or qualifies the product.
    var product: [Bool]
    /// Whether each term only describes (``Lexicon/modifiers``): it never names the kind.
    var descriptive: [Bool]
    /// Where the product's phrase ends: its first occasion or place word.
    var end: Int
    /// Whether the shelf's goods are made to order (``NeedReading/madeToOrder``).
    var madeToOrder: Bool
    /// Whether the shelf's goods are eaten, drunk or put on the body (``NeedReading/consumables``).
    var consumable: Bool
    /// Whether the shelf's goods are dishes cooked to order (``NeedReading/cooked``).
    var cooked: Bool

    /// Whether `k` is a word that can narrow the kind before it: a product word right after it.
    func continues(_ k: Int) -> Bool { k < end && product[k] && terms[k].joined }

    /// Whether term `k` says what the thing is for (``Lexicon/uses``).
    func use(_ k: Int) -> Bool { Lexicon.uses.contains(terms[k].term) || Lexicon.uses.contains(terms[k].words) }

    /// Whether `term` names a class of living things (``Lexicon/livingClasses``: `tanaman`, `pohon`,
    /// `ikan`), which seedling and fry listings leave out (`Bibit Kelengkeng`).
    static func livingClass(_ term: NeedTerm) -> Bool {
        Lexicon.livingClasses.contains(term.term) || Lexicon.livingClasses.contains(term.words)
    }

    /// A material or a body part (``Lexicon/materials``, ``Lexicon/bodyParts``): it narrows the
    /// kind it follows as a kind does (`Tikar Rotan`, `Masker Rambut`).
    static func narrows(_ term: NeedTerm) -> Bool {
        Lexicon.materials.contains(term.term) || Lexicon.materials.contains(term.words)
            || Lexicon.bodyParts.contains(term.words)
    }
}
