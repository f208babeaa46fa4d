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
        var terms = [String](repeating: "", count: termIDs.count)
        for (term, id) in termIDs { terms[Int(id)] = term }
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
        out.put(used.map { $0.verifiedOn ?? "" })
        out.put(used.map { UInt8($0.npwp == nil ? 0 : 1) })
        out.put(used.map { $0.npwp ?? "" })
        out.put(used.map(\.phone))
        out.put(used.map(\.email))
        out.put(supplier.map { local[Int($0)] })
        out.put(price)
        out.put(lead)
        out.put(capacity)
        out.put(mask)
        out.put(others)
        out.put(otherTypes.map { Int32($0.count) })
        out.put(otherTypes.flatMap { $0 })
        out.put(open.map { UInt8($0 ? 1 : 0) })
        out.put(region)
        out.put(tkdnBasisPoints)
        out.put(sku)
        out.put(name)
        out.put(unit)
        out.put(strings)
        out.put(terms)
        out.put(termStart)
        out.put(nameEnd)
        out.put(self.terms)
        out.put(postingStart)
        out.put(postingItems)
        out.put(openMask)
        out.put([Int64(inactiveCount), Int64(largeCount)])
        out.put(maskCounts.map(Int64.init))
        out.put(leadSorted)
        out.put(capacitySorted)
        let codes = areas.keys.sorted()
        out.put(codes)
        for code in codes {
            let area = areas[code]!
            out.put(area.items)
            out.put(area.terms)
            out.put(area.starts)
            out.put(area.postings)
        }
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
        shelf.supplier = try input.array()
        shelf.price = try input.array()
        shelf.lead = try input.array()
        shelf.capacity = try input.array()
        shelf.mask = try input.array()
        shelf.others = try input.array()
        let (setSizes, setTypes) = (try input.array(Int32.self), try input.strings())
        guard setSizes.allSatisfy({ $0 > 0 }), setSizes.reduce(0, { $0 + Int($1) }) == setTypes.count else {
            throw Damaged()
        }
        var next = 0
        shelf.otherTypes = setSizes.map { size in
            defer { next += Int(size) }
            return Array(setTypes[next..<next + Int(size)])
        }
        shelf.open = try input.array(UInt8.self).map { $0 != 0 }
        shelf.region = try input.array()
        shelf.tkdnBasisPoints = try input.array()
        shelf.sku = try input.strings()
        shelf.name = try input.array()
        shelf.unit = try input.array()
        shelf.strings = try input.strings()
        let terms = try input.strings()
        shelf.termIDs.reserveCapacity(terms.count)
        for (id, term) in terms.enumerated() {
            // A term twice would trap in `Dictionary(uniqueKeysWithValues:)`; it is damage, so it throws.
            guard shelf.termIDs.updateValue(Int32(id), forKey: term) == nil else { throw Damaged() }
        }
        shelf.termStart = try input.array()
        shelf.nameEnd = try input.array()
        shelf.terms = try input.array()
        shelf.postingStart = try input.array()
        shelf.postingItems = try input.array()
        shelf.openMask = try input.value()
        let counts = try input.array(Int64.self)
        guard counts.count == 2 else { throw Damaged() }
        (shelf.inactiveCount, shelf.largeCount) = (Int(counts[0]), Int(counts[1]))
        shelf.maskCounts = try input.array(Int64.self).map(Int.init)
        shelf.leadSorted = try input.array()
        shelf.capacitySorted = try input.array()
        for code in try input.array(Int32.self) {
            shelf.areas[code] = CatalogArea(
                items: try input.array(), terms: try input.array(), starts: try input.array(),
                postings: try input.array())
        }
        guard input.isAtEnd, shelf.isWellFormed(suppliers: suppliers.count) else { throw Damaged() }
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
                    verifiedOn: hasVerified[i] != 0 ? verified[i] : nil, npwp: hasNPWP[i] != 0 ? npwp[i] : nil,
                    phone: phone[i], email: email[i]))
        }
        return suppliers
    }

    /// Whether every column has one entry per item and every stored index is in range.
    private func isWellFormed(suppliers: Int) -> Bool {
        let n = count
        let columns = [
            lead.count, capacity.count, mask.count, others.count, open.count, supplier.count, region.count,
            tkdnBasisPoints.count, sku.count, name.count, unit.count, nameEnd.count,
        ]
        // Prices ascending: the matcher's binary searches and bounds rely on it.
        guard columns.allSatisfy({ $0 == n }), maskCounts.count == 256,
            zip(price, price.dropFirst()).allSatisfy({ $0 <= $1 })
        else { return false }
        func within(_ values: [Int32], _ limit: Int) -> Bool { values.allSatisfy { $0 >= 0 && Int($0) < limit } }
        func runs(_ starts: [Int32], _ total: Int) -> Bool {
            starts.first == 0 && Int(starts.last ?? -1) == total
                && zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 }
        }
        guard within(supplier, suppliers), within(name, strings.count),
            others.allSatisfy({ $0 >= -1 && Int($0) < otherTypes.count }), within(unit, strings.count),
            termStart.count == n + 1, runs(termStart, terms.count), within(terms, termIDs.count),
            (0..<n).allSatisfy({ termStart[$0] <= nameEnd[$0] && nameEnd[$0] <= termStart[$0 + 1] }),
            postingStart.count == termIDs.count + 1, runs(postingStart, postingItems.count), within(postingItems, n)
        else { return false }
        return areas.values.allSatisfy {
            within($0.items, n) && within($0.terms, termIDs.count) && $0.starts.count == $0.terms.count + 1
                && runs($0.starts, $0.postings.count) && within($0.postings, n)
        }
    }
}
