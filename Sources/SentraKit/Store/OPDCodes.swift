import GRDB

/// The OPD codes a database knows (from needs, spend and budgets), so a report scoped to a
/// code that is not there can say so, with the nearest code it does know.
public enum OPDCodes {
    /// Every OPD code in needs, spend and budgets, sorted.
    static func known(_ db: Database) throws -> [String] {
        try String.fetchAll(
            db,
            sql: """
                SELECT opd_code FROM need UNION SELECT opd_code FROM spend UNION SELECT opd_code FROM budget
                ORDER BY 1
                """)
    }

    /// The known code closest to `code`: the same letters in another case first, then the
    /// fewest edits (at most a third of the code's length, so an unrelated code is not offered).
    public static func nearest(_ code: String, in known: [String]) -> String? {
        if let same = known.first(where: { $0.caseInsensitiveCompare(code) == .orderedSame }) { return same }
        let limit = max(1, code.count / 3)
        let scored = known.map { ($0, EditDistance.damerau($0.uppercased(), code.uppercased(), limit: limit)) }
        return scored.filter { $0.1 <= limit }.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// A warning when `code` is not a known OPD code, naming the nearest known one; nil when it is known.
    static func unknownCodeWarning(_ code: String, db: Database, path: String) throws -> Diagnostic? {
        let known = try known(db)
        guard !known.contains(code) else { return nil }
        let hint: Phrase
        if let nearest = nearest(code, in: known) {
            hint = Phrase(.didYouMeanQuoted, nearest)
        } else if known.isEmpty {
            hint = Phrase(.databaseHoldsNoOPD)
        } else {
            hint = Phrase(.knownCodes, known.prefix(8).joined(separator: ", ") + (known.count > 8 ? ", …" : ""))
        }
        return Diagnostic(
            file: path, severity: .warning, phrase: Phrase(.noSuchOPD, figures: [.text(code), .phrase(hint)]))
    }
}
