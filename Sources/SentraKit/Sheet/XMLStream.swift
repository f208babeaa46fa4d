import CLibXML2
import Foundation

/// What the sheet and shared-strings readers are told as a part is parsed: elements as the few
/// they act on, attributes and text as UTF-8 bytes that live only for the call (no `String` or
/// dictionary per element: a million-row sheet has some 60 million of these events).
protocol XMLByteHandler: AnyObject {
    func start(_ element: SheetElement, _ attributes: XMLAttributes)
    func end(_ element: SheetElement)
    /// A piece of text (entities and character references already replaced); one text node
    /// may come in several pieces.
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
}

/// The elements of a sheet or shared-strings part that carry values, by local name (any
/// namespace prefix dropped); every other element is `.other`.
enum SheetElement {
    case row, c, v, t, `is`, rPh, si, other

    init(_ name: UnsafePointer<UInt8>) {
        // Names are NUL-terminated; a mismatch stops at the first differing byte.
        func equals(_ literal: StaticString) -> Bool {
            let bytes = literal.utf8Start
            for index in 0..<literal.utf8CodeUnitCount where name[index] != bytes[index] { return false }
            return name[literal.utf8CodeUnitCount] == 0
        }
        switch name[0] {
        case UInt8(ascii: "c"): self = name[1] == 0 ? .c : .other
        case UInt8(ascii: "v"): self = name[1] == 0 ? .v : .other
        case UInt8(ascii: "t"): self = name[1] == 0 ? .t : .other
        case UInt8(ascii: "r"): self = equals("row") ? .row : equals("rPh") ? .rPh : .other
        case UInt8(ascii: "i"): self = equals("is") ? .is : .other
        case UInt8(ascii: "s"): self = equals("si") ? .si : .other
        default: self = .other
        }
    }
}

/// Streams one workbook part through libxml2's SAX2 push parser, a chunk at a time as the
/// entry is inflated. libxml2 rather than Foundation's `XMLParser` (which wraps the same
/// library): its SAX2 callbacks give names and attribute values as pointers with lengths, so
/// reading a cell costs no allocation; docs/architecture.md has the measurements.
///
/// A part with a document type declaration is refused: no workbook part has one (ECMA-376
/// forbids it), and refusing it keeps entity expansion and external entities out entirely.
final class XMLStream {
    /// Why a part could not be read as XML.
    struct Failure: Error {
        let line: Int
        let reason: String
    }

    private let handler: any XMLByteHandler
    private var context: xmlParserCtxtPtr?
    private var stopped = false
    private var refusal: String?

    init(handler: any XMLByteHandler) { self.handler = handler }

    /// Ends the parse from inside a callback (the handler failed, or the reader went away).
    func stop() {
        stopped = true
        if let context { xmlStopParser(context) }
    }

    /// Parses the whole of `stream`; nil when it was well-formed XML (or ``stop()`` ended it),
    /// the line and libxml2's reason otherwise. A damaged entry ends the parse early: the caller
    /// reads the stream's `inflateError` first.
    func parse(_ stream: EntryStream) -> Failure? {
        _ = XMLStream.initialized
        var sax = XMLStream.callbacks()
        let me = Unmanaged.passUnretained(self).toOpaque()
        guard let context = xmlCreatePushParserCtxt(&sax, me, nil, 0, nil) else {
            return Failure(line: 0, reason: "libxml2 could not start a parser")
        }
        self.context = context
        defer {
            self.context = nil
            xmlFreeParserCtxt(context)
        }
        // Entities are left unexpanded (no XML_PARSE_NOENT); the network is never used.
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
        stream.forEachChunk { bytes in
            let start = bytes.baseAddress?.assumingMemoryBound(to: CChar.self)
            _ = xmlParseChunk(context, start, Int32(bytes.count), 0)
            return !stopped && context.pointee.wellFormed != 0
        }
        if stopped && refusal == nil { return nil }
        if context.pointee.wellFormed != 0 && refusal == nil { _ = xmlParseChunk(context, nil, 0, 1) }
        if let refusal { return Failure(line: Int(xmlSAX2GetLineNumber(context)), reason: refusal) }
        guard context.pointee.wellFormed == 0 else { return nil }
        let error = xmlCtxtGetLastError(context)
        let message = error?.pointee.message.map { String(cString: $0) } ?? "not well-formed"
        return Failure(
            line: Int(error?.pointee.line ?? 0), reason: message.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// libxml2 sets up its global tables once per process, before any thread parses.
    private static let initialized: Void = xmlInitParser()

    private static func stream(_ context: UnsafeMutableRawPointer?) -> XMLStream {
        Unmanaged<XMLStream>.fromOpaque(context!).takeUnretainedValue()
    }

    /// The SAX2 callbacks: each recovers the stream from libxml2's user data.
    private static func callbacks() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { context, name, _, _, _, _, count, _, attributes in
            guard let name else { return }
            XMLStream.stream(context).handler.start(
                SheetElement(name), XMLAttributes(base: attributes, count: Int(count)))
        }
        sax.endElementNs = { context, name, _, _ in
            guard let name else { return }
            XMLStream.stream(context).handler.end(SheetElement(name))
        }
        let text: charactersSAXFunc = { context, bytes, count in
            guard let bytes, count > 0 else { return }
            XMLStream.stream(context).handler.text(UnsafeBufferPointer(start: bytes, count: Int(count)))
        }
        sax.characters = text
        sax.ignorableWhitespace = text  // whitespace in a value is part of it
        sax.cdataBlock = text
        sax.internalSubset = { context, _, _, _ in
            let me = XMLStream.stream(context)
            me.refusal = "a document type declaration, which no workbook part has"
            me.stop()
        }
        // Errors are read from the context afterwards; libxml2 must not print them.
        sax.serror = { _, _ in }
        return sax
    }
}

/// The attributes of an element as libxml2 hands them over: for each, five pointers (local
/// name, prefix, namespace, value start, value end).
struct XMLAttributes {
    let base: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    let count: Int

    /// The value of the unprefixed attribute `name`, as bytes valid during the callback.
    func value(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let base else { return nil }
        let wanted = name.utf8Start
        let length = name.utf8CodeUnitCount
        for index in 0..<count {
            let fields = base + index * 5
            guard fields[1] == nil, let local = fields[0], let start = fields[3], let end = fields[4] else { continue }
            var same = true
            for offset in 0..<length where local[offset] != wanted[offset] {
                same = false
                break
            }
            if same && local[length] == 0 { return UnsafeBufferPointer(start: start, count: end - start) }
        }
        return nil
    }
}
