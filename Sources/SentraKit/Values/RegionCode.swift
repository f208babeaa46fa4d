import Foundation

/// A Kemendagri kabupaten/kota code, held as `PP.KK` (`36.04`).
public struct RegionCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Two-digit province code, `36`.
    public var province: String
    /// Two-digit kabupaten (01–69) or kota (71–99) code within the province.
    public var regency: String

    public var description: String { "\(province).\(regency)" }

    public static func < (lhs: RegionCode, rhs: RegionCode) -> Bool { lhs.description < rhs.description }

    /// The 38 provinces of Kemendagri's code list (Papua's new provinces included).
    public static let provinces: Set<String> = [
        "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35", "36",
        "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
        "81", "82", "91", "92", "93", "94", "95", "96",
    ]

    /// Accepts `36.04` or `3604`, or a Kemendagri name: `Kota Cilegon`, `Cilegon`, `Kab. Serang`.
    public static func parse(_ raw: String) -> Result<RegionCode, ValueError> {
        var digits: String
        if let plain = plainDigits(raw) {
            digits = plain
        } else {
            let text = raw.trimmingSpaces
            // Codes never hold a letter; names always do.
            if text.contains(where: \.isLetter) { return KemendagriRegions.lookup(text) }
            digits = text
            if text.count == 5, text[text.index(text.startIndex, offsetBy: 2)] == "." {
                digits = text.replacingOccurrences(of: ".", with: "")
            }
        }
        guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return .failure(ValueError(.regionCodeForm, raw))
        }
        let province = String(digits.prefix(2)), regency = String(digits.suffix(2))
        guard provinces.contains(province) else {
            return .failure(ValueError(.notProvinceCode, raw, province))
        }
        let number = Int(regency)!
        guard (1...69).contains(number) || (71...99).contains(number) else {
            return .failure(ValueError(.notRegencyCode, raw, regency))
        }
        return .success(RegionCode(province: province, regency: regency))
    }

    /// The four digits of a code written exactly `36.04` or `3604` (as every stored need and
    /// supplier holds it), read from its bytes: the general path's Foundation calls cost more than
    /// the rest of loading a need.
    private static func plainDigits(_ raw: String) -> String? {
        let bytes = Array(raw.utf8)
        let digits = bytes.count == 5 && bytes[2] == UInt8(ascii: ".") ? bytes[0..<2] + bytes[3..<5] : bytes[...]
        guard digits.count == 4, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            return nil
        }
        return String(decoding: digits, as: UTF8.self)
    }

    /// Accepts a whole region or a province prefix (`36`), for filters.
    public static func parsePrefix(_ raw: String) -> Result<String, ValueError> {
        let text = raw.trimmingSpaces
        if text.count == 2, provinces.contains(text) { return .success(text) }
        return parse(text).map(\.description)
    }
}

extension RegionCode {
    /// A region as the integer the match engine compares (`36.04` → 3604, a province `36` → 36):
    /// its digits, or 0 when it has none.
    public static func number(_ region: String) -> Int32 { Int32(region.filter(\.isNumber)) ?? 0 }

    /// The code as the integer the match engine compares: `36.04` → 3604.
    public var number: Int32 { Int32(province + regency)! }
}
