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
                        phrase: Phrase(.unknownColumnNearMiss, column.header, suggestion)))
            } else {
                ignored.append(column)
            }
        }
        if ignored.count == 1, let column = ignored.first {
            let hint = column.suggestion.map { Phrase(.didYouMeanParenthesised, $0) } ?? Phrase(.verbatim, "")
            diagnostics.append(
                Diagnostic(
                    file: file, line: line, column: column.position + 1, severity: .warning,
                    phrase: Phrase(.unknownColumnIgnored, figures: [.text(column.header), .phrase(hint)])))
        } else if ignored.count > 1 {
            let list = ignored.map { column in
                Phrase.Figure.phrase(
                    column.suggestion.map { Phrase(.ignoredColumnNearMiss, column.header, column.position + 1, $0) }
                        ?? Phrase(.ignoredColumn, column.header, column.position + 1))
            }
            diagnostics.append(
                Diagnostic(
                    file: file, line: line, severity: .warning,
                    phrase: Phrase(
                        .unknownColumnsIgnored,
                        figures: [.text(String(ignored.count)), .phrase(Phrase(.list, figures: list))])))
        }
        return diagnostics
    }
}
