/// Rows of text cells read one at a time, from a CSV file or a worksheet: the import
/// pipeline validates either the same way.
public protocol RecordSource: AnyObject {
    /// Name used in diagnostics.
    var fileName: String { get }
    /// Where the current record starts: the physical line of a CSV file, the row of a sheet.
    var line: Int { get }
    /// Input consumed so far, for progress (compare with ``totalBytes``).
    var bytesRead: Int { get }
    /// What ``bytesRead`` grows to at the end of the input.
    var totalBytes: Int { get }
    /// Number of fields in the current record.
    var fieldCount: Int { get }
    /// The text of field `index` of the current record.
    func field(_ index: Int) -> String
    /// Reads the next record; `false` at the end of the input.
    func next() throws -> Bool
}

extension RecordSource {
    /// All fields of the current record.
    public var fields: [String] { (0..<fieldCount).map(field) }
}
