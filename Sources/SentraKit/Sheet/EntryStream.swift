import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// One ZIP entry's uncompressed bytes as an `InputStream`: ZIPFoundation inflates the entry a
/// chunk at a time on a second thread and hands the chunks over through a short queue, so
/// `XMLParser(stream:)` reads a sheet of any length while at most a few chunks are held.
///
/// ZIPFoundation only pushes chunks to a closure and `XMLParser` only pulls from a stream;
/// the thread joins the two without writing the entry anywhere.
final class EntryStream: InputStream {
    private let pump: Pump
    // The reading side's own state.
    private var current = Data()
    private var offset = 0
    private var started = false
    private var atEnd = false

    init(archive: Archive, entry: Entry) {
        pump = Pump(archive: archive, entry: entry)
        super.init(data: Data())
    }

    /// Bytes of the entry read so far.
    var bytesRead: Int { pump.delivered }

    /// Why inflating stopped early (a damaged entry), once the stream has ended.
    var inflateError: Error? { started && atEnd ? pump.failure : nil }

    override func open() {
        guard !started else { return }
        started = true
        pump.start()
    }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        if !started { open() }
        while offset == current.count {
            guard !atEnd, let next = pump.chunks.receive() else {
                if !atEnd {
                    atEnd = true
                    pump.finished.wait()
                }
                return pump.failure == nil ? 0 : -1
            }
            current = next
            offset = 0
        }
        let count = min(length, current.count - offset)
        current.withUnsafeBytes { bytes in
            buffer.update(from: bytes.bindMemory(to: UInt8.self).baseAddress! + offset, count: count)
        }
        offset += count
        pump.add(delivered: count)
        return count
    }

    override var hasBytesAvailable: Bool { !atEnd }

    override func getBuffer(
        _ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, length len: UnsafeMutablePointer<Int>
    ) -> Bool { false }

    /// Stops the inflating thread (it may be waiting to hand over a chunk) and waits for it.
    override func close() {
        guard started, !atEnd else { return }
        pump.cancel()
        while pump.chunks.receive() != nil {}  // let a waiting send finish; it then sees the cancel
        atEnd = true
        pump.finished.wait()
    }

    override var streamStatus: Status { atEnd ? .atEnd : started ? .open : .notOpen }

    /// The inflating thread and what it shares with the reader.
    private final class Pump: @unchecked Sendable {
        static let chunkSize = 1 << 16
        let archive: Archive
        let entry: Entry
        let chunks = Handoff<Data>(capacity: 4)
        let finished = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        // Guarded by `lock`.
        private var cancelled = false
        private var deliveredBytes = 0
        // Written by the thread before it signals `finished`, read after the wait.
        var failure: Error?

        init(archive: Archive, entry: Entry) {
            self.archive = archive
            self.entry = entry
        }

        var delivered: Int {
            lock.lock()
            defer { lock.unlock() }
            return deliveredBytes
        }

        func add(delivered count: Int) {
            lock.lock()
            deliveredBytes += count
            lock.unlock()
        }

        func cancel() {
            lock.lock()
            cancelled = true
            lock.unlock()
        }

        private var isCancelled: Bool {
            lock.lock()
            defer { lock.unlock() }
            return cancelled
        }

        func start() {
            Thread.detachNewThread { [self] in
                do {
                    _ = try archive.extract(entry, bufferSize: Self.chunkSize) { data in
                        if isCancelled { throw CancellationError() }
                        chunks.send(data)
                    }
                } catch is CancellationError {
                } catch {
                    failure = error
                }
                chunks.close()
                finished.signal()
            }
        }
    }
}
