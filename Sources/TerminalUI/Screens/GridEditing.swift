import Foundation
import Emulation

/// Entering scores in the grid, and after the items each unit's bonus and deduction (their
/// reason asked in a dialog): typing a digit (or Enter) edits the focused cell in place;
/// Enter confirms and moves down, Tab right (wrapping to the next unit), an arrow in its
/// direction; Esc cancels. Refused input stays in edit with the reason on the status line.
/// Each confirmed cell becomes a `saveScore` effect of its own, and joins the undo stack.
enum GridEditing {
    /// Starts editing the focused cell, with the typed character if editing began by typing.
    static func begin(_ grid: inout GridState, _ state: inout AppShared, typed: Character?) {
        guard let year = state.year, !year.units.isEmpty, GridScreen.column(grid.column, of: year) != nil else { return }
        let unit = year.units[grid.selection.index]
        if let refusal = ScoreInput.refusal(guarded(grid, state), year: year, state) {
            state.status = StatusMessage(refusal, isError: true)
            return
        }
        var field = TextField.number()
        if let typed { field.handle(.character(typed)) }
        grid.edit = field
        grid.seen = CellSeen(unitID: unit.id, year: year)
        state.status = StatusMessage(state.words.screen.editHint)
    }

    /// The round a column writes: an item's round is the one shown; bonus and deduction are
    /// entered beside either round, and are read-only in the final view.
    private static func round(of column: GridScreen.Column, _ grid: GridState) -> ScoreRound? {
        switch column {
        case .item: return grid.round
        case .adjustment: return grid.round == nil ? nil : .cluster
        }
    }

    /// What changing the focused cell is, as storage guards it: a unit's self-score or cluster
    /// score in the round shown, or its bonus or deduction; nil in the final view (read-only).
    static func guarded(_ grid: GridState, _ state: AppShared) -> GuardedAction? {
        guard let year = state.year, year.units.indices.contains(grid.selection.index),
              let column = GridScreen.column(grid.column, of: year), let round = round(of: column, grid) else { return nil }
        let unit = year.units[grid.selection.index].id
        switch column {
        case .item: return ScoreInput.action(round: round, unit: unit)
        case .adjustment: return .adjustment(unit: unit)
        }
    }

    /// Keys while a cell is being edited.
    static func handle(_ key: Key, _ grid: inout GridState, _ state: inout AppShared) -> [AppEffect] {
        guard var field = grid.edit else { return [] }
        switch key {
        case .escape:
            grid.edit = nil
            grid.seen = nil
            state.status = nil
            return []
        case .enter: return confirm(&grid, &state, thenMove: { move(&$0, $1, rows: 1, columns: 0, wrap: false) })
        case .tab: return confirm(&grid, &state, thenMove: { move(&$0, $1, rows: 0, columns: 1, wrap: true) })
        case .backTab: return confirm(&grid, &state, thenMove: { move(&$0, $1, rows: 0, columns: -1, wrap: true) })
        case .down: return confirm(&grid, &state, thenMove: { move(&$0, $1, rows: 1, columns: 0, wrap: false) })
        case .up: return confirm(&grid, &state, thenMove: { move(&$0, $1, rows: -1, columns: 0, wrap: false) })
        case .right: return confirm(&grid, &state, thenMove: { move(&$0, $1, rows: 0, columns: 1, wrap: false) })
        case .left: return confirm(&grid, &state, thenMove: { move(&$0, $1, rows: 0, columns: -1, wrap: false) })
        default:
            field.handle(key)
            grid.edit = field
            return []
        }
    }

    /// Checks the typed value; on success stores it locally, records it for undo and asks for it
    /// to be saved, then moves. On failure the cell stays in edit and the reason is shown.
    private static func confirm(_ grid: inout GridState, _ state: inout AppShared, thenMove: (inout GridState, AppShared) -> Void) -> [AppEffect] {
        guard let field = grid.edit, let (unit, column, current, reference, rules) = focusedCell(grid, state),
              let round = round(of: column, grid) else { return [] }
        // Compared with what the cell held when typing began, not with a refresh since.
        let seen = grid.seen.flatMap { $0.unitID == unit.id ? $0 : nil } ?? current
        // Enter on an untouched cell only moves on; clearing a score is the Delete key's job.
        if field.text.trimmingSpaces().isEmpty {
            grid.edit = nil
            grid.seen = nil
            state.status = nil
            thenMove(&grid, state)
            return []
        }
        // A role revoked since typing began (or a value given back after storage refused it):
        // the value stays in its cell with why, until Esc.
        if let action = guarded(grid, state), !state.allows(action) { return [] }
        switch column {
        case .adjustment(let kind):
            let limit = kind == .bonus ? rules.bonusMaximum : rules.deductionMaximum
            let name = kind == .bonus ? state.words.columnBonus : state.words.columnDeduction
            switch NumberInput.points(field.text, maximum: limit, field: name, words: state.words) {
            case .failure(let refusal):
                state.status = refusal
                return []
            case .success(let points):
                grid.edit = nil
                grid.seen = nil
                state.status = nil
                thenMove(&grid, state)
                let current = seen.adjustment(kind)
                guard let points, points > .zero else {
                    // 0 takes the bonus or deduction away; its reason goes with it.
                    return current == nil ? [] : AdjustmentEditing.save(kind, nil, unitID: unit.id, expecting: seen.expected(current), &state)
                }
                if current?.points == points && seen.overwriting == nil { return [] }
                state.overlay = .form(AdjustmentEditing.reasonForm(state, unit: unit, kind: kind, points: points, seen: seen))
                return []
            }
        case .item(let item):
            let value: Points?
            switch NumberInput.points(field.text, maximum: item.maximum, field: item.code, words: state.words) {
            case .success(let parsed): value = parsed
            case .failure(let refusal):
                state.status = refusal
                return []
            }
            grid.edit = nil
            grid.seen = nil
            state.status = nil
            let old = seen.score(item.code, round: round)
            var effects: [AppEffect] = []
            if old != value || seen.overwriting != nil {
                let change = ScoreChange(unitID: unit.id, item: item.code, round: round, old: old, new: value)
                apply(change, &state)
                state.history.record(.score(change))
                effects.append(.saveScore(code: reference.clusterCode, year: reference.year, change, reason: "",
                                          expecting: seen.expected(old)))
            }
            thenMove(&grid, state)
            return effects
        }
    }

