import Emulation

/// One confirmed change by this clerk, in the grid or on a sheet: what it held before and after.
public enum Edit: Hashable, Sendable {
    case score(ScoreChange)
    case note(unitID: MemberUnit.ID, item: String, old: String?, new: String?)
    case adjustment(unitID: MemberUnit.ID, kind: Adjustment.Kind, old: Adjustment?, new: Adjustment?)

    public var reversed: Edit {
        switch self {
        case .score(let change): return .score(change.reversed)
        case .note(let unit, let item, let old, let new): return .note(unitID: unit, item: item, old: new, new: old)
        case .adjustment(let unit, let kind, let old, let new): return .adjustment(unitID: unit, kind: kind, old: new, new: old)
        }
    }

    var unitID: MemberUnit.ID {
        switch self {
        case .score(let change): return change.unitID
        case .note(let unit, _, _, _), .adjustment(let unit, _, _, _): return unit
        }
    }
}

/// The clerk's own edits, for undo (u) and redo (Ctrl-R); each replay is saved and audited.
public struct EditHistory: Hashable, Sendable {
    public private(set) var undo: [Edit] = []
    public private(set) var redo: [Edit] = []

    public init() {}

    /// A new edit: what could be redone no longer applies.
    mutating func record(_ edit: Edit) {
        undo.append(edit)
        redo.removeAll()
    }

    mutating func clear() {
        undo.removeAll()
        redo.removeAll()
    }

    mutating func undone() { if let edit = undo.popLast() { redo.append(edit) } }
    mutating func redone() { if let edit = redo.popLast() { undo.append(edit) } }
}

/// Undo and redo: the edit is applied again (or reversed) on screen and saved; the entry moves
/// between the stacks only when that is allowed.
enum EditReplay {
    /// `focus` puts the screen's focus on the cell the edit changed.
    static func undo(_ state: inout AppShared, focus: (Edit, AppShared) -> Void) -> [AppEffect] {
        guard let edit = state.history.undo.last else {
            state.status = StatusMessage(state.words.screen.nothingToUndo, isError: true)
            return []
        }
        let effects = replay(edit.reversed, &state, message: state.words.screen.undone, reason: "undo", focus: focus)
        if !effects.isEmpty { state.history.undone() }
        return effects
    }

    static func redo(_ state: inout AppShared, focus: (Edit, AppShared) -> Void) -> [AppEffect] {
        guard let edit = state.history.redo.last else {
            state.status = StatusMessage(state.words.screen.nothingToRedo, isError: true)
            return []
        }
        let effects = replay(edit, &state, message: state.words.screen.redone, reason: "redo", focus: focus)
        if !effects.isEmpty { state.history.redone() }
        return effects
    }

    private static func replay(_ edit: Edit, _ state: inout AppShared, message: (String, String) -> String, reason: String,
                               focus: (Edit, AppShared) -> Void) -> [AppEffect] {
        guard let year = state.year, let row = year.units.firstIndex(where: { $0.id == edit.unitID }) else {
            state.history.clear()
            state.status = StatusMessage(state.words.screen.nothingToUndo, isError: true)
            return []
        }
        let unit = year.units[row]
        let code = year.reference.clusterCode
        let words = state.words
        // The same rules as a first edit: a closed year, the account's roles as they are now.
        let action: GuardedAction
        switch edit {
        case .score(let change): action = ScoreInput.action(round: change.round, unit: unit.id)
        case .note: action = .unitNote(unit: unit.id)
        case .adjustment: action = .adjustment(unit: unit.id)
        }
        if let refusal = ScoreInput.refusal(action, year: year, state) {
            state.status = StatusMessage(refusal, isError: true)
            return []
        }
        switch edit {
        case .score(let change):
            guard year.tree.items.contains(where: { $0.code == change.item }) else {
                state.history.clear()
                return []
            }
            GridEditing.apply(change, &state)
            focus(edit, state)
            state.status = StatusMessage(message(unit.name, change.item))
            // Undo and redo replace what the screen shows now, never another clerk's newer value.
            return [.saveScore(code: code, year: year.reference.year, change, reason: reason, expecting: .value(change.old))]
        case .note(_, let item, let old, let new):
            state.setNote(new, unit: unit.id, item: item)
            state.status = StatusMessage(message(unit.name, item))
            return [.saveNote(code: code, year: year.reference.year, unitID: unit.id, item: item, note: new ?? "", expecting: .value(old))]
        case .adjustment(_, let kind, let old, let new):
            AdjustmentEditing.set(kind, new, unitID: unit.id, &state)
            state.status = StatusMessage(message(unit.name, kind == .bonus ? words.columnBonus : words.columnDeduction))
            return [.saveAdjustment(code: code, year: year.reference.year, unitID: unit.id, kind: kind, new, expecting: .value(old))]
        }
    }
}
