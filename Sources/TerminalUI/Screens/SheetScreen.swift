import Documents
import Emulation

extension ScreenID {
    public static let sheet = ScreenID(rawValue: "sheet")
}

/// One unit's items as rows: code, wording, maximum, self, cluster, final, gap, note; then its
/// bonus and deduction with their reasons. The focused item's full wording stays in view below.
enum SheetScreen: Screen {
    static let id = ScreenID.sheet
    static let letter: Character = "s"
    static func name(_ words: Catalogue) -> String { words.screen.sheetName }
    static func summary(_ words: Catalogue) -> String { words.screen.sheetSummary }
    static var initialState: SheetState { SheetState() }
    static var exports: [MenuExport] { GridScreen.exports }
    /// It opens on the unit chosen where the clerk comes from.
    static var followsSelectedUnit: Bool { true }

    enum Action: Hashable, Sendable {
        case editCell
        case clearCell
        case previousUnit
        case nextUnit
        case undo
        case redo
        case yearMenu
    }

    /// The keys follow the account's roles: the focused cell's editing keys only where it may
    /// write that cell (a clerk their unit's self-scores, notes and claims; a secretary the
    /// cluster scores of the other units), undo and redo only where it may write at all.
    static func bindings(_ sheet: SheetState, _ state: AppShared) -> [KeyBinding<Action>] {
        var bindings: [KeyBinding<Action>] = []
        if ScoreInput.offered(SheetEditing.guarded(sheet, state), state) {
            bindings += [
                KeyBinding(.editCell, keys: KeyRouting.Typing.numberKeys, label: "0-9 , . Enter", footerLabel: "Enter", inFooter: true,
                           name: { $0.screen.keyEdit }, help: { $0.screen.keySheetEditHelp }),
                KeyBinding(.clearCell, keys: [.delete], label: "Delete", name: { $0.screen.keyClear }, help: { $0.screen.keyClearHelp }),
            ]
        }
        bindings += [
            KeyBinding(.previousUnit, keys: [.character("[")], label: "[", inFooter: true, name: { $0.screen.keyPreviousUnit }, help: { $0.screen.keyPreviousUnitHelp }),
            KeyBinding(.nextUnit, keys: [.character("]")], label: "]", inFooter: true, name: { $0.screen.keyNextUnit }, help: { $0.screen.keyNextUnitHelp }),
        ]
        if !state.onlyReadsYear {
            bindings += [
                KeyBinding(.undo, keys: [.character("u")], label: "u", name: { $0.screen.keyUndo }, help: { $0.screen.keyUndoHelp }),
                KeyBinding(.redo, keys: [.control("r")], label: "Ctrl-R", name: { $0.screen.keyRedo }, help: { $0.screen.keyRedoHelp }),
            ]
        }
        bindings.append(KeyMap.yearMenu(.yearMenu, inFooter: false))
        return bindings
    }

    static func perform(_ action: Action, key: Key, _ sheet: inout SheetState, _ state: inout AppShared) -> [AppEffect] {
        switch action {
        case .editCell:
            var typed: Character?
            if case .character(let character) = key { typed = character }
            SheetEditing.begin(&sheet, &state, typed: typed)
        case .clearCell: return SheetEditing.clear(&sheet, &state)
        case .previousUnit: SheetEditing.switchUnit(&sheet, state, by: -1)
        case .nextUnit: SheetEditing.switchUnit(&sheet, state, by: 1)
        case .undo: return EditReplay.undo(&state) { focus($0, &sheet, $1) }
        case .redo: return EditReplay.redo(&state) { focus($0, &sheet, $1) }
        case .yearMenu: YearEditing.openMenu(&state, exports: exports, meetingDetails: false)
        }
        return []
    }

    static func move(_ movement: Movement, key: Key, _ sheet: inout SheetState, _ state: inout AppShared) {
        switch movement {
        case .left, .right:
            SheetEditing.move(&sheet, state, rows: 0, columns: movement == .left ? -1 : 1)
        case .up, .down, .pageUp, .pageDown, .first, .last:
            sheet.selection.apply(movement, count: rowCount(state), visible: visibleRows(state))
        }
    }

    static func isTyping(_ sheet: SheetState, _ state: AppShared) -> Bool { sheet.edit != nil }

    static func typed(_ key: Key, _ sheet: inout SheetState, _ state: inout AppShared) -> [AppEffect] {
        SheetEditing.handle(key, &sheet, &state)
    }

    static func typingFooter(_ sheet: SheetState, _ state: AppShared) -> [(key: String, name: String)] {
        KeyRouting.cellFooter(seen: sheet.seen, state)
    }

