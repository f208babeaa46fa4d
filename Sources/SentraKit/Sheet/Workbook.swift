import Crypto
import Foundation
import ZIPFoundation

/// An `.xlsx` workbook opened for reading rows: its sheets by name, its shared strings and
/// the cell styles that tell dates and percentages from plain numbers.
///
/// ZIPFoundation reads the archive (its central directory, then one entry at a time, inflated
/// in chunks). The small parts (workbook, relationships, styles) are read whole with Foundation's
/// `XMLParser`; shared strings and sheets are streamed through libxml2 (``XMLStream``).
public final class Workbook {
    /// Name used in diagnostics.
    public let fileName: String
    /// The sheets in the workbook's order (the first is the default), with their part paths.
    public let sheets: [(name: String, part: String)]
    private let archive: Archive
    private let styles: CellStyles
    private let sharedStringsPart: String?
    private let date1904: Bool

    /// Whether `path` starts as a ZIP archive does (an `.xlsx` is one).
    public static func isZIP(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4)) ?? Data()
        return head == Data([0x50, 0x4B, 0x03, 0x04])
    }

    /// The file's sha256, read in chunks (for idempotency, `history` and provenance).
    public static func sha256(path: String) throws -> (digest: String, bytes: Int) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SentraError(.inputUnreadable, .workbookCannotOpen, path)
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        var total = 0
        while let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty {
            hasher.update(data: chunk)
            total += chunk.count
        }
        return (hasher.finalize().map { String(format: "%02x", $0) }.joined(), total)
    }

    /// Opens the workbook at `path`; `fileName` names it in diagnostics.
    public init(path: String, fileName: String) throws {
        self.fileName = fileName
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw SentraError(.dataRejected, .workbookNotZIP, fileName)
        }
        let rootRelations = try Workbook.relations(in: archive, part: "_rels/.rels", base: "", file: fileName)
        guard
            let workbookPart = rootRelations.first(where: { $0.type.hasSuffix("/officeDocument") })?.target
                ?? (archive["xl/workbook.xml"] != nil ? "xl/workbook.xml" : nil),
            archive[workbookPart] != nil
        else {
            let isODS = archive["content.xml"] != nil
            throw SentraError(.dataRejected, isODS ? .workbookIsODS : .workbookNotXLSX, fileName)
        }
        let base = (workbookPart as NSString).deletingLastPathComponent
        let relationsPart = base + "/_rels/" + (workbookPart as NSString).lastPathComponent + ".rels"
        let relations = try Workbook.relations(in: archive, part: relationsPart, base: base, file: fileName)
        let targets = Dictionary(relations.map { ($0.id, $0.target) }, uniquingKeysWith: { first, _ in first })
        let elements = try XMLElements.read(
            Workbook.data(of: workbookPart, in: archive, file: fileName), part: workbookPart, file: fileName)
        sheets = elements.filter { $0.name == "sheet" }.compactMap { sheet in
            let id = sheet.attributes.first { $0.key == "id" || $0.key.hasSuffix(":id") }?.value
            guard let name = sheet.attributes["name"], let part = id.flatMap({ targets[$0] }) else { return nil }
            return (name, part)
        }
        date1904 = elements.contains { element in
            element.name == "workbookPr" && ["1", "true"].contains(element.attributes["date1904"] ?? "")
        }
        if let stylesPart = relations.first(where: { $0.type.hasSuffix("/styles") })?.target,
            archive[stylesPart] != nil
        {
            styles = CellStyles(
                try XMLElements.read(
                    Workbook.data(of: stylesPart, in: archive, file: fileName), part: stylesPart, file: fileName))
        } else {
            styles = CellStyles()
        }
        sharedStringsPart = relations.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target
    }

    /// The rows of the sheet named `sheet` (the first sheet when nil).
    public func rows(sheet: String? = nil) throws -> SheetReader {
        guard !sheets.isEmpty else { throw SentraError(.dataRejected, .workbookNoSheet, fileName) }
        let names = sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
        guard let chosen = sheet.map({ wanted in sheets.first { $0.name == wanted } }) ?? sheets.first else {
            throw SentraError(.usage, .workbookNoSuchSheet, fileName, sheet!, names)
        }
        guard let entry = archive[chosen.part] else {
            throw SentraError(.dataRejected, .workbookSheetMissing, fileName, chosen.name)
        }
        var strings = SharedStrings()
        if let part = sharedStringsPart, let stringsEntry = archive[part] {
            strings = try SharedStrings.read(
                EntryStream(archive: archive, entry: stringsEntry), part: part, file: fileName)
        }
        return SheetReader(
            stream: EntryStream(archive: archive, entry: entry), part: chosen.part,
            totalBytes: Int(entry.uncompressedSize), file: fileName, sheet: chosen.name, strings: strings,
            styles: styles, date1904: date1904)
    }

    /// A small part, whole.
    private static func data(of part: String, in archive: Archive, file: String) throws -> Data {
        guard let entry = archive[part] else {
            throw SentraError(.dataRejected, .workbookPartMissing, file, part)
        }
        var data = Data()
        do {
            _ = try archive.extract(entry) { data.append($0) }
        } catch {
            throw SentraError(.dataRejected, .workbookPartNotInflated, file, part)
        }
        return data
    }

    /// A relationships part's entries, targets resolved against `base` (the folder of the
    /// part they belong to); an absent part has none.
    private static func relations(in archive: Archive, part: String, base: String, file: String) throws
        -> [(id: String, type: String, target: String)]
    {
        guard archive[part] != nil else { return [] }
        let elements = try XMLElements.read(data(of: part, in: archive, file: file), part: part, file: file)
        return elements.filter { $0.name == "Relationship" }.compactMap { element in
            guard let id = element.attributes["Id"], let target = element.attributes["Target"] else { return nil }
            return (id, element.attributes["Type"] ?? "", resolve(target, base: base))
        }
    }

    /// `worksheets/sheet1.xml` against `xl` → `xl/worksheets/sheet1.xml`; `/xl/…` is from the root.
    static func resolve(_ target: String, base: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") || base.isEmpty ? [] : base.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == ".." {
                _ = parts.popLast()
            } else if piece != "." {
                parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }
}
