import GRDB

/// An IKM in the directory.
public struct Supplier: Sendable, Hashable, FetchableRecord {
    public var nib: String
    public var name: String
    public var scale: Scale
    public var region: String
    public var sentra: String
    public var certifications: [Certification]
    public var active: Bool
    public var verifiedOn: String?
    public var npwp: String?
    public var phone: String
    public var email: String

    public init(row: Row) throws {
        nib = row["nib"]
        name = row["name"]
        scale = Scale(rawValue: row["scale"]) ?? .besar
        region = row["region"]
        sentra = row["sentra"]
        certifications = Certification.fromCell(row["certifications"])
        active = row["active"]
        verifiedOn = row["verified_on"]
        npwp = row["npwp"]
        phone = row["phone"]
        email = row["email"]
    }
}

/// A product a supplier offers.
public struct CatalogItem: Sendable, Hashable, FetchableRecord {
    public var nib: String
    public var sku: String
    public var name: String
    public var category: String
    public var unit: String
    public var unitPrice: Rupiah
    public var capacityPerMonth: Int64?
    public var leadTimeDays: Int64?
    public var tkdn: Percent?
    public var bmp: Percent?
    public var certifications: [Certification]
    public var description: String

    public init(row: Row) throws {
        nib = row["nib"]
        sku = row["sku"]
        name = row["name"]
        category = row["category"]
        unit = row["unit"]
        unitPrice = Rupiah(sen: row["unit_price"])
        capacityPerMonth = row["capacity_per_month"]
        leadTimeDays = row["lead_time_days"]
        tkdn = (row["tkdn"] as Int?).map(Percent.init(basisPoints:))
        bmp = (row["bmp"] as Int?).map(Percent.init(basisPoints:))
        certifications = Certification.fromCell(row["certifications"])
        description = row["description"]
    }
}

/// What an OPD plans to buy: one RUP line.
public struct Need: Sendable, Hashable, FetchableRecord {
    public var id: String
    public var opdCode: String
    public var opdName: String
    public var fiscalYear: Int
    public var program: String
    public var category: String
    public var description: String
    public var quantity: Int64
    public var unit: String
    public var budget: Rupiah
    public var region: String
    public var neededBy: Day?
    public var requiredCertifications: [String]

    public init(row: Row) throws {
        id = row["need_id"]
        opdCode = row["opd_code"]
        opdName = row["opd_name"]
        fiscalYear = row["fiscal_year"]
        program = row["program"]
        category = row["category"]
        description = row["description"]
        quantity = row["quantity"]
        unit = row["unit"]
        budget = Rupiah(sen: row["budget"])
        region = row["region"]
        neededBy = (row["needed_by"] as String?).flatMap { try? Day.parse($0).get() }
        let certifications: String = row["required_certifications"]
        requiredCertifications = certifications.split(separator: ";").map(String.init)
    }
}

/// One purchase in the spend ledger.
public struct SpendRecord: Sendable, Hashable, FetchableRecord {
    public var txID: String
    public var opdCode: String
    public var date: Day
    public var amount: Rupiah
    public var supplierNIB: String?
    public var supplierNPWP: String?
    public var supplierName: String
    public var needID: String?
    public var category: String?
    public var tkdn: Percent?
    public var bmp: Percent?

    public init(row: Row) throws {
        txID = row["tx_id"]
        opdCode = row["opd_code"]
        date = (try? Day.parse(row["date"]).get()) ?? Day(ordinal: 0)
        amount = Rupiah(sen: row["amount"])
        supplierNIB = row["supplier_nib"]
        supplierNPWP = row["supplier_npwp"]
        supplierName = row["supplier_name"]
        needID = row["need_id"]
        category = row["category"]
        tkdn = (row["tkdn"] as Int?).map(Percent.init(basisPoints:))
        bmp = (row["bmp"] as Int?).map(Percent.init(basisPoints:))
    }
}
