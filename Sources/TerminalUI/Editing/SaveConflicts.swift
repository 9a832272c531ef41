import Emulation

/// A save that did not happen gives the clerk back what they typed: nothing is lost to another
/// clerk, a lock or a full disk. Their value goes back into its cell or form with the reason
/// beside it. After another clerk's newer write (a conflict), Enter keeps the clerk's value
/// over exactly that write and Esc takes the other's; after a file that could not take the
/// write, Enter tries again and Esc gives it up.
enum SaveConflicts {
    enum Reason {
        case conflict(WriteConflict)
        case notSaved(String)
    }

    static func reopen(_ reason: Reason, effect: AppEffect, _ state: inout AppState) -> [AppEffect] {
        let words = state.words
        // The undo history was built on values that may no longer be the stored ones.
        state.history.clear()
        let reload = state.year.map { [AppEffect.loadYear(code: $0.reference.clusterCode, year: $0.reference.year)] } ?? []
        let overwriting: Int64?
        let message: String
        switch reason {
        case .conflict(let conflict):
            overwriting = conflict.auditID
            let rules = state.year?.rules
            message = words.conflict.describe(conflict, words: words) { code in rules?.award(code: code).map(words.awardShort) ?? code }
        case .notSaved(let text):
            overwriting = nil
            message = text
        }
        if var form = state.submittedForm {
            if let overwriting {
                form.overwriting = overwriting
                form.rebaseOnLoad = true
            }
            form.error = message + " " + (overwriting == nil ? words.conflict.retryKeys : words.conflict.formKeys)
            state.overlay = .form(form)
            state.submittedForm = nil
            return reload
        }
        if case .criteria(var editor) = state.overlay, case .saveCriteria = effect {
            if let overwriting { editor.overwriting = overwriting }
            state.overlay = .criteria(editor)
            state.status = StatusMessage(message + " " + (overwriting == nil ? words.conflict.retryKeys : words.conflict.formKeys), isError: true)
            return reload
        }
        if let year = state.year { reopenCell(effect, overwriting: overwriting, year, &state) }
        // In a cell the footer shows what Enter and Esc do now.
        state.status = StatusMessage(message, isError: true)
        return reload
    }

    /// The same year reloaded under what is being typed: a cell or form given back after a
    /// conflict now sits beside the other clerk's values; a cell changed under the clerk says so.
    static func reloaded(_ snapshot: YearSnapshot, _ state: inout AppState) {
        state.grid.seen = state.grid.seen.map { $0.overwriting == nil ? $0 : $0.refreshed(from: snapshot) }
        state.sheet.seen = state.sheet.seen.map { $0.overwriting == nil ? $0 : $0.refreshed(from: snapshot) }
        warnIfChangedUnderEdit(&state)
        if case .form(var form) = state.overlay, form.rebaseOnLoad {
            FormRebase.rebase(&form, onto: snapshot, state)
            form.rebaseOnLoad = false
            state.overlay = .form(form)
        }
    }

    /// A refresh while a score is being typed that changed that very cell: said at once, so the
    /// clerk sees the other value before pressing Enter (which will then ask).
    private static func warnIfChangedUnderEdit(_ state: inout AppState) {
        guard let year = state.year else { return }
        let focused: (seen: CellSeen, item: String, round: ScoreRound)?
        if state.screen == .grid, state.grid.edit != nil, let seen = state.grid.seen, let round = state.grid.round,
           let column = GridScreen.column(state.grid.column, of: year), case .item(let item) = column {
            focused = (seen, item.code, round)
        } else if state.screen == .sheet, state.sheet.edit != nil, let seen = state.sheet.seen, state.sheet.column != .note,
                  year.tree.items.indices.contains(state.sheet.selection.index) {
            focused = (seen, year.tree.items[state.sheet.selection.index].code, state.sheet.column == .clusterScore ? .cluster : .selfAssessment)
        } else {
            focused = nil
        }
        guard let focused, focused.seen.overwriting == nil, let unit = year.units.first(where: { $0.id == focused.seen.unitID }) else { return }
        let now = year.scores[unit.id]?.scores(in: focused.round)[focused.item]
        guard now != focused.seen.score(focused.item, round: focused.round) else { return }
        let words = state.words
        let subject = words.conflict.subject(.score(unit: unit.name, item: focused.item, round: focused.round), words, "")
        state.status = StatusMessage(words.conflict.changedWhileTyping(subject, now.map { DecimalText.format($0) }), isError: true)
    }

    /// Puts the focus back on the cell of `effect` and the clerk's text back into it, in the
    /// grid or on the sheet; what it is compared with on the next Enter stays what it was.
    private static func reopenCell(_ effect: AppEffect, overwriting: Int64?, _ year: YearSnapshot, _ state: inout AppState) {
        switch effect {
        case .saveScore(_, _, let change, _, let expecting) where change.new != nil:
            if overwriting == nil { GridEditing.apply(change.reversed, &state) }
            cell(unitID: change.unitID, item: change.item, round: change.round, text: DecimalText.format(change.new!, trimWhole: true),
                 seen: seen(change.unitID, overwriting, expecting, state), &state)
        case .saveNote(_, _, let unitID, let item, let note, let expecting) where state.screen == .sheet:
            if overwriting == nil, case .value(let old) = expecting, var updated = state.year {
                updated.notes[unitID, default: [:]][item] = old
                state.year = updated
            }
            cell(unitID: unitID, item: item, round: nil, text: note, seen: seen(unitID, overwriting, expecting, state), &state)
        case .saveAdjustment(_, _, let unitID, let kind, let adjustment?, let expecting) where state.screen == .sheet:
            if overwriting == nil, case .value(let old) = expecting, var updated = state.year {
                switch kind {
                case .bonus: updated.scores[unitID, default: UnitScores()].bonus = old
                case .deduction: updated.scores[unitID, default: UnitScores()].deduction = old
                }
                state.year = updated
                state.review = updated.review()
            }
            // The reason goes back into its column, its points waiting with it, as when first typed.
            guard let unit = year.units.firstIndex(where: { $0.id == unitID }) else { return }
            state.sheet.unit = unit
            let rows = SheetRow.rows(year.tree)
            state.sheet.selection.moveTo(rows.firstIndex(of: .adjustment(kind)) ?? 0, count: rows.count, visible: SheetScreen.visibleRows(state))
            state.sheet.column = .note
            state.sheet.pendingPoints = adjustment.points
            state.sheet.edit = TextField(adjustment.reason)
            state.sheet.seen = seen(unitID, overwriting, expecting, state)
        default:
            break
        }
    }

    /// What the reopened cell compares with: after a conflict, the write shown; otherwise what
    /// the failed save expected.
    private static func seen<Value>(_ unitID: MemberUnit.ID, _ overwriting: Int64?, _ expecting: Expected<Value>, _ state: AppState) -> CellSeen? {
        guard let year = state.year else { return nil }
        var seen = CellSeen(unitID: unitID, year: year)
        if let overwriting {
            seen.overwriting = overwriting
        } else {
            seen.retrying = true
            if case .overwriting(let auditID) = expecting { seen.overwriting = auditID }
        }
        return seen
    }

    private static func cell(unitID: MemberUnit.ID, item: String, round: ScoreRound?, text: String, seen: CellSeen?, _ state: inout AppState) {
        guard let year = state.year, let unit = year.units.firstIndex(where: { $0.id == unitID }),
              let itemIndex = year.tree.items.firstIndex(where: { $0.code == item }) else { return }
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
