/// The text encodings sentra reads: what spreadsheets on Indonesian office PCs write.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"

    /// Decodes bytes known to be valid in this encoding.
    public func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        switch self {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            for byte in bytes { scalars.append(TextEncoding.windows1252Scalar(byte)) }
            return String(scalars)
        }
    }

    /// Code points of bytes 0x80–0x9F in Windows-1252; the rest map to Latin-1.
    /// Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the same C1 control, as browsers do.
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        if byte >= 0x80 && byte <= 0x9F {
            return Unicode.Scalar(high[Int(byte - 0x80)])!
        }
        return Unicode.Scalar(byte)
    }
}

/// Incremental UTF-8 validation, fed chunk by chunk so a file is never held whole.
struct UTF8Validator {
    private var pending = 0  // continuation bytes still expected
    private var minimumNext: UInt8 = 0x80
    private var maximumNext: UInt8 = 0xBF
    private(set) var isValid = true

    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard isValid else { return }
        for byte in bytes {
            if pending == 0 {
                if byte < 0x80 { continue }
                minimumNext = 0x80
                maximumNext = 0xBF
                switch byte {
                case 0xC2...0xDF: pending = 1
                case 0xE0: pending = 2; minimumNext = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: pending = 2
                case 0xED: pending = 2; maximumNext = 0x9F
                case 0xF0: pending = 3; minimumNext = 0x90
                case 0xF1...0xF3: pending = 3
                case 0xF4: pending = 3; maximumNext = 0x8F
                default:
                    isValid = false
                    return
                }
            } else {
                guard byte >= minimumNext && byte <= maximumNext else {
                    isValid = false
                    return
                }
                minimumNext = 0x80
                maximumNext = 0xBF
                pending -= 1
            }
        }
    }

    /// Whether the input ended on a character boundary.
    var isComplete: Bool { isValid && pending == 0 }
}
