import CXlsxWriter
import Foundation

/// Writes an xlsx workbook through libxlsxwriter in constant-memory mode: rows go to disk as
/// they are written, so a million spend rows stay flat in memory.
///
/// Each table is written as a person reads it: money as numbers shown `Rp 9.000.000`,
/// percentages as numbers shown `38,25%` (`38.25%` in English), dates as dates, a bold frozen
/// header with an autofilter, columns as wide as their content, text cells defused against
/// formulas and indented, so a right-aligned number never touches the text beside it.
public final class XLSXExport {
    /// Excel's last row is 1,048,576; one is the header.
    public static let excelRowsPerSheet = 1_048_575
    /// Widest column, in characters: room for a whole sha256 (64 hex digits); longer text is cut
    /// at the viewer, not widened further.
    static let maximumWidth = 75.0

    /// Data rows per sheet before the table continues on `NAME 2`, `NAME 3`, …
    public let rowsPerSheet: Int

    private let path: String
    private let temporaryPath: String
    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private let formats: Formats
    private var closed = false

    /// How a column's cells (given as the contract's text) are written.
    public enum CellKind: Sendable {
        case text
        /// Rupiah text (`48500000`, `1250000.50`) → a number formatted `"Rp "#,##0`.
        case money
        /// Percent text (`38.25`) → the fraction 0.3825 formatted `0.00%` (``percentFormat(_:)``).
        case percent
        /// `2026-03-17` → a date formatted day first.
        case date
        /// Whole numbers (counts, years, ids) → numbers.
        case number
    }

    /// A column: its header as shown and how its cells are written.
    public struct Column: Sendable {
        public var title: String
        public var kind: CellKind

        public init(_ title: String, _ kind: CellKind = .text) {
            self.title = title
            self.kind = kind
        }
    }

    private struct Formats {
        let header, text, money, percent, date: UnsafeMutablePointer<lxw_format>
    }

    public init(path: String, rowsPerSheet: Int = XLSXExport.excelRowsPerSheet, language: ReportLanguage = .id)
        throws
    {
        self.path = path
        self.rowsPerSheet = rowsPerSheet
        let url = URL(fileURLWithPath: path)
        temporaryPath = url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".tmp-\(getpid()).xlsx"
        var options = lxw_workbook_options()
        options.constant_memory = UInt8(LXW_TRUE.rawValue)
        options.use_zip64 = UInt8(LXW_TRUE.rawValue)
        guard let workbook = workbook_new_opt(temporaryPath, &options) else {
            throw SentraError(.cannotCreate, .workbookCannotCreate, path)
        }
        self.workbook = workbook
        func format(_ number: String?, bold: Bool = false, indent: Bool = false) -> UnsafeMutablePointer<lxw_format> {
            let format = workbook_add_format(workbook)!
            if let number { format_set_num_format(format, number) }
            if bold { format_set_bold(format) }
            // One indent level: a gap on the left of text, after a right-aligned number.
            if indent { format_set_indent(format, 1) }
            return format
        }
        formats = Formats(
            header: format(nil, bold: true, indent: true), text: format(nil, indent: true),
            money: format(XLSXExport.moneyFormat(language)), percent: format(XLSXExport.percentFormat(language)),
            date: format(language == .id ? "dd/mm/yyyy" : "yyyy-mm-dd"))
    }

    /// Rupiah with thousands: `[$-421]` (Indonesian) makes the grouping dots, `Rp 11.700.000.000`, whatever
    /// the reader's own locale; in English the viewer's separators apply.
    static func moneyFormat(_ language: ReportLanguage) -> String {
        language == .id ? "[$-421]\"Rp \"#,##0" : "\"Rp \"#,##0"
    }

    /// A share with two decimals; `[$-421]` makes the decimal comma (`41,94%`) in Indonesian.
    static func percentFormat(_ language: ReportLanguage) -> String {
        language == .id ? "[$-421]0.00%" : "0.00%"
    }

    deinit {
        if !closed {
            workbook_close(workbook)
            unlink(temporaryPath)
        }
    }

