import Foundation

/// Indonesian product text, reduced to comparable terms: case, punctuation and
/// diacritics folded; quantities dropped; variants, synonyms and affixes unified.
public enum TextFit {
    /// The terms of `text`, in first-seen order without repeats.
    public static func terms(_ text: String) -> [String] {
        var words = text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiWords(text) : unicodeWords(text)
        words = words.map { Lexicon.variants[$0] ?? $0 }

        // Drop numbers and the unit that follows them: `200 orang`, `500gr`.
        var kept: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if isDigits(word) {
                if index + 1 < words.count && Lexicon.units.contains(words[index + 1]) { index += 1 }
                index += 1
                continue
            }
            if let first = word.utf8.first, first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") || first >= 0x80,
                let digitEnd = word.firstIndex(where: { !$0.isNumber }), digitEnd != word.startIndex,
                Lexicon.units.contains(String(word[digitEnd...]))
            {
                index += 1
                continue
            }
            kept.append(word)
            index += 1
        }

        // Phrases become concept tokens; longest phrases win.
        var terms: [String] = []
        var position = 0
        outer: while position < kept.count {
            for length in stride(from: 3, through: 1, by: -1)
            where position + length <= kept.count && phraseStarts.contains(kept[position]) {
                let phrase = kept[position..<(position + length)].joined(separator: " ")
                if let concept = conceptByPhrase[phrase] {
                    terms.append(concept)
                    position += length
                    continue outer
                }
            }
            let word = kept[position]
            position += 1
            if Lexicon.stopwords.contains(word) || word.count < 2 { continue }
            terms.append(stem(word))
        }
        var seen: Set<String> = []
        return terms.filter { seen.insert($0).inserted }
    }

    /// Lower-cased runs of letters and digits: the common case, without Foundation's folding.
    private static func asciiWords(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
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

    /// Case, diacritics and width folded, then runs of letters and digits.
    private static func unicodeWords(_ text: String) -> [String] {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Whether `word` is all digits; ASCII is checked on bytes, without Unicode properties.
    private static func isDigits(_ word: String) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        }
        return word.allSatisfy(\.isNumber)
    }

    /// First words of the phrases: a phrase is looked up only where one can start.
    private static let phraseStarts: Set<String> = Set(
        conceptByPhrase.keys.map { String($0.split(separator: " ").first ?? "") })

    private static let conceptByPhrase: [String: String] = {
        var map: [String: String] = [:]
        for group in Lexicon.synonyms {
            for phrase in group.phrases {
                let key = phrase.replacingOccurrences(of: "-", with: " ")
                map[key] = group.concept
            }
        }
        return map
    }()

    /// A light affix stemmer: strips one derivational prefix and inflectional
    /// suffixes, but never leaves a root shorter than four letters, so short
    /// roots (`kue`, `teh`, `tas`) stay whole.
    public static func stem(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            guard word.utf8.count > 4,
                word.utf8.allSatisfy({ ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") })
            else { return word }
        } else {
            guard word.count > 4, word.allSatisfy(\.isLetter) else { return word }
        }
        var result = word
        for prefix in Lexicon.prefixes where result.hasPrefix(prefix) {
            // ke- is a prefix only in the ke-…-an confix (kerajinan → rajin), never in keripik or kecap.
            if prefix == "ke" && !result.hasSuffix("an") { continue }
            var root = String(result.dropFirst(prefix.count))
            // meN-/peN- swallow the root's first consonant: menyapu → sapu, memukul → pukul, menulis → tulis.
            if let first = root.first, "aiueo".contains(first) {
                switch prefix {
                case "meny", "peny": root = "s" + root
                case "mem", "pem": root = "p" + root
                case "men", "pen": root = "t" + root
                default: break
                }
            }
            guard root.count >= 4 else { continue }
            result = root
            break
        }
        for suffix in Lexicon.suffixes where result.hasSuffix(suffix) && result.count - suffix.count >= 4 {
            result = String(result.dropLast(suffix.count))
        }
        return result
    }

    /// ``fit(need:name:description:)`` over interned term ids (sorted arrays), for the hot loop.
    ///
    /// An item has a dozen terms: each is compared with all (up to 8) need terms at once in
    /// SIMD lanes, without early exits. Whether a term matches is unpredictable, so a search's
    /// branches cost more than all the compares (L full match: binary search 45.9 CPU-s,
    /// compares 42.5). Longer needs are searched.
    static func fit(need: [Int32], name: UnsafeBufferPointer<Int32>, description: UnsafeBufferPointer<Int32>) -> Int {
        guard !need.isEmpty else { return 0 }
        guard need.count <= 8 else {
            var score = 0
            for term in need where term >= 0 {
                if name.containsSorted(term) {
                    score += 1000
                } else if description.containsSorted(term) {
                    score += 600
                }
            }
            return score / need.count
        }
        // Unused lanes hold -2, and a need term no item has is -1: item terms are never negative.
        var lanes = SIMD8<Int32>(repeating: -2)
        for (j, term) in need.enumerated() { lanes[j] = term }
        var inName = SIMDMask<SIMD8<Int32>>(repeating: false)
        for term in name { inName .|= lanes .== SIMD8(repeating: term) }
        var inDescription = SIMDMask<SIMD8<Int32>>(repeating: false)
        for term in description { inDescription .|= lanes .== SIMD8(repeating: term) }
        let points = SIMD8<Int32>(repeating: 0).replacing(with: 600, where: inDescription)
            .replacing(with: 1000, where: inName)
        return Int(points.wrappedSum()) / need.count
    }

    static func fit(need: [Int32], name: [Int32], description: [Int32]) -> Int {
        name.withUnsafeBufferPointer { n in
            description.withUnsafeBufferPointer { d in fit(need: need, name: n, description: d) }
        }
    }

    /// How well `product` terms cover `need` terms, 0–1000: each need term found
    /// in the product name counts in full, found only in the description 60%.
    public static func fit(need: [String], name: Set<String>, description: Set<String>) -> Int {
        guard !need.isEmpty else { return 0 }
        var score = 0
        for term in need {
            if name.contains(term) {
                score += 1000
            } else if description.contains(term) {
                score += 600
            }
        }
        return score / need.count
    }
}

extension RandomAccessCollection where Element == Int32, Index == Int {
    /// Binary search in an ascending array.
    func containsSorted(_ value: Int32) -> Bool {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < endIndex && self[low] == value
    }
}
