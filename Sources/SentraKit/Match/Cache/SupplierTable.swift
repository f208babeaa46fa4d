/// The suppliers of a cache entry as columns read in place: what ``ShelfDraft/archive(suppliers:token:)``
/// stores beside the shelf, so an entry neither depends on other shelves nor needs the directory
/// read back. A record is decoded only when asked for (``supplier(_:)``): a single need reads the
/// few it shows, not the 30,000 of its category. Certificates are kept as their parts; optional
/// text as a presence byte and the text ("" when absent).
struct SupplierTable: Sendable {
    var nib = StringColumn()
    var name = StringColumn()
    /// An index into `Scale.allCases`.
    var scale = ShelfColumn<UInt8>()
    var region = StringColumn()
    var sentra = StringColumn()
    /// Supplier i's certificates are `certificateStart[i]..<certificateStart[i + 1]` of the certificate columns.
    var certificateStart = ShelfColumn<Int32>.zero
    var certificateType = StringColumn()
    var certificateHasNumber = ShelfColumn<Bool>()
    var certificateNumber = StringColumn()
    var active = ShelfColumn<Bool>()
    var hasVerifiedOn = ShelfColumn<Bool>()
    /// ``Day/ordinal`` (0 when absent): parsing the date's text back cost a third of a single need's run.
    var verifiedOn = ShelfColumn<Int32>()
    var hasNPWP = ShelfColumn<Bool>()
    var npwp = StringColumn()
    var phone = StringColumn()
    var email = StringColumn()

    /// What keeps the columns' memory alive: the bytes they were read from.
    var owner: (any AnyObject & Sendable)?

    var count: Int { nib.count }

    /// The record of supplier `i`.
    func supplier(_ i: Int) -> Supplier {
        let certificates = (Int(certificateStart[i])..<Int(certificateStart[i + 1])).map { c in
            Certification(type: certificateType[c], number: certificateHasNumber[c] ? certificateNumber[c] : nil)
        }
        return Supplier(
            nib: nib[i], name: name[i], scale: scaleOf(i), region: region[i], sentra: sentra[i],
            certifications: certificates, active: active[i],
            verifiedOn: hasVerifiedOn[i] ? Day(ordinal: Int(verifiedOn[i])) : nil, npwp: hasNPWP[i] ? npwp[i] : nil,
            phone: phone[i], email: email[i])
    }

    /// Supplier `i`'s scale, without decoding the rest of its record.
    func scaleOf(_ i: Int) -> Scale { Scale.allCases[Int(scale[i])] }

    /// The columns as they are written, from the records.
    struct Records {
        var nib: [String], name: [String], scale: [UInt8], region: [String], sentra: [String]
        var certificateStart: [Int32], certificateType: [String], certificateHasNumber: [Bool]
        var certificateNumber: [String], active: [Bool], hasVerifiedOn: [Bool], verifiedOn: [Int32]
        var hasNPWP: [Bool], npwp: [String], phone: [String], email: [String]

        init(_ suppliers: [Supplier]) {
            nib = suppliers.map(\.nib)
            name = suppliers.map(\.name)
            scale = suppliers.map { UInt8(Scale.allCases.firstIndex(of: $0.scale)!) }
            region = suppliers.map(\.region)
            sentra = suppliers.map(\.sentra)
            var start: Int32 = 0
            certificateStart =
                [0]
                + suppliers.map {
                    start += Int32($0.certifications.count)
                    return start
                }
            certificateType = suppliers.flatMap { $0.certifications.map(\.type) }
            certificateHasNumber = suppliers.flatMap { $0.certifications.map { $0.number != nil } }
            certificateNumber = suppliers.flatMap { $0.certifications.map { $0.number ?? "" } }
            active = suppliers.map(\.active)
            hasVerifiedOn = suppliers.map { $0.verifiedOn != nil }
            verifiedOn = suppliers.map { Int32($0.verifiedOn?.ordinal ?? 0) }
            hasNPWP = suppliers.map { $0.npwp != nil }
            npwp = suppliers.map { $0.npwp ?? "" }
            phone = suppliers.map(\.phone)
            email = suppliers.map(\.email)
        }
    }

    /// The archive's layout of the suppliers, in the order written and read, each column with one
    /// entry per supplier or per certificate. Changing it changes the bytes: bump ``CatalogCache/format``.
    static var archivedColumns: [ArchiveColumn<Records, SupplierTable>] {
        typealias C = ArchiveColumn<Records, SupplierTable>
        func each(_ source: KeyPath<Records, [String]>, _ target: WritableKeyPath<SupplierTable, StringColumn>) -> C {
            .strings(source, target) { t, _ in t[keyPath: target].count == t.count }
        }
        func flags(_ source: KeyPath<Records, [Bool]>, _ target: WritableKeyPath<SupplierTable, ShelfColumn<Bool>>) -> C
        {
            C(write: { $1.put($0[keyPath: source]) }, read: { $0[keyPath: target] = try $1.flags() }) { t, _ in
                t[keyPath: target].count == t.count
            }
        }
        return [
            each(\.nib, \.nib), each(\.name, \.name),
            .plain(\.scale, \.scale) { t, _ in
                t.scale.count == t.count && t.scale.allSatisfy { Int($0) < Scale.allCases.count }
            },
            each(\.region, \.region),
            each(\.sentra, \.sentra),
            .plain(\.certificateStart, \.certificateStart) { t, _ in
                t.certificateStart.count == t.count + 1
                    && ArchiveColumnCheck.runs(t.certificateStart, t.certificateType.count)
            },
            .strings(\.certificateType, \.certificateType),
            C(write: { $1.put($0.certificateHasNumber) }, read: { $0.certificateHasNumber = try $1.flags() }) { t, _ in
                t.certificateHasNumber.count == t.certificateType.count
            },
            .strings(\.certificateNumber, \.certificateNumber) { t, _ in
                t.certificateNumber.count == t.certificateType.count
            },
            flags(\.active, \.active), flags(\.hasVerifiedOn, \.hasVerifiedOn),
            .plain(\.verifiedOn, \.verifiedOn) { t, _ in t.verifiedOn.count == t.count },
            flags(\.hasNPWP, \.hasNPWP), each(\.npwp, \.npwp), each(\.phone, \.phone), each(\.email, \.email),
        ]
    }
}
