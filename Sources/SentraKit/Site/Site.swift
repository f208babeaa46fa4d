import Foundation

/// What `sentra site` is asked to publish.
public struct SiteOptions: Sendable {
    /// The folder the site ends up in; it is written next to it first and renamed into place.
    public var output: String
    public var title: String = "Galeri IKM"
    /// Kabupaten/kota codes (`36.04`) or province prefixes (`36`); empty means every region.
    public var regions: [String] = []
    /// Leave phone numbers and e-mail addresses out.
    public var noContact = false
    /// The day staleness is judged against.
    public var asOf: Day
    /// The language of every text of the site (Bahasa Indonesia by default).
    public var language: ReportLanguage = .id
    /// The longest list of product numbers one index script holds (`SiteListCode.partBytes`); the
    /// tests make it tiny so the Fixtures' lists are cut into parts too.
    var listPartBytes = SiteListCode.partBytes

    public init(output: String, asOf: Day) {
        self.output = output
        self.asOf = asOf
    }
}

/// What a `sentra site` run wrote.
public struct SiteSummary: Sendable, Equatable {
    public var pages: Int
    public var suppliers: Int
    public var products: Int
    public var sentras: Int
    public var regions: Int
}

/// `sentra site`: a static showcase of the directory and catalog that works from `file://`.
public enum Site {
    /// The file that marks a folder as written by `sentra site`, so a rerun may replace it.
    static let marker = ".sentra-site"

    /// Reads the directory, renders every page and puts the folder in place atomically.
    public static func build(_ store: Store, _ options: SiteOptions) throws -> SiteSummary {
        let data = try store.read { try SiteData.load($0, options: options) }
        guard !data.suppliers.isEmpty else {
            if options.regions.isEmpty {
                throw SentraError(.dataRejected, .siteEmptyDirectory, store.path)
            }
            throw SentraError(
                .dataRejected, .siteNoSupplierInRegion, options.regions.joined(separator: ", "), store.path)
        }
        var pages = 0
        try write(to: options.output) { folder in
            let writer = SiteWriter(folder: folder)
            try SitePages(data: data, options: options).render(writer.write)
            pages = writer.pageCount
        }
        return SiteSummary(
            pages: pages, suppliers: data.suppliers.count,
            products: data.products.count, sentras: data.sentras.count, regions: data.regions.count)
    }

    /// Lets `fill` write every file into a fresh folder beside `output` (each as soon as it is
    /// rendered, so memory does not grow with the site), then swaps it into place: a failed run
    /// leaves the previous site as it was.
    static func write(to output: String, _ fill: (URL) throws -> Void) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: target.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw SentraError(.cannotCreate, .siteNotFolder, output)
            }
            let contents = (try? manager.contentsOfDirectory(atPath: target.path)) ?? []
            guard contents.isEmpty || contents.contains(marker) else {
                throw SentraError(.cannotCreate, .siteNotOurs, output)
            }
        }
        let pid = ProcessInfo.processInfo.processIdentifier
        let temporary = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(pid)")
        let previous = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(pid)")
        do {
            try? manager.removeItem(at: temporary)
            try manager.createDirectory(at: temporary, withIntermediateDirectories: true)
            try fill(temporary)
            try Data().write(to: temporary.appendingPathComponent(marker))
            if manager.fileExists(atPath: target.path) {
                try manager.moveItem(at: target, to: previous)
                do {
                    try manager.moveItem(at: temporary, to: target)
                } catch {
                    try? manager.moveItem(at: previous, to: target)
                    throw error
                }
                try? manager.removeItem(at: previous)
            } else {
                try manager.moveItem(at: temporary, to: target)
            }
        } catch let error as SentraError {
            try? manager.removeItem(at: temporary)
            throw error
        } catch {
            try? manager.removeItem(at: temporary)
            throw SentraError(.cannotCreate, .siteCannotWrite, output, error.localizedDescription)
        }
    }
}
