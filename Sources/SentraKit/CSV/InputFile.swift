import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a first streaming pass learns about an input file before it is parsed:
/// its sha256 (for provenance and `history`), encoding, delimiter and size.
public struct InputFile: Sendable {
    /// Path actually read (a temporary copy when the input was standard input).
    public var path: String
    /// Name used in diagnostics: the path the user gave, or `<stdin>`.
    public var displayName: String
    public var sha256: String
    public var byteCount: Int
    public var encoding: TextEncoding
    public var delimiter: UInt8
    /// Bytes before the header: a UTF-8 BOM and/or an Excel `sep=` line.
    public var skipBytes: Int
    /// Physical line number of the header.
    public var headerLine: Int

    /// Delimiter choice on the command line.
    public enum DelimiterChoice: Sendable, Equatable {
        case auto
        case fixed(UInt8)
    }

    /// Encoding choice on the command line.
    public enum EncodingChoice: Sendable, Equatable {
        case auto
        case fixed(TextEncoding)
    }

    /// Scans `path` once: hashes it, checks UTF-8 validity, and sniffs the delimiter.
    public static func scan(
        path: String, displayName: String, delimiter: DelimiterChoice = .auto, encoding: EncodingChoice = .auto
    ) throws -> InputFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SentraError(.inputUnreadable, .noSuchFile, displayName)
        }
        if isDirectory.boolValue {
            throw SentraError(.inputUnreadable, .fileIsDirectory, displayName)
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw SentraError(.inputUnreadable, .cannotOpen, displayName, String(cString: strerror(errno)))
        }
        defer { close(fd) }

        var hasher = SHA256()
        var validator = UTF8Validator()
        var head: [UInt8] = []  // first bytes, enough to sniff the header
        var total = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                throw SentraError(.inputUnreadable, .readError, displayName, String(cString: strerror(errno)))
            }
            if count == 0 { break }
            buffer.withUnsafeBufferPointer { all in
                let bytes = UnsafeBufferPointer(rebasing: all[0..<count])
                hasher.update(bufferPointer: UnsafeRawBufferPointer(bytes))
                validator.feed(bytes)
                if head.count < 1 << 16 { head.append(contentsOf: bytes.prefix((1 << 16) - head.count)) }
            }
            total += count
        }
        let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()

        if total == 0 {
            throw SentraError(
                .dataRejected, Phrase(.inFile, figures: [.text(displayName), .phrase(Phrase(.fileEmpty))]),
                diagnostics: [Diagnostic(file: displayName, severity: .error, phrase: Phrase(.fileEmpty))])
        }
        try rejectNonText(head, displayName: displayName)

        var skip = 0
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { skip = 3 }
        let chosenEncoding: TextEncoding
        switch encoding {
        case .fixed(let fixed):
            chosenEncoding = fixed
            if fixed == .utf8 && !validator.isComplete {
                let phrase = Phrase(.notUTF8)
                throw SentraError(
                    .dataRejected, Phrase(.inFile, figures: [.text(displayName), .phrase(phrase)]),
                    diagnostics: [Diagnostic(file: displayName, severity: .error, phrase: phrase)])
            }
        case .auto:
            chosenEncoding = validator.isComplete ? .utf8 : .windows1252
        }

        var headerLine = 1
        var chosenDelimiter: UInt8
        let headerBytes = Array(head[skip...].prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") })
        if let excel = excelSeparator(headerBytes) {
            chosenDelimiter = excel
            skip += headerBytes.count
            if skip < head.count && head[skip] == UInt8(ascii: "\r") { skip += 1 }
            if skip < head.count && head[skip] == UInt8(ascii: "\n") { skip += 1 }
            headerLine = 2
        } else {
            chosenDelimiter = sniffDelimiter(headerBytes)
        }
        if case .fixed(let fixed) = delimiter { chosenDelimiter = fixed }

        return InputFile(
            path: path, displayName: displayName, sha256: digest, byteCount: total, encoding: chosenEncoding,
            delimiter: chosenDelimiter, skipBytes: skip, headerLine: headerLine)
    }

    /// Opens a reader positioned at the header row.
    public func reader() throws -> CSVReader {
        try CSVReader(
            path: path, fileName: displayName, delimiter: delimiter, encoding: encoding, skipBytes: skipBytes,
            startLine: headerLine, totalBytes: byteCount)
    }

    private static func rejectNonText(_ head: [UInt8], displayName: String) throws {
        func reject(_ key: Phrase.Key) -> SentraError {
            SentraError(
                .dataRejected, Phrase(.inFile, figures: [.text(displayName), .phrase(Phrase(key))]),
                diagnostics: [Diagnostic(file: displayName, line: 1, severity: .error, phrase: Phrase(key))])
        }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            throw reject(.fileUTF16)
        }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // Workbooks are opened before a scan (Import/OpenedInput); another ZIP is neither.
            throw reject(.fileZIP)
        }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw reject(.fileXLS)
        }
        if head.starts(with: Array("SQLite format 3".utf8)) {
            throw reject(.fileSQLite)
        }
        if let nul = head.firstIndex(of: 0) {
            let line = head[..<nul].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            let phrase = Phrase(.fileBinary)
            throw SentraError(
                .dataRejected, Phrase(.inFile, figures: [.text("\(displayName):\(line)"), .phrase(phrase)]),
                diagnostics: [Diagnostic(file: displayName, line: line, severity: .error, phrase: phrase)])
        }
    }

    /// Excel writes `sep=;` as the first line to name the delimiter.
    static func excelSeparator(_ line: [UInt8]) -> UInt8? {
        let text = String(decoding: line, as: UTF8.self).lowercased()
        guard text.hasPrefix("sep="), line.count == 5 else { return nil }
        return line[4]
    }

    /// The delimiter that splits the header into the most fields, counting
    /// only outside quotes; ties go to the comma.
    static func sniffDelimiter(_ header: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [:]
        var inQuotes = false
        for byte in header {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if !inQuotes, byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "\t") {
                counts[byte, default: 0] += 1
            }
        }
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        return candidates.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? UInt8(ascii: ",")
    }
}
