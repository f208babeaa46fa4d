/// Writes plain arrays as bytes for the match cache: each array as its element count
/// (Int64) then its elements' memory, strings as their UTF-8 lengths then their bytes.
/// Read back by ``ArchiveReader`` on the same machine (native byte order).
struct ArchiveWriter {
    private(set) var bytes: [UInt8] = []

    mutating func put<T: BitwiseCopyable>(_ values: [T]) {
        put(Int64(values.count))
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    mutating func put<T: BitwiseCopyable>(_ value: T) {
        withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
    }

    mutating func put(_ strings: [String]) {
        put(strings.map { Int32($0.utf8.count) })
        for string in strings { bytes.append(contentsOf: string.utf8) }
    }
}
