import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The workbook's shared strings, kept as one buffer of UTF-8 bytes and the end of each
/// string: a sheet refers to them by index, so they must all be at hand, and a million
/// distinct product names take their bytes plus eight per string, not a `String` each.
struct SharedStrings: Sendable {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    var count: Int { ends.count }

    /// The string at `index`, or nil when the sheet refers past the table.
    func string(_ index: Int) -> String? {
        guard index >= 0 && index < ends.count else { return nil }
        let start = index == 0 ? 0 : ends[index - 1]
        return bytes.withUnsafeBufferPointer { String(decoding: $0[start..<ends[index]], as: UTF8.self) }
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        ends.append(bytes.count)
    }

    /// Streams `sharedStrings.xml`: each `<si>` is its `<t>` text, or its rich-text runs'
    /// `<t>` texts joined; phonetic guides (`<rPh>`) are not part of the value.
    static func read(_ stream: EntryStream, part: String, file: String) throws -> SharedStrings {
        let reader = Reader()
        let parser = XMLParser(stream: stream)
        parser.delegate = reader
        let parsed = parser.parse()
        stream.close()
        if let failure = stream.inflateError {
            throw SentraError(
                .dataRejected, "\(file): the workbook is damaged: \(part) cannot be inflated (\(failure))")
        }
        guard parsed else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "unreadable XML"
            throw SentraError(
                .dataRejected,
                "\(file): the workbook is damaged: \(part) is not XML near line \(parser.lineNumber) (\(reason))")
        }
        return reader.strings
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var strings = SharedStrings()
        private var current = ""
        private var inText = false
        private var phonetic = 0

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            switch XMLElements.localName(elementName) {
            case "si": current = ""
            case "t": inText = phonetic == 0
            case "rPh": phonetic += 1
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { current += string }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            switch XMLElements.localName(elementName) {
            case "si": strings.append(current)
            case "t": inText = false
            case "rPh": phonetic -= 1
            default: break
            }
        }
    }
}
