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
        let table = SupplierTable(used)
        for column in SupplierTable.archivedColumns { column.write(table, &out) }
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
        var table = SupplierTable()
        let supplierColumns = SupplierTable.archivedColumns
        for column in supplierColumns { try column.read(&table, &input) }
        var shelf = CatalogShelf()
        let columns = archivedColumns
        for column in columns { try column.read(&shelf, &input) }
        // Checked once all is read: a column's indices may point into one read after it.
        guard input.isAtEnd, supplierColumns.allSatisfy({ $0.check(table, table.count) }),
            columns.allSatisfy({ $0.check(shelf, table.count) })
        else { throw Damaged() }
        let suppliers = table.suppliers()
        shelf.signTerms()
        return (shelf, suppliers)
    }
}
