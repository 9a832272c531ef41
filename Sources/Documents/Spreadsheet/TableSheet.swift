import Emulation

/// A document's table (the ranking, the proposals, the pledge's checklist, the history, the
/// roster) as a sheet: the columns a person reads, numbers as numbers. The table marks its
/// number columns by aligning them right; a cell there that is not a number ("1=" for a tie,
/// "—") stays text.
enum TableSheet {
    static func sheet(_ table: TextTable, name: String, title: SheetTitle, frozenColumns: Int) -> Spreadsheet {
        let rows = table.rows.map { row in
            row.enumerated().map { column, text in table.rightAligned.contains(column) ? number(text) : (text.isEmpty ? .empty : .text(text)) }
        }
        return title.sheet(name: name, header: table.header, rows: rows, frozenColumns: frozenColumns)
    }

    /// The roster file (storage's table, as `thidua import roster` reads it), the name kept in view.
    static func sheet(_ file: FileTable, name: String, title: SheetTitle) -> Spreadsheet {
        title.sheet(name: name, header: file.header, rows: file.rows.map { $0.map(Spreadsheet.Cell.init) })
    }

    private static func number(_ text: String) -> Spreadsheet.Cell {
        if text.isEmpty { return .empty }
        if text.allSatisfy(\.isASCII), let whole = Int(text) { return .integer(whole) }
        if case .success(let points) = DecimalText.parse(text) { return .points(points) }
        return .text(text)
    }
}
