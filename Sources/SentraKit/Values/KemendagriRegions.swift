/// Kemendagri's kabupaten/kota names, so a region can be written as officers write it:
/// `Kota Cilegon`, `Cilegon`, `Kab. Serang`, `kab serang`. The list is compiled in
/// (``regencyLines``, generated from data/wilayah/ by scripts/gen-regions.py), so an
/// installed binary needs no data files.
enum KemendagriRegions {
    struct Region {
        var code: String
        var name: String
    }

    /// Every kabupaten/kota, in code order.
    static let regencies: [Region] = lines(regencyLines)
    static let provinces: [Region] = lines(provinceLines)

    /// Normalised name → the regions it can mean: `kota cilegon`, `kabupaten serang`, and the bare
    /// `cilegon`, `serang` (two regions: a bare name shared by a kabupaten and a kota is ambiguous).
    private static let index: [String: [Region]] = {
        var index: [String: [Region]] = [:]
        for region in regencies {
            let (kind, bare) = split(region.name)
            index[bare, default: []].append(region)
            if let kind { index["\(kind) \(bare)", default: []].append(region) }
        }
        return index
    }()

    private static let names: [String: String] = Dictionary(
        (regencies + provinces).map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })

    /// The Kemendagri name of a kabupaten/kota (`36.72` → `Kota Cilegon`) or province (`36` → `Banten`).
    static func name(of code: String) -> String? { names[code] }

    private static func lines(_ text: String) -> [Region] {
        text.split(separator: "\n").map { line in
            let parts = line.split(separator: "|", maxSplits: 1)
            return Region(code: String(parts[0]), name: String(parts[1]))
        }
    }

    /// Lower-case words of `text`: every run of other characters (`.`, `-`, spaces) is one space.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// `kab`/`kota` and the name without its prefix: `Kab. Serang` → (`kab`, `serang`);
    /// `Kota Administrasi Jakarta Utara` → (`kota`, `jakarta utara`); `Cilegon` → (nil, `cilegon`).
    static func split(_ name: String) -> (kind: String?, bare: String) {
        var tokens = words(name)
        var kind: String?
        if let first = tokens.first {
            switch first {
            case "kabupaten", "kab", "kb": kind = "kab"
            case "kota", "kodya", "kotamadya", "kot": kind = "kota"
            default: break
            }
        }
        if kind != nil { tokens.removeFirst() }
        if let first = tokens.first, first == "administrasi" || first == "adm" { tokens.removeFirst() }
        return (kind, tokens.joined(separator: " "))
    }

    /// The region a name stands for, or why none does (ambiguous, a province, or unknown).
    static func lookup(_ raw: String) -> Result<RegionCode, ValueError> {
        let (kind, bare) = split(raw)
        let key = kind.map { "\($0) \(bare)" } ?? bare
        let found = index[key] ?? []
        if found.count == 1, let code = try? RegionCode.parse(found[0].code).get() { return .success(code) }
        if found.count > 1 {
            let choices = Phrase.alternatives(found.map { "\($0.name) (\($0.code))" })
            return .failure(
                ValueError(Phrase(.regionAmbiguous, figures: [.text(raw), .phrase(choices), .text(found[0].name)])))
        }
        let accepted = Phrase.Figure.phrase(Phrase(.regionAccepted))
        if let province = provinces.first(where: { words($0.name) == words(raw) }) {
            return .failure(
                ValueError(Phrase(.regionIsProvince, figures: [.text(raw), .text(province.code), accepted])))
        }
        let hint = nearest(key).map { Phrase(.didYouMeanRegion, $0.name, $0.code) } ?? Phrase(.verbatim, "")
        return .failure(ValueError(Phrase(.regionNameUnknown, figures: [.text(raw), accepted, .phrase(hint)])))
    }

    /// The region whose name is within two edits of `key`, if exactly one nearest exists.
    private static func nearest(_ key: String) -> Region? {
        var best: (distance: Int, regions: [Region]) = (3, [])
        for (name, regions) in index {
            let distance = EditDistance.damerau(key, name, limit: 2)
            if distance < best.distance {
                best = (distance, regions)
            } else if distance == best.distance {
                best.regions += regions
            }
        }
        let distinct = Set(best.regions.map(\.code))
        return distinct.count == 1 ? best.regions.first : nil
    }
}
