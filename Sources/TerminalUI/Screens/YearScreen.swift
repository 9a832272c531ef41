import Emulation

/// What every screen of a year needs: the year, or a line asking to choose one.
enum YearScreen {
    /// The loaded year, or nil after drawing the "choose a year" line.
    static func year(_ state: AppState, into buffer: inout Buffer, area: Rect) -> YearSnapshot? {
        if let year = state.year { return year }
        let text = state.pendingYear == nil ? state.words.screen.chooseYearFirst : state.words.screen.loading
        buffer.write(text, row: area.row + 1, column: 2, role: .muted)
        return nil
    }
}
