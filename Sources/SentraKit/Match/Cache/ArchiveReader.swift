/// Reads what ``ArchiveWriter`` wrote from bytes in memory, handing out columns that point into
/// them rather than copies. Short or malformed input throws instead of being trusted: every
/// count is checked against what is left, and every column is aligned for its values.
struct ArchiveReader {
    struct Damaged: Error {}

    private let bytes: ShelfBytes
    private var offset: Int

    init(_ bytes: ShelfBytes, from offset: Int = 0) {
        (self.bytes, self.offset) = (bytes, offset)
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func value<T: BitwiseCopyable>(_: T.Type = T.self) throws -> T {
        let size = MemoryLayout<T>.size
        guard bytes.count - offset >= size else { throw Damaged() }
        let value = bytes.base.loadUnaligned(fromByteOffset: offset, as: T.self)
        try skip(size)
        return value
    }

    /// Moves past `size` bytes and their padding, which must be zero: what the writer put there,
    /// so a changed padding byte is caught like any other.
    private mutating func skip(_ size: Int) throws {
        let end = offset + ArchiveWriter.aligned(size)
        guard end <= bytes.count else { throw Damaged() }
        for k in (offset + size)..<end where bytes.base.load(fromByteOffset: k, as: UInt8.self) != 0 { throw Damaged() }
        offset = end
    }

    mutating func column<T: BitwiseCopyable>(_: T.Type = T.self) throws -> ShelfColumn<T> {
        let count = try value(Int64.self)
        let stride = MemoryLayout<T>.stride
        guard count >= 0, count <= Int64((bytes.count - offset) / max(stride, 1)) else { throw Damaged() }
        let start = bytes.base + offset
        guard Int(bitPattern: start) % MemoryLayout<T>.alignment == 0 else { throw Damaged() }
        try skip(Int(count) * stride)
        guard count > 0 else { return ShelfColumn() }
        return ShelfColumn(start.assumingMemoryBound(to: T.self), count: Int(count))
    }

    /// An array copied out of the bytes, for the small columns kept as arrays.
    mutating func array<T: BitwiseCopyable>(_: T.Type = T.self) throws -> [T] {
        Array(try column(T.self))
    }

    /// Booleans stored as bytes; any byte but 0 and 1 is damage (and could not be read as a `Bool`).
    mutating func flags() throws -> ShelfColumn<Bool> {
        let raw = try column(UInt8.self)
        let valid = raw.withUnsafeBufferPointer { buffer in buffer.allSatisfy { $0 <= 1 } }
        guard valid else { throw Damaged() }
        return raw.withUnsafeBufferPointer { buffer in
            guard let start = buffer.baseAddress else { return ShelfColumn() }
            return ShelfColumn(
                UnsafeRawPointer(start).assumingMemoryBound(to: Bool.self), count: buffer.count)
        }
    }

    mutating func strings() throws -> StringColumn {
        let strings = StringColumn(offsets: try column(), bytes: try column())
        guard strings.isWellFormed else { throw Damaged() }
        return strings
    }
}