    /// Adds sheets named `name`, `name 2`, … holding `columns` and the rows `fill` produces.
    public func addTable(
        name: String, columns: [Column], fill: ((([String]) throws -> Void)) throws -> Void
    ) throws {
        var sheetNumber = 1
        var widths = columns.map { Double($0.title.count) + 5 }  // room for the indent and the filter button
        var sheet = newSheet(name, columns: columns)
        var row: UInt32 = 1
        try fill { cells in
            if row > rowsPerSheet {
                finish(sheet, rows: row, columns: columns, widths: widths)
                sheetNumber += 1
                sheet = newSheet("\(name) \(sheetNumber)", columns: columns)
                row = 1
            }
            for (column, cell) in cells.enumerated() where !cell.isEmpty {
                let kind = column < columns.count ? columns[column].kind : .text
                let width = write(cell, kind: kind, sheet: sheet, row: row, column: lxw_col_t(column))
                if column < widths.count { widths[column] = max(widths[column], width) }
            }
            row += 1
        }
        finish(sheet, rows: row, columns: columns, widths: widths)
    }

    /// Writes one cell; returns the width its shown text needs.
    private func write(
        _ cell: String, kind: CellKind, sheet: UnsafeMutablePointer<lxw_worksheet>, row: lxw_row_t, column: lxw_col_t
    ) -> Double {
        switch kind {
        case .money:
            if case .success(let amount) = Rupiah.parse(cell) {
                worksheet_write_number(sheet, row, column, Double(amount.sen) / 100, formats.money)
                return Double(amount.display.count) * 1.2 + 2  // digits are wider than an average character
            }
        case .percent:
            if case .success(let percent) = Percent.parse(cell, range: 0...100_000) {
                worksheet_write_number(sheet, row, column, Double(percent.basisPoints) / 10_000, formats.percent)
                return Double(cell.count) * 1.2 + 3
            }
        case .date:
            if case .success(let day) = Day.parse(cell) {
                var datetime = lxw_datetime(
                    year: Int32(day.year), month: Int32(day.month), day: Int32(day.day), hour: 0, min: 0, sec: 0)
                worksheet_write_datetime(sheet, row, column, &datetime, formats.date)
                return 12
            }
        case .number:
            if cell.utf8.count <= 15, let whole = Int64(cell) {
                worksheet_write_number(sheet, row, column, Double(whole), nil)
                return Double(cell.count) + 1
            }
        case .text: break
        }
        worksheet_write_string(sheet, row, column, CSVWriter.defused(cell), formats.text)
        return Double(cell.count) * 1.1 + 3  // the indent, and a gap before the next column
    }

    private func newSheet(_ name: String, columns: [Column]) -> UnsafeMutablePointer<lxw_worksheet> {
        let sheet = workbook_add_worksheet(workbook, String(name.prefix(31)))!
        worksheet_freeze_panes(sheet, 1, 0)
        // Printed, a table is one page wide in landscape with its header on every page.
        worksheet_set_landscape(sheet)
        worksheet_fit_to_pages(sheet, 1, 0)
        worksheet_repeat_rows(sheet, 0, 0)
        for (column, title) in columns.enumerated() {
            worksheet_write_string(sheet, 0, lxw_col_t(column), title.title, formats.header)
        }
        return sheet
    }

    /// Widths and the autofilter, once the sheet's rows are known.
    private func finish(
        _ sheet: UnsafeMutablePointer<lxw_worksheet>, rows: UInt32, columns: [Column], widths: [Double]
    ) {
        guard !columns.isEmpty else { return }
        for (column, width) in widths.enumerated() {
            worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), min(width, Self.maximumWidth), nil)
        }
        worksheet_autofilter(sheet, 0, 0, max(rows, 1) - 1, lxw_col_t(columns.count - 1))
    }

    /// Closes the workbook and renames it into place.
    public func commit() throws {
        closed = true
        let error = workbook_close(workbook)
        guard error == LXW_NO_ERROR else {
            unlink(temporaryPath)
            throw SentraError(.ioError, .workbookWriteFailed, path, String(cString: lxw_strerror(error)))
        }
        guard rename(temporaryPath, path) == 0 else {
            throw SentraError(.ioError, .cannotReplace, path, String(cString: strerror(errno)))
        }
    }
}
