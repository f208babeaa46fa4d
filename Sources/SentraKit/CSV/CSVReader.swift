#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A streaming, byte-level RFC 4180 reader.
///
/// Written here rather than taken from a library because the Swift CSV
/// libraries available load whole files or silently swallow malformed input
/// (see docs/architecture.md). Memory is bounded by one chunk plus one record.
public final class CSVReader: RecordSource {
    /// Largest record accepted, in bytes; a longer one is an error, not an allocation.
    public static let maximumRecordBytes = 1 << 20
    /// Largest number of fields accepted in one record.
    public static let maximumFields = 4096

    public let fileName: String
    public let delimiter: UInt8
    public let encoding: TextEncoding
    /// The LKPP exporter's dialect: inside a quoted field a backslash escapes the next byte
    /// (`\"` a quote, `\r` `\n` `\t` control characters, `\\` a backslash). Off for the
    /// contract's own files, which keep rejecting `\"` by line (RFC 4180 doubles quotes instead).
    public var backslashEscapes = false

    private let fd: Int32
    private var chunk: [UInt8]
    private var chunkLength = 0
    private var position = 0
    private var atEOF = false
    private var physicalLine = 1
    private var lastWasCR = false

    /// Bytes of the current record's fields, back to back.
    private var recordBytes: [UInt8] = []
    /// End offset in `recordBytes` of each field of the current record.
    private var fieldEnds: [Int] = []

    /// Physical line (1-based) where the current record starts.
    public private(set) var line = 0
    /// Bytes consumed so far, for progress.
    public private(set) var bytesRead: Int = 0

