import Emulation

/// Screens that later issues complete (pledge, meeting): they say so on screen and
/// show a summary of what they will hold.
enum PlaceholderScreen {
    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        let words = state.words
        buffer.write(words.screen.placeholder(words.screen.screenName(state.screen)), row: area.row, column: 1, role: .flagged, limit: area.columns - 2)
        guard let year = YearScreen.year(state, into: &buffer, area: Rect(row: area.row + 1, column: 0, rows: area.rows - 1, columns: area.columns)),
              let review = state.review else { return }
        var lines: [(String, StyleRole)] = []
        switch state.screen {
        case .pledge:
            let members = year.units.map(\.id)
            lines.append((year.pledge.title, .accent))
            lines.append((words.screen.pledgeSummary(year.pledge.tasks.count, year.pledge.drives.count,
                                                     year.pledge.signedCount(members: members), members.count), .normal))
            for (index, task) in year.pledge.tasks.enumerated() { lines.append(("  \(index + 1). " + task, .normal)) }
        case .meeting:
            lines.append((words.rankingTitle(year.cluster.name, year.reference.year), .accent))
            lines.append((words.screen.meetingSummary(review.proposals.filter { $0.award != nil }.count), .normal))
            for entry in review.ranking.entries.prefix(max(0, area.rows - 5)) {
                let proposal = review.proposal(unitID: entry.unit.id).map { words.proposalLabel($0, rules: year.rules) } ?? ""
                lines.append(("  \(entry.rank). \(entry.unit.name) — \(DecimalText.format(entry.result.total)) — \(proposal)", .normal))
            }
        case .home, .roster, .grid, .sheet, .ranking:
            break
        }
        for (offset, line) in lines.prefix(max(0, area.rows - 2)).enumerated() {
            buffer.write(line.0, row: area.row + 2 + offset, column: 1, role: line.1, limit: area.columns - 2)
        }
    }
}
