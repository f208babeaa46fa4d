import Foundation
import GRDB

/// An Open Contracting Data Standard 1.1 release package: needs as planning
/// releases, spend as contracts with implementation transactions, suppliers
/// and OPDs as parties (suppliers with their scale in `details`).
public enum OCDSExport {
    static let prefix = "ocds-sentra"

    static func dateTime(_ day: Day) -> String { "\(day)T00:00:00Z" }

    /// OCDS partyDetails scale codes: micro, sme, large.
    static func ocdsScale(_ scale: Scale) -> String {
        switch scale {
        case .mikro: "micro"
        case .kecil, .menengah, .koperasi: "sme"
        case .besar: "large"
        }
    }

    public static func package(_ db: Database, scope: ExportScope, asOf: Day, provenance: Provenance) throws -> String {
        typealias Release = OCDSRelease
        var releases: [Release] = []
        let opdNames = Dictionary(
            try Row.fetchAll(db, sql: "SELECT opd_code, min(opd_name) AS name FROM need GROUP BY opd_code")
                .map { ($0["opd_code"] as String, $0["name"] as String) }, uniquingKeysWith: { a, _ in a })
        func buyer(_ code: String) -> Release.Party {
            Release.Party(id: "OPD-\(code)", name: opdNames[code] ?? code, roles: ["buyer", "payer"])
        }
        let needs = try NeedQuery(opdCode: scope.opdCode, fiscalYear: scope.year).fetch(db)
        for need in needs.sorted(by: { $0.id < $1.id }) {
            let ocid = "\(prefix)-need-\(need.id)"
            let item = Release.Tender.Item(
                id: "1", description: need.description, quantity: need.quantity, unit: .init(name: need.unit),
                classification: .init(scheme: "sentra-category", id: need.category))
            releases.append(
                Release(
                    ocid: ocid, id: "\(ocid)-planning", date: dateTime(asOf), tag: ["planning"],
                    buyer: .init(id: "OPD-\(need.opdCode)", name: need.opdName), parties: [buyer(need.opdCode)],
                    planning: .init(
                        rationale: need.description,
                        budget: .init(amount: .init(need.budget), description: "pagu \(need.fiscalYear)")),
                    tender: .init(id: need.id, title: need.description, status: "planning", items: [item])))
        }
        // A payment for a known need joins that need's contracting process (its ocid), so the
        // plan and what was paid against it read as one process.
        let needIDs = Set(try String.fetchAll(db, sql: "SELECT need_id FROM need"))
        var suppliers: [String: Supplier] = [:]
        for supplier in try Supplier.fetchAll(db, sql: "SELECT * FROM supplier") { suppliers[supplier.nib] = supplier }
        try scope.forEachSpend(db) { evidence in
            let spend = evidence.record
            let needOCID = spend.needID.flatMap { needIDs.contains($0) ? "\(prefix)-need-\($0)" : nil }
            let ocid = needOCID ?? "\(prefix)-tx-\(spend.txID)"
            let releaseID = needOCID.map { "\($0)-tx-\(spend.txID)" } ?? "\(ocid)-contract"
            var payee = Release.Party(
                id: "NAME-\(spend.supplierName.isEmpty ? spend.txID : spend.supplierName)",
                name: spend.supplierName.isEmpty ? "unknown supplier" : spend.supplierName,
                roles: ["supplier", "payee"])
            if let nib = evidence.linkedNIB, let supplier = suppliers[nib] {
                payee = Release.Party(
                    id: "NIB-\(nib)", name: supplier.name, roles: ["supplier", "payee"],
                    identifier: .init(scheme: "ID-NIB", id: nib, legalName: supplier.name),
                    details: .init(scale: ocdsScale(supplier.scale), sentraScale: supplier.scale.rawValue),
                    address: .init(region: supplier.region, countryName: "Indonesia"))
            }
            let value = Release.Value(spend.amount)
            let payeeReference = Release.Reference(id: payee.id, name: payee.name)
            let payer = Release.Reference(id: "OPD-\(spend.opdCode)", name: opdNames[spend.opdCode] ?? spend.opdCode)
            let transaction = Release.Contract.Transaction(
                id: "\(spend.txID)-1", source: "sentra", date: dateTime(spend.date), value: value, payer: payer,
                payee: payeeReference)
            releases.append(
                Release(
                    ocid: ocid, id: releaseID, date: dateTime(spend.date),
                    tag: ["award", "contract", "implementation"],
                    buyer: payer, parties: [buyer(spend.opdCode), payee],
                    awards: [
                        .init(id: "\(spend.txID)-award", status: "active", value: value, suppliers: [payeeReference])
                    ],
                    contracts: [
                        .init(
                            id: spend.txID, awardID: "\(spend.txID)-award", status: "active", value: value,
                            dateSigned: dateTime(spend.date), implementation: .init(transactions: [transaction]))
                    ]))
        }
        let package = OCDSPackage(
            uri: "urn:sentra:ocds:\(scope.year.map(String.init) ?? "all"):\(scope.opdCode ?? "all")",
            publishedDate: dateTime(asOf), publisher: .init(name: "sentra \(provenance.sentra_version)"),
            releases: releases)
        return try JSONOutput.encode(package)
    }
}
