extension MatchReport {
    /// Writes `match` results as they come, so a run over a hundred thousand needs never
    /// holds its whole report: json, ndjson and csv are written need by need; table and
    /// markdown (formats for people, with a summary or aligned columns) are kept and written at the end.
    /// Each call returns the text to write next.
    public struct Stream {
        public let format: OutputFormat
        public let explain: Bool
        public let language: ReportLanguage
        /// A terminal's width for `table` (nil: lines as long as they are).
        public let width: Int?
        private var count = 0
        private var kept: [NeedMatch] = []

        public init(format: OutputFormat, explain: Bool, language: ReportLanguage = .id, width: Int? = nil) {
            self.width = width
            self.format = format
            self.explain = explain
            self.language = language
        }

        public mutating func add(_ match: NeedMatch) throws -> String {
            defer { count += 1 }
            switch format {
            case .json, .html:
                // The same bytes as encoding the whole array: each element pretty-printed and
                // indented one level (JSON strings hold no raw line breaks, so indenting lines is safe;
                // the blank line inside an empty array stays blank).
                let json = MatchReport.json(match)
                let element = try json.prettyBytes() ?? Array(JSONOutput.encode(json).utf8.dropLast())
                // Byte by byte: splitting the String into lines cost more than the encoding.
                var indented: [UInt8] = Array((count == 0 ? "[\n" : ",\n").utf8)
                indented.reserveCapacity(element.count + element.count / 8)
                var lineStart = true
                for byte in element {
                    if lineStart && byte != UInt8(ascii: "\n") { indented += [0x20, 0x20] }
                    indented.append(byte)
                    lineStart = byte == UInt8(ascii: "\n")
                }
                return String(decoding: indented, as: UTF8.self)
            case .ndjson:
                return try JSONOutput.lines([MatchReport.json(match)])
            case .csv:
                let table = MatchReport.table([match], explain: true)
                return (count == 0 ? CSVWriter.line(table.columns) : "")
                    + table.rows.map { CSVWriter.line($0, defuse: true) }.joined()
            case .table, .markdown:
                kept.append(match)
                return ""
            }
        }

        public func finish() throws -> String {
            switch format {
            case .json, .html: count == 0 ? try JSONOutput.encode([NeedJSON]()) : "\n]\n"
            case .ndjson: ""
            case .csv: count == 0 ? MatchReport.table([], explain: true).csv : ""
            case .table, .markdown:
                try MatchReport.render(kept, format: format, explain: explain, language: language, width: width)
            }
        }
    }
}
