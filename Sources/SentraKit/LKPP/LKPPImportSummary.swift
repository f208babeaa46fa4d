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
    /// value, 981 awarded without one`, then what changed.
    public var line: String {
        var parts = ["\(LKPPFileSummary.grouped(records)) record\(records == 1 ? "" : "s")"]
        switch profile {
        case .spseTender, .spseNontender:
            parts.append("\(LKPPFileSummary.grouped(kept)) with a contract value")
            let without = notSpend["awarded without a contract value"] ?? 0
            parts.append("\(LKPPFileSummary.grouped(without)) awarded without one")
        case .masterSatker: parts.append("\(LKPPFileSummary.grouped(kept)) OPDs")
        case .strukturAnggaran: parts.append("\(LKPPFileSummary.grouped(kept)) budget rows (belanja_pengadaan)")
        case .rupPenyedia, .rupSwakelola: parts.append("\(LKPPFileSummary.grouped(kept)) needs")
        default:
            parts.append("\(LKPPFileSummary.grouped(kept)) counted as spend")
            for (reason, count) in notSpend.sorted(by: { $0.key < $1.key }) {
                parts.append("\(LKPPFileSummary.grouped(count)) \(reason)")
            }
        }
        if identicalRepeats > 0 { parts.append("\(identicalRepeats) identical repeats counted once") }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return "\(name): \(profile.label) — \(parts.joined(separator: ", ")); "
            + "\(added) added, \(updated) updated, \(unchanged) unchanged"
    }

    /// `2,130`.
    static func grouped(_ value: Int) -> String { DigitGroups.grouped(Int64(value), separator: ",") }
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
