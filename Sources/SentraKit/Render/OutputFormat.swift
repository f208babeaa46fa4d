import Foundation

/// The formats every listing and report speaks. `table` is for people; every
/// other format is for programs and byte-identical for identical inputs.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, json, ndjson, markdown, html
}

/// Rows of text cells with a header: what `table`, `csv` and `markdown` render.
public struct TextTable: Sendable {
    public var columns: [String]
    public var rows: [[String]]
    /// Columns aligned right in `table` (numbers and money).
    public var rightAligned: Set<Int> = []
    /// Left-aligned columns of codes (NIB, SKU, phone): like numbers, never narrowed, so never cut.
    public var whole: Set<Int> = []
    /// Columns left out of a `table` that would not fit its width even with every text column
    /// narrowed, the least useful first (each listing's help names them).
    public var droppable: [Int] = []
    /// Words shown under each row in `table` (wrapped to the width, indented), for a text too long
    /// to read in a narrow column; empty: none. Not part of csv or markdown.
    public var notes: [String] = []

    public init(columns: [String], rows: [[String]] = [], rightAligned: Set<Int> = []) {
        self.columns = columns
        self.rows = rows
        self.rightAligned = rightAligned
    }

    /// CSV with cells defused against spreadsheet formula injection.
    public var csv: String {
        var out = CSVWriter.line(columns)
        for row in rows { out += CSVWriter.line(row, defuse: true) }
        return out
    }

    public var markdown: String {
        func escape(_ cell: String) -> String {
            cell.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        var out = "| " + columns.map(escape).joined(separator: " | ") + " |\n"
        out += "|" + columns.indices.map { rightAligned.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
        return out
    }

    /// Aligned plain-text columns for a terminal.
    public var plain: String { plain(width: nil) }

    /// Aligned plain-text columns no wider than `width` (a terminal's; nil: as wide as the cells):
    /// the widest text columns narrow first and their cells wrap onto further lines; numbers
    /// (right-aligned columns) and codes (``whole``) are never narrowed, so never cut. When even
    /// that does not fit, the ``droppable`` columns are left out, in their order, until it does.
    public func plain(width: Int?) -> String {
        var widths = columns.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        if let width {
            let kept = keptColumns(widths, width: width)
            if kept.count < columns.count {
                var narrower = TextTable(
                    columns: kept.map { columns[$0] },
                    rows: rows.map { row in kept.map { $0 < row.count ? row[$0] : "" } })
                narrower.rightAligned = Set(kept.indices.filter { rightAligned.contains(kept[$0]) })
                narrower.whole = Set(kept.indices.filter { whole.contains(kept[$0]) })
                narrower.notes = notes
                return narrower.plain(width: width)
            }
            widths = fitted(widths, to: width)
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: max(0, widths[index] - cell.count))
                return rightAligned.contains(index) ? pad + cell : cell + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }
        /// A row as one line, or as several when a narrowed cell wraps.
        func lines(_ cells: [String]) -> String {
            let wrapped = cells.enumerated().map { index, cell in
                index < widths.count && cell.count > widths[index] ? TextWrap.cell(cell, width: widths[index]) : [cell]
            }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { row in line(wrapped.map { row < $0.count ? $0[row] : "" }) }.joined()
        }
        var out = lines(columns)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for (index, row) in rows.enumerated() {
            out += lines(row)
            if index < notes.count, !notes[index].isEmpty {
                let note = "    " + notes[index]
                out +=
                    (width.map { TextWrap.lines(note, width: $0, indent: 4) } ?? [note]).joined(separator: "\n") + "\n"
            }
        }
        return out
    }

    /// How narrow a text column may get and stay readable: 6, or its header's longest word (up to 10).
    private var readableFloor: [Int] {
        columns.map { max(6, min(10, $0.split(separator: " ").map(\.count).max() ?? 0)) }
    }

    /// The columns kept at `width`: all of them when every text column still has 12 characters
    /// (or its own width, or the readable floor when wider), else all but the first ``droppable``
    /// ones whose dropping gives them that (or all droppable ones): a name wrapped five
    /// characters a line is no longer read.
    private func keptColumns(_ natural: [Int], width: Int) -> [Int] {
        var dropped: Set<Int> = []
        func fits() -> Bool {
            let kept = natural.indices.filter { !dropped.contains($0) }
            let narrowest = kept.map {
                rightAligned.contains($0) || whole.contains($0)
                    ? natural[$0] : min(natural[$0], max(12, readableFloor[$0]))
            }
            return narrowest.reduce(0, +) + 2 * max(0, kept.count - 1) <= width
        }
        for column in droppable where !fits() { dropped.insert(column) }
        return columns.indices.filter { !dropped.contains($0) }
    }

    /// Column widths narrowed until the line fits `width`: the widest text column loses one
    /// character at a time, down to 6 (or its header's longest word, up to 10); if that is not
    /// enough, down to 3.
    private func fitted(_ natural: [Int], to width: Int) -> [Int] {
        var widths = natural
        let floor = readableFloor
        var total: Int { widths.reduce(0, +) + 2 * max(0, widths.count - 1) }
        for floor in [floor, floor.map { _ in 3 }] {
            while total > width {
                let shrinkable = widths.indices.filter {
                    !rightAligned.contains($0) && !whole.contains($0) && widths[$0] > floor[$0]
                }
                guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
            }
        }
        return widths
    }
}

/// Deterministic JSON: sorted keys, no escaped slashes, a final newline.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// One compact JSON object per line.
    public static func lines<T: Encodable>(_ values: [T]) throws -> String {
        try values.map { try encode($0, pretty: false) }.joined()
    }
}
