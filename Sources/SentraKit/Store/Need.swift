import GRDB

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
    /// Where it is delivered; nil when the source names no kabupaten/kota (a SiRUP package of a
    /// ministry), so no supplier is near.
    public var region: RegionCode?
    public var neededBy: Day?
    public var requiredCertifications: [String]
    /// Set for SiRUP construction and consultancy packages (`import lkpp`): not a product an
    /// IKM supplier sells, so `match` says so instead of searching.
    public var notIKMReason: String?

    /// A need not read from the database: `match --describe`'s question.
    public init(
        id: String, opdCode: String = "", opdName: String = "", fiscalYear: Int, program: String = "",
        category: String, description: String, quantity: Int64, unit: String, budget: Rupiah, region: RegionCode?,
        neededBy: Day? = nil, requiredCertifications: [String] = []
    ) {
        self.id = id
        self.opdCode = opdCode
        self.opdName = opdName
        self.fiscalYear = fiscalYear
        self.program = program
        self.category = category
        self.description = description
        self.quantity = quantity
        self.unit = unit
        self.budget = budget
        self.region = region
        self.neededBy = neededBy
        self.requiredCertifications = requiredCertifications
    }

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
        region = try? RegionCode.parse(row["region"] as String).get()
        neededBy = (row["needed_by"] as String?).flatMap { try? Day.parse($0).get() }
        let certifications: String = row["required_certifications"]
        requiredCertifications = certifications.split(separator: ";").map(String.init)
        notIKMReason = row["not_ikm_reason"]
    }
}

extension Need {
    /// The delivery region as the match engine compares it (``RegionCode/number``); 0 when the
    /// need names none, which is near no supplier.
    public var regionNumber: Int32 { region?.number ?? 0 }
}
