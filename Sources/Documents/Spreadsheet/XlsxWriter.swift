import CXlsxWriter
import Emulation
import Foundation

/// A Spreadsheet written as an .xlsx file by libxlsxwriter. The library writes to a path, so
/// the file is made in the temporary folder and read back; the caller writes the bytes where
/// they go, all at once.
public enum XlsxWriter {
    public struct Failure: Error, Hashable, Sendable {
        /// libxlsxwriter's own words (`lxw_strerror`), and the step that failed.
        public var message: String
    }

    public static func data(_ sheet: Spreadsheet, title: String) throws -> Data {
        let path = NSTemporaryDirectory() + "/thidua-\(UUID().uuidString).xlsx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard let workbook = workbook_new(path) else { throw Failure(message: "workbook_new \(path)") }
        var closed = false
        defer { if !closed { workbook_close(workbook) } }
        try title.withCString { title in
            try "thidua".withCString { author in
                var properties = lxw_doc_properties()
                properties.title = UnsafeMutablePointer(mutating: title)
                properties.author = UnsafeMutablePointer(mutating: author)
                try check(workbook_set_properties(workbook, &properties), "properties")
            }
        }
        guard let worksheet = workbook_add_worksheet(workbook, sheet.name) else { throw Failure(message: "add_worksheet \(sheet.name)") }
        try SheetWriting(workbook: workbook, worksheet: worksheet, sheet: sheet).write()
        closed = true
        try check(workbook_close(workbook), "close")
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    static func check(_ error: lxw_error, _ step: String) throws {
        guard error != LXW_NO_ERROR else { return }
        throw Failure(message: step + ": " + String(cString: lxw_strerror(error)))
    }
}

/// The writing of one sheet: its formats, then the layout top to bottom (libxlsxwriter keeps
/// the cells in memory, but row order keeps it simple to follow).
private struct SheetWriting {
    let workbook: UnsafeMutablePointer<lxw_workbook>
    let worksheet: UnsafeMutablePointer<lxw_worksheet>
    let sheet: Spreadsheet

    /// Cell styles, made once per workbook.
    struct Formats {
        let title, muted, group, caption, header, text, points, integer, formula: UnsafeMutablePointer<lxw_format>
    }

