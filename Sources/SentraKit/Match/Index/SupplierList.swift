/// The suppliers a snapshot's shelves number, in NIB order: each decoded from its shelf's
/// ``SupplierTable`` when read, so loading one category does not build every record of it.
public struct SupplierList: RandomAccessCollection, Sendable {
    private let tables: [SupplierTable]
    /// Supplier n is row `rows[n]` of table `tableOf[n]`; empty when there is one table, read in order.
    private let tableOf: [Int32]
    private let rows: [Int32]

    /// One table's suppliers, numbered as its rows.
    init(_ table: SupplierTable) { (tables, tableOf, rows) = ([table], [], []) }

    /// `entries`, (table, row) pairs, numbered in their order.
    init(tables: [SupplierTable], entries: [(table: Int32, row: Int32)]) {
        (self.tables, tableOf, rows) = (tables, entries.map(\.table), entries.map(\.row))
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.isEmpty ? (tables.first?.count ?? 0) : rows.count }

    public subscript(position: Int) -> Supplier {
        let (table, row) = place(position)
        return table.supplier(row)
    }

    /// Supplier n's table and row.
    private func place(_ n: Int) -> (SupplierTable, Int) {
        rows.isEmpty ? (tables[0], n) : (tables[Int(tableOf[n])], Int(rows[n]))
    }

    /// Per supplier: inactive, a large business, counts toward the UMK-K target; read from the
    /// tables' columns without decoding a record.
    func flags() -> (inactive: [Bool], large: [Bool], umkk: [Bool]) {
        let perTable = tables.map { table in
            (0..<table.count).map { row in
                (inactive: !table.active[row], scale: Scale.allCases[Int(table.scale[row])])
            }
        }
        let all = rows.isEmpty ? perTable.first ?? [] : zip(tableOf, rows).map { perTable[Int($0)][Int($1)] }
        return (all.map(\.inactive), all.map { $0.scale == .besar }, all.map(\.scale.countsTowardUMKK))
    }
}
