import Foundation

/// How a text is cut into words before its terms are read (``TextFit/annotated(_:marking:)``):
/// plain ASCII fast, other scripts folded, numbers told apart, place names and English pairs found.
extension TextFit {
    /// `otak2`: three letters or more and a final 2.
    static func isDoubled(_ word: String) -> Bool {
        word.count >= 4 && word.last == "2" && word.dropLast().allSatisfy(\.isLetter)
    }

    /// `words` with each pair of ``Lexicon/twoWords`` replaced by the words the listings use.
    static func spellOut(_ words: [String]) -> [String] {
        var out: [String] = []
        var k = 0
        while k < words.count {
            if k + 1 < words.count, let spelled = Lexicon.twoWords[words[k] + " " + words[k + 1]] {
                out += spelled
                k += 2
            } else {
                out.append(words[k])
                k += 1
            }
        }
        return out
    }

    /// Which of `words` belong to a Kemendagri place name (`serang`, `tangerang selatan`). A
    /// bare name that is also a common word (`batu`, `padang`) counts only after `kota`,
    /// `kabupaten` or `provinsi`.
    static func places(_ words: [String]) -> [Bool] {
        var marks = Array(repeating: false, count: words.count)
        var position = 0
        while position < words.count {
            var matched = 0
            for length in stride(from: min(Lexicon.longestPlace, words.count - position), through: 1, by: -1)
            where Lexicon.placeStarts.contains(words[position]) {
                let name = words[position..<(position + length)].joined(separator: " ")
                guard Lexicon.places.contains(name) else { continue }
                let afterKind = position > 0 && Lexicon.placeKinds.contains(words[position - 1])
                if length == 1 && Lexicon.placeWordsAlsoCommon.contains(name) && !afterKind { continue }
                matched = length
                break
            }
            for k in position..<(position + max(matched, 1)) where matched > 0 { marks[k] = true }
            position += max(matched, 1)
        }
        return marks
    }

    /// Lower-cased runs of letters and digits: the common case, without Foundation's folding. An
    /// apostrophe inside a word is dropped (`Qur'an`, `Jum'at`).
    static func asciiWords(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            case UInt8(ascii: "'") where !current.isEmpty: continue
            default:
                if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// Case, diacritics and width folded, then runs of letters and digits; an apostrophe inside a
    /// word is dropped, as ``asciiWords(_:)`` does.
    static func unicodeWords(_ text: String) -> [String] {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if (scalar == "'" || scalar == "\u{2019}") && !current.isEmpty {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Whether `word` is all digits; ASCII is checked on bytes, without Unicode properties.
    static func isDigits(_ word: String) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        }
        return word.allSatisfy(\.isNumber)
    }

    /// A paper's weight as one term (`80 gsm`, `A4 70 gram`: `gsm80`, `gsm70`), which a quantity
    /// is not: an officer asking for 80 gsm paper does not take 70. Grams count as a weight after
    /// a paper size or `HVS` only (`Kopi 200 gr` is a quantity).
    static func paperWeight(_ number: String, unit: String, after previous: String?) -> String? {
        guard let grams = Int(number), (40...400).contains(grams) else { return nil }
        guard
            unit == "gsm"
                || ["gr", "g", "gram"].contains(unit)
                    && previous.map { Lexicon.paperSizes.contains($0) || $0 == "hvs" } == true
        else { return nil }
        return paperWeightPrefix + String(grams)
    }

    /// What a paper weight's term starts with, before its grams (``paperWeight(_:unit:after:)``).
    static let paperWeightPrefix = "gsm"

    /// Whether `term` is a paper weight (``paperWeight(_:unit:after:)``): `gsm80`.
    static func isPaperWeight(_ term: some StringProtocol) -> Bool {
        term.hasPrefix(paperWeightPrefix) && term.count > paperWeightPrefix.count
            && term.dropFirst(paperWeightPrefix.count).allSatisfy(\.isNumber)
    }
}
