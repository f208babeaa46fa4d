import CXlsxWriter
import Foundation

/// Writes an xlsx workbook through libxlsxwriter in constant-memory mode:
/// rows go to disk as they are written, so a million spend rows stay flat in memory.
public final class XLSXExport {
    /// Excel's last row is 1,048,576; one is the header.
    public static let excelRowsPerSheet = 1_048_575

    /// Data rows per sheet before the table continues on `NAME 2`, `NAME 3`, …
    public let rowsPerSheet: Int

    private let path: String
    private let temporaryPath: String
    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private let headerFormat: UnsafeMutablePointer<lxw_format>
    private var closed = false

    public init(path: String, rowsPerSheet: Int = XLSXExport.excelRowsPerSheet) throws {
        self.path = path
        self.rowsPerSheet = rowsPerSheet
        let url = URL(fileURLWithPath: path)
        temporaryPath = url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".tmp-\(getpid()).xlsx"
        var options = lxw_workbook_options()
        options.constant_memory = UInt8(LXW_TRUE.rawValue)
        options.use_zip64 = UInt8(LXW_TRUE.rawValue)
        guard let workbook = workbook_new_opt(temporaryPath, &options) else {
            throw SentraError(.cannotCreate, "\(path): cannot create workbook")
        }
        self.workbook = workbook
        headerFormat = workbook_add_format(workbook)
        format_set_bold(headerFormat)
    }

    deinit {
        if !closed {
            workbook_close(workbook)
            unlink(temporaryPath)
        }
    }

    /// Adds sheets named `name`, `name 2`, … holding `columns` and the rows `fill` produces.
    /// Numeric columns (by index) are written as numbers; the rest as text, defused against formulas.
    public func addTable(
        name: String, columns: [String], numeric: Set<Int> = [], fill: ((([String]) throws -> Void)) throws -> Void
    ) throws {
        var sheetNumber = 1
        var sheet = newSheet(name, columns: columns)
        var row: UInt32 = 1
        try fill { cells in
            if row > rowsPerSheet {
                sheetNumber += 1
                sheet = newSheet("\(name) \(sheetNumber)", columns: columns)
                row = 1
            }
            for (column, cell) in cells.enumerated() {
                if numeric.contains(column), !cell.isEmpty, let value = Double(cell) {
                    worksheet_write_number(sheet, row, lxw_col_t(column), value, nil)
                } else {
                    worksheet_write_string(sheet, row, lxw_col_t(column), CSVWriter.defused(cell), nil)
                }
            }
            row += 1
        }
    }

    private func newSheet(_ name: String, columns: [String]) -> UnsafeMutablePointer<lxw_worksheet> {
        let sheet = workbook_add_worksheet(workbook, String(name.prefix(31)))!
        for (column, title) in columns.enumerated() {
            worksheet_write_string(sheet, 0, lxw_col_t(column), title, headerFormat)
        }
        return sheet
    }

    /// Closes the workbook and renames it into place.
    public func commit() throws {
        closed = true
        let error = workbook_close(workbook)
        guard error == LXW_NO_ERROR else {
            unlink(temporaryPath)
            throw SentraError(.ioError, "\(path): cannot write workbook: \(String(cString: lxw_strerror(error)))")
        }
        guard rename(temporaryPath, path) == 0 else {
            throw SentraError(.ioError, "\(path): cannot replace: \(String(cString: strerror(errno)))")
        }
    }
}
