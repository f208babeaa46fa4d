extension CatalogShelf {
    private static let magic: UInt32 = 0x464C_4853  // "SHLF"

    /// The shelf as bytes for ``CatalogCache``, with its suppliers' records: supplier numbers
    /// are written as indices into the shelf's own list (`suppliers` are the snapshot's), so
    /// the entry neither depends on other shelves nor needs the directory read back.
    func archive(suppliers: [Supplier]) -> [UInt8] {
        let numbers = Set(supplier).sorted()
        let used = numbers.map { suppliers[Int($0)] }
        var local = [Int32](repeating: -1, count: suppliers.count)
        for (index, number) in numbers.enumerated() { local[Int(number)] = Int32(index) }
        var out = ArchiveWriter()
        out.put(Self.magic)
        out.put(CatalogCache.format)
        out.put(used.map(\.nib))
        out.put(used.map(\.name))
        out.put(used.map(\.scale.rawValue))
        out.put(used.map(\.region))
        out.put(used.map(\.sentra))
        // Certificates as their parts: parsing cells back cost more than the rest of a supplier.
        out.put(used.map { Int32($0.certifications.count) })
        out.put(used.flatMap { $0.certifications.map(\.type) })
        out.put(used.flatMap { $0.certifications.map { UInt8($0.number == nil ? 0 : 1) } })
        out.put(used.flatMap { $0.certifications.map { $0.number ?? "" } })
        out.put(used.map { UInt8($0.active ? 1 : 0) })
        // Optional text as a presence byte and the text ("" when absent).
        out.put(used.map { UInt8($0.verifiedOn == nil ? 0 : 1) })
        out.put(used.map { $0.verifiedOn?.description ?? "" })
        out.put(used.map { UInt8($0.npwp == nil ? 0 : 1) })
        out.put(used.map { $0.npwp ?? "" })
        out.put(used.map(\.phone))
        out.put(used.map(\.email))
        var stored = self
        stored.supplier = supplier.map { local[Int($0)] }
        for column in Self.archivedColumns { column.write(stored, &out) }
        return out.bytes
    }

    /// A shelf read back from ``archive(suppliers:)``, its supplier numbers indexing the returned
    /// suppliers. Every count and index is checked, so damaged bytes throw instead of misleading.
    static func unarchive(_ input: consuming ArchiveReader) throws -> (CatalogShelf, [Supplier]) {
        typealias Damaged = ArchiveReader.Damaged
        guard try input.value(UInt32.self) == magic, try input.value(UInt32.self) == CatalogCache.format else {
            throw Damaged()
        }
        let suppliers = try readSuppliers(&input)
        var shelf = CatalogShelf()
        let columns = archivedColumns
        for column in columns { try column.read(&shelf, &input) }
        // Checked once all is read: a column's indices may point into one read after it.
        guard input.isAtEnd, columns.allSatisfy({ $0.check(shelf, suppliers.count) }) else { throw Damaged() }
        shelf.signTerms()
        return (shelf, suppliers)
    }

    private static func readSuppliers(_ input: inout ArchiveReader) throws -> [Supplier] {
        let (nib, name, scale, region, sentra) = (
            try input.strings(), try input.strings(), try input.strings(), try input.strings(), try input.strings()
        )
        let (certificateCount, type, hasNumber, number) = (
            try input.array(Int32.self), try input.strings(), try input.array(UInt8.self), try input.strings()
        )
        let (active, hasVerified, verified, hasNPWP, npwp) = (
            try input.array(UInt8.self), try input.array(UInt8.self), try input.strings(), try input.array(UInt8.self),
            try input.strings()
        )
        let (phone, email) = (try input.strings(), try input.strings())
        let n = nib.count
        guard
            [name, scale, region, sentra, verified, npwp, phone, email].allSatisfy({ $0.count == n }),
            [active, hasVerified, hasNPWP].allSatisfy({ $0.count == n }), certificateCount.count == n,
            certificateCount.allSatisfy({ $0 >= 0 }), certificateCount.reduce(0, { $0 + Int($1) }) == type.count,
            hasNumber.count == type.count, number.count == type.count
        else { throw ArchiveReader.Damaged() }
        var next = 0
        var suppliers: [Supplier] = []
        suppliers.reserveCapacity(n)
        for i in 0..<n {
            let certificates = (next..<next + Int(certificateCount[i])).map {
                Certification(type: type[$0], number: hasNumber[$0] != 0 ? number[$0] : nil)
            }
            next += Int(certificateCount[i])
            suppliers.append(
                Supplier(
                    nib: nib[i], name: name[i], scale: Scale(rawValue: scale[i]) ?? .besar, region: region[i],
                    sentra: sentra[i], certifications: certificates, active: active[i] != 0,
                    verifiedOn: hasVerified[i] != 0 ? try Day.parse(verified[i]).get() : nil,
                    npwp: hasNPWP[i] != 0 ? npwp[i] : nil,
                    phone: phone[i], email: email[i]))
        }
        return suppliers
    }
}