    /// Opens `path` for reading. `skipBytes` skips a BOM or an Excel `sep=` line;
    /// `startLine` is the physical line number of the first byte after them.
    public init(
        path: String, fileName: String, delimiter: UInt8, encoding: TextEncoding,
        skipBytes: Int = 0, startLine: Int = 1, chunkSize: Int = 1 << 16, totalBytes: Int = 0
    ) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw SentraError(.inputUnreadable, .cannotOpen, fileName, String(cString: strerror(errno)))
        }
        self.fd = fd
        self.fileName = fileName
        self.delimiter = delimiter
        self.encoding = encoding
        self.totalBytes = totalBytes
        self.chunk = [UInt8](repeating: 0, count: chunkSize)
        self.physicalLine = startLine
        if skipBytes > 0 { _ = lseek(fd, off_t(skipBytes), SEEK_SET) }
        bytesRead = skipBytes
    }

    deinit { close(fd) }

    /// Number of fields in the current record.
    public var fieldCount: Int { fieldEnds.count }

    /// The decoded text of field `index` of the current record.
    public func field(_ index: Int) -> String {
        let start = index == 0 ? 0 : fieldEnds[index - 1]
        let end = fieldEnds[index]
        return recordBytes.withUnsafeBufferPointer { buffer in
            encoding.decode(UnsafeBufferPointer(rebasing: buffer[start..<end]))
        }
    }

    /// The file's size: progress is ``bytesRead`` of it.
    public let totalBytes: Int

    private func fail(_ phrase: Phrase, line: Int, column: Int = 0) -> SentraError {
        SentraError(
            .dataRejected, .fileRejected, fileName,
            diagnostics: [Diagnostic(file: fileName, line: line, column: column, severity: .error, phrase: phrase)])
    }

    private func refill() throws -> Bool {
        if atEOF { return false }
        let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count < 0 {
            throw SentraError(.inputUnreadable, .readError, fileName, String(cString: strerror(errno)))
        }
        if count == 0 {
            atEOF = true
            return false
        }
        chunkLength = count
        position = 0
        bytesRead += count
        return true
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted, escapeInQuoted }

    /// Reads the next record. Returns `false` at the end of the input.
    /// Wholly empty lines between records are skipped.
    public func next() throws -> Bool {
        // The loop works on locals and writes them back once: stored properties of a
        // class pay a dynamic exclusivity check on every access, and this is the
        // import's hottest loop.
        var bytes = recordBytes
        var ends = fieldEnds
        recordBytes = []
        fieldEnds = []
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        defer {
            recordBytes = bytes
            fieldEnds = ends
        }
        var state = State.fieldStart
        var started = false
        var physicalLine = self.physicalLine
        var lastWasCR = self.lastWasCR
        line = physicalLine
        var recordLine = physicalLine
        defer {
            self.physicalLine = physicalLine
            self.lastWasCR = lastWasCR
            self.line = recordLine
        }
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        let delimiter = self.delimiter
        let backslash = UInt8(ascii: "\\"), escapes = backslashEscapes
        let maximumRecordBytes = CSVReader.maximumRecordBytes, maximumFields = CSVReader.maximumFields

        while true {
            if position >= chunkLength {
                if try !refill() { break }
            }
            var position = self.position
            let chunkLength = self.chunkLength
            defer { self.position = position }
            let finished: Bool = try chunk.withUnsafeBufferPointer { buffer -> Bool in
                while position < chunkLength {
                    let byte = buffer[position]
                    position += 1
                    if byte == 0 {
                        throw fail(Phrase(.nulByte), line: physicalLine)
                    }
                    if byte == lf {
                        let wasCR = lastWasCR
                        lastWasCR = false
                        if wasCR { continue }  // the LF of a CRLF already counted
                    } else {
                        lastWasCR = byte == cr
                    }
                    switch state {
                    case .quoted:
                        if byte == quote {
                            state = .quoteInQuoted
                        } else if escapes && byte == backslash {
                            state = .escapeInQuoted
                        } else {
                            if byte == lf || byte == cr { physicalLine += 1 }
                            bytes.append(byte)
                        }
                    case .escapeInQuoted:
                        state = .quoted
                        switch byte {
                        case UInt8(ascii: "r"): bytes.append(cr)
                        case UInt8(ascii: "n"): bytes.append(lf)
                        case UInt8(ascii: "t"): bytes.append(UInt8(ascii: "\t"))
                        case quote, backslash: bytes.append(byte)
                        default:
                            // Not an escape the exporter writes: keep both bytes as they were.
                            if byte == lf || byte == cr { physicalLine += 1 }
                            bytes.append(backslash)
                            bytes.append(byte)
                        }
                    case .quoteInQuoted:
                        if byte == quote {
                            bytes.append(quote)
                            state = .quoted
                        } else if byte == delimiter {
                            ends.append(bytes.count)
                            state = .fieldStart
                        } else if byte == lf || byte == cr {
                            physicalLine += 1
                            ends.append(bytes.count)
                            return true
                        } else {
                            throw fail(
                                Phrase(.afterClosingQuote, ends.count + 1),
                                line: recordLine, column: ends.count + 1)
                        }
                    case .fieldStart, .unquoted:
                        if byte == delimiter {
                            ends.append(bytes.count)
                            state = .fieldStart
                            started = true
                        } else if byte == lf || byte == cr {
                            physicalLine += 1
                            if !started && state == .fieldStart && ends.isEmpty {
                                recordLine = physicalLine  // an empty line: skip it
                                continue
                            }
                            ends.append(bytes.count)
                            return true
                        } else if byte == quote {
                            if state == .fieldStart {
                                state = .quoted
                                started = true
                            } else {
                                throw fail(
                                    Phrase(.strayQuote, ends.count + 1),
                                    line: recordLine, column: ends.count + 1)
                            }
                        } else {
                            bytes.append(byte)
                            state = .unquoted
                            started = true
                        }
                    }
                    if bytes.count > maximumRecordBytes {
                        throw fail(
                            Phrase(state == .quoted ? .recordTooLongQuoted : .recordTooLong, maximumRecordBytes / 1024),
                            line: recordLine, column: ends.count + 1)
                    }
                    if ends.count > maximumFields {
                        throw fail(Phrase(.tooManyFields, maximumFields), line: recordLine)
                    }
                }
                return false
            }
            if finished { return true }
        }
        // End of input.
        switch state {
        case .quoted:
            throw fail(
                Phrase(.unterminatedQuote, ends.count + 1), line: recordLine,
                column: ends.count + 1)
        case .fieldStart where !started && ends.isEmpty:
            return false
        default:
            ends.append(bytes.count)
            return true
        }
    }
}
