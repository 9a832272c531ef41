import Emulation

/// A save stopped because another clerk wrote first: nothing of the clerk's was written, and
/// nothing they typed is lost. Their value goes back into its cell or form, the other clerk's
/// value and name are shown beside it, and the year reloads behind it. Enter keeps theirs
/// (overwriting exactly the write they were shown); Esc takes the other clerk's.
enum SaveConflicts {
    static func reopen(_ conflict: WriteConflict, effect: AppEffect, _ state: inout AppState) -> [AppEffect] {
        let words = state.words
        // The undo history was built on values that are no longer the stored ones.
        state.history.clear()
        let reload = state.year.map { [AppEffect.loadYear(code: $0.reference.clusterCode, year: $0.reference.year)] } ?? []
        if var form = state.submittedForm {
            form.overwriting = conflict.auditID
            form.error = words.conflict.inForm(conflict, words: words)
            state.overlay = .form(form)
            state.submittedForm = nil
            return reload
        }
        if case .criteria(var editor) = state.overlay, case .saveCriteria = effect {
            editor.overwriting = conflict.auditID
            state.overlay = .criteria(editor)
            state.status = StatusMessage(words.conflict.describe(conflict, words: words) + " " + words.conflict.formKeys, isError: true)
            return reload
        }
        guard let year = state.year else { return reload }
        switch effect {
        case .saveScore(_, _, let change, _, _) where change.new != nil:
            reopenCell(unitID: change.unitID, item: change.item, round: change.round, text: DecimalText.format(change.new!, trimWhole: true), conflict, year, &state)
        case .saveNote(_, _, let unitID, let item, let note, _) where state.screen == .sheet:
            reopenCell(unitID: unitID, item: item, round: nil, text: note, conflict, year, &state)
        case .saveAdjustment(_, _, let unitID, let kind, let adjustment?, _) where state.screen == .sheet:
            // The reason goes back into its column, its points waiting with it, as when first typed.
            guard let unit = year.units.firstIndex(where: { $0.id == unitID }) else { break }
            state.sheet.unit = unit
            let rows = SheetRow.rows(year.tree)
            state.sheet.selection.moveTo(rows.firstIndex(of: .adjustment(kind)) ?? 0, count: rows.count, visible: SheetScreen.visibleRows(state))
            state.sheet.column = .note
            state.sheet.pendingPoints = adjustment.points
            state.sheet.edit = TextField(adjustment.reason)
            var seen = CellSeen(unitID: unitID, year: year)
            seen.overwriting = conflict.auditID
            state.sheet.seen = seen
        default:
            break
        }
        let keys = state.grid.edit != nil || state.sheet.edit != nil ? words.conflict.cellKeys : ""
        state.status = StatusMessage([words.conflict.describe(conflict, words: words), keys].filter { !$0.isEmpty }.joined(separator: " "), isError: true)
        return reload
    }

    /// Puts the focus back on the cell and the clerk's text back into it, in the grid or on the sheet.
    private static func reopenCell(unitID: MemberUnit.ID, item: String, round: ScoreRound?, text: String, _ conflict: WriteConflict,
                                   _ year: YearSnapshot, _ state: inout AppState) {
        guard let unit = year.units.firstIndex(where: { $0.id == unitID }),
              let itemIndex = year.tree.items.firstIndex(where: { $0.code == item }) else { return }
        var seen = CellSeen(unitID: unitID, year: year)
        seen.overwriting = conflict.auditID
        if state.screen == .sheet {
            state.sheet.unit = unit
            state.sheet.selection.moveTo(itemIndex, count: SheetRow.rows(year.tree).count, visible: SheetScreen.visibleRows(state))
            state.sheet.column = round.map { $0 == .cluster ? .clusterScore : .selfScore } ?? .note
            state.sheet.edit = round == nil ? TextField(text) : TextField.number(text)
            state.sheet.seen = seen
        } else if let round {
            state.grid.round = round
            state.grid.column = itemIndex
            state.grid.selection.moveTo(unit, count: year.units.count, visible: GridScreen.visibleRows(state))
            state.grid.edit = TextField.number(text)
            state.grid.seen = seen
        }
    }
}
