/// A certificate held by a supplier or a product: `halal:ID36110000123450123`.
public struct Certification: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The certificate types the contract names, with the spellings officers use.
    public static let typeAliases: [String: String] = [
        "halal": "halal", "sh": "halal", "mui": "halal",
        "pirt": "pirt", "p-irt": "pirt", "spp-irt": "pirt", "sppirt": "pirt",
        "bpom": "bpom", "pom": "bpom", "md": "bpom", "ml": "bpom",
        "sni": "sni",
        "tkdn": "tkdn",
    ]

    public var type: String
    public var number: String?

    public init(type: String, number: String? = nil) {
        self.type = type
        self.number = number
    }

    public var description: String { number.map { "\(type):\($0)" } ?? type }

    public static func < (lhs: Certification, rhs: Certification) -> Bool { lhs.description < rhs.description }

    /// Parses a `;`-separated cell of `type[:number]` items; sorted and de-duplicated.
    public static func parseList(_ raw: String) -> Result<[Certification], ValueError> {
        var result: Set<Certification> = []
        for item in raw.split(whereSeparator: { $0 == ";" || $0 == "|" }) {
            let text = String(item).trimmingSpaces
            if text.isEmpty { continue }
            // Keep empty pieces: a lone ":" has an empty type, not no pieces at all (found by fuzzing).
            let pieces = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pieces[0]).trimmingSpaces.lowercased()
            guard let type = typeAliases[name] else {
                return .failure(
                    ValueError("\"\(name)\" is not a certificate type: use halal, pirt, bpom, sni or tkdn"))
            }
            let number = pieces.count > 1 ? String(pieces[1]).trimmingSpaces : ""
            result.insert(Certification(type: type, number: number.isEmpty ? nil : number))
        }
        return .success(result.sorted())
    }

    /// Certificate types only, for `required_certifications`.
    public static func parseTypes(_ raw: String) -> Result<[String], ValueError> {
        parseList(raw).map { Array(Set($0.map(\.type))).sorted() }
    }

    /// The stored cell: `halal:ID…;pirt:…`, sorted.
    public static func cell(_ list: [Certification]) -> String { list.map(\.description).joined(separator: ";") }

    /// Reads a stored cell back.
    public static func fromCell(_ cell: String) -> [Certification] {
        (try? parseList(cell).get()) ?? []
    }
}
