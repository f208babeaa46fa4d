/// A batch of a sheet's rows as the parsing thread hands them over: every cell's UTF-8 text in
/// one buffer with the end of each field, as the CSV reader keeps a record. A row is a few
/// offsets, not an array of strings, so the parsing thread allocates a few buffers per batch
/// and the importing thread makes a `String` only of the fields it reads.
struct SheetRows: Sendable {
    private(set) var bytes: [UInt8] = []
    /// The end in `bytes` of each field of each row, row after row.
    private(set) var fieldEnds: [Int] = []
    /// For each row, the index in `fieldEnds` past its last field.
    private(set) var rowEnds: [Int] = []
    /// Each row's number, as Excel shows it.
    private(set) var numbers: [Int] = []
    /// Where the row being written starts in `fieldEnds` and `bytes`.
    private var openFields = 0
    private var openBytes = 0

    var count: Int { numbers.count }

    /// Room for about as much as `other` held, so a batch is allocated once.
    mutating func reserve(like other: SheetRows) {
        bytes.reserveCapacity(other.bytes.count)
        fieldEnds.reserveCapacity(other.fieldEnds.count)
        rowEnds.reserveCapacity(other.rowEnds.count)
        numbers.reserveCapacity(other.numbers.count)
    }

    /// Fields written so far in the row being written.
    var openFieldCount: Int { fieldEnds.count - openFields }

    /// Sets field `column` of the row being written to `value` (not empty); the fields before
    /// it that have none are empty.
    mutating func set(_ column: Int, _ value: UnsafeBufferPointer<UInt8>) {
        if column < openFieldCount {
            replace(column, value)
            return
        }
        while openFieldCount < column { fieldEnds.append(bytes.count) }
        bytes.append(contentsOf: value)
        fieldEnds.append(bytes.count)
    }

    /// A cell written again or out of column order (Excel writes neither): the row is rebuilt.
    private mutating func replace(_ column: Int, _ value: UnsafeBufferPointer<UInt8>) {
        var fields = (0..<openFieldCount).map { Array(field(row: nil, $0)) }
        fields[column] = Array(value)
        bytes.removeSubrange(openBytes...)
        fieldEnds.removeSubrange(openFields...)
        for field in fields {
            bytes.append(contentsOf: field)
            fieldEnds.append(bytes.count)
        }
    }

    /// Ends the row being written as row `number`; a row with no value is dropped.
    mutating func endRow(_ number: Int) {
        guard openFieldCount > 0 else { return }
        rowEnds.append(fieldEnds.count)
        numbers.append(number)
        openFields = fieldEnds.count
        openBytes = bytes.count
    }

    /// The number of fields of row `row`.
    func fieldCount(row: Int) -> Int { rowEnds[row] - (row == 0 ? 0 : rowEnds[row - 1]) }

    /// The bytes of field `index` of row `row` (nil: the row being written).
    func field(row: Int?, _ index: Int) -> ArraySlice<UInt8> {
        let first = row.map { $0 == 0 ? 0 : rowEnds[$0 - 1] } ?? openFields
        let position = first + index
        let start = position == 0 ? 0 : fieldEnds[position - 1]
        return bytes[start..<fieldEnds[position]]
    }
}
