import GRDB

/// `report flags`: patterns an auditor should look at, each with the rows behind it
/// and the thresholds that raised it. A flag is a question, not a finding.
public struct RedFlags: Sendable {
    /// Thresholds, all shown in the report.
    public struct Thresholds: Sendable, Encodable {
        /// Direct procurement (pengadaan langsung) limit: purchases under it need no tender.
        public var directLimit = Rupiah(rupiah: 200_000_000)
        /// Window in which purchases from one supplier or category add up.
        public var splitWindowDays = 30
        /// Packages up to this value are reserved for small business and cooperatives.
        public var reservedLimit = Rupiah(rupiah: 15_000_000_000)
        /// HHI (0–10000) at or above which an OPD's counted spend is concentrated.
        public var concentrationHHI = 2500
        /// Fewest rows a flag needs before it is raised.
        public var minimumCount = 2

        public init() {}

        enum CodingKeys: String, CodingKey {
            case direct_limit, split_window_days, reserved_limit, concentration_hhi, minimum_count
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(directLimit.description, forKey: .direct_limit)
            try c.encode(splitWindowDays, forKey: .split_window_days)
            try c.encode(reservedLimit.description, forKey: .reserved_limit)
            try c.encode(concentrationHHI, forKey: .concentration_hhi)
            try c.encode(minimumCount, forKey: .minimum_count)
        }
    }

    /// One raised flag.
    public struct Flag: Sendable, Encodable, Equatable {
        public var flag: String
        public var opd_code: String
        public var subject: String
        public var amount: String
        public var rows: [String]
        /// What the flag found, worded in the reader's language by the people formats.
        public var words: Phrase
        /// The subject as people read it, when it is words rather than a code (`12 purchases`).
        public var subjectWords: Phrase?
        /// The English wording of ``words``, which json, ndjson and csv keep.
        public var detail: String { words.description }

        init(
            flag: String, opd_code: String, subject: String, amount: String, rows: [String], words: Phrase,
            subjectWords: Phrase? = nil
        ) {
            (self.flag, self.opd_code, self.subject, self.amount) = (flag, opd_code, subject, amount)
            (self.rows, self.words, self.subjectWords) = (rows, words, subjectWords)
        }

