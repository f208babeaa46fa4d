/// The suppliers of a cache entry as columns: what ``CatalogShelf/archive(suppliers:)`` stores
/// beside the shelf, so an entry neither depends on other shelves nor needs the directory read
/// back. Certificates are kept as their parts (parsing cells back cost more than the rest of a
/// supplier); optional text as a presence byte and the text ("" when absent).
struct SupplierTable {
    var nib: [String] = []
    var name: [String] = []
    var scale: [String] = []
    var region: [String] = []
    var sentra: [String] = []
    /// Supplier i's certificates are the next `certificateCount[i]` entries of the certificate columns.
    var certificateCount: [Int32] = []
    var certificateType: [String] = []
    var certificateHasNumber: [UInt8] = []
    var certificateNumber: [String] = []
    var active: [UInt8] = []
    var hasVerifiedOn: [UInt8] = []
    /// ``Day/ordinal`` (0 when absent): parsing the date's text back cost a third of a single need's run.
    var verifiedOn: [Int32] = []
    var hasNPWP: [UInt8] = []
    var npwp: [String] = []
    var phone: [String] = []
    var email: [String] = []

    var count: Int { nib.count }

    init() {}

    init(_ suppliers: [Supplier]) {
        nib = suppliers.map(\.nib)
        name = suppliers.map(\.name)
        scale = suppliers.map(\.scale.rawValue)
        region = suppliers.map(\.region)
        sentra = suppliers.map(\.sentra)
        certificateCount = suppliers.map { Int32($0.certifications.count) }
        certificateType = suppliers.flatMap { $0.certifications.map(\.type) }
        certificateHasNumber = suppliers.flatMap { $0.certifications.map { UInt8($0.number == nil ? 0 : 1) } }
        certificateNumber = suppliers.flatMap { $0.certifications.map { $0.number ?? "" } }
        active = suppliers.map { UInt8($0.active ? 1 : 0) }
        hasVerifiedOn = suppliers.map { UInt8($0.verifiedOn == nil ? 0 : 1) }
        verifiedOn = suppliers.map { Int32($0.verifiedOn?.ordinal ?? 0) }
        hasNPWP = suppliers.map { UInt8($0.npwp == nil ? 0 : 1) }
        npwp = suppliers.map { $0.npwp ?? "" }
        phone = suppliers.map(\.phone)
        email = suppliers.map(\.email)
    }

    /// The archive's layout of the suppliers, in the order written and read, each column with one
    /// entry per supplier or per certificate. Changing it changes the bytes: bump ``CatalogCache/format``.
    static var archivedColumns: [ArchiveColumn<SupplierTable>] {
        [
            supplierStrings(\.nib), supplierStrings(\.name), supplierStrings(\.scale), supplierStrings(\.region),
            supplierStrings(\.sentra),
            .plain(\.certificateCount) { t, _ in t.certificateCount.count == t.count && t.certificateTotal != nil },
            .strings(\.certificateType) { t, _ in t.certificateType.count == t.certificateTotal },
            .plain(\.certificateHasNumber) { t, _ in t.certificateHasNumber.count == t.certificateTotal },
            .strings(\.certificateNumber) { t, _ in t.certificateNumber.count == t.certificateTotal },
            supplierBytes(\.active), supplierBytes(\.hasVerifiedOn),
            .plain(\.verifiedOn) { t, _ in t.verifiedOn.count == t.count },
            supplierBytes(\.hasNPWP), supplierStrings(\.npwp), supplierStrings(\.phone), supplierStrings(\.email),
        ]
    }

    /// How many certificates the suppliers hold; nil when a count is negative (damage).
    private var certificateTotal: Int? {
        certificateCount.allSatisfy { $0 >= 0 } ? certificateCount.reduce(0) { $0 + Int($1) } : nil
    }

    private static func supplierStrings(_ path: WritableKeyPath<SupplierTable, [String]>) -> ArchiveColumn<Self> {
        .strings(path) { t, _ in t[keyPath: path].count == t.count }
    }

    private static func supplierBytes(_ path: WritableKeyPath<SupplierTable, [UInt8]>) -> ArchiveColumn<Self> {
        .plain(path) { t, _ in t[keyPath: path].count == t.count }
    }

    /// The records, in column order.
    func suppliers() -> [Supplier] {
        var next = 0
        var suppliers: [Supplier] = []
        suppliers.reserveCapacity(count)
        for i in 0..<count {
            let certificates = (next..<next + Int(certificateCount[i])).map { c in
                let number = certificateHasNumber[c] != 0 ? certificateNumber[c] : nil
                return Certification(type: certificateType[c], number: number)
            }
            next += Int(certificateCount[i])
            suppliers.append(
                Supplier(
                    nib: nib[i], name: name[i], scale: Scale(rawValue: scale[i]) ?? .besar, region: region[i],
                    sentra: sentra[i], certifications: certificates, active: active[i] != 0,
                    verifiedOn: hasVerifiedOn[i] != 0 ? Day(ordinal: Int(verifiedOn[i])) : nil,
                    npwp: hasNPWP[i] != 0 ? npwp[i] : nil, phone: phone[i], email: email[i]))
        }
        return suppliers
    }
}
