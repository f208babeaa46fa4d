import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file written to a temporary sibling and renamed into place on
/// ``commit()``, so a reader never sees half of it and a failed run leaves
/// the previous file untouched.
public final class AtomicFile {
    public let path: String
    private let temporaryPath: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var committed = false

    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw SentraError(.cannotCreate, .outputIsDirectory, path)
        }
        temporaryPath = directory + "/." + url.lastPathComponent + ".tmp-\(getpid())"
        let fd = open(temporaryPath, O_CREAT | O_WRONLY | O_TRUNC, 0o600)
        guard fd >= 0 else {
            throw SentraError(.cannotCreate, .cannotCreateFile, path, String(cString: strerror(errno)))
        }
        handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    deinit {
        if !committed { unlink(temporaryPath) }
    }

    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    public func write(bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws {
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw SentraError(.ioError, .writeFailed, path, error.localizedDescription)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and renames the file into place.
    public func commit() throws {
        try flush()
        // Owner-only unless the user's umask allows more: follow the umask like any tool.
        let mask = umask(0)
        umask(mask)
        fchmod(handle.fileDescriptor, 0o666 & ~mask)
        fsync(handle.fileDescriptor)
        try? handle.close()
        guard rename(temporaryPath, path) == 0 else {
            throw SentraError(.ioError, .cannotReplace, path, String(cString: strerror(errno)))
        }
        committed = true
    }
}
