extension TextFit {
    /// The pack volumes `text` names, in millilitres, in order (`Air Mineral Botol 600ml isi 24`:
    /// 600; `AMDK 1,5 L`: 1,500; `Tong Sampah 120 Liter`: 120,000). A decimal comma or point is
    /// read as Indonesian writes it: `1,5 L` and `1.5 L` are one and a half litres, `1.500 ml` is
    /// fifteen hundred millilitres; any other split number is left out.
    static func volumes(_ text: String) -> [Int] {
        var text = text
        return text.withUTF8 { volumes($0) }
    }

    /// The pack volumes of UTF-8 `text` (``volumes(_:)-(String)``).
    static func volumes(_ text: UnsafeBufferPointer<UInt8>) -> [Int] {
        var found: [Int] = []
        var i = 0
        while i < text.count {
            // A number starts after a space or a sign, or after the `x` of `2x1,5L`.
            guard isDigit(text[i]), i == 0 || !isLetterOrDigit(text[i - 1]) || lower(text[i - 1]) == UInt8(ascii: "x")
            else {
                i += 1
                continue
            }
            let (whole, afterWhole) = digits(text, from: i)
            var fraction: (value: Int, count: Int)?
            var j = afterWhole
            if j + 1 < text.count, text[j] == UInt8(ascii: ",") || text[j] == UInt8(ascii: "."), isDigit(text[j + 1]) {
                let (value, end) = digits(text, from: j + 1)
                fraction = (value, end - j - 1)
                j = end
            }
            while j < text.count, text[j] == UInt8(ascii: " ") { j += 1 }
            var unit: [UInt8] = []
            while j < text.count, isLetter(text[j]) {
                unit.append(lower(text[j]))
                j += 1
            }
            i = max(j, i + 1)
            guard !unit.isEmpty, j == text.count || !isDigit(text[j]),
                let scale = Lexicon.volumeUnits[String(decoding: unit, as: UTF8.self)]
            else { continue }
            var millilitres = whole * scale
            if let fraction {
                if scale == 1000, fraction.count <= 2 {
                    millilitres += fraction.value * (fraction.count == 1 ? 100 : 10)
                } else if scale == 1, fraction.count == 3 {
                    millilitres = whole * 1000 + fraction.value
                } else {
                    continue
                }
            }
            if (1...1_000_000).contains(millilitres) { found.append(millilitres) }
        }
        return found
    }

    /// A volume in millilitres as a person writes it: `330 ml`, `19 liter`, `1500 ml`.
    static func volumeWords(_ millilitres: Int) -> String {
        millilitres % 1000 == 0 ? "\(millilitres / 1000) liter" : "\(millilitres) ml"
    }

    /// Whether two volumes are one pack size: the larger at most half as large again as the
    /// smaller (a 30 l bin serves `Tempat Sampah 40 L`, a 240 ml bottle `Madu 250 ml`; 600 ml
    /// does not serve 330 ml, nor 40 l 120 l).
    static func sameSize(_ a: Int, _ b: Int) -> Bool {
        2 * max(a, b) <= 3 * min(a, b)
    }

    /// The run of digits of `text` from `start` (at most nine), as a number, and where it ends.
    private static func digits(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Int) {
        var value = 0
        var end = start
        while end < text.count, isDigit(text[end]) {
            if end - start < 9 { value = value * 10 + Int(text[end] - UInt8(ascii: "0")) }
            end += 1
        }
        return (value, end)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }
    private static func isLetterOrDigit(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) || byte >= 0x80 }
    private static func lower(_ byte: UInt8) -> UInt8 { isLetter(byte) ? byte | 0x20 : byte }
}
