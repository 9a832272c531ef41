import Documents
import Emulation

extension ScreenID {
    public static let grid = ScreenID(rawValue: "grid")
}

/// The whole cluster's scores: units down, items across grouped by major criterion, then
/// subtotals, bonus, deductions, total, rank and classification. The unit column stays in
/// place; when everything does not fit, the view shows the focused item's major-criterion group.
enum GridScreen: Screen {
    static let id = ScreenID.grid
    static let letter: Character = "g"
    static func name(_ words: Catalogue) -> String { words.screen.gridName }
    static func summary(_ words: Catalogue) -> String { words.screen.gridSummary }
    static var initialState: GridState { GridState() }
    static var exports: [MenuExport] { [MenuExport(.grid, .xlsx), .blankGrid, MenuExport(.grid, .md), MenuExport(.ranking, .md)] }

    enum Action: Hashable, Sendable {
        case editCell
        case clearCell
        case nextEmpty
        case undo
        case redo
        case nextRound
        case editCriteria
        case yearMenu
    }

    /// The keys follow the account's roles: the focused cell's editing keys only where it may
    /// write that cell, undo and redo only where it may write at all, the criteria where it may
    /// edit them.
    static func bindings(_ grid: GridState, _ state: AppShared) -> [KeyBinding<Action>] {
        var bindings: [KeyBinding<Action>] = []
        if ScoreInput.offered(GridEditing.guarded(grid, state), state) {
            // Typing a digit or a decimal mark starts editing too; it is listed with Enter for the
            // help and the footer, but which keys start typing is `typingStart`'s decision.
            bindings += [
                KeyBinding(.editCell, keys: KeyRouting.Typing.numberKeys, label: "0-9 , . Enter", footerLabel: "0-9", inFooter: true,
                           name: { $0.screen.keyEdit }, help: { $0.screen.keyEditHelp }),
                KeyBinding(.clearCell, keys: [.delete], label: "Delete", name: { $0.screen.keyClear }, help: { $0.screen.keyClearHelp }),
            ]
        }
        bindings.append(KeyBinding(.nextEmpty, keys: [.character("e")], label: "e", inFooter: true, name: { $0.screen.keyNextEmpty }, help: { $0.screen.keyNextEmptyHelp }))
        if !state.onlyReadsYear {
            bindings += [
                KeyBinding(.undo, keys: [.character("u")], label: "u", inFooter: true, name: { $0.screen.keyUndo }, help: { $0.screen.keyUndoHelp }),
                KeyBinding(.redo, keys: [.control("r")], label: "Ctrl-R", name: { $0.screen.keyRedo }, help: { $0.screen.keyRedoHelp }),
            ]
        }
        bindings.append(KeyBinding(.nextRound, keys: [.character("v")], label: "v", inFooter: true, name: { $0.screen.keyRound }, help: { $0.screen.keyRoundHelp }))
        if state.may(.editCriteria) {
            bindings.append(KeyBinding(.editCriteria, keys: [.character("t")], label: "t", name: { $0.screen.keyCriteria }, help: { $0.screen.keyCriteriaHelp }))
        }
        bindings.append(KeyMap.yearMenu(.yearMenu, inFooter: false))
        return bindings
    }

    static func perform(_ action: Action, key: Key, _ grid: inout GridState, _ state: inout AppShared) -> [AppEffect] {
        switch action {
        case .editCell:
            var typed: Character?
            if case .character(let character) = key { typed = character }
            GridEditing.begin(&grid, &state, typed: typed)
        case .clearCell: return GridEditing.clear(grid, &state)
        case .nextEmpty: GridEditing.nextEmpty(&grid, &state)
        case .undo: return EditReplay.undo(&state) { focus($0, &grid, $1) }
        case .redo: return EditReplay.redo(&state) { focus($0, &grid, $1) }
        case .nextRound: grid.nextRound()
        case .editCriteria: CriteriaEditorKeys.open(&state)
        case .yearMenu: YearEditing.openMenu(&state, exports: exports, meetingDetails: false)
        }
        return []
    }

    static func move(_ movement: Movement, key: Key, _ grid: inout GridState, _ state: inout AppShared) {
        switch movement {
        case .left, .right:
            GridEditing.move(&grid, state, rows: 0, columns: movement == .left ? -1 : 1, wrap: key == .tab || key == .backTab)
        case .up, .down, .pageUp, .pageDown, .first, .last:
            grid.selection.apply(movement, count: state.year?.units.count ?? 0, visible: visibleRows(state))
        }
    }

    static func isTyping(_ grid: GridState, _ state: AppShared) -> Bool { grid.edit != nil }

    static func typed(_ key: Key, _ grid: inout GridState, _ state: inout AppShared) -> [AppEffect] {
        GridEditing.handle(key, &grid, &state)
    }

    static func typingFooter(_ grid: GridState, _ state: AppShared) -> [(key: String, name: String)] {
        KeyRouting.cellFooter(seen: grid.seen, state)
    }

