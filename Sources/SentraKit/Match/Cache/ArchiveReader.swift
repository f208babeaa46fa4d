/// Reads what ``ArchiveWriter`` wrote, refusing short or malformed input instead of
/// trusting it: a damaged cache entry is rebuilt, never read past its end. The bytes
/// come from `read` (destination, count, offset), so arrays are read straight into
/// their own storage, without a copy of the whole entry first.
struct ArchiveReader {
    struct Damaged: Error {}

    private let size: Int
    private let read: (UnsafeMutableRawPointer, Int, Int) -> Bool
    private var offset = 0

    init(size: Int, read: @escaping (UnsafeMutableRawPointer, Int, Int) -> Bool) {
        self.size = size
        self.read = read
    }

    var isAtEnd: Bool { offset == size }

    private mutating func take(_ count: Int, into destination: UnsafeMutableRawPointer) throws {
        guard count >= 0, size - offset >= count else { throw Damaged() }
        if count > 0 { guard read(destination, count, offset) else { throw Damaged() } }
        offset += count
    }

    mutating func value<T: BitwiseCopyable>(_: T.Type = T.self) throws -> T {
        var result = [UInt8](repeating: 0, count: MemoryLayout<T>.size)
        try result.withUnsafeMutableBytes { try take($0.count, into: $0.baseAddress!) }
        return result.withUnsafeBytes { $0.loadUnaligned(as: T.self) }
    }

    mutating func array<T: BitwiseCopyable>(_: T.Type = T.self) throws -> [T] {
        let count = try value(Int64.self)
        let stride = MemoryLayout<T>.stride
        guard count >= 0, count <= Int64((size - offset) / max(stride, 1)) else { throw Damaged() }
        var failure: Error?
        let result = [T](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
            do {
                if count > 0 { try take(Int(count) * stride, into: UnsafeMutableRawPointer(buffer.baseAddress!)) }
                initialized = Int(count)
            } catch {
                failure = error
                initialized = 0
            }
        }
        if let failure { throw failure }
        return result
    }

    mutating func strings() throws -> [String] {
        let lengths = try array(Int32.self)
        var total = 0
        for length in lengths {
            guard length >= 0 else { throw Damaged() }
            total += Int(length)
        }
        guard total <= size - offset else { throw Damaged() }
        var bytes = [UInt8](repeating: 0, count: total)
        try bytes.withUnsafeMutableBytes { if total > 0 { try take(total, into: $0.baseAddress!) } }
        var result: [String] = []
        result.reserveCapacity(lengths.count)
        var start = 0
        for length in lengths {
            result.append(String(decoding: bytes[start..<start + Int(length)], as: UTF8.self))
            start += Int(length)
        }
        return result
    }
}
