/// A value bound into one SQL parameter.
enum Cell: Equatable, Sendable {
    case text(String)
    case integer(Int64)
    case null
}

/// One validated row, ready to write.
struct ImportRow {
    /// The row's key (`nib`, `nib/sku`, `need_id`, …) for duplicate detection.
    var key: String
    /// One cell per contract column, in ``ImportKind/columns`` order.
    var cells: [Cell]
    /// FNV-1a over the cells, each as a tag byte (`t`ext, `i`nteger, `n`ull) and its bytes,
    /// ended by 0x1F: equal rows have equal fingerprints.
    var fingerprint: Int64 {
        var hash = FNV1a()
        for cell in cells {
            switch cell {
            case .text(let value):
                hash.add(UInt8(ascii: "t"))
                hash.add(value)
            case .integer(let value):
                hash.add(UInt8(ascii: "i"))
                hash.add(String(value))
            case .null:
                hash.add(UInt8(ascii: "n"))
            }
            hash.add(0x1f)
        }
        return Int64(bitPattern: hash.value)
    }
}

/// Reads the current record's cells by contract column name and collects
/// every problem with its line and column.
struct RowContext {
    let reader: any RecordSource
    let header: HeaderMap
    let memo: ParseMemo
    var diagnostics: [Diagnostic] = []

    init(reader: any RecordSource, header: HeaderMap, memo: ParseMemo) {
        self.reader = reader
        self.header = header
        self.memo = memo
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The trimmed text of `column`, or "" when the file has no such column.
    func raw(_ column: String) -> String {
        guard let position = header.index[column] else { return "" }
        return reader.field(position).trimmingSpaces
    }

    mutating func error(_ column: String, _ phrase: Phrase) {
        diagnostics.append(
            Diagnostic(
                file: reader.fileName, line: reader.line, column: (header.index[column] ?? -1) + 1, severity: .error,
                phrase: phrase))
    }

    mutating func warning(_ column: String, _ phrase: Phrase) {
        diagnostics.append(
            Diagnostic(
                file: reader.fileName, line: reader.line, column: (header.index[column] ?? -1) + 1, severity: .warning,
                phrase: phrase))
    }

    /// Required text: empty is an error.
    mutating func text(_ column: String) -> String {
        let value = raw(column)
        if value.isEmpty { error(column, Phrase(.requiredEmpty, column)) }
        return value
    }

    /// Required parsed value: empty or invalid is an error.
    mutating func required<T>(_ column: String, _ parse: (String) -> Result<T, ValueError>) -> T? {
        let value = raw(column)
        if value.isEmpty {
            error(column, Phrase(.requiredEmpty, column))
            return nil
        }
        switch parse(value) {
        case .success(let parsed): return parsed
        case .failure(let failure):
            error(column, Phrase(.cellRefused, figures: [.text(column), .phrase(failure.phrase)]))
            return nil
        }
    }

    /// Optional parsed value: empty is `nil`, invalid is an error.
    mutating func optional<T>(_ column: String, _ parse: (String) -> Result<T, ValueError>) -> T? {
        let value = raw(column)
        if value.isEmpty { return nil }
        switch parse(value) {
        case .success(let parsed): return parsed
        case .failure(let failure):
            error(column, Phrase(.cellRefused, figures: [.text(column), .phrase(failure.phrase)]))
            return nil
        }
    }
}
