extension ShelfDraft {
    private static let magic: UInt32 = 0x464C_4853  // "SHLF"

    /// The shelf as bytes, read back in place by ``CatalogShelf/unarchive(_:token:)``, with its
    /// suppliers' records: supplier numbers are written as indices into the shelf's own list
    /// (`suppliers` are those its numbers index), so the entry neither depends on other
    /// shelves nor needs the directory read back. `token` names the cache file holding it
    /// (zero for a shelf only built here).
    func archive(suppliers: [Supplier], token: CacheToken = .none) -> [UInt8] {
        let numbers = Set(supplier).sorted()
        let used = numbers.map { suppliers[Int($0)] }
        var local = [Int32](repeating: -1, count: suppliers.count)
        for (index, number) in numbers.enumerated() { local[Int(number)] = Int32(index) }
        var out = ArchiveWriter()
        out.put(Self.magic)
        out.put(CatalogCache.format)
        out.put(token.high)
        out.put(token.low)
        let rows = SupplierTable.Records(used)
        for column in SupplierTable.archivedColumns { column.write(rows, &out) }
        var stored = self
        stored.supplier = supplier.map { local[Int($0)] }
        for column in CatalogShelf.archivedColumns { column.write(stored, &out) }
        return out.bytes
    }

    /// Reads the header of `bytes`: whether it is an archive of this format written under `token`.
    static func header(_ input: inout ArchiveReader, token: CacheToken) throws -> Bool {
        try input.value(UInt32.self) == magic && input.value(UInt32.self) == CatalogCache.format
            && input.value(UInt64.self) == token.high && input.value(UInt64.self) == token.low
    }
}

extension CatalogShelf {
    /// A shelf read in place from ``ShelfDraft/archive(suppliers:token:)``, its supplier numbers
    /// indexing the returned suppliers. Every count and index is checked, so damaged bytes throw
    /// instead of misleading.
    static func unarchive(_ bytes: ShelfBytes, token: CacheToken = .none) throws -> (CatalogShelf, SupplierTable) {
        typealias Damaged = ArchiveReader.Damaged
        var input = ArchiveReader(bytes)
        guard try ShelfDraft.header(&input, token: token) else { throw Damaged() }
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
        shelf.owners = [bytes]
        table.owner = bytes
        return (shelf, table)
    }
}
