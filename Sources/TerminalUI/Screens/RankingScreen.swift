import Emulation

/// The ranking with subtotals, total, classification and proposal; the selected unit's
/// reasons in words on the last line.
enum RankingScreen {
    static func visibleRows(_ state: AppState) -> Int { max(1, state.contentArea.rows - 3) }

    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        guard let year = YearScreen.year(state, into: &buffer, area: area), let review = state.review else { return }
        let words = state.words
        var columns = [TableColumn(words.columnRank, width: 5, alignRight: true), TableColumn(words.columnUnit, width: 14)]
        columns += year.tree.majors.map { TableColumn(words.columnCriterion($0.code), width: 6, alignRight: true) }
        columns += [TableColumn(words.columnTotal, width: 6, alignRight: true), TableColumn(words.columnClassification, width: 10)]
        let used = columns.reduce(0) { $0 + $1.width + 1 }
        columns.append(TableColumn(words.columnProposal, width: max(10, area.columns - 1 - used)))
        let row = { (index: Int) -> [TableCell] in
            let entry = review.ranking.entries[index]
            let proposal = review.proposal(unitID: entry.unit.id)
            let ineligible = !entry.unit.eligibility.isEligible
            var cells = [TableCell(String(entry.rank) + (entry.isTied ? words.tiedMark : ""), role: entry.isTied ? .tied : nil),
                         TableCell(entry.unit.name, role: ineligible ? .ineligible : nil)]
            cells += year.tree.majors.map { TableCell(DecimalText.format(entry.result.subtotal(major: $0.code))) }
            cells += [TableCell(DecimalText.format(entry.result.total), role: .accent),
                      TableCell(words.classificationCell(entry.result.classification), role: entry.result.classification == .excellent ? .excellent : nil),
                      TableCell(proposal.map { words.proposalLabel($0, rules: year.rules) } ?? words.notProposed,
                                role: proposal?.tiedForQuota == true ? .tied : (proposal?.award == nil ? .muted : nil))]
            return cells
        }
        buffer.write(words.screen.readOnlyForNow, row: area.row, column: 1, role: .muted)
        let tableArea = Rect(row: area.row + 1, column: 1, rows: area.rows - 2, columns: area.columns - 1)
        TableView(columns: columns, rowCount: review.ranking.count, frozenColumns: 2, selection: state.rankingSelection, row: row)
            .render(into: &buffer, area: tableArea)
        let index = state.rankingSelection.index
        if index < review.ranking.entries.count, let proposal = review.proposal(unitID: review.ranking.entries[index].unit.id) {
            buffer.write("› " + words.reasons(proposal, rules: year.rules), row: area.bottom - 1, column: 1, role: .accent, limit: area.columns - 2)
        }
    }
}