    func write() throws {
        let formats = makeFormats()
        // Measured once: every cell of every column is looked at.
        let widths = self.widths
        for (row, line) in sheet.title.enumerated() {
            try XlsxWriter.check(worksheet_write_string(worksheet, lxw_row_t(row), 0, line, row == 0 ? formats.title : formats.muted), "title")
        }
        if let groupRow = sheet.groupRow {
            for group in sheet.groups {
                if group.first == group.last {
                    try XlsxWriter.check(worksheet_write_string(worksheet, lxw_row_t(groupRow), lxw_col_t(group.first), group.title, formats.group), "group")
                } else {
                    try XlsxWriter.check(worksheet_merge_range(worksheet, lxw_row_t(groupRow), lxw_col_t(group.first), lxw_row_t(groupRow),
                                                               lxw_col_t(group.last), group.title, formats.group), "group")
                }
            }
        }
        if let captionRow = sheet.captionRow {
            for (column, caption) in sheet.captions.enumerated() {
                try XlsxWriter.check(worksheet_write_string(worksheet, lxw_row_t(captionRow), lxw_col_t(column), caption, formats.caption), "caption")
            }
            try XlsxWriter.check(worksheet_set_row(worksheet, lxw_row_t(captionRow), captionHeight(widths), nil), "caption height")
        }
        for (column, name) in sheet.header.enumerated() {
            try XlsxWriter.check(worksheet_write_string(worksheet, lxw_row_t(sheet.headerRow), lxw_col_t(column), name, formats.header), "header")
        }
        for (offset, cells) in sheet.rows.enumerated() {
            let row = lxw_row_t(sheet.firstDataRow + offset)
            for (column, cell) in cells.enumerated() {
                try write(cell, row: row, column: lxw_col_t(column), formats)
            }
        }
        for (column, width) in widths.enumerated() {
            try XlsxWriter.check(worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), width, nil), "width")
        }
        worksheet_freeze_panes(worksheet, lxw_row_t(sheet.firstDataRow), lxw_col_t(sheet.frozenColumns))
        try validate()
        try pageSetup()
    }

    private func write(_ cell: Spreadsheet.Cell, row: lxw_row_t, column: lxw_col_t, _ formats: Formats) throws {
        let error: lxw_error
        switch cell {
        case .text(let text): error = text.isEmpty ? worksheet_write_blank(worksheet, row, column, formats.text)
                                                   : worksheet_write_string(worksheet, row, column, text, formats.text)
        case .points(let points): error = worksheet_write_number(worksheet, row, column, Double(points.hundredths) / 100, formats.points)
        case .integer(let value): error = worksheet_write_number(worksheet, row, column, Double(value), formats.integer)
        case .formula(let formula, let value):
            error = worksheet_write_formula_num(worksheet, row, column, formula, formats.formula, Double(value.hundredths) / 100)
        case .empty: error = worksheet_write_blank(worksheet, row, column, formats.text)
        }
        try XlsxWriter.check(error, "cell \(Spreadsheet.cellName(row: Int(row), column: Int(column)))")
    }

    /// Each column as wide as its widest name or value (Vietnamese counted by display
    /// columns), within bounds; the captions wrap instead.
    private var widths: [Double] {
        sheet.header.indices.map { column in
            let values = [sheet.header[column]] + sheet.rows.map { column < $0.count ? Self.shown($0[column]) : "" }
            let widest = values.map(DisplayWidth.of).max() ?? 0
            return Double(min(max(widest + 2, sheet.captions.isEmpty ? 6 : 11), 45))
        }
    }

    private static func shown(_ cell: Spreadsheet.Cell) -> String {
        switch cell {
        case .text(let text): return text
        case .points(let points), .formula(_, let points): return DecimalText.format(points)
        case .integer(let value): return String(value)
        case .empty: return ""
        }
    }

    /// Tall enough for the longest caption wrapped in its column (15 points a line, 8 lines at most).
    private func captionHeight(_ widths: [Double]) -> Double {
        let lines = zip(sheet.captions, widths).map { caption, width in
            (DisplayWidth.of(caption) + Int(width) - 3) / max(Int(width) - 2, 1)
        }
        return Double(min(max(lines.max() ?? 1, 1), 8)) * 15
    }

    private func validate() throws {
        guard !sheet.rows.isEmpty else { return }
        for rule in sheet.validations {
            try rule.inputTitle.withCString { inputTitle in
                try rule.inputMessage.withCString { inputMessage in
                    try rule.errorMessage.withCString { errorMessage in
                        var validation = lxw_data_validation()
                        validation.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
                        validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
                        validation.minimum_number = 0
                        validation.maximum_number = Double(rule.maximum.hundredths) / 100
                        validation.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
                        validation.input_title = UnsafeMutablePointer(mutating: inputTitle)
                        validation.input_message = UnsafeMutablePointer(mutating: inputMessage)
                        validation.error_message = UnsafeMutablePointer(mutating: errorMessage)
                        let column = lxw_col_t(rule.column)
                        try XlsxWriter.check(worksheet_data_validation_range(worksheet, lxw_row_t(sheet.firstDataRow), column,
                                                                             lxw_row_t(sheet.firstDataRow + sheet.rows.count - 1), column,
                                                                             &validation), "validation")
                    }
                }
            }
        }
    }

    /// A4 landscape, one page wide, the table's heading repeated on every page.
    private func pageSetup() throws {
        worksheet_set_paper(worksheet, 9)
        worksheet_set_landscape(worksheet)
        worksheet_fit_to_pages(worksheet, 1, 0)
        worksheet_set_margins(worksheet, 0.5, 0.5, 0.75, 0.75)
        try XlsxWriter.check(worksheet_repeat_rows(worksheet, lxw_row_t(sheet.groupRow ?? sheet.headerRow), lxw_row_t(sheet.headerRow)), "repeat rows")
        // The right part is the page number, in Excel's codes (&P, &N): not escaped.
        let header = "&L" + Self.escaped(sheet.pageHeader.left) + "&C" + Self.escaped(sheet.pageHeader.centre) + "&R" + sheet.pageHeader.right
        try XlsxWriter.check(worksheet_set_header(worksheet, Self.fitting(header)), "page header")
        try XlsxWriter.check(worksheet_set_footer(worksheet, Self.fitting("&L" + Self.escaped(sheet.pageFooter))), "page footer")
    }

    /// "&" starts a code in a page header: a literal one is doubled.
    private static func escaped(_ text: String) -> String { text.replacingOccurrences(of: "&", with: "&&") }

    /// Excel allows 255 characters in a page header; a longer one is cut, never refused.
    private static func fitting(_ text: String) -> String {
        var fitted = text
        while fitted.count > 255 || fitted.utf8.count > 255 * 2 { fitted.removeLast() }
        if fitted.hasSuffix("&") && !fitted.hasSuffix("&&") { fitted.removeLast() }
        return fitted
    }

    private func makeFormats() -> Formats {
        func format(_ configure: (UnsafeMutablePointer<lxw_format>) -> Void) -> UnsafeMutablePointer<lxw_format> {
            let format = workbook_add_format(workbook)!
            configure(format)
            return format
        }
        let grey: lxw_color_t = 0xE7E6E6
        let bordered = { (format: UnsafeMutablePointer<lxw_format>) in format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        return Formats(
            title: format { format_set_bold($0); format_set_font_size($0, 13) },
            muted: format { format_set_font_color($0, 0x595959); format_set_italic($0) },
            group: format { bordered($0); format_set_bold($0); format_set_align($0, UInt8(LXW_ALIGN_CENTER.rawValue))
                format_set_align($0, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue)); format_set_text_wrap($0); format_set_bg_color($0, grey) },
            caption: format { bordered($0); format_set_text_wrap($0); format_set_align($0, UInt8(LXW_ALIGN_CENTER.rawValue))
                format_set_align($0, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)); format_set_font_size($0, 9) },
            header: format { bordered($0); format_set_bold($0); format_set_align($0, UInt8(LXW_ALIGN_CENTER.rawValue)); format_set_bg_color($0, grey) },
            text: format { bordered($0) },
            points: format { bordered($0); format_set_num_format($0, "0.00") },
            integer: format { bordered($0); format_set_num_format($0, "0") },
            formula: format { bordered($0); format_set_num_format($0, "0.00"); format_set_bold($0) })
    }
}
