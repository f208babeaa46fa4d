/// Writes plain arrays as bytes for the match cache: each array as its element count (Int64)
/// then its elements' memory, padded to 8 bytes so ``ArchiveReader`` can read every column in
/// place; strings as their UTF-8 offsets then their bytes. Read back on the same machine
/// (native byte order).
struct ArchiveWriter {
    private(set) var bytes: [UInt8] = []

    /// `size` rounded up to whole 8-byte words.
    static func aligned(_ size: Int) -> Int { (size + 7) & ~7 }

    private mutating func pad() {
        bytes.append(contentsOf: repeatElement(0, count: Self.aligned(bytes.count) - bytes.count))
    }

    mutating func put<T: BitwiseCopyable>(_ values: [T]) {
        put(Int64(values.count))
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        pad()
    }

    mutating func put<T: BitwiseCopyable>(_ value: T) {
        withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
        pad()
    }

    mutating func put(_ strings: [String]) {
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(strings.count + 1)
        var total = 0
        for string in strings {
            total += string.utf8.count
            offsets.append(Int32(clamping: total))
        }
        put(offsets)
        put(strings.flatMap(\.utf8))
    }
}
