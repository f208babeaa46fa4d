import GRDB

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

    public init(
        nib: String, sku: String, name: String, category: String, unit: String, unitPrice: Rupiah,
        capacityPerMonth: Int64? = nil, leadTimeDays: Int64? = nil, tkdn: Percent? = nil, bmp: Percent? = nil,
        certifications: [Certification] = [], description: String = ""
    ) {
        self.nib = nib
        self.sku = sku
        self.name = name
        self.category = category
        self.unit = unit
        self.unitPrice = unitPrice
        self.capacityPerMonth = capacityPerMonth
        self.leadTimeDays = leadTimeDays
        self.tkdn = tkdn
        self.bmp = bmp
        self.certifications = certifications
        self.description = description
    }

    public init(row: Row) throws {
        self.init(
            nib: row["nib"], sku: row["sku"], name: row["name"], category: row["category"], unit: row["unit"],
            unitPrice: Rupiah(sen: row["unit_price"]), capacityPerMonth: row["capacity_per_month"],
            leadTimeDays: row["lead_time_days"], tkdn: (row["tkdn"] as Int?).map(Percent.init(basisPoints:)),
            bmp: (row["bmp"] as Int?).map(Percent.init(basisPoints:)),
            certifications: Certification.fromCell(row["certifications"]), description: row["description"])
    }
}
