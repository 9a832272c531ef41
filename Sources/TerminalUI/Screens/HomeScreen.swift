import Emulation

extension ScreenID {
    public static let home = ScreenID(rawValue: "home")
}

/// The clusters and years with their stage at a glance; Enter opens one. On an empty
/// database it offers the demo and a new cluster.
enum HomeScreen: Screen {
    static let id = ScreenID.home
    static let letter: Character = "h"
    static func name(_ words: Catalogue) -> String { words.screen.homeName }
    static func summary(_ words: Catalogue) -> String { words.screen.homeSummary }
    static var initialState: Selection { Selection() }
    static var needsYear: Bool { false }
    static var back: ScreenID? { nil }

    enum Action: Hashable, Sendable {
        case open
        case loadDemo
        case newCluster
    }

    /// The demo and a new cluster only for who may create clusters (an admin).
    static func bindings(_ selection: Selection, _ state: AppShared) -> [KeyBinding<Action>] {
        let empty = state.isEmptyDatabase
        var bindings = [KeyBinding(Action.open, keys: [.enter], label: "Enter", inFooter: !empty, name: { $0.screen.keyOpen }, help: { $0.screen.keyOpenHelp })]
        if state.may(.createCluster) {
            bindings += [
                KeyBinding(.loadDemo, keys: [.character("d")], label: "d", inFooter: empty, name: { $0.screen.keyDemo }, help: { $0.screen.keyDemoHelp }),
                KeyBinding(.newCluster, keys: [.character("n")], label: "n", inFooter: empty, name: { $0.screen.keyNewCluster }, help: { $0.screen.keyNewClusterHelp }),
            ]
        }
        return bindings
    }

    static func perform(_ action: Action, key: Key, _ selection: inout Selection, _ state: inout AppShared) -> [AppEffect] {
        switch action {
        case .open:
            let rows = state.homeRows
            guard selection.index < rows.count else { return [] }
            let row = rows[selection.index]
            state.requestedScreen = .roster
            state.pendingYear = (row.cluster.code, row.year.year)
            return [.loadYear(code: row.cluster.code, year: row.year.year)]
        case .loadDemo:
            return loadDemo(&state)
        case .newCluster:
            newCluster(&state)
            return []
        }
    }

    /// The demo clusters, at once on an empty file, after a question otherwise.
    static func loadDemo(_ state: inout AppShared) -> [AppEffect] {
        // The demo creates clusters: `d` is offered only to who may; `:demo` is typed by anyone.
        guard state.allows(.createCluster) else { return [] }
        if state.isEmptyDatabase { return [.loadDemo] }
        state.overlay = .confirm(ConfirmState(title: state.words.screen.keyDemo, message: state.words.screen.keyDemoHelp + "?", onYes: .loadDemo))
        return []
    }

    static func newCluster(_ state: inout AppShared) {
        guard state.allows(.createCluster) else { return }
        state.overlay = .form(ClusterForm.make(year: (state.year?.reference.year).map { $0 + 1 } ?? state.currentYear, words: state.words))
    }

    static func move(_ movement: Movement, key: Key, _ selection: inout Selection, _ state: inout AppShared) {
        selection.apply(movement, count: state.homeRows.count, visible: visibleRows(state))
    }

    /// Home summarises every cluster-year: shown again after another clerk's change, it reloads.
    static func willShow(_ selection: inout Selection, _ state: inout AppShared) -> [AppEffect] {
        state.homeStale ? [.loadHome] : []
    }

    /// The year being opened (from a search or `--cluster`) is the one selected.
    static func keepVisible(_ selection: inout Selection, _ state: AppShared) {
        let rows = state.homeRows
        selection.keepVisible(count: rows.count, visible: visibleRows(state))
        if let pending = state.pendingYear, let index = rows.firstIndex(where: { $0.cluster.code == pending.code && $0.year.year == pending.year }) {
            selection.moveTo(index, count: rows.count, visible: visibleRows(state))
        }
    }

    static func visibleRows(_ state: AppShared) -> Int { max(1, state.contentArea.rows - 2 - identityLines(state).count) }

    /// Who is acting and their roles, at the foot of the screen: "Bạn: Nguyễn Văn A (an) · thư
    /// ký cụm HP-KH", and the admin recording on their behalf; two lines at most.
    static func identityLines(_ state: AppShared) -> [String] {
        guard let account = state.account else { return [] }
        let access = state.words.access
        var text = access.youAre(account.fullName, account.login, access.roles(of: account))
        if let recorder = account.recordedBy { text += " · " + access.recordedBy(recorder) }
        let lines = DisplayWidth.wrap(text, indent: "  ", width: max(20, state.size.columns - 2))
        guard lines.count > 2 else { return lines }
        return [lines[0], DisplayWidth.truncate(lines[1...].joined(separator: " "), to: max(20, state.size.columns - 2))]
    }

    static func render(_ selection: Selection, _ state: AppShared, into buffer: inout Buffer, area: Rect) {
        let words = state.words
        guard let _ = state.overviews else {
            buffer.write(words.screen.loading, row: area.row + 1, column: 2, role: .muted)
            return
        }
        let identity = identityLines(state)
        for (offset, line) in identity.enumerated() {
            buffer.write(line, row: area.bottom - identity.count + offset, column: 1, role: .muted, limit: area.columns - 2)
        }
        if state.isEmptyDatabase {
            // Who may not create a cluster is told whom to ask, not keys they do not have.
            let lines = state.may(.createCluster) ? words.screen.homeEmpty
                : DisplayWidth.wrap(words.access.nothingToRead, indent: "", width: max(20, area.columns - 4))
            for (index, line) in lines.enumerated() {
                buffer.write(line, row: area.row + 1 + index, column: 2, role: index == 0 ? .accent : .normal, limit: area.columns - 3)
            }
            return
        }
        buffer.write(words.screen.homeHeading, row: area.row, column: 1, role: .accent)
        let rows = state.homeRows
        let table = TableView(columns: columns(words, width: area.columns), rowCount: rows.count, frozenColumns: 1,
                              selection: selection) { row(words, rows[$0].cluster, rows[$0].year) }
        table.render(into: &buffer, area: Rect(row: area.row + 1, column: 1, rows: area.rows - 1 - identity.count, columns: area.columns - 1))
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
