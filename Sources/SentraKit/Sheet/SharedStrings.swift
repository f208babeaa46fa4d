import Foundation

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

    /// The bytes of the string at `index` handed to `body`; nil when the sheet refers past the table.
    func withBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard index >= 0 && index < ends.count else { return nil }
        let start = index == 0 ? 0 : ends[index - 1]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<ends[index]])) }
    }

    /// Adds `text` to the string being read.
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: text) }

    /// Ends the string being read: what was appended since the last end.
    mutating func endString() { ends.append(bytes.count) }

    /// Streams `sharedStrings.xml`: each `<si>` is its `<t>` text, or its rich-text runs'
    /// `<t>` texts joined; phonetic guides (`<rPh>`) are not part of the value.
    static func read(_ stream: EntryStream, part: String, file: String) throws -> SharedStrings {
        let reader = Reader()
        let failure = XMLStream(handler: reader).parse(stream)
        if let inflate = stream.inflateError {
            throw SentraError(.dataRejected, .workbookPartNotInflatedWhy, file, part, "\(inflate)")
        }
        if let failure {
            throw SentraError(.dataRejected, .workbookPartNotXMLNear, file, part, failure.line, failure.reason)
        }
        return reader.strings
    }

    private final class Reader: XMLByteHandler {
        var strings = SharedStrings()
        private var inString = false
        private var inText = false
        private var phonetic = 0

        func start(_ element: SheetElement, _ attributes: XMLAttributes) {
            switch element {
            case .si: inString = true
            case .t: inText = inString && phonetic == 0
            case .rPh: phonetic += 1
            default: break
            }
        }

        func text(_ bytes: UnsafeBufferPointer<UInt8>) {
            if inText { strings.append(bytes) }
        }

        func end(_ element: SheetElement) {
            switch element {
            case .si:
                strings.endString()
                inString = false
            case .t: inText = false
            case .rPh: phonetic -= 1
            default: break
            }
        }
    }
}
