import Emulation

/// The member units of the year: position, name, kind, role, women ≥70%, eligibility.
enum RosterScreen {
    static func visibleRows(_ state: AppState) -> Int { max(1, state.contentArea.rows - 3) }

    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        guard let year = YearScreen.year(state, into: &buffer, area: area) else { return }
        let words = state.words
        buffer.write(words.screen.unitCount(year.units.count) + " · " + words.screen.readOnlyForNow, row: area.row, column: 1, role: .muted)
        let eligibilityWidth = max(12, area.columns - 2 - 4 - 22 - 8 - 12 - 6 - 5)
        let columns = [
            TableColumn("#", width: 4, alignRight: true), TableColumn(words.columnUnit, width: 22), TableColumn(words.columnKind, width: 8),
            TableColumn(words.columnRole, width: 12), TableColumn("♀≥70%", width: 6), TableColumn(words.columnEligibility, width: eligibilityWidth),
        ]
        let row = { (index: Int) -> [TableCell] in
            let unit = year.units[index]
            let membership = year.memberships[index]
            let eligibility: TableCell
            switch unit.eligibility {
            case .eligible: eligibility = TableCell(words.eligible)
            case .ineligible(let cause, let note):
                eligibility = TableCell(words.ineligibleCause(cause) + (note.isEmpty ? "" : " (\(note))"), role: .ineligible)
            }
            return [TableCell(String(membership.position)), TableCell(unit.name), TableCell(unit.kind),
                    TableCell(words.role(membership.role), role: membership.role == .member ? nil : .accent),
                    TableCell(unit.womenMajority ? "✓" : ""), eligibility]
        }
        TableView(columns: columns, rowCount: year.units.count, frozenColumns: 2, selection: state.rosterSelection, row: row)
            .render(into: &buffer, area: Rect(row: area.row + 1, column: 1, rows: area.rows - 1, columns: area.columns - 1))
    }
}
