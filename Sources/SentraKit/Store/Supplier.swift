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
    /// When the record was last verified (the import stores it as `YYYY-MM-DD`).
    public var verifiedOn: Day?
    public var npwp: String?
    public var phone: String
    public var email: String

    init(
        nib: String, name: String, scale: Scale, region: String, sentra: String, certifications: [Certification],
        active: Bool, verifiedOn: Day?, npwp: String?, phone: String, email: String
    ) {
        (self.nib, self.name, self.scale, self.region, self.sentra) = (nib, name, scale, region, sentra)
        (self.certifications, self.active, self.verifiedOn) = (certifications, active, verifiedOn)
        (self.npwp, self.phone, self.email) = (npwp, phone, email)
    }

    public init(row: Row) throws {
        nib = row["nib"]
        name = row["name"]
        scale = Scale(rawValue: row["scale"]) ?? .besar
        region = row["region"]
        sentra = row["sentra"]
        certifications = Certification.fromCell(row["certifications"])
        active = row["active"]
        verifiedOn = (row["verified_on"] as String?).flatMap { try? Day.parse($0).get() }
        npwp = row["npwp"]
        phone = row["phone"]
        email = row["email"]
    }
}
