import Foundation
import ZIPFoundation

/// One ZIP entry's uncompressed bytes, handed to a parser a chunk at a time as ZIPFoundation
/// inflates them, on the parser's own thread: a sheet of any length is read while one chunk
/// is held, and nothing is written anywhere.
///
/// Inflating and parsing share a thread because libxml2's push parser takes chunks as they
/// come. A thread of its own for inflating, joined by a queue of chunks, was faster when a
/// core was idle but peaked ~29 MiB higher on the L catalog (another malloc arena filling on
/// one thread and freed on another), past the 300 MB bar (docs/performance.md).
final class EntryStream: @unchecked Sendable {
    static let chunkSize = 1 << 16

    private let archive: Archive
    private let entry: Entry
    private let lock = NSLock()
    // Guarded by `lock`: written by the parsing thread, read for progress by the importing one.
    private var delivered = 0
    /// Why inflating stopped early (a damaged entry); set by ``forEachChunk(_:)``.
    private(set) var inflateError: Error?

    init(archive: Archive, entry: Entry) {
        self.archive = archive
        self.entry = entry
    }

    /// Bytes of the entry inflated so far.
    var bytesRead: Int {
        lock.lock()
        defer { lock.unlock() }
        return delivered
    }

    /// Inflates the entry and gives each chunk to `body`, until its end or until `body` returns
    /// false; a damaged entry ends it early with ``inflateError`` set.
    func forEachChunk(_ body: (UnsafeRawBufferPointer) -> Bool) {
        struct Stop: Error {}
        do {
            _ = try archive.extract(entry, bufferSize: Self.chunkSize) { data in
                lock.lock()
                delivered += data.count
                lock.unlock()
                guard data.withUnsafeBytes(body) else { throw Stop() }
            }
        } catch is Stop {
        } catch {
            inflateError = error
        }
    }
}
