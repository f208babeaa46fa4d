/// Reads what ``ArchiveWriter`` wrote, refusing short or malformed input instead of
/// trusting it: a damaged cache entry is rebuilt, never read past its end.
struct ArchiveReader {
    struct Damaged: Error {}

    private let base: UnsafeRawBufferPointer
    private var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { base = bytes }

    var isAtEnd: Bool { offset == base.count }

    mutating func value<T: BitwiseCopyable>(_: T.Type = T.self) throws -> T {
        let size = MemoryLayout<T>.size
        guard base.count - offset >= size else { throw Damaged() }
        defer { offset += size }
        return base.loadUnaligned(fromByteOffset: offset, as: T.self)
    }

    mutating func array<T: BitwiseCopyable>(_: T.Type = T.self) throws -> [T] {
        let count = try value(Int64.self)
        let size = MemoryLayout<T>.stride
        guard count >= 0, count <= Int64((base.count - offset) / max(size, 1)) else { throw Damaged() }
        let length = Int(count) * size
        let result = [T](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(
                from: UnsafeRawBufferPointer(rebasing: base[offset..<offset + length]))
            initialized = Int(count)
        }
        offset += length
        return result
    }

    mutating func strings() throws -> [String] {
        let lengths = try array(Int32.self)
        var result: [String] = []
        result.reserveCapacity(lengths.count)
        for length in lengths {
            guard length >= 0, base.count - offset >= Int(length) else { throw Damaged() }
            result.append(String(decoding: base[offset..<offset + Int(length)], as: UTF8.self))
            offset += Int(length)
        }
        return result
    }
}
