import Foundation

/// The parts of an OCDS 1.1 release package that sentra writes, as plain Codable values. Optional
/// parts are left out when nil, as the schema wants them absent rather than null.
struct OCDSPackage: Encodable {
    var uri: String
    var version = "1.1"
    var publishedDate: String
    var publisher: Publisher
    var releases: [OCDSRelease]

    struct Publisher: Encodable {
        var name: String
        var scheme = "sentra"
    }
}

/// One release: a need's planning, or a payment with its award, contract and transaction.
struct OCDSRelease: Encodable {
    var ocid: String
    var id: String
    var date: String
    var tag: [String]
    var initiationType = "tender"
    var language = "id"
    var buyer: Reference
    var parties: [Party]
    var planning: Planning?
    var tender: Tender?
    var awards: [Award]?
    var contracts: [Contract]?

    struct Reference: Encodable {
        var id: String
        var name: String
    }

    struct Party: Encodable {
        var id: String
        var name: String
        var roles: [String]
        var identifier: Identifier?
        var details: Details?
        var address: Address?

        struct Identifier: Encodable { var scheme, id, legalName: String }
        /// OCDS's scale code beside sentra's own.
        struct Details: Encodable { var scale, sentraScale: String }
        struct Address: Encodable { var region, countryName: String }
    }

    /// Money: the exact rupiah as a JSON number, in IDR.
    struct Value: Encodable {
        var amount: Decimal
        var currency = "IDR"

        init(_ rupiah: Rupiah) { amount = Decimal(string: rupiah.description) ?? 0 }
    }

    struct Planning: Encodable {
        var rationale: String
        var budget: Budget

        struct Budget: Encodable {
            var amount: Value
            var description: String
        }
    }

    struct Tender: Encodable {
        var id, title, status: String
        var items: [Item]

        struct Item: Encodable {
            var id, description: String
            var quantity: Int64
            var unit: Unit
            var classification: Classification

            struct Unit: Encodable { var name: String }
            struct Classification: Encodable { var scheme, id: String }
        }
    }

    struct Award: Encodable {
        var id, status: String
        var value: Value
        var suppliers: [Reference]
    }

    struct Contract: Encodable {
        var id, awardID, status: String
        var value: Value
        var dateSigned: String
        var implementation: Implementation

        struct Implementation: Encodable { var transactions: [Transaction] }
        struct Transaction: Encodable {
            var id, source, date: String
            var value: Value
            var payer, payee: Reference
        }
    }
}
