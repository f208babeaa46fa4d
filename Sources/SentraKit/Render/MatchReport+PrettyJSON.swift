extension MatchReport.NeedJSON {
    /// The bytes `JSONOutput.encode` writes for this need, without its final newline: sorted keys,
    /// `" : "`, two spaces per level. Written directly because JSONEncoder was a tenth of a full
    /// run. Only for text without control characters, where just `"` and `\` are escaped; nil
    /// otherwise, and the caller uses JSONEncoder. `MatchTests` hold the two equal.
    func prettyBytes() -> [UInt8]? {
        var out = PrettyJSON()
        out.open("{")
        guard out.field("budget", budget, first: true) else { return nil }
        out.key("candidates")
        out.open("[")
        for (index, candidate) in candidates.enumerated() {
            out.item(first: index == 0)
            guard candidate.write(&out) else { return nil }
        }
        out.close("]", empty: candidates.isEmpty)
        guard out.field("category", category), out.field("description", description),
            out.field("need_id", need_id), out.field("opd_code", opd_code)
        else { return nil }
        out.number("quantity", quantity)
        guard out.field("region", region), out.field("unit", unit) else { return nil }
        if let unmatched_reason {
            guard out.field("unmatched_reason", unmatched_reason) else { return nil }
        } else {
            out.key("unmatched_reason")
            out.bytes += Array("null".utf8)
        }
        out.close("}", empty: false)
        return out.bytes
    }
}

extension MatchReport.CandidateJSON {
    fileprivate func write(_ out: inout PrettyJSON) -> Bool {
        out.open("{")
        guard out.field("nib", nib, first: true), out.field("product_name", product_name) else { return false }
        out.number("rank", Int64(rank))
        out.key("reasons")
        out.open("[")
        for (index, reason) in reasons.enumerated() {
            out.item(first: index == 0)
            guard out.string(reason) else { return false }
        }
        out.close("]", empty: reasons.isEmpty)
        guard out.field("region", region), out.field("scale", scale) else { return false }
        out.number("score", Int64(score))
        guard out.field("sku", sku), out.field("supplier_name", supplier_name), out.field("total", total),
            out.field("unit", unit), out.field("unit_price", unit_price)
        else { return false }
        out.close("}", empty: false)
        return true
    }
}

/// JSONEncoder's pretty layout, written by hand for the few shapes of the match report.
private struct PrettyJSON {
    var bytes: [UInt8] = []
    private var depth = 0

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes += repeatElement(UInt8(ascii: " "), count: 2 * depth)
    }

    mutating func open(_ bracket: Unicode.Scalar) {
        bytes.append(UInt8(ascii: bracket))
        depth += 1
    }

    /// An empty container keeps a blank line inside, as JSONEncoder writes it.
    mutating func close(_ bracket: Unicode.Scalar, empty: Bool) {
        depth -= 1
        if empty { bytes.append(UInt8(ascii: "\n")) }
        newline()
        bytes.append(UInt8(ascii: bracket))
    }

    mutating func item(first: Bool) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        newline()
    }

    mutating func key(_ name: StaticString, first: Bool = false) {
        item(first: first)
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes += $0 }
        bytes += Array("\" : ".utf8)
    }

    mutating func number(_ name: StaticString, _ value: Int64) {
        key(name)
        bytes += Array(String(value).utf8)
    }

    mutating func field(_ name: StaticString, _ value: String, first: Bool = false) -> Bool {
        key(name, first: first)
        return string(value)
    }

    /// Control characters are left to JSONEncoder (false); everything else is written as its
    /// UTF-8 bytes, `"` and `\` escaped, as JSONEncoder does with `.withoutEscapingSlashes`.
    mutating func string(_ value: String) -> Bool {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            guard byte >= 0x20, byte != 0x7F else { return false }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
        return true
    }
}
