#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of one archived shelf, which its columns are read from in place: a cache file
/// mapped read-only, or the archive of a shelf just built from rows. Immutable; unmapped or
/// freed when the last column pointing into it is gone.
final class ShelfBytes: @unchecked Sendable {
    let base: UnsafeRawPointer
    let count: Int
    private let release: () -> Void

    private init(base: UnsafeRawPointer, count: Int, release: @escaping () -> Void) {
        (self.base, self.count, self.release) = (base, count, release)
    }

    deinit { release() }

    /// A copy of `bytes`, aligned for any column.
    convenience init(copying bytes: [UInt8]) {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        bytes.withUnsafeBytes { if !$0.isEmpty { memory.copyMemory(from: $0.baseAddress!, byteCount: $0.count) } }
        self.init(base: UnsafeRawPointer(memory), count: bytes.count, release: { memory.deallocate() })
    }

    /// The file at `path` mapped read-only; nil when it cannot be opened or mapped. Cache files
    /// are replaced by renaming a new one into place, never written in place, so a mapping
    /// always sees the whole file it opened.
    static func mapping(_ path: String) -> ShelfBytes? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
        let size = Int(status.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            return nil
        }
        return ShelfBytes(base: UnsafeRawPointer(address), count: size, release: { munmap(address, size) })
    }
}
