import Emulation

/// What every screen of a year needs: the year, or a line asking to choose one.
enum YearScreen {
    /// The loaded year, or nil after drawing the "choose a year" line.
    static func year(_ state: AppShared, into buffer: inout Buffer, area: Rect) -> YearSnapshot? {
        if let year = state.year {
            guard year.units.isEmpty else { return year }
            // Units are added from a roster file until the roster screen can edit them.
            let hint = state.words.screen.noUnitsYet(year.reference.clusterCode, year.reference.year)
            let lines = hint.components(separatedBy: "\n").flatMap { DisplayWidth.wrap($0, indent: "", width: area.columns - 4) }
            for (offset, line) in lines.enumerated() {
                buffer.write(line, row: area.row + 1 + offset, column: 2, role: .muted)
            }
            return nil
        }
        let text = state.pendingYear == nil ? state.words.screen.chooseYearFirst : state.words.screen.loading
        buffer.write(text, row: area.row + 1, column: 2, role: .muted)
        return nil
    }
}
