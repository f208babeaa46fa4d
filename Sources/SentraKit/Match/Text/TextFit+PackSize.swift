extension TextFit {
    /// The pack sizes `text` names, in order: volumes (`Air Mineral Botol 600ml isi 24`: 600 ml;
    /// `AMDK 1,5 L`: 1,500 ml; `Tong Sampah 120 Liter`: 120,000 ml) and masses (`Keripik 250gr`:
    /// 250 g; `Beras 5 kg`; `1/2 kg`: 500 g). A decimal comma or point is read as Indonesian
    /// writes it: `1,5 L` and `1.5 L` are one and a half litres, `1.500 ml` is fifteen hundred
    /// millilitres; any other split number is left out.
    static func packSizes(_ text: String) -> [PackSize] {
        var text = text
        return text.withUTF8 { packSizes($0) }
    }

    /// The pack sizes of UTF-8 `text` (``packSizes(_:)-(String)``).
    static func packSizes(_ text: UnsafeBufferPointer<UInt8>) -> [PackSize] {
        var found: [PackSize] = []
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
            var divisor = 1
            var j = afterWhole
            if j + 1 < text.count, text[j] == UInt8(ascii: ",") || text[j] == UInt8(ascii: "."), isDigit(text[j + 1]) {
                let (value, end) = digits(text, from: j + 1)
                fraction = (value, end - j - 1)
                j = end
            } else if j + 1 < text.count, text[j] == UInt8(ascii: "/"), isDigit(text[j + 1]) {
                // `1/2 kg`
                let (value, end) = digits(text, from: j + 1)
                divisor = max(value, 1)
                j = end
            }
            while j < text.count, text[j] == UInt8(ascii: " ") { j += 1 }
            var unit: [UInt8] = []
            while j < text.count, isLetter(text[j]) {
                unit.append(lower(text[j]))
                j += 1
            }
            i = max(j, i + 1)
            guard !unit.isEmpty, j == text.count || !isDigit(text[j]) else { continue }
            let name = String(decoding: unit, as: UTF8.self)
            guard let scale = Lexicon.volumeUnits[name] ?? Lexicon.massUnits[name] else { continue }
            var amount = whole * scale
            if let fraction {
                if scale == 1000, fraction.count <= 2 {
                    amount += fraction.value * (fraction.count == 1 ? 100 : 10)
                } else if scale == 1, fraction.count == 3 {
                    amount = whole * 1000 + fraction.value
                } else {
                    continue
                }
            }
            amount /= divisor
            guard (1...1_000_000).contains(amount) else { continue }
            found.append(Lexicon.volumeUnits[name] != nil ? .volume(amount) : .mass(amount))
        }
        return found
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
