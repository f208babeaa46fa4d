/// One record of an LKPP export, read by column name through the file's header.
struct LKPPRecord {
    /// The reader positioned on this record: cells are decoded only when a rule reads them
    /// (an export has ~30 columns; a profile reads ~15).
    let reader: any RecordSource
    let header: [String: Int]
    let line: Int
    let file: String
    /// Errors found while reading this record's values.
    var errors: [Diagnostic] = []

    /// The cell's text, or nil when the column is absent, empty or `null`.
    func text(_ column: String) -> String? {
        guard let index = header[column], index < reader.fieldCount else { return nil }
        return LKPPValue.present(reader.field(index))
    }

    /// The first of `columns` the record has a value in.
    func text(_ columns: [String]) -> String? {
        for column in columns { if let value = text(column) { return value } }
        return nil
    }

    func has(_ column: String) -> Bool { header[column] != nil }

    private mutating func error(_ column: String, _ phrase: Phrase) {
        errors.append(
            Diagnostic(
                file: file, line: line, column: (header[column] ?? -1) + 1, severity: .error,
                phrase: Phrase(.inFile, figures: [.text(column), .phrase(phrase)])))
    }

    /// Money in `column`; nil when empty or `null` (not declared, no value).
    mutating func money(_ column: String) -> Rupiah? {
        guard let raw = text(column) else { return nil }
        switch LKPPValue.money(raw) {
        case .success(let value): return value
        case .failure(let failure):
            error(column, failure.phrase)
            return nil
        }
    }

    /// The day in the first of `columns` that has one.
    mutating func day(_ columns: [String]) -> Day? {
        for column in columns {
            guard let raw = text(column) else { continue }
            switch LKPPValue.day(raw) {
            case .success(let value): return value
            case .failure(let failure):
                error(column, failure.phrase)
                return nil
            }
        }
        return nil
    }

    /// The fiscal year in the first of `columns` that has one.
    mutating func year(_ columns: [String]) -> Int? {
        for column in columns {
            guard let raw = text(column) else { continue }
            switch LKPPValue.year(raw) {
            case .success(let value): return value
            case .failure(let failure):
                error(column, failure.phrase)
                return nil
            }
        }
        return nil
    }

    mutating func require(_ value: String?, _ column: String) -> String? {
        if value == nil { error(column, Phrase(.isEmpty)) }
        return value
    }
}
