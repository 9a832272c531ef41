import Emulation

/// The clusters and years with their stage at a glance; Enter opens one. On an empty
/// database it offers the demo and a new cluster.
enum HomeScreen {
    static func visibleRows(_ state: AppState) -> Int { max(1, state.contentArea.rows - 2) }

    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        let words = state.words
        guard let _ = state.overviews else {
            buffer.write(words.screen.loading, row: area.row + 1, column: 2, role: .muted)
            return
        }
        if state.isEmptyDatabase {
            for (index, line) in words.screen.homeEmpty.enumerated() {
                buffer.write(line, row: area.row + 1 + index, column: 2, role: index == 0 ? .accent : .normal)
            }
            return
        }
        buffer.write(words.screen.homeHeading, row: area.row, column: 1, role: .accent)
        let rows = state.homeRows
        let table = TableView(columns: columns(words, width: area.columns), rowCount: rows.count, frozenColumns: 1,
                              selection: state.homeSelection) { row(words, rows[$0].cluster, rows[$0].year) }
        table.render(into: &buffer, area: Rect(row: area.row + 1, column: 1, rows: area.rows - 1, columns: area.columns - 1))
    }

    private static func columns(_ words: Catalogue, width: Int) -> [TableColumn] {
        // The other columns (50 cells) and the 6 separators; the name takes what is left.
        let nameWidth = max(12, width - 1 - 50 - 6)
        return [
            TableColumn(words.screen.columnCode, width: 7),
            TableColumn(words.screen.columnYear, width: 4),
            TableColumn(words.screen.columnName, width: nameWidth),
            TableColumn(words.screen.columnStatus, width: 9),
            TableColumn(words.screen.columnPledge, width: 10),
            TableColumn(words.screen.columnScores, width: 7, alignRight: true),
            TableColumn(words.screen.columnReview, width: 13),
        ]
    }

    private static func row(_ words: Catalogue, _ cluster: Cluster, _ year: YearOverview) -> [TableCell] {
        let review: String
        switch year.status {
        case .closed: review = words.status(.closed)
        case .pledge, .scoring, .review: review = year.votes > 0 ? words.screen.votesRecorded(year.votes) : words.screen.notReviewed
        }
        let scoresComplete = year.total > 0 && year.entered == year.total
        return [
            TableCell(cluster.code), TableCell(String(year.year)), TableCell(cluster.name), TableCell(words.status(year.status)),
            TableCell(words.screen.pledgeSigned(year.signed, year.members), role: year.signed < year.members ? .flagged : nil),
            TableCell(words.screen.scoresEntered(year.entered, year.total), role: scoresComplete ? nil : .scoreMissing),
            TableCell(review, role: year.status == .closed ? .muted : nil),
        ]
    }
}
