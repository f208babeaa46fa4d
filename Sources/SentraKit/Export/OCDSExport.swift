import Foundation
import GRDB

/// An Open Contracting Data Standard 1.1 release package: needs as planning
/// releases, spend as contracts with implementation transactions, suppliers
/// and OPDs as parties (suppliers with their scale in `details`).
public enum OCDSExport {
    static let prefix = "ocds-sentra"

    static func amount(_ value: Rupiah) -> [String: Any] {
        ["amount": NSDecimalNumber(string: value.description), "currency": "IDR"]
    }

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
        var releases: [[String: Any]] = []
        let opdNames = Dictionary(
            try Row.fetchAll(db, sql: "SELECT opd_code, min(opd_name) AS name FROM need GROUP BY opd_code")
                .map { ($0["opd_code"] as String, $0["name"] as String) }, uniquingKeysWith: { a, _ in a })
        func buyer(_ code: String) -> [String: Any] {
            ["id": "OPD-\(code)", "name": opdNames[code] ?? code, "roles": ["buyer", "payer"]]
        }
        let needs = try NeedQuery(opdCode: scope.opdCode, fiscalYear: scope.year).fetch(db)
        for need in needs.sorted(by: { $0.id < $1.id }) {
            let ocid = "\(prefix)-need-\(need.id)"
            releases.append([
                "ocid": ocid, "id": "\(ocid)-planning", "date": dateTime(asOf), "tag": ["planning"],
                "initiationType": "tender", "language": "id",
                "buyer": ["id": "OPD-\(need.opdCode)", "name": need.opdName],
                "parties": [buyer(need.opdCode)],
                "planning": [
                    "rationale": need.description,
                    "budget": ["amount": amount(need.budget), "description": "pagu \(need.fiscalYear)"],
                ],
                "tender": [
                    "id": need.id, "title": need.description, "status": "planning",
                    "items": [
                        [
                            "id": "1", "description": need.description,
                            "quantity": need.quantity, "unit": ["name": need.unit],
                            "classification": ["scheme": "sentra-category", "id": need.category],
                        ] as [String: Any]
                    ],
                ],
            ])
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
            var supplierParty: [String: Any] = ["name": spend.supplierName, "roles": ["supplier", "payee"]]
            if let nib = evidence.linkedNIB, let supplier = suppliers[nib] {
                supplierParty["id"] = "NIB-\(nib)"
                supplierParty["name"] = supplier.name
                supplierParty["identifier"] = ["scheme": "ID-NIB", "id": nib, "legalName": supplier.name]
                supplierParty["details"] = ["scale": ocdsScale(supplier.scale), "sentraScale": supplier.scale.rawValue]
                supplierParty["address"] = ["region": supplier.region, "countryName": "Indonesia"]
            } else {
                supplierParty["id"] = "NAME-\(spend.supplierName.isEmpty ? spend.txID : spend.supplierName)"
                if supplierParty["name"] as? String == "" { supplierParty["name"] = "unknown supplier" }
            }
            let value = amount(spend.amount)
            let supplierReference: [String: Any] = ["id": supplierParty["id"]!, "name": supplierParty["name"]!]
            releases.append([
                "ocid": ocid, "id": releaseID, "date": dateTime(spend.date),
                "tag": ["award", "contract", "implementation"], "initiationType": "tender", "language": "id",
                "buyer": ["id": "OPD-\(spend.opdCode)", "name": opdNames[spend.opdCode] ?? spend.opdCode],
                "parties": [buyer(spend.opdCode), supplierParty],
                "awards": [
                    ["id": "\(spend.txID)-award", "status": "active", "value": value, "suppliers": [supplierReference]]
                ],
                "contracts": [
                    [
                        "id": spend.txID, "awardID": "\(spend.txID)-award", "status": "active", "value": value,
                        "dateSigned": dateTime(spend.date),
                        "implementation": [
                            "transactions": [
                                [
                                    "id": "\(spend.txID)-1", "source": "sentra", "date": dateTime(spend.date),
                                    "value": value,
                                    "payer": [
                                        "id": "OPD-\(spend.opdCode)", "name": opdNames[spend.opdCode] ?? spend.opdCode,
                                    ],
                                    "payee": supplierReference,
                                ] as [String: Any]
                            ]
                        ],
                    ] as [String: Any]
                ],
            ])
        }
        let package: [String: Any] = [
            "uri": "urn:sentra:ocds:\(scope.year.map(String.init) ?? "all"):\(scope.opdCode ?? "all")",
            "version": "1.1", "publishedDate": dateTime(asOf),
            "publisher": ["name": "sentra \(provenance.sentra_version)", "scheme": "sentra"],
            "releases": releases,
        ]
        let data = try JSONSerialization.data(
            withJSONObject: package, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
