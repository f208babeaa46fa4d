/// Where each contract column sits in a file's header row.
struct HeaderMap {
    /// Contract column name → 0-based field index.
    private(set) var index: [String: Int] = [:]
    let fieldCount: Int
    let headers: [String]

    /// Resolves `headers` against the kind's columns. A missing required column
    /// or a column named twice is an error; an unknown column a warning.
    static func resolve(_ headers: [String], kind: ImportKind, file: String, line: Int) -> (HeaderMap, [Diagnostic]) {
        var map = HeaderMap(fieldCount: headers.count, headers: headers)
        var diagnostics: [Diagnostic] = []
        var lookup: [String: String] = [:]
        for column in kind.columns {
            lookup[column.name] = column.name
            for alias in column.aliases { lookup[alias] = column.name }
        }
        for (position, raw) in headers.enumerated() {
            let key = normalise(raw)
            guard let name = lookup[key] else {
                if !key.isEmpty {
                    diagnostics.append(
                        Diagnostic(
                            file: file, line: line, column: position + 1, severity: .warning,
                            message: "unknown column \"\(raw.trimmingSpaces)\" is ignored"))
                }
                continue
            }
            if let earlier = map.index[name] {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: line, column: position + 1, severity: .error,
                        message: "column \"\(name)\" appears twice (columns \(earlier + 1) and \(position + 1))"))
                continue
            }
            map.index[name] = position
        }
        for column in kind.columns where column.required && map.index[column.name] == nil {
            var message = "missing required column \"\(column.name)\""
            if !column.aliases.isEmpty { message += " (or \(column.aliases.prefix(3).joined(separator: ", ")))" }
            diagnostics.append(Diagnostic(file: file, line: line, severity: .error, message: message))
        }
        return (map, diagnostics)
    }

    /// Header names are case-insensitive and trimmed; spaces and dashes read as underscores.
    static func normalise(_ raw: String) -> String {
        let lowered = raw.trimmingSpaces.lowercased()
        if lowered == "e-mail" { return lowered }
        return String(lowered.map { $0 == " " || $0 == "-" ? "_" : $0 })
    }
}