    /// What starts a number on any cell, one the account may not write too: there it says why
    /// (`GridEditing.begin`) rather than letting a digit switch screens.
    static func typingStart(_ character: Character, _ grid: GridState, _ state: AppShared) -> Action? {
        guard let year = state.year, !year.units.isEmpty, KeyRouting.Typing.number.begins(with: character) else { return nil }
        return .editCell
    }

    static func yearLoaded(previous: YearSnapshot?, previousReview: Review?, _ grid: inout GridState, _ state: inout AppShared) {
        guard let year = state.year else { return }
        if let previous {
            // A cell being typed into follows its unit to its new row (what it is compared with
            // names the unit, CellSeen); only a unit gone from the roster takes the edit with it.
            if let id = grid.selection.unit(in: previous.units), !grid.selection.select(unit: id, in: year.units, visible: visibleRows(state)) {
                grid.edit = nil
                grid.seen = nil
            }
        } else {
            grid = GridState()
            if let own = state.clerksOwnUnit { grid.selection.select(unit: own, in: year.units, visible: visibleRows(state)) }
        }
        grid.column = min(grid.column, columnCount(year) - 1)
    }

    static func keepVisible(_ grid: inout GridState, _ state: AppShared) {
        grid.selection.keepVisible(count: state.year?.units.count ?? 0, visible: visibleRows(state))
    }

    static func focus(unit: MemberUnit.ID, _ grid: inout GridState, _ state: inout AppShared) {
        grid.selection.select(unit: unit, in: state.year?.units ?? [], visible: visibleRows(state))
    }

    static func selectedUnit(_ grid: GridState, _ state: AppShared) -> MemberUnit.ID? {
        grid.selection.unit(in: state.year?.units ?? [])
    }

    /// Undo and redo put the focus on the cell they changed.
    private static func focus(_ edit: Edit, _ grid: inout GridState, _ state: AppShared) {
        guard case .score(let change) = edit, let year = state.year,
              let row = year.units.firstIndex(where: { $0.id == change.unitID }),
              let column = year.tree.items.firstIndex(where: { $0.code == change.item }) else { return }
        grid.round = change.round
        grid.column = column
        grid.selection.moveTo(row, count: year.units.count, visible: visibleRows(state))
    }

    static func reopen(_ effect: AppEffect, seen: CellSeen?, _ grid: inout GridState, _ state: inout AppShared) -> Bool {
        guard case .saveScore(_, _, let change, _, _) = effect, let new = change.new, let year = state.year,
              let unit = year.units.firstIndex(where: { $0.id == change.unitID }),
              let item = year.tree.items.firstIndex(where: { $0.code == change.item }) else { return false }
        grid.round = change.round
        grid.column = item
        grid.selection.moveTo(unit, count: year.units.count, visible: visibleRows(state))
        grid.edit = TextField.number(DecimalText.format(new, trimWhole: true))
        grid.seen = seen
        return true
    }

    static func scoreBeingTyped(_ grid: GridState, _ state: AppShared) -> (seen: CellSeen, item: String, round: ScoreRound)? {
        guard grid.edit != nil, let seen = grid.seen, let round = grid.round, let year = state.year,
              case .item(let item)? = column(grid.column, of: year) else { return nil }
        return (seen, item.code, round)
    }

    static func refreshSeen(from snapshot: YearSnapshot, _ grid: inout GridState) {
        grid.seen = grid.seen.map { $0.overwriting == nil ? $0 : $0.refreshed(from: snapshot) }
    }

    static let unitWidth = 13
    static let itemWidth = 5
    static func visibleRows(_ state: AppShared) -> Int { max(1, state.contentArea.rows - 4) }

    /// What a focusable column of the grid holds: an item's score, or after the items the
    /// unit's bonus and deduction (entered here as on the sheet, each with its reason).
    enum Column: Hashable {
        case item(Criterion)
        case adjustment(Adjustment.Kind)
    }

    /// Focusable columns: every item, then bonus and deduction.
    static func columnCount(_ year: YearSnapshot) -> Int { year.tree.items.count + Adjustment.Kind.allCases.count }

    static func column(_ index: Int, of year: YearSnapshot) -> Column? {
        let items = year.tree.items
        if items.indices.contains(index) { return .item(items[index]) }
        let kinds = Adjustment.Kind.allCases
        let offset = index - items.count
        return kinds.indices.contains(offset) ? .adjustment(kinds[offset]) : nil
    }

