import CXlsxWriter
import Foundation

/// `sentra template`: an empty file to fill in for an import, with headers the importer
/// knows (Bahasa Indonesia under `id`), so a filled template imports without edits.
public enum Template {
    public enum Format: String, Sendable, CaseIterable {
        case xlsx, csv
    }

    /// What one row of each kind is, for the notes.
    static let recordNames: [ImportKind: String] = [
        .suppliers: "penyedia", .catalog: "produk", .needs: "kebutuhan", .spend: "transaksi", .budgets: "OPD dan tahun",
    ]

    /// Rows of the Data sheet that carry the column formats and lists.
    static let formattedRows: UInt32 = 5_000

    /// The header of `kind` in `language`, in the contract's column order.
    public static func headers(_ kind: ImportKind, _ language: ReportLanguage) -> [String] {
        kind.columns.map { ColumnLabels.label("\(kind.rawValue).\($0.name)", language) }
    }

    /// Writes the template of `kind` to `destination`: the header line for CSV; for xlsx a Data
    /// sheet (formats, lists, frozen header), a Petunjuk sheet explaining every column with an
    /// example and a Pilihan sheet with the lists' values.
    public static func write(
        _ kind: ImportKind, format: Format, language: ReportLanguage, to destination: Exporter.Destination
    ) throws {
        switch (format, destination) {
        case (.csv, .file(let path)):
            let file = try AtomicFile(path: path)
            try file.write(CSVWriter.line(headers(kind, language)))
            try file.commit()
        case (.csv, .stream(let put)):
            try put(Data(CSVWriter.line(headers(kind, language)).utf8))
        case (.xlsx, .file(let path)):
            try writeWorkbook(kind, language: language, path: path)
        case (.xlsx, .stream):
            throw SentraError(.usage, .templateXLSXFile)
        }
    }

    private static func writeWorkbook(_ kind: ImportKind, language: ReportLanguage, path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".tmp-\(getpid()).xlsx"
        guard let workbook = workbook_new(temporary) else {
            throw SentraError(.cannotCreate, .workbookCannotCreate, path)
        }
        let id = language == .id
        let formats = TemplateFormats(workbook, language: language)
        // The Data sheet comes first: `sentra import` reads the first sheet.
        let data = workbook_add_worksheet(workbook, "Data")!
        let notes = workbook_add_worksheet(workbook, id ? "Petunjuk" : "Notes")!
        let lists = workbook_add_worksheet(workbook, id ? "Pilihan" : "Lists")!
        worksheet_freeze_panes(data, 1, 0)
        for sheet in [data, notes] {
            worksheet_set_landscape(sheet)
            worksheet_fit_to_pages(sheet, 1, 0)
        }
        var listColumn: lxw_col_t = 0
        for (index, column) in kind.columns.enumerated() {
            let col = lxw_col_t(index)
            let header = ColumnLabels.label("\(kind.rawValue).\(column.name)", language)
            worksheet_write_string(data, 0, col, header, column.required ? formats.requiredHeader : formats.header)
            let note = Template.note(kind, column.name)
            // As wide as the header or the example, whichever is wider: names are typed in whole.
            let width = min(max(Double(header.count) + 4, Double(note.example.count) + 3, 14), 45)
            worksheet_set_column(data, col, col, width, formats.cell(note.shape))
            if case .choice(let values, let strict) = note.shape {
                let sheetName = id ? "Pilihan" : "Lists"
                worksheet_write_string(lists, 0, listColumn, header, formats.header)
                for (row, value) in values.enumerated() {
                    worksheet_write_string(lists, lxw_row_t(row + 1), listColumn, value, formats.text)
                }
                worksheet_set_column(lists, listColumn, listColumn, max(Double(header.count) + 4, 14), nil)
                let letter = Diagnostic.columnLetters(Int(listColumn) + 1)
                let range = "='\(sheetName)'!$\(letter)$2:$\(letter)$\(values.count + 1)"
                addList(data, column: col, formula: range, strict: strict, language: language)
                listColumn += 1
            }
        }
        worksheet_autofilter(data, 0, 0, 0, lxw_col_t(kind.columns.count - 1))
        writeNotes(notes, kind: kind, language: language, formats: formats)
        let error = workbook_close(workbook)
        guard error == LXW_NO_ERROR else {
            unlink(temporary)
            throw SentraError(.ioError, .workbookWriteFailed, path, String(cString: lxw_strerror(error)))
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw SentraError(.cannotCreate, .cannotCreateFile, path, String(cString: strerror(errno)))
        }
    }

    private static func addList(
        _ sheet: UnsafeMutablePointer<lxw_worksheet>, column: lxw_col_t, formula: String, strict: Bool,
        language: ReportLanguage
    ) {
        var validation = lxw_data_validation()
        validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
        validation.error_type = UInt8(
            (strict ? LXW_VALIDATION_ERROR_TYPE_STOP : LXW_VALIDATION_ERROR_TYPE_WARNING).rawValue)
        let message =
            language == .id
            ? (strict ? "Pilih salah satu dari daftar." : "Satuan ini tidak ada di daftar; periksa lagi.")
            : (strict ? "Choose one of the list." : "This unit is not in the list; check it.")
        formula.withCString { formulaPointer in
            message.withCString { messagePointer in
                validation.value_formula = UnsafeMutablePointer(mutating: formulaPointer)
                validation.error_message = UnsafeMutablePointer(mutating: messagePointer)
                _ = worksheet_data_validation_range(sheet, 1, column, formattedRows, column, &validation)
            }
        }
    }

    private static func writeNotes(
        _ sheet: UnsafeMutablePointer<lxw_worksheet>, kind: ImportKind, language: ReportLanguage,
        formats: TemplateFormats
    ) {
        let id = language == .id
        let titles =
            id ? ["Kolom", "Wajib", "Penjelasan", "Contoh"] : ["Column", "Required", "Explanation", "Example"]
        for (index, title) in titles.enumerated() {
            worksheet_write_string(sheet, 0, lxw_col_t(index), title, formats.header)
        }
        worksheet_freeze_panes(sheet, 1, 0)
        var widths = titles.map { Double($0.count) }
        for (index, column) in kind.columns.enumerated() {
            let row = lxw_row_t(index + 1)
            let note = Template.note(kind, column.name)
            let cells = [
                ColumnLabels.label("\(kind.rawValue).\(column.name)", language),
                column.required ? (id ? "ya" : "yes") : (id ? "tidak" : "no"),
                id ? note.id : note.en, note.example,
            ]
            for (position, cell) in cells.enumerated() {
                worksheet_write_string(sheet, row, lxw_col_t(position), cell, formats.text)
                widths[position] = max(widths[position], Double(cell.count))
            }
        }
        let footer = lxw_row_t(kind.columns.count + 2)
        worksheet_write_string(
            sheet, footer, 0,
            id
                ? "Isi sheet Data mulai baris 2, satu baris per \(recordNames[kind] ?? kind.rawValue); "
                    + "lalu: sentra import \(kind.rawValue) FILE.xlsx"
                : "Fill the Data sheet from row 2, one row per record; then: sentra import \(kind.rawValue) FILE.xlsx",
            formats.text)
        for (position, width) in widths.enumerated() {
            worksheet_set_column(sheet, lxw_col_t(position), lxw_col_t(position), min(width + 3, 70), nil)
        }
    }
}
