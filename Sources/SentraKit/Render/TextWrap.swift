/// Lines for a terminal of a given width: text broken at spaces (a word longer than the width
/// is broken where it must), continuation lines indented. Without a width, text is left whole,
/// so piped output stays as it was.
enum TextWrap {
    /// `head` followed by `parts` joined with `separator`, broken between parts (and, for a part
    /// longer than a line, between its words) so no line exceeds `width`; continuation lines are
    /// indented by `indent`. Ends with a newline.
    static func wrap(_ head: String, _ parts: [String], separator: String, width: Int?, indent: Int) -> String {
        guard let width else { return head + parts.joined(separator: separator) + "\n" }
        let pad = String(repeating: " ", count: min(indent, max(0, width / 2)))
        var lines: [String] = []
        var line = head
        for (index, part) in parts.enumerated() {
            let piece = part + (index < parts.count - 1 ? separator.trimmingTrailingSpaces : "")
            let glue = index == 0 || line == pad ? "" : " "
            if line.count + glue.count + piece.count <= width || line.count <= pad.count {
                line += glue + piece
            } else {
                lines.append(line)
                line = pad + piece
            }
        }
        lines.append(line)
        return lines.flatMap { Self.lines($0, width: width, indent: pad.count) }.joined(separator: "\n") + "\n"
    }

    /// `text` broken at spaces into lines of at most `width`, continuation lines indented.
    static func lines(_ text: String, width: Int, indent: Int) -> [String] {
        guard text.count > width, width > indent + 4 else { return [text] }
        let pad = String(repeating: " ", count: indent)
        var out: [String] = []
        var rest = Substring(text)
        var first = true
        while !rest.isEmpty {
            let room = first ? width : width - indent
            if rest.count <= room {
                out.append((first ? "" : pad) + rest)
                break
            }
            let limit = rest.index(rest.startIndex, offsetBy: room)
            var cut = breakpoint(rest, before: limit) ?? limit
            if cut == rest.startIndex { cut = limit }
            out.append((first ? "" : pad) + rest[..<cut])
            rest = rest[cut...].drop { $0 == " " }
            first = false
        }
        return out
    }

    /// The last space before `limit` where a line may break: never inside an amount (`Rp 5.000.000`
    /// stays on one line), so a wrapped line never cuts a number from its currency.
    static func breakpoint(_ text: Substring, before limit: Substring.Index) -> Substring.Index? {
        var end = limit
        while let space = text[..<end].lastIndex(of: " ") {
            if !text[..<space].hasSuffix("Rp") { return space }
            end = space
        }
        return nil
    }

    /// `cell` in lines of at most `width` characters: at spaces where it can, else mid-word.
    static func cell(_ cell: String, width: Int) -> [String] {
        guard cell.count > width, width > 0 else { return [cell] }
        var out: [String] = []
        var rest = Substring(cell)
        while rest.count > width {
            let limit = rest.index(rest.startIndex, offsetBy: width)
            var cut = breakpoint(rest, before: rest.index(after: limit)) ?? limit
            if cut == rest.startIndex { cut = limit }
            out.append(String(rest[..<cut]))
            rest = rest[cut...].drop { $0 == " " }
        }
        if !rest.isEmpty { out.append(String(rest)) }
        return out
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
