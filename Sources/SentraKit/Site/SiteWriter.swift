import Foundation

/// Writes the site's files into one folder from several threads, counting the pages.
final class SiteWriter: @unchecked Sendable {
    let folder: String
    // `pages` is only touched while `lock` is held; `folder` never changes.
    private let lock = NSLock()
    private var pages = 0

    init(folder: URL) { self.folder = folder.path }

    /// How many `.html` files were written.
    var pageCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return pages
    }

    /// Writes `text` as `name` with plain `open`/`write`: the site is a quarter of a million
    /// files, and going through `Data` would copy each of them once more.
    func write(_ name: String, _ text: String) throws {
        var text = text
        let path = folder + "/" + name
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw SentraError(.cannotCreate, .cannotCreateFile, path, String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        try text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                guard written > 0 else {
                    throw SentraError(.cannotCreate, .cannotCreateFile, path, String(cString: strerror(errno)))
                }
                offset += written
            }
        }
        if name.hasSuffix(".html") {
            lock.lock()
            pages += 1
            lock.unlock()
        }
    }
}
