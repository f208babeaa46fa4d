import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The elements of a small workbook part (workbook, relationships, styles) with their
/// attributes and parent, read once with `XMLParser`: these parts are a few kilobytes,
/// unlike the sheets and shared strings, which are streamed.
final class XMLElements: NSObject, XMLParserDelegate {
    /// One element: its local name (no namespace prefix), its parent's and its attributes.
    struct Tag {
        let name: String
        let parent: String
        let attributes: [String: String]
    }

    private(set) var elements: [Tag] = []
    private var path: [String] = []

    /// Parses `data`; a damaged part is a data error naming it.
    static func read(_ data: Data, part: String, file: String) throws -> [Tag] {
        let collector = XMLElements()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "unreadable XML"
            throw SentraError(.dataRejected, .workbookPartNotXML, file, part, reason)
        }
        return collector.elements
    }

    /// `x:sheet` → `sheet`: some writers prefix the spreadsheet namespace.
    static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let name = XMLElements.localName(elementName)
        elements.append(Tag(name: name, parent: path.last ?? "", attributes: attributes))
        path.append(name)
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        path.removeLast()
    }
}