    static func render(_ grid: GridState, _ state: AppShared, into buffer: inout Buffer, area: Rect) {
        guard let year = YearScreen.year(state, into: &buffer, area: area) else { return }
        let words = state.words
        let round = grid.round
        let roundName = round.map(words.round) ?? words.screen.roundFinal
        var info = "[\(roundName)] " + words.screen.progress(state.progress.entered(round: round), state.progress.total)
        if year.reference.status.isReadOnly { info += " · " + words.screen.yearIsClosed }

        var columns = [TableColumn(words.columnUnit, width: unitWidth)]
        var groupStarts: [Int] = []
        var itemColumns: [Int] = [] // the table column of each item, in the tree's item order
        var focusedGroup = 0
        for (majorIndex, major) in year.tree.majors.enumerated() {
            groupStarts.append(columns.count - 1)
            let label = words.columnCriterion(major.code) + " (" + DecimalText.format(major.maximum, trimWhole: true) + ")"
            for item in major.leaves {
                if itemColumns.count == grid.column { focusedGroup = majorIndex }
                itemColumns.append(columns.count)
                columns.append(TableColumn(item.code, width: itemWidth, alignRight: true, group: label))
            }
            columns.append(TableColumn("Σ" + major.code, width: 5, alignRight: true, group: label))
        }
        let summary = words.screen.finalGroup
        let summaryStart = columns.count - 1
        if grid.column >= itemColumns.count { focusedGroup = groupStarts.count }
        groupStarts.append(summaryStart)
        itemColumns += [columns.count, columns.count + 1]  // bonus and deduction take focus too
        columns += [TableColumn(words.columnBonus, width: 6, alignRight: true, group: summary),
                    TableColumn(words.columnDeduction, width: 6, alignRight: true, group: summary),
                    TableColumn(words.columnTotal, width: 6, alignRight: true, group: summary),
                    TableColumn(words.columnRank, width: 4, alignRight: true, group: summary),
                    TableColumn(words.columnClassification, width: 10, group: summary)]
        let resultColumns = (columns.count - 5)..<columns.count

        let layout = year.tree.layout
        let rule = year.rules.finalScore
        // Each major's items with their positions in the year's layout, found once a frame.
        let majors = year.tree.majors.enumerated().map { index, major in Array(zip(major.leaves, layout.itemPositions(ofMajor: index))) }
        // Only the columns on screen are formatted (at 80 columns, 8 of the grid's 25).
        var shown = [Bool](repeating: false, count: columns.count)
        let row = { (index: Int) -> [TableCell] in
            let unit = year.units[index]
            let scores = year.scores[unit.id] ?? UnitScores(layout: layout)
            var cells = [TableCell(unit.name)]
            cells.reserveCapacity(columns.count)
            for items in majors {
                // Σ adds the cells shown (the round's own scores); the total, rank and class
                // after them are always the final ones.
                var subtotal = Points.zero
                for (item, position) in items {
                    let value = round.map { scores.score(at: position, of: layout, in: $0) } ?? scores.final(at: position, of: layout, rule: rule)
                    subtotal += value ?? .zero
                    guard shown[cells.count] else {
                        cells.append(TableCell(""))
                        continue
                    }
                    let flagged = scores.hasGap(item: item, at: position, of: layout, rules: year.rules)
                    cells.append(value.map { TableCell(DecimalText.format($0), role: flagged ? .flagged : nil) } ?? TableCell("·", role: .scoreMissing))
                }
                cells.append(shown[cells.count] ? TableCell(DecimalText.format(subtotal), role: .accent) : TableCell(""))
            }
            // The review is read only when its columns are on screen: at 80 columns the first
            // frame after a load shows none, and works none out (`AppShared.review`).
            guard resultColumns.contains(where: { shown[$0] }), let review = state.review, let position = review.ranking.position(of: unit.id) else {
                return cells + Array(repeating: TableCell(""), count: 5)
            }
            // Read in place: a copy of the entry (its unit's names, its scores) for every row
            // drawn was a tenth of a frame.
            let entries = review.ranking.entries
            let classification = entries[position].result.classification
            cells += [TableCell(DecimalText.format(entries[position].result.bonus)),
                      TableCell(DecimalText.format(entries[position].result.deduction)),
                      TableCell(DecimalText.format(entries[position].result.total), role: .accent),
                      TableCell(String(entries[position].rank) + (entries[position].isTied ? words.tiedMark : ""), role: entries[position].isTied ? .tied : nil),
                      TableCell(words.classificationCell(classification), role: classification == .excellent ? .excellent : nil)]
            return cells
        }
        var table = TableView(columns: columns, rowCount: year.units.count, frozenColumns: 1,
                              firstScrolledColumn: groupStarts.isEmpty ? 0 : groupStarts[focusedGroup],
                              selection: grid.selection, showsGroups: true, row: row)
        table.focusedColumn = grid.column < itemColumns.count ? itemColumns[grid.column] : nil
        table.selectionMark = "›"
        table.editing = grid.edit
        // On a wide terminal everything fits: then there is nothing to scroll.
        var whole = table
        whole.firstScrolledColumn = 0
        let width = area.columns - 1
        if whole.visibleColumns(width: width).count == columns.count { table = whole }
        for column in table.visibleColumns(width: width) { shown[column] = true }
        var infoLimit = area.columns - 2
        if table.visibleColumns(width: width).count < columns.count {
            let label = focusedGroup < year.tree.majors.count ? words.screen.groupLabel(focusedGroup + 1, year.tree.majors.count) : summary
            let labelColumn = max(1, area.columns - DisplayWidth.of(label) - 1)
            buffer.write(label, row: area.row, column: labelColumn, role: .accent)
            infoLimit = labelColumn - 3
        }
        buffer.write(info, row: area.row, column: 1, role: .muted, limit: infoLimit)
        table.render(into: &buffer, area: Rect(row: area.row + 1, column: 1, rows: area.rows - 1, columns: area.columns - 1))
    }
}
