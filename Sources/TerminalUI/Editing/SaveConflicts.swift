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
        reopenCell(effect, overwriting: overwriting, &state)
        // In a cell the footer shows what Enter and Esc do now.
        state.status = StatusMessage(message, isError: true)
        return reload
    }

    /// The same year reloaded under what is being typed: a cell or form given back after a
    /// conflict now sits beside the other clerk's values; a cell changed under the clerk says so.
    static func reloaded(_ snapshot: YearSnapshot, _ state: inout AppState) {
        state.forEachScreen { screen, state in refreshSeen(screen, snapshot, &state) }
        warnIfChangedUnderEdit(&state)
        if case .form(var form) = state.overlay, form.rebaseOnLoad {
            FormRebase.rebase(&form, onto: snapshot, state.shared)
            form.rebaseOnLoad = false
            state.overlay = .form(form)
        }
    }

    private static func refreshSeen<S: Screen>(_ screen: S.Type, _ snapshot: YearSnapshot, _ state: inout AppState) {
        state.with(S.self) { own, _ in S.refreshSeen(from: snapshot, &own) }
    }

    /// A refresh while a score is being typed that changed that very cell: said at once, so the
    /// clerk sees the other value before pressing Enter (which will then ask).
    private static func warnIfChangedUnderEdit(_ state: inout AppState) {
        guard let year = state.year, let focused = scoreBeingTyped(ScreenRegistry.screen(state.screen), state),
              focused.seen.overwriting == nil, let unit = year.units.first(where: { $0.id == focused.seen.unitID }) else { return }
        let now = year.scores[unit.id]?.score(focused.item, in: focused.round)
        guard now != focused.seen.score(focused.item, round: focused.round) else { return }
        let words = state.words
        let subject = words.conflict.subject(.score(unit: unit.name, item: focused.item, round: focused.round), words, "")
        state.status = StatusMessage(words.conflict.changedWhileTyping(subject, now.map { DecimalText.format($0) }), isError: true)
    }

    private static func scoreBeingTyped<S: Screen>(_ screen: S.Type, _ state: AppState) -> (seen: CellSeen, item: String, round: ScoreRound)? {
        S.scoreBeingTyped(state.screens[S.self], state.shared)
    }

    /// The loaded year goes back to what the refused save expected (unless the clerk is to
    /// choose between theirs and another's), and the screen shown puts the clerk's text back
    /// into its cell; what it is compared with on the next Enter stays what it was.
    private static func reopenCell(_ effect: AppEffect, overwriting: Int64?, _ state: inout AppState) {
        let seen: CellSeen?
        switch effect {
        case .saveScore(_, _, let change, _, let expecting) where change.new != nil:
            if overwriting == nil { GridEditing.apply(change.reversed, &state.shared) }
            seen = self.seen(change.unitID, overwriting, expecting, state.shared)
        case .saveNote(_, _, let unitID, let item, _, let expecting):
            if overwriting == nil, case .value(let old) = expecting { state.shared.setNote(old, unit: unitID, item: item) }
            seen = self.seen(unitID, overwriting, expecting, state.shared)
        case .saveAdjustment(_, _, let unitID, let kind, _?, let expecting):
            if overwriting == nil, case .value(let old) = expecting { AdjustmentEditing.set(kind, old, unitID: unitID, &state.shared) }
            seen = self.seen(unitID, overwriting, expecting, state.shared)
        case .saveScore, .saveAdjustment, .loadAccount, .loadHome, .loadHomeNames, .loadYear, .loadDemo, .createCluster, .setTheme, .saveCriteria, .loadPreviousCriteria,
             .changeYear, .export, .writeDossier, .loadHistory, .suspend, .quit:
            return
        }
        _ = reopen(ScreenRegistry.screen(state.screen), effect, seen: seen, &state)
    }

    private static func reopen<S: Screen>(_ screen: S.Type, _ effect: AppEffect, seen: CellSeen?, _ state: inout AppState) -> Bool {
        state.with(S.self) { own, shared in S.reopen(effect, seen: seen, &own, &shared) }
    }

    /// What the reopened cell compares with: after a conflict, the write shown; otherwise what
    /// the failed save expected.
    private static func seen<Value>(_ unitID: MemberUnit.ID, _ overwriting: Int64?, _ expecting: Expected<Value>, _ state: AppShared) -> CellSeen? {
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
}
