import CXlsxWriter

/// The cell formats of a template workbook, made once per workbook.
struct TemplateFormats {
    let header: UnsafeMutablePointer<lxw_format>
    let text: UnsafeMutablePointer<lxw_format>
    let requiredHeader: UnsafeMutablePointer<lxw_format>
    let code: UnsafeMutablePointer<lxw_format>
    let money: UnsafeMutablePointer<lxw_format>
    let date: UnsafeMutablePointer<lxw_format>
    let whole: UnsafeMutablePointer<lxw_format>

    init(_ workbook: UnsafeMutablePointer<lxw_workbook>, language: ReportLanguage) {
        func make(_ configure: (UnsafeMutablePointer<lxw_format>) -> Void) -> UnsafeMutablePointer<lxw_format> {
            let format = workbook_add_format(workbook)!
            configure(format)
            return format
        }
        // Text is indented one level (as in XLSXExport), so a number typed beside it never touches it.
        header = make {
            format_set_bold($0)
            format_set_indent($0, 1)
        }
        text = make { format_set_indent($0, 1) }
        // Required columns stand out, so an officer sees what must be filled.
        requiredHeader = make {
            format_set_bold($0)
            format_set_indent($0, 1)
            format_set_bg_color($0, 0xFFF2CC)
        }
        code = make {
            format_set_num_format($0, "@")
            format_set_indent($0, 1)
        }
        money = make { format_set_num_format($0, XLSXExport.moneyFormat(language)) }
        date = make { format_set_num_format($0, "dd/mm/yyyy") }
        whole = make { format_set_num_format($0, "0") }
    }

    /// The column format of a shape (nil: General).
    func cell(_ shape: Template.Shape) -> UnsafeMutablePointer<lxw_format>? {
        switch shape {
        case .code: code
        case .money: money
        case .date: date
        case .whole: whole
        case .text, .choice: text
        case .percent: nil
        }
    }
}