    /// A note or a reason takes any character; a score only what starts a number. A cell the
    /// account may not write takes only what starts a number, to say why (`SheetEditing.begin`)
    /// rather than let a digit switch screens: its letters stay the screen's keys.
    static func typingStart(_ character: Character, _ sheet: SheetState, _ state: AppShared) -> Action? {
        guard let year = state.year, !year.units.isEmpty else { return nil }
        let writable = ScoreInput.offered(SheetEditing.guarded(sheet, state), state)
        let typing: KeyRouting.Typing = sheet.column == .note && writable ? .text : .number
        return typing.begins(with: character) ? .editCell : nil
    }

    static func yearLoaded(previous: YearSnapshot?, previousReview: Review?, _ sheet: inout SheetState, _ state: inout AppShared) {
        guard let year = state.year else { return }
        guard let previous else {
            sheet = SheetState()
            if let own = state.clerksOwnUnit, let index = year.units.firstIndex(where: { $0.id == own }) { sheet.unit = index }
            return
        }
        if previous.units.indices.contains(sheet.unit) {
            let id = previous.units[sheet.unit].id
            if let index = year.units.firstIndex(where: { $0.id == id }) {
                sheet.unit = index
            } else {
                // The unit left the roster: what was typed for it is not saved on another.
                sheet.edit = nil
                sheet.seen = nil
                sheet.pendingPoints = nil
            }
        }
        sheet.unit = min(sheet.unit, max(0, year.units.count - 1))
    }

    static func keepVisible(_ sheet: inout SheetState, _ state: AppShared) {
        sheet.selection.keepVisible(count: rowCount(state), visible: visibleRows(state))
    }

    static func focus(unit: MemberUnit.ID, _ sheet: inout SheetState, _ state: inout AppShared) {
        if let index = state.year?.units.firstIndex(where: { $0.id == unit }) { sheet.unit = index }
    }

    static func selectedUnit(_ sheet: SheetState, _ state: AppShared) -> MemberUnit.ID? {
        guard let units = state.year?.units, units.indices.contains(sheet.unit) else { return nil }
        return units[sheet.unit].id
    }

    /// Undo and redo put the focus on the score they changed.
    private static func focus(_ edit: Edit, _ sheet: inout SheetState, _ state: AppShared) {
        guard case .score(let change) = edit, let year = state.year,
              let row = year.units.firstIndex(where: { $0.id == change.unitID }),
              let column = year.tree.items.firstIndex(where: { $0.code == change.item }) else { return }
        sheet.unit = row
        sheet.column = change.round == .cluster ? .clusterScore : .selfScore
        sheet.selection.moveTo(column, count: rowCount(state), visible: visibleRows(state))
    }

    /// The clerk's score, note or reason goes back into its cell, as when first typed.
    static func reopen(_ effect: AppEffect, seen: CellSeen?, _ sheet: inout SheetState, _ state: inout AppShared) -> Bool {
        guard let year = state.year else { return false }
        let rows = SheetRow.rows(year.tree)
        func cell(unitID: MemberUnit.ID, item: String, round: ScoreRound?, text: String) -> Bool {
            guard let unit = year.units.firstIndex(where: { $0.id == unitID }),
                  let itemIndex = year.tree.items.firstIndex(where: { $0.code == item }) else { return false }
            sheet.unit = unit
            sheet.selection.moveTo(itemIndex, count: rows.count, visible: visibleRows(state))
            sheet.column = round.map { $0 == .cluster ? .clusterScore : .selfScore } ?? .note
            sheet.edit = round == nil ? TextField(text) : TextField.number(text)
            sheet.seen = seen
            return true
        }
        switch effect {
        case .saveScore(_, _, let change, _, _):
            guard let new = change.new else { return false }
            return cell(unitID: change.unitID, item: change.item, round: change.round, text: DecimalText.format(new, trimWhole: true))
        case .saveNote(_, _, let unitID, let item, let note, _):
            return cell(unitID: unitID, item: item, round: nil, text: note)
        case .saveAdjustment(_, _, let unitID, let kind, let adjustment?, _):
            // The reason goes back into its column, its points waiting with it.
            guard let unit = year.units.firstIndex(where: { $0.id == unitID }) else { return false }
            sheet.unit = unit
            sheet.selection.moveTo(rows.firstIndex(of: .adjustment(kind)) ?? 0, count: rows.count, visible: visibleRows(state))
            sheet.column = .note
            sheet.pendingPoints = adjustment.points
            sheet.edit = TextField(adjustment.reason)
            sheet.seen = seen
            return true
        case .loadAccount, .loadHome, .loadHomeNames, .loadYear, .loadDemo, .createCluster, .setTheme, .saveAdjustment, .saveCriteria, .loadPreviousCriteria,
             .changeYear, .export, .writeDossier, .loadHistory, .suspend, .quit:
            return false
        }
    }

    static func scoreBeingTyped(_ sheet: SheetState, _ state: AppShared) -> (seen: CellSeen, item: String, round: ScoreRound)? {
        guard sheet.edit != nil, let seen = sheet.seen, sheet.column != .note, let year = state.year,
              year.tree.items.indices.contains(sheet.selection.index) else { return nil }
        return (seen, year.tree.items[sheet.selection.index].code, sheet.column == .clusterScore ? .cluster : .selfAssessment)
    }

