extension HeaderMap {
    /// A header that is neither a contract name nor an alias, with the known header it nearly spells.
    struct UnknownColumn {
        var header: String
        var position: Int
        /// The nearest known header (normalised) and the contract column it stands for.
        var nearest: (header: String, column: String)?

        /// `"tanggal_dibutuhkan" (needed_by)`, or `"needed_by"` when the nearest is the contract name.
        var suggestion: String? {
            guard let nearest else { return nil }
            return nearest.header == nearest.column
                ? "\"\(nearest.column)\"" : "\"\(nearest.header)\" (\(nearest.column))"
        }
    }

    /// The known header within a few edits of `key` (normalised names, Damerau–Levenshtein): at
    /// most 2 edits, 1 when either name has 5 characters or fewer, none for 3 or fewer (`no` is
    /// not a mistyped `ta`). The smallest distance wins; ties go to the first in column order.
    static func nearest(_ key: String, kind: ImportKind) -> (header: String, column: String)? {
        var best: (distance: Int, header: String, column: String)?
        for column in kind.columns {
            for header in [column.name] + column.aliases {
                let shorter = min(key.count, header.count)
                let limit = shorter <= 3 ? 0 : shorter <= 5 ? 1 : 2
                guard limit > 0 else { continue }
                let distance = EditDistance.damerau(key, header, limit: limit)
                if distance <= limit && distance < (best?.distance ?? Int.max) {
                    best = (distance, header, column.name)
                }
            }
        }
        return best.map { ($0.header, $0.column) }
    }

    /// Near misses as errors (unless allowed), and every other unknown column in one warning line.
    static func unknownColumnDiagnostics(_ unknown: [UnknownColumn], file: String, line: Int, allow: Bool)
        -> [Diagnostic]
    {
        var diagnostics: [Diagnostic] = []
        var ignored: [UnknownColumn] = []
        for column in unknown {
            if let suggestion = column.suggestion, !allow {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: line, column: column.position + 1, severity: .error,
                        message:
                            "unknown column \"\(column.header)\" — did you mean \(suggestion)? Rename the column, "
                            + "or import with --allow-unknown-columns to ignore it"))
            } else {
                ignored.append(column)
            }
        }
        if ignored.count == 1, let column = ignored.first {
            var message = "unknown column \"\(column.header)\" is ignored"
            if let suggestion = column.suggestion { message += " (did you mean \(suggestion)?)" }
            diagnostics.append(
                Diagnostic(file: file, line: line, column: column.position + 1, severity: .warning, message: message))
        } else if ignored.count > 1 {
            let list = ignored.map { column in
                var text = "\"\(column.header)\" (column \(column.position + 1)"
                if let suggestion = column.suggestion { text += "; did you mean \(suggestion)?" }
                return text + ")"
            }
            diagnostics.append(
                Diagnostic(
                    file: file, line: line, severity: .warning,
                    message: "\(ignored.count) unknown columns are ignored: \(list.joined(separator: ", "))"))
        }
        return diagnostics
    }
}
