/// What `import lkpp` did with one file.
public struct LKPPFileSummary: Sendable {
    public var file: String
    public var sha256: String
    public var profile: LKPPProfile
    public var records = 0
    /// Records that became spend, needs, budgets or master rows.
    public var kept = 0
    /// Records that are not spend, by reason (`awarded without a contract value`, `cancelled`, …).
    public var notSpend: [String: Int] = [:]
    /// A record repeated with identical values in the same file, counted once.
    public var identicalRepeats = 0
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    /// Columns of the header no profile rule reads (logged once, at debug level).
    public var ignoredColumns: [String] = []
    /// The file's `import_run` row.
    public internal(set) var importID: Int64 = 0

    public var changedAnything: Bool { added + updated > 0 }

    /// `spse_nontender_selesai.csv: SPSE non-tender selesai — 2,130 records, 1,149 with a contract
    /// value, 981 awarded without one`, then what changed; worded in the reader's language when shown
    /// (the reasons a record is not spend are the stored values, as written).
    public var line: Phrase {
        func part(_ key: Phrase.Key, _ count: Int) -> Phrase.Figure { .phrase(Phrase(key, figures: [.count(count)])) }
        var parts = [part(.lkppRecords, records)]
        switch profile {
        case .spseTender, .spseNontender:
            parts.append(part(.lkppWithValue, kept))
            parts.append(part(.lkppAwardedWithout, notSpend["awarded without a contract value"] ?? 0))
        case .masterSatker: parts.append(part(.lkppOPDs, kept))
        case .strukturAnggaran: parts.append(part(.lkppBudgetRows, kept))
        case .rupPenyedia, .rupSwakelola: parts.append(part(.lkppNeeds, kept))
        default:
            parts.append(part(.lkppCountedSpend, kept))
            for (reason, count) in notSpend.sorted(by: { $0.key < $1.key }) {
                parts.append(.phrase(Phrase(.pair, figures: [.count(count), .text(reason)])))
            }
        }
        if identicalRepeats > 0 { parts.append(part(.lkppRepeats, identicalRepeats)) }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return Phrase(
            .lkppFileLine,
            figures: [
                .text(name), .text(profile.label), .phrase(Phrase(.list, figures: parts)), .text(String(added)),
                .text(String(updated)), .text(String(unchanged)),
            ])
    }
}

/// What one `import lkpp` run did.
public struct LKPPImportSummary: Sendable {
    public var files: [LKPPFileSummary] = []
    public var dryRun = false
    /// False when the run changed nothing and was rolled back (a byte-identical re-import).
    public var committed = false
    public var diagnostics: [Diagnostic] = []

    public var changedAnything: Bool { files.contains(where: \.changedAnything) }
}
