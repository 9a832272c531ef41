import CNcurses
import TerminalUI

/// Consecutive changed cells of one row with one role: one `mvwaddwstr` call.
struct DrawRun: Equatable {
    var row: Int
    var column: Int
    /// Exactly `columns` wide as the terminal measures it (see `FrameDiff.glyph`).
    var text: String
    var columns: Int
    var role: StyleRole
}

/// Which cells of a frame differ from the previous one. Pure (the width function is passed
/// in), so it is tested without a terminal.
enum FrameDiff {
    typealias ScalarWidth = @Sendable (Unicode.Scalar) -> Int

    /// glibc's idea of a width, which is what ncurses uses to place characters. Needs the
    /// UTF-8 locale that the backend sets (in "C" every non-ASCII scalar is -1).
    static let terminalWidth: ScalarWidth = { Int(wcwidth(wchar_t(bitPattern: $0.value))) }

    /// The runs to draw to turn `previous` into `next` (everything when `previous` is nil or
    /// of another size), clipped to the `visible` screen.
    static func runs(from previous: Buffer?, to next: Buffer, visible: Size,
                     width: ScalarWidth = terminalWidth) -> [DrawRun] {
        let previous = previous?.size == next.size ? previous : nil
        let rows = min(next.size.rows, visible.rows)
        let columns = min(next.size.columns, visible.columns)
        var runs: [DrawRun] = []
        for row in 0..<max(0, rows) {
            // Most rows of a frame are the previous frame's: a row whose cells are the same bits
            // is the same row (the converse need not hold, so any other row is compared cell by cell).
            if let previous, next.isBitwiseEqual(to: previous, row: row) { continue }
            var current: DrawRun?
            var column = 0
            while column < columns {
                let cell = next[row, column]
                // A wide character is drawn whole, so a change in either half redraws it.
                let span = cell.width == 2 && column + 1 < columns && next[row, column + 1].width == 0 ? 2 : 1
                let changed = (column..<column + span).contains { previous?[row, $0] != next[row, $0] }
                if changed {
                    let text = glyph(cell, span: span, width: width)
                    if var run = current, run.role == cell.role {
                        run.text += text
                        run.columns += span
                        current = run
                    } else {
                        if let run = current { runs.append(run) }
                        current = DrawRun(row: row, column: column, text: text, columns: span, role: cell.role)
                    }
                } else if let run = current {
                    runs.append(run)
                    current = nil
                }
                column += span
            }
            if let run = current { runs.append(run) }
        }
        return runs
    }

    /// The text for one cell that takes exactly `span` columns on the terminal. The buffer's
    /// widths and glibc's can disagree (emoji, a lone combining mark, a wide character cut at
    /// the edge, a stray control character that ncurses would print as "^X"); a glyph of the
    /// wrong width would shift the rest of the run, so it becomes a placeholder instead.
    static func glyph(_ cell: Cell, span: Int, width: ScalarWidth) -> String {
        if cell.width == 0 { return " " }  // a continuation with no wide character before it
        // Most cells: one printable scalar as wide as the cell says.
        if let scalar = cell.singleScalar, scalar.value >= 0x20, !(0x7F...0x9F).contains(scalar.value), width(scalar) == span {
            return String(Character(scalar))
        }
        var measured = 0
        for scalar in cell.unicodeScalars {
            let w = width(scalar)
            guard w >= 0, scalar.value >= 0x20, !(0x7F...0x9F).contains(scalar.value) else {
                measured = -1
                break
            }
            measured += w
        }
        switch (measured, span) {
        case (span, _): return String(cell.character)
        case (1, 2): return String(cell.character) + " "
        case (_, 2): return "\u{FFFD} "
        default: return cell.width == 2 ? " " : "\u{FFFD}"  // a clipped wide character: blank
        }
    }
}