        private enum CodingKeys: String, CodingKey { case flag, opd_code, subject, amount, rows, detail }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(flag, forKey: .flag)
            try container.encode(opd_code, forKey: .opd_code)
            try container.encode(subject, forKey: .subject)
            try container.encode(amount, forKey: .amount)
            try container.encode(rows, forKey: .rows)
            try container.encode(detail, forKey: .detail)
        }
    }

    public var scope: ExportScope
    public var thresholds = Thresholds()

    public init(scope: ExportScope) { self.scope = scope }

    /// The flags, sorted by kind, OPD and subject, and the share of spend rows each kind fired on.
    public func run(_ db: Database) throws -> (flags: [Flag], firedShare: [String: Percent]) {
        var spend: [SpendEvidence] = []
        try scope.forEachSpend(db) { spend.append($0) }
        var flags = packageSplitting(spend) + reservedPackages(spend) + concentration(spend)
        flags += try relatedSuppliers(db)
        flags += try declaredVersusDirectory(db)
        flags.sort { ($0.flag, $0.opd_code, $0.subject) < ($1.flag, $1.opd_code, $1.subject) }
        var fired: [String: Percent] = [:]
        for kind in Set(flags.map(\.flag)) where kind != "related-suppliers" {
            let rows = Set(flags.filter { $0.flag == kind }.flatMap(\.rows)).count
            fired[kind] = Percent.share(Rupiah(sen: Int64(rows)), of: Rupiah(sen: Int64(max(spend.count, 1))))
        }
        return (flags, fired)
    }

    /// Same OPD, same supplier (or category), purchases each under the direct limit that
    /// together pass it within the window: a package possibly split to avoid a tender.
    func packageSplitting(_ spend: [SpendEvidence]) -> [Flag] {
        var flags: [Flag] = []
        let small = spend.filter { $0.record.amount < thresholds.directLimit }
        let groups = Dictionary(grouping: small) { evidence -> String in
            let supplier =
                evidence.linkedNIB
                ?? (evidence.record.supplierName.isEmpty ? "" : "name:" + evidence.record.supplierName)
            return evidence.record.opdCode + "\u{1F}"
                + (supplier.isEmpty ? "category:" + (evidence.record.category ?? "?") : supplier)
        }
        for (key, rows) in groups.sorted(by: { $0.key < $1.key }) {
            let sorted = rows.sorted { ($0.record.date, $0.record.txID) < ($1.record.date, $1.record.txID) }
            var start = 0
            var best: (from: Int, to: Int, total: Rupiah)?
            var total = Rupiah.zero
            for end in sorted.indices {
                total += sorted[end].record.amount
                while sorted[end].record.date.ordinal - sorted[start].record.date.ordinal >= thresholds.splitWindowDays
                {
                    total = total - sorted[start].record.amount
                    start += 1
                }
                if total > thresholds.directLimit, end - start + 1 >= thresholds.minimumCount,
                    total > (best?.total ?? .zero)
                {
                    best = (start, end, total)
                }
            }
            guard let best else { continue }
            let window = sorted[best.from...best.to]
            let parts = key.split(separator: "\u{1F}", maxSplits: 1).map(String.init)
            flags.append(
                Flag(
                    flag: "package-splitting", opd_code: parts[0], subject: parts[1], amount: best.total.description,
                    rows: window.map(\.record.txID),
                    words: Phrase(
                        .flagSplitting, window.count, thresholds.directLimit.display, best.total.display,
                        window.first!.record.date, window.last!.record.date, thresholds.splitWindowDays)))
        }
        return flags
    }

    /// Packages up to the reserved limit paid to a supplier that is not small (or not in the directory).
    func reservedPackages(_ spend: [SpendEvidence]) -> [Flag] {
        let hits = spend.filter { evidence in
            evidence.record.amount <= thresholds.reservedLimit
                && !ComplianceMetric.umkk.counts(scale: evidence.scale, tkdn: nil)
        }
        let byOPD = Dictionary(grouping: hits) { $0.record.opdCode }
        return byOPD.keys.sorted().compactMap { opd in
            let rows = byOPD[opd]!
            guard rows.count >= thresholds.minimumCount else { return nil }
            let total = rows.reduce(Rupiah.zero) { $0 + $1.record.amount }
            let unlinked = rows.filter { $0.linkedNIB == nil }.count
            return Flag(
                flag: "reserved-for-small", opd_code: opd, subject: "\(rows.count) purchases",
                amount: total.description,
                rows: rows.map(\.record.txID).sorted(),
                words: Phrase(.flagReserved, rows.count, thresholds.reservedLimit.display, unlinked),
                subjectWords: Phrase(.flagPurchases, rows.count))
        }
    }

    /// An OPD's counted spend concentrated on few suppliers (HHI over suppliers).
    func concentration(_ spend: [SpendEvidence]) -> [Flag] {
        let counted = spend.filter { $0.counts(.umkk) && $0.linkedNIB != nil }
        let byOPD = Dictionary(grouping: counted) { $0.record.opdCode }
        return byOPD.keys.sorted().compactMap { opd in
            let rows = byOPD[opd]!
            var bySupplier: [String: Rupiah] = [:]
            for row in rows { bySupplier[row.linkedNIB!, default: .zero] += row.record.amount }
            let hhi = Concentration.hhi(bySupplier)
            guard rows.count >= thresholds.minimumCount, hhi >= thresholds.concentrationHHI else { return nil }
            let top = bySupplier.max { ($0.value, $1.key) < ($1.value, $0.key) }!
            let total = bySupplier.values.reduce(Rupiah.zero, +)
            return Flag(
                flag: "concentration", opd_code: opd, subject: "HHI \(hhi)", amount: total.description,
                rows: rows.map(\.record.txID).sorted(),
                words: Phrase(
                    .flagConcentration,
                    figures: [
                        .text(String(bySupplier.count)), .text(String(hhi)), .text(String(thresholds.concentrationHHI)),
                        .text(top.key), .decimal(Percent.share(top.value, of: total).description),
                    ]))
        }
    }

    /// Different NIBs sharing a phone, email or NPWP.
    func relatedSuppliers(_ db: Database) throws -> [Flag] {
        var flags: [Flag] = []
        for (column, contact) in [("phone", Phrase.Key.contactPhone), ("email", .contactEmail), ("npwp", .contactNPWP)]
        {
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(column) AS value, group_concat(nib, ';') AS nibs, count(*) AS n
                    FROM (SELECT \(column), nib FROM supplier WHERE coalesce(\(column), '') <> '' ORDER BY nib)
                    GROUP BY \(column) HAVING count(*) > 1 ORDER BY \(column)
                    """)
            for row in rows {
                let nibs = (row["nibs"] as String).split(separator: ";").map(String.init).sorted()
                flags.append(
                    Flag(
                        flag: "related-suppliers", opd_code: "", subject: "\(column) \(row["value"] as String)",
                        amount: "0", rows: nibs,
                        words: Phrase(.flagRelated, figures: [.text(String(nibs.count)), .phrase(Phrase(contact))]),
                        subjectWords: Phrase(.pair, figures: [.phrase(Phrase(contact)), .text(row["value"] as String)]))
                )
            }
        }
        return flags
    }
}

extension RedFlags {
    /// What `report flags` shows: the flags, the share of spend rows each kind fired on, and a
    /// warning when the scope's OPD is unknown or its year has no spend.
    public struct Run: Sendable {
        public var flags: [Flag]
        public var firedShare: [String: Percent]
        public var warnings: [Diagnostic]
        /// The names of the suppliers whose NIBs the flags mention, for people formats.
        public var names: [String: String] = [:]
    }

    /// Runs the flags over `scope` in one read; without a year, the latest year with spend.
    public static func run(_ store: Store, scope: ExportScope, thresholds: Thresholds) throws -> Run {
        try store.read { db in
            var scope = scope
            if scope.year == nil { scope.year = try ComplianceQuery().resolvedYear(db) }
            var flags = RedFlags(scope: scope)
            flags.thresholds = thresholds
            let (found, fired) = try flags.run(db)
            var warnings: [Diagnostic] = []
            if let opd = scope.opdCode, let warning = try OPDCodes.unknownCodeWarning(opd, db: db, path: store.path) {
                warnings.append(warning)
            }
            var names: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT nib, name FROM supplier")
            while let row = try rows.next() { names[row["nib"]] = row["name"] }
            return Run(flags: found, firedShare: fired, warnings: warnings, names: names)
        }
    }
}
