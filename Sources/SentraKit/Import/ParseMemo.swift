/// Parsed values an import has already seen, by their raw text. A catalog repeats
/// its supplier's certificate cell on every item, and parsing it (split, trim, fold
/// aliases, sort) cost more than looking it up. Parsing is pure, so a remembered
/// result is the result.
final class ParseMemo {
    private var certifications: [String: Result<[Certification], ValueError>] = [:]

    /// ``Certification/parseList(_:)`` of `raw`, remembered for up to 4,096 distinct cells
    /// (then forgotten at once, so memory stays bounded on any file).
    func certificationList(_ raw: String) -> Result<[Certification], ValueError> {
        if let known = certifications[raw] { return known }
        let parsed = Certification.parseList(raw)
        if certifications.count >= 4_096 { certifications.removeAll(keepingCapacity: true) }
        certifications[raw] = parsed
        return parsed
    }
}
