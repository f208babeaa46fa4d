/// The search index's lists of product numbers as compact strings: a browser parses a string
/// literal of 200 KB in well under a millisecond, where a JSON array of 100,000 numbers costs tens
/// of milliseconds in a cold Chromium, so this is what keeps a search on L under 300 ms.
///
/// A list is increasing; each number is written as its distance from the one before (the first
/// from 0) in base 32, most significant group first, one character a group from the 64 letters of
/// `alphabet`: the first 32 end a number, the last 32 carry its higher groups. A distance under 32
/// is one character. `search.js` decodes it with the same table.
enum SiteListCode {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Lists longer than this many characters are written as several files, so no file of the site
    /// comes near 1 MB and a big list can be parsed piece by piece.
    static let partBytes = 240_000

    /// `numbers` (increasing) as one string.
    static func encode(_ numbers: some Collection<Int32>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(numbers.count * 2)
        var previous: Int32 = 0
        var groups: [UInt8] = []
        for number in numbers {
            var distance = UInt32(bitPattern: number &- previous)
            previous = number
            groups.removeAll(keepingCapacity: true)
            repeat {
                groups.append(UInt8(distance & 31))
                distance >>= 5
            } while distance > 0
            for index in stride(from: groups.count - 1, through: 1, by: -1) {
                out.append(alphabet[32 + Int(groups[index])])
            }
            out.append(alphabet[Int(groups[0])])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The numbers of an encoded string (the inverse of `encode`, used by the tests).
    static func decode(_ text: String) -> [Int32] {
        var value: [UInt8: UInt32] = [:]
        for (index, letter) in alphabet.enumerated() { value[letter] = UInt32(index) }
        var result: [Int32] = []
        var accumulated: UInt32 = 0
        var previous: Int32 = 0
        for letter in text.utf8 {
            let digit = value[letter]!
            accumulated = accumulated << 5 | (digit & 31)
            if digit < 32 {
                previous &+= Int32(bitPattern: accumulated)
                result.append(previous)
                accumulated = 0
            }
        }
        return result
    }

    /// `numbers` split into pieces of at most `limit` characters each, every piece encoded on its
    /// own (its first number from 0), so the pieces decode independently and in order.
    static func parts(_ numbers: [Int32], limit: Int = partBytes) -> [String] {
        var result: [String] = []
        var start = 0
        var length = 0
        var previous: Int32 = 0
        for (index, number) in numbers.enumerated() {
            let size = characters(number - previous)
            // A piece restarts from 0, so its first number may need more characters than its distance.
            if length + size > limit && index > start {
                result.append(encode(numbers[start..<index]))
                start = index
                length = characters(number)
            } else {
                length += size
            }
            previous = number
        }
        if start < numbers.count || result.isEmpty { result.append(encode(numbers[start...])) }
        return result
    }

    static func characters(_ distance: Int32) -> Int {
        var rest = UInt32(bitPattern: distance) >> 5
        var count = 1
        while rest > 0 {
            count += 1
            rest >>= 5
        }
        return count
    }
}
