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
    public var region: String
    public var neededBy: Day?
    public var requiredCertifications: [String]
    /// Set for SiRUP construction and consultancy packages (`import lkpp`): not a product an
    /// IKM supplier sells, so `match` says so instead of searching.
    public var notIKMReason: String?

    /// A need not read from the database: `match --describe`'s question.
    public init(
        id: String, opdCode: String = "", opdName: String = "", fiscalYear: Int, program: String = "",
        category: String, description: String, quantity: Int64, unit: String, budget: Rupiah, region: String,
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
        region = row["region"]
        neededBy = (row["needed_by"] as String?).flatMap { try? Day.parse($0).get() }
        let certifications: String = row["required_certifications"]
        requiredCertifications = certifications.split(separator: ";").map(String.init)
        notIKMReason = row["not_ikm_reason"]
    }
}
