import GRDB

/// `check`: database integrity and the stale data many registered sentra carry.
public enum HealthCheck {
    /// A supplier verified before this day (or never) is stale as of `asOf`: more than 12 months.
    public static func staleCutoff(asOf: Day) -> Day {
        Day(year: asOf.year - 1, month: asOf.month, day: min(asOf.day, 28))!
    }

    public struct Finding: Sendable, Encodable, Equatable {
        public var severity: Diagnostic.Severity
        public var check: String
        public var subject: String
        /// What was found, worded in the reader's language by the people formats.
        public var phrase: Phrase
        /// The English wording, which json, ndjson and csv keep.
        public var message: String { phrase.description }

        init(severity: Diagnostic.Severity, check: String, subject: String, phrase: Phrase) {
            (self.severity, self.check, self.subject, self.phrase) = (severity, check, subject, phrase)
        }

        private enum CodingKeys: String, CodingKey { case severity, check, subject, message }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(severity, forKey: .severity)
            try container.encode(check, forKey: .check)
            try container.encode(subject, forKey: .subject)
            try container.encode(message, forKey: .message)
        }
    }

    /// Findings sorted by check, then subject. An `error` finding means the database itself is damaged.
    public static func run(_ db: Database, asOf: Day) throws -> [Finding] {
        var findings: [Finding] = []
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        if integrity != ["ok"] {
            for line in integrity {
                findings.append(
                    Finding(severity: .error, check: "integrity", subject: "database", phrase: Phrase(.verbatim, line)))
            }
        }
        let cutoff = staleCutoff(asOf: asOf)
        for row in try Row.fetchAll(
            db, sql: "SELECT nib, name, verified_on FROM supplier WHERE active = 1 ORDER BY nib")
        {
            let verified: String? = row["verified_on"]
            if verified == nil || verified! < cutoff.description {
                findings.append(
                    Finding(
                        severity: .warning, check: "stale-supplier", subject: row["nib"],
                        phrase: verified.map { Phrase(.staleSupplier, row["name"] as String, $0, asOf) }
                            ?? Phrase(.neverVerified, row["name"] as String)
                    ))
            }
        }
        for row in try Row.fetchAll(db, sql: "SELECT nib, region, certifications FROM supplier ORDER BY nib") {
            let nib: String = row["nib"]
            findings += certificateFindings(
                subject: nib, cell: row["certifications"], region: row["region"], asOf: asOf)
        }
        for row in try Row.fetchAll(
            db,
            sql:
                "SELECT c.nib, c.sku, c.certifications, s.region FROM catalog_item c JOIN supplier s USING (nib) WHERE c.certifications <> '' ORDER BY c.nib, c.sku"
        ) {
            findings += certificateFindings(
                subject: "\(row["nib"] as String)/\(row["sku"] as String)", cell: row["certifications"],
                region: row["region"], asOf: asOf)
        }
        let spend = try Row.fetchOne(
            db,
            sql: """
                SELECT coalesce(sum(amount), 0) AS total,
                       coalesce(sum(CASE WHEN \(SupplierLink.linked("nib")) IS NULL THEN amount ELSE 0 END), 0)
                           AS unlinked,
                       count(*) AS rows
                FROM spend s
                """)!
        let total = Rupiah(sen: spend["total"]), unlinked = Rupiah(sen: spend["unlinked"])
        if unlinked.sen > 0 {
            findings.append(
                Finding(
                    severity: .warning, check: "unlinked-spend", subject: "spend",
                    phrase: Phrase(
                        .unlinkedSpend,
                        figures: [
                            .text(unlinked.display), .text(total.display),
                            .decimal(Percent.share(unlinked, of: total).description),
                        ])))
        }
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT s.nib, s.name, count(*) AS items FROM catalog_item c JOIN supplier s USING (nib)
                WHERE s.active = 0 GROUP BY s.nib ORDER BY s.nib
                """)
        {
            findings.append(
                Finding(
                    severity: .warning, check: "inactive-catalog", subject: row["nib"],
                    phrase: Phrase(.inactiveWithCatalog, row["name"] as String, row["items"] as Int)))
        }
        findings += try loneCertificateTypes(db)
        findings += try lkppFindings(db)
        return findings.sorted { ($0.check, $0.subject, $0.message) < ($1.check, $1.subject, $1.message) }
    }

    /// A P-IRT number carries its expiry year in its last two digits and its
    /// kabupaten/kota in digits 4–7.
    static func certificateFindings(subject: String, cell: String, region: String, asOf: Day) -> [Finding] {
        var findings: [Finding] = []
        for certificate in Certification.fromCell(cell) where certificate.type == "pirt" {
            guard let number = certificate.number, number.count >= 7, number.allSatisfy(\.isNumber) else { continue }
            let expiry = 2000 + Int(number.suffix(2))!
            if expiry < asOf.year {
                findings.append(
                    Finding(
                        severity: .warning, check: "expired-certificate", subject: subject,
                        phrase: Phrase(.pirtExpired, number, expiry)))
            }
            let digits = Array(number)
            let pirtRegion = String(digits[3...4]) + "." + String(digits[5...6])
            if pirtRegion != region {
                findings.append(
                    Finding(
                        severity: .note, check: "certificate-region", subject: subject,
                        phrase: Phrase(.pirtRegion, number, pirtRegion, region)))
            }
        }
        return findings
    }
}
