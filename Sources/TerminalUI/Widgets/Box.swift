/// A framed box for dialogs and overlays.
public enum Box {
    /// Draws a frame with a title and clears its inside; returns the inner area.
    @discardableResult
    public static func draw(into buffer: inout Buffer, area: Rect, title: String, role: StyleRole = .dialog) -> Rect {
        guard area.rows >= 2, area.columns >= 2 else { return area }
        buffer.fill(area, role: role)
        let horizontal = String(repeating: "─", count: area.columns - 2)
        buffer.write("┌" + horizontal + "┐", row: area.row, column: area.column, role: .border)
        buffer.write("└" + horizontal + "┘", row: area.bottom - 1, column: area.column, role: .border)
        for row in (area.row + 1)..<(area.bottom - 1) {
            buffer.write("│", row: row, column: area.column, role: .border)
            buffer.write("│", row: row, column: area.right - 1, role: .border)
        }
        if !title.isEmpty {
            buffer.write(" " + title + " ", row: area.row, column: area.column + 2, role: .dialogTitle, limit: area.columns - 4)
        }
        return area.inset(rows: 1, columns: 2)
    }
}
