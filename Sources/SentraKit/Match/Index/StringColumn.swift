/// Strings stored as their UTF-8 bytes in a row with the offsets between them, decoded only
/// when read: a shelf's SKUs and names are read for the few items shown, not for all.
struct StringColumn: RandomAccessCollection, Sendable {
    /// String i is bytes[offsets[i]..<offsets[i + 1]].
    var offsets = ShelfColumn<Int32>.zero
    var bytes = ShelfColumn<UInt8>()

    var startIndex: Int { 0 }
    var endIndex: Int { offsets.count - 1 }

    subscript(position: Int) -> String {
        let (start, end) = (Int(offsets[position]), Int(offsets[position + 1]))
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self)
        }
    }

    /// The bytes of string `position`, valid inside `body` only.
    func withUTF8<R>(_ position: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let (start, end) = (Int(offsets[position]), Int(offsets[position + 1]))
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Whether the offsets start at 0, never decrease and end at the bytes' end.
    var isWellFormed: Bool {
        offsets.count >= 1 && ArchiveColumnCheck.runs(offsets, bytes.count)
    }
}
