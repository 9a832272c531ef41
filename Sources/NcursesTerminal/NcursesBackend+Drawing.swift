import CNcurses
import TerminalUI

extension NcursesBackend {
    /// One colour pair per role (pair = role index + 1; pair 0 is ncurses' fixed default).
    public func apply(theme: Theme, depth: ColorDepth) {
        guard !stopped else { return }
        let useColor = depth != .monochrome && colorDepth != .monochrome
        var styles: [StyleRole: (attributes: attr_t, pair: Int16)] = [:]
        for (index, role) in StyleRole.allCases.enumerated() {
            let style = theme.style(role, depth: useColor ? depth : .monochrome)
            var attributes = CN_WA_NORMAL
            if style.bold { attributes |= CN_WA_BOLD }
            if style.underline { attributes |= CN_WA_UNDERLINE }
            if style.reverse { attributes |= CN_WA_REVERSE }
            var pair: Int16 = 0
            if useColor, index + 1 < Int(cn_color_pairs()) {
                pair = Int16(index + 1)
                _ = init_pair(pair, color(style.foreground, fallback: Int16(COLOR_WHITE)),
                              color(style.background, fallback: Int16(COLOR_BLACK)))
            }
            styles[role] = (attributes, pair)
        }
        self.styles = styles
        previous = nil
    }

    /// -1 (the terminal's own colour) where possible; an index the terminal lacks (a 256-colour
    /// theme forced on an 8-colour terminal) falls back the same way rather than failing.
    private func color(_ color: ThemeColor, fallback: Int16) -> Int16 {
        let terminalDefault = hasDefaultColors ? -1 : fallback
        switch color {
        case .terminalDefault: return terminalDefault
        case .index(let index): return index >= 0 && index < Int(cn_colors()) ? Int16(index) : terminalDefault
        }
    }

    /// Sends only the cells that changed since the previous frame; ncurses then compares its
    /// own picture of the screen and sends the fewest bytes. Never `clear()`: that repaints
    /// the whole terminal (about 845 bytes for an arrow key at 100×24 instead of 60–69).
    public func draw(_ buffer: Buffer) {
        guard !stopped else { return }
        let window = cn_stdscr()
        let screen = size
        if drawnSize?.buffer != buffer.size || drawnSize?.screen != screen {
            // Cells outside a smaller frame would keep stale text. ncurses' resizeterm has
            // already marked the physical screen unknown, so this costs no extra repaint.
            _ = werase(window)
            previous = nil
            drawnSize = (buffer.size, screen)
        }
        for run in FrameDiff.runs(from: previous, to: buffer, visible: screen) {
            let style = styles[run.role] ?? (CN_WA_NORMAL, 0)
            _ = wattr_set(window, style.attributes, style.pair, nil)
            // wchar_t is UTF-32 on Linux: one scalar each; combining marks join the cell before.
            var wide = run.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
            wide.append(0)
            // ERR for a run ending in the bottom-right cell: it is drawn, but the cursor
            // cannot move past it (scrollok is off, so nothing scrolls). Nothing to do.
            _ = mvwaddwstr(window, Int32(run.row), Int32(run.column), wide)
        }
        _ = wattr_set(window, CN_WA_NORMAL, 0, nil)
        previous = buffer
        placeCursor(buffer.cursor, in: window, screen: screen)
        _ = wnoutrefresh(window)
        _ = doupdate()
    }

    /// curs_set writes to the terminal at once, so it is only called on a change. While the
    /// cursor is hidden, leaveok spares ncurses from moving it after every update.
    private func placeCursor(_ cursor: (row: Int, column: Int)?, in window: UnsafeMutablePointer<WINDOW>?, screen: Size) {
        if let cursor, cursor.row >= 0, cursor.row < screen.rows, cursor.column >= 0, cursor.column < screen.columns {
            _ = leaveok(window, false)
            _ = wmove(window, Int32(cursor.row), Int32(cursor.column))
            if cursorVisible != true { _ = curs_set(1) }
            cursorVisible = true
        } else {
            _ = leaveok(window, true)
            if cursorVisible != false { _ = curs_set(0) }
            cursorVisible = false
        }
    }
}