    static func refreshSeen(from snapshot: YearSnapshot, _ sheet: inout SheetState) {
        sheet.seen = sheet.seen.map { $0.overwriting == nil ? $0 : $0.refreshed(from: snapshot) }
    }

    static func visibleRows(_ state: AppShared) -> Int { max(1, state.contentArea.rows - 4) }

    private static func rowCount(_ state: AppShared) -> Int { state.year.map { SheetRow.rows($0.tree).count } ?? 0 }

    static func render(_ sheet: SheetState, _ state: AppShared, into buffer: inout Buffer, area: Rect) {
        guard let year = YearScreen.year(state, into: &buffer, area: area), !year.units.isEmpty,
              sheet.selection.index < SheetRow.rows(year.tree).count else { return }
        let words = state.words
        let unit = year.units[min(sheet.unit, year.units.count - 1)]
        let scores = year.scores[unit.id] ?? UnitScores()
        let result = state.review?.ranking.entry(unitID: unit.id)
        var heading = words.screen.sheetHeading(unit.name, sheet.unit + 1, year.units.count)
        if let result {
            heading += " · " + words.columnTotal + " " + DecimalText.format(result.result.total) + " — " + words.classificationShort(result.result.classification)
        }
        buffer.write(heading, row: area.row, column: 1, role: .accent, limit: area.columns - 2)

        let fixed = 5 + 6 + 7 + 8 + 6 + 4 + 7 // code, max, self, cluster, final, gap, separators
        let flexible = max(20, area.columns - 1 - fixed)
        let titleWidth = flexible * 3 / 5
        let noteWidth = flexible - titleWidth
        let columns = [
            TableColumn(words.screen.columnItem, width: 5), TableColumn(words.screen.columnWording, width: titleWidth),
            TableColumn(words.screen.columnMaximum, width: 6, alignRight: true), TableColumn(words.screen.columnSelf, width: 7, alignRight: true),
            TableColumn(words.screen.columnCluster, width: 8, alignRight: true), TableColumn(words.screen.columnFinal, width: 6, alignRight: true),
            TableColumn(words.screen.columnGap, width: 4), TableColumn(words.screen.columnNote, width: noteWidth),
        ]
        let rows = SheetRow.rows(year.tree)
        let row = { (index: Int) -> [TableCell] in
            switch rows[index] {
            case .item(let item):
                let own = scores.score(item.code, in: .selfAssessment)
                let theirs = scores.score(item.code, in: .cluster)
                let flagged = scores.hasGap(item: item, rules: year.rules)
                return [TableCell(item.code), TableCell(item.title), TableCell(DecimalText.format(item.maximum, trimWhole: true)),
                        own.map { TableCell(DecimalText.format($0)) } ?? TableCell("·", role: .scoreMissing),
                        theirs.map { TableCell(DecimalText.format($0)) } ?? TableCell("·", role: .scoreMissing),
                        TableCell(scores.final(item: item.code, rule: year.rules.finalScore).map { DecimalText.format($0) } ?? ""),
                        TableCell(flagged ? "!" : "", role: flagged ? .flagged : nil),
                        TableCell(year.notes[unit.id]?[item.code] ?? "")]
            case .adjustment(let kind):
                let value = SheetEditing.adjustment(kind, scores)
                let limit = kind == .bonus ? year.rules.bonusMaximum : year.rules.deductionMaximum
                let name = kind == .bonus ? words.columnBonus : words.columnDeduction
                let points = value.map { (kind == .bonus ? "+" : "−") + DecimalText.format($0.points) } ?? ""
                return [TableCell(kind == .bonus ? "+" : "−"), TableCell(name, role: .accent), TableCell(DecimalText.format(limit, trimWhole: true)),
                        TableCell(points), TableCell(""), TableCell(""), TableCell(""), TableCell(value?.reason ?? "")]
            }
        }
        var table = TableView(columns: columns, rowCount: rows.count, frozenColumns: 2, selection: sheet.selection, row: row)
        let focused: Int
        switch (rows[sheet.selection.index], sheet.column) {
        case (_, .note): focused = 7
        case (.adjustment, _): focused = 3
        case (.item, .selfScore): focused = 3
        case (.item, .clusterScore): focused = 4
        }
        table.focusedColumn = focused
        table.editing = sheet.edit
        table.render(into: &buffer, area: Rect(row: area.row + 1, column: 1, rows: area.rows - 3, columns: area.columns - 1))
        if case .item(let item) = rows[sheet.selection.index] {
            let major = year.tree.major(ofItem: item.code).map { words.columnCriterion($0.code) + " · " } ?? ""
            buffer.write("› " + major + item.code + " " + item.title, row: area.bottom - 1, column: 1, role: .accent, limit: area.columns - 2)
        }
    }
}