    /// What Enter and Delete need from the loaded year about the focused cell, read in a scope
    /// of its own: a copy of the year still held when the cell changes it would make that change
    /// copy the whole year's scores (copy on write), at every key.
    private static func focusedCell(_ grid: GridState, _ state: AppShared)
        -> (unit: MemberUnit, column: GridScreen.Column, current: CellSeen, reference: ClusterYearReference, rules: RuleSet)? {
        guard let year = state.year, year.units.indices.contains(grid.selection.index),
              let column = GridScreen.column(grid.column, of: year) else { return nil }
        let unit = year.units[grid.selection.index]
        return (unit, column, CellSeen(unitID: unit.id, year: year), year.reference, year.rules)
    }

    /// Puts a change into the loaded year; what depends on it (totals, ranks, classification)
    /// follows at once (`AppShared.year`).
    static func apply(_ change: ScoreChange, _ state: inout AppShared) {
        state.changeScores(of: change.unitID) { $0.set(change.new, item: change.item, round: change.round) }
    }

    /// Delete: removes the focused cell's score, bonus or deduction (saved and undoable like any edit).
    static func clear(_ grid: GridState, _ state: inout AppShared) -> [AppEffect] {
        guard let (unit, column, current, reference, _) = focusedCell(grid, state) else { return [] }
        if let action = guarded(grid, state), !state.allows(action) { return [] }
        switch column {
        case .adjustment(let kind):
            guard let adjustment = current.adjustment(kind) else { return [] }
            return AdjustmentEditing.save(kind, nil, unitID: unit.id, expecting: .value(adjustment), &state)
        case .item(let item):
            guard let round = grid.round, let old = current.score(item.code, round: round) else { return [] }
            let change = ScoreChange(unitID: unit.id, item: item.code, round: round, old: old, new: nil)
            apply(change, &state)
            state.history.record(.score(change))
            return [.saveScore(code: reference.clusterCode, year: reference.year, change, reason: "", expecting: .value(old))]
        }
    }

    /// Moves the focus; with `wrap`, moving right past the last column (the deduction) goes to
    /// the next unit's first item (and left past the first to the previous unit's last), as Tab
    /// does in a sheet.
    static func move(_ grid: inout GridState, _ state: AppShared, rows: Int, columns: Int, wrap: Bool) {
        guard let year = state.year, !year.units.isEmpty else { return }
        let count = GridScreen.columnCount(year)
        var row = grid.selection.index + rows
        var column = grid.column + columns
        if wrap && column >= count && row < year.units.count - 1 {
            column = 0
            row += 1
        } else if wrap && column < 0 && row > 0 {
            column = count - 1
            row -= 1
        }
        grid.column = min(max(0, column), max(0, count - 1))
        grid.selection.moveTo(row, count: year.units.count, visible: GridScreen.visibleRows(state))
    }

    /// Jumps to the next cell with no score in the round shown, row by row, wrapping around.
    static func nextEmpty(_ grid: inout GridState, _ state: inout AppShared) {
        guard let year = state.year, !year.units.isEmpty else { return }
        let items = year.tree.items
        guard !items.isEmpty else { return }
        let total = year.units.count * items.count
        let start = grid.selection.index * items.count + grid.column
        for step in 1...max(1, total) {
            let cell = (start + step) % total
            let unit = year.units[cell / items.count]
            let item = items[cell % items.count]
            let scores = year.scores[unit.id] ?? UnitScores()
            let value = grid.round.map { scores.score(item.code, in: $0) } ?? scores.final(item: item.code, rule: year.rules.finalScore)
            if value == nil {
                grid.column = cell % items.count
                grid.selection.moveTo(cell / items.count, count: year.units.count, visible: GridScreen.visibleRows(state))
                return
            }
        }
        state.status = StatusMessage(state.words.screen.noEmptyCell)
    }
}
