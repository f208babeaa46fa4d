/// The kabupaten/kota of a KLPD named in an export (`nama_klpd` `Kab. Bandung` → `32.04`),
/// from the shipped Kemendagri list; provinces and ministries have none.
public enum LKPPRegion {
    /// Normalised name → code.
    static let byName: [String: String] = {
        var map: [String: String] = [:]
        for entry in table.split(whereSeparator: { $0 == ";" || $0 == "\n" }) {
            let parts = String(entry).trimmingSpaces.split(separator: "|", maxSplits: 1)
            guard parts.count == 2 else { continue }
            map[normalise(String(parts[1]))] = String(parts[0])
        }
        return map
    }()

    /// `Kab. Bandung`, `KABUPATEN BANDUNG` and `Kabupaten Bandung` read alike.
    static func normalise(_ name: String) -> String {
        var words = name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        if let first = words.first, ["kab", "kabupaten"].contains(first) { words[0] = "kabupaten" }
        return words.joined(separator: " ")
    }

    /// The code for a KLPD name, or nil when it names no kabupaten/kota on the list.
    public static func code(forKLPD name: String?) -> String? {
        guard let name else { return nil }
        return byName[normalise(name)]
    }
}
