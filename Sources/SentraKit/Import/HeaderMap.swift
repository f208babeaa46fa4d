/// Where each contract column sits in a file's header row.
struct HeaderMap {
    /// Contract column name → 0-based field index.
    private(set) var index: [String: Int] = [:]
    let fieldCount: Int
    let headers: [String]

    /// Resolves `headers` against the kind's columns. A missing required column, a column named
    /// twice, or (unless `allowUnknownColumns`) an unknown column that is a near miss of a known
    /// one is an error; other unknown columns are one warning listing them all.
    static func resolve(
        _ headers: [String], kind: ImportKind, file: String, line: Int, allowUnknownColumns: Bool = false
    ) -> (HeaderMap, [Diagnostic]) {
        var map = HeaderMap(fieldCount: headers.count, headers: headers)
        var diagnostics: [Diagnostic] = []
        var lookup: [String: String] = [:]
        for column in kind.columns {
            lookup[column.name] = column.name
            for alias in column.aliases { lookup[alias] = column.name }
        }
        var unknown: [UnknownColumn] = []
        for (position, raw) in headers.enumerated() {
            let key = normalise(raw)
            guard let name = lookup[key] else {
                if !key.isEmpty {
                    unknown.append(
                        UnknownColumn(
                            header: raw.trimmingSpaces, position: position, nearest: nearest(key, kind: kind)))
                }
                continue
            }
            if let earlier = map.index[name] {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: line, column: position + 1, severity: .error,
                        phrase: Phrase(.columnTwice, name, earlier + 1, position + 1)))
                continue
            }
            map.index[name] = position
        }
        diagnostics += unknownColumnDiagnostics(unknown, file: file, line: line, allow: allowUnknownColumns)
        for column in kind.columns where column.required && map.index[column.name] == nil {
            let aliases =
                column.aliases.isEmpty
                ? Phrase(.verbatim, "") : Phrase(.orAliases, column.aliases.prefix(3).joined(separator: ", "))
            let phrase = Phrase(.missingColumn, figures: [.text(column.name), .phrase(aliases)])
            diagnostics.append(Diagnostic(file: file, line: line, severity: .error, phrase: phrase))
        }
        return (map, diagnostics)
    }

    /// Header names are case-insensitive and trimmed; a unit in parentheses is dropped
    /// (`Harga Satuan (Rp)`), and every run of other characters reads as one underscore.
    static func normalise(_ raw: String) -> String {
        var text = ""
        var depth = 0
        for character in raw.lowercased() {
            if character == "(" {
                depth += 1
            } else if character == ")" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                text.append(character)
            }
        }
        var result = ""
        var pendingUnderscore = false
        for character in text {
            if character.isLetter || character.isNumber {
                if pendingUnderscore && !result.isEmpty { result.append("_") }
                pendingUnderscore = false
                result.append(character)
            } else {
                pendingUnderscore = true
            }
        }
        return result
    }
}
