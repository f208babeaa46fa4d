import GRDB

extension HealthCheck {
    /// Certificate types held or required only once across suppliers, products and needs: with an
    /// open vocabulary a typo (`batikmrak`) becomes a type of its own, so a lone one is named, with
    /// the type it is closest to.
    static func loneCertificateTypes(_ db: Database) throws -> [Finding] {
        var uses: [String: [Phrase]] = [:]
        func count(_ cell: String, _ subject: Phrase) {
            for type in Set(Certification.fromCell(cell).map(\.type)) { uses[type, default: []].append(subject) }
        }
        for row in try Row.fetchAll(db, sql: "SELECT nib, certifications FROM supplier WHERE certifications <> ''") {
            count(row["certifications"], Phrase(.subjectSupplier, row["nib"] as String))
        }
        for row in try Row.fetchAll(
            db, sql: "SELECT nib, sku, certifications FROM catalog_item WHERE certifications <> ''")
        {
            count(row["certifications"], Phrase(.subjectProduct, "\(row["nib"] as String)/\(row["sku"] as String)"))
        }
        for row in try Row.fetchAll(
            db, sql: "SELECT need_id, required_certifications FROM need WHERE required_certifications <> ''")
        {
            count(row["required_certifications"], Phrase(.subjectNeed, row["need_id"] as String))
        }
        let types = uses.keys.sorted()
        return types.compactMap { type in
            guard let subjects = uses[type], subjects.count == 1 else { return nil }

            let nearest = types.filter { $0 != type }
                .map { ($0, EditDistance.damerau($0, type, limit: 2)) }
                .filter { $0.1 <= 2 }
                .min { ($0.1, $0.0) < ($1.1, $1.0) }
            let hint = nearest.map { Phrase(.typoOf, $0.0) } ?? Phrase(.verbatim, "")
            return Finding(
                severity: .warning, check: "lone-certificate-type", subject: type,
                phrase: Phrase(.loneCertificateType, figures: [.text(type), .phrase(subjects[0]), .phrase(hint)]))
        }
    }
}
