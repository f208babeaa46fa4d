import GRDB

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
