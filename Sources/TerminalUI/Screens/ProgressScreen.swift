import Emulation

extension ScreenID {
    public static let progress = ScreenID(rawValue: "progress")
}

/// Before the meeting, the secretary's checklist: for each unit, how many items it has
/// self-assessed and the cluster has scored, whether it signed the pledge, and which items are
/// still missing. Read-only; Enter opens the unit's sheet.
enum ProgressScreen: Screen {
    static let id = ScreenID.progress
    static let letter: Character = "l"
    static func name(_ words: Catalogue) -> String { words.screen.progressName }
    static func summary(_ words: Catalogue) -> String { words.screen.progressSummary }
    static var initialState: Selection { Selection() }

    enum Action: Hashable, Sendable {
        case openSheet
        case yearMenu
    }

    static func bindings(_ selection: Selection, _ state: AppShared) -> [KeyBinding<Action>] {
        [
            KeyBinding(.openSheet, keys: [.enter], label: "Enter", inFooter: true, name: { $0.screen.keyOpenSheet }, help: { $0.screen.keyOpenSheetHelp }),
            KeyMap.yearMenu(.yearMenu, inFooter: true),
        ]
    }

    static func perform(_ action: Action, key: Key, _ selection: inout Selection, _ state: inout AppShared) -> [AppEffect] {
        switch action {
        case .openSheet:
            // The sheet follows the unit selected here.
            if state.year?.units.isEmpty == false { state.requestedScreen = .sheet }
        case .yearMenu:
            YearEditing.openMenu(&state, exports: exports, meetingDetails: false)
        }
        return []
    }

    static func move(_ movement: Movement, key: Key, _ selection: inout Selection, _ state: inout AppShared) {
        selection.apply(movement, count: state.year?.units.count ?? 0, visible: visibleRows(state))
    }

    static func yearLoaded(previous: YearSnapshot?, previousReview: Review?, _ selection: inout Selection, _ state: inout AppShared) {
        guard let previous else {
            selection = Selection()
            return
        }
        if let id = selection.unit(in: previous.units) { selection.select(unit: id, in: state.year?.units ?? [], visible: visibleRows(state)) }
    }

    static func keepVisible(_ selection: inout Selection, _ state: AppShared) {
        selection.keepVisible(count: state.year?.units.count ?? 0, visible: visibleRows(state))
    }

    static func focus(unit: MemberUnit.ID, _ selection: inout Selection, _ state: inout AppShared) {
        selection.select(unit: unit, in: state.year?.units ?? [], visible: visibleRows(state))
    }

    static func selectedUnit(_ selection: Selection, _ state: AppShared) -> MemberUnit.ID? {
        selection.unit(in: state.year?.units ?? [])
    }

    static func visibleRows(_ state: AppShared) -> Int { max(1, state.contentArea.rows - 2) }

    static func render(_ selection: Selection, _ state: AppShared, into buffer: inout Buffer, area: Rect) {
        guard let year = YearScreen.year(state, into: &buffer, area: area) else { return }
        let words = state.words.screen
        let items = year.tree.items.count
        let progress = state.progress
        let units = year.units.count
        buffer.write(words.progressHeading(progress.complete(.selfAssessment, of: units), progress.complete(.cluster, of: units),
                                           year.pledge.signedCount(members: year.units.map(\.id)), units),
                     row: area.row, column: 1, role: .muted, limit: area.columns - 2)
        let fixed = 3 + 19 + 8 + 8 + 10 + 5
        let columns = [
            TableColumn("#", width: 3, alignRight: true), TableColumn(state.words.columnUnit, width: 19),
            TableColumn(words.columnSelf, width: 8, alignRight: true), TableColumn(words.columnCluster, width: 8, alignRight: true),
            TableColumn(words.columnSigned, width: 10), TableColumn(words.columnMissing, width: max(10, area.columns - 1 - fixed)),
        ]
        let table = TableView(columns: columns, rowCount: year.units.count, frozenColumns: 2, selection: selection) { index in
            let unit = year.units[index]
            let own = progress.missingSelf[unit.id] ?? []
            let cluster = progress.missingCluster[unit.id] ?? []
            let count = { (left: [String]) in TableCell("\(items - left.count)/\(items)", role: left.isEmpty ? nil : .scoreMissing) }
            let signature: TableCell
            switch year.pledge.signatureState(of: unit.id) {
            case .signed: signature = TableCell(words.progressSigned)
            case .signedEarlierVersion: signature = TableCell(words.progressSignedEarlier, role: .flagged)
            case .pending: signature = TableCell(words.progressNotSigned, role: .flagged)
            }
            let left = own.isEmpty && cluster.isEmpty ? TableCell(words.progressComplete, role: .muted) : TableCell(words.progressMissing(own, cluster))
            return [TableCell(String(index + 1)), TableCell(unit.name), count(own), count(cluster), signature, left]
        }
        table.render(into: &buffer, area: Rect(row: area.row + 1, column: 1, rows: area.rows - 1, columns: area.columns - 1))
    }
}
