extension CatalogShelf {
    /// Every certificate type item `i` or its supplier holds: the five the mask stands for and
    /// the others (open vocabulary: `batikmark`, `svlk`, `iso-9001`, …) by their slugs.
    func certificateTypes(_ i: Int) -> Set<String> {
        var types = CatalogSnapshot.types(mask[i])
        if others[i] >= 0 { types.formUnion(otherTypes[Int(others[i])]) }
        return types
    }

    /// Whether item `i` (or its supplier) holds every type of `required`, which are types
    /// outside the mask's five. The mask's `0x80` bit has already said it holds some other type.
    func holdsOthers(_ i: Int, _ required: [String]) -> Bool {
        let set = others[i]
        guard set >= 0 else { return required.isEmpty }
        let held = otherTypes[Int(set)]
        return required.allSatisfy { held.contains($0) }
    }
}

extension CatalogSnapshot {
    /// The certificate types outside the mask's five, sorted: those an item's `others` names.
    static func otherTypes(_ types: some Sequence<String>) -> [String] {
        Set(types.filter { certificateBits[$0] == nil }).sorted()
    }
}
