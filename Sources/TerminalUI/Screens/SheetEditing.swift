import Emulation

/// Entering a unit's self-assessment on its sheet, with each item's wording in view: scores
/// as in the grid, a note per item, and bonus and deduction with a required reason.
enum SheetEditing {
    static func begin(_ sheet: inout SheetState, _ state: inout AppShared, typed: Character?) {
        guard let year = state.year, sheet.unit < year.units.count else { return }
        let rows = SheetRow.rows(year.tree)
        guard sheet.selection.index < rows.count else { return }
        let unit = year.units[sheet.unit]
        let row = rows[sheet.selection.index]
        let words = state.words
        if let refusal = ScoreInput.refusal(guarded(sheet, state), year: year, state) {
            state.status = StatusMessage(refusal, isError: true)
            return
        }
        var field = sheet.column == .note ? TextField(currentText(sheet, state, row: row, unit: unit, year: year)) : TextField.number()
        // A typed character goes on the end: a note keeps its text, a score starts from nothing.
        if let typed { field.handle(.character(typed)) }
        sheet.edit = field
        sheet.seen = CellSeen(unitID: unit.id, year: year)
        state.status = StatusMessage(words.screen.editHint)
    }

    /// What changing the focused cell is, as storage guards it: the unit's self-score, its
    /// cluster score, its note, or its bonus or deduction (points and reason alike).
    static func guarded(_ sheet: SheetState, _ state: AppShared) -> GuardedAction? {
        guard let year = state.year, year.units.indices.contains(sheet.unit) else { return nil }
        let rows = SheetRow.rows(year.tree)
        guard rows.indices.contains(sheet.selection.index) else { return nil }
        let unit = year.units[sheet.unit].id
        switch (rows[sheet.selection.index], sheet.column) {
        case (.item, .note): return .unitNote(unit: unit)
        case (.item, .selfScore): return .selfScore(unit: unit)
        case (.item, .clusterScore): return .clusterScore(unit: unit)
        case (.adjustment, _): return .adjustment(unit: unit)
        }
    }

    /// Notes and reasons start from their current text; scores start empty, as in the grid.
    private static func currentText(_ sheet: SheetState, _ state: AppShared, row: SheetRow, unit: MemberUnit, year: YearSnapshot) -> String {
        let scores = year.scores[unit.id] ?? UnitScores()
        switch (row, sheet.column) {
        case (.item(let item), .note): return year.notes[unit.id]?[item.code] ?? ""
        case (.adjustment(let kind), .note): return adjustment(kind, scores)?.reason ?? ""
        case (.item, _), (.adjustment, _): return ""
        }
    }

    static func adjustment(_ kind: Adjustment.Kind, _ scores: UnitScores) -> Adjustment? {
        AdjustmentEditing.current(kind, scores)
    }

    static func handle(_ key: Key, _ sheet: inout SheetState, _ state: inout AppShared) -> [AppEffect] {
        guard var field = sheet.edit else { return [] }
        switch key {
        case .escape:
            sheet.edit = nil
            sheet.seen = nil
            if sheet.pendingPoints != nil {
                // The points waited for their reason: nothing is saved, and the focus goes back to them.
                sheet.pendingPoints = nil
                sheet.column = .selfScore
                state.status = StatusMessage(state.edit.adjustmentNotSaved, isError: true)
                return []
            }
            state.status = nil
            return []
        case .enter, .down: return confirm(&sheet, &state) { move(&$0, $1, rows: 1, columns: 0) }
        case .up: return confirm(&sheet, &state) { move(&$0, $1, rows: -1, columns: 0) }
        case .tab: return confirm(&sheet, &state) { move(&$0, $1, rows: 0, columns: 1) }
        case .backTab: return confirm(&sheet, &state) { move(&$0, $1, rows: 0, columns: -1) }
        default:
            field.handle(key)
            sheet.edit = field
            return []
        }
    }

    private static func confirm(_ sheet: inout SheetState, _ state: inout AppShared, thenMove: (inout SheetState, AppShared) -> Void) -> [AppEffect] {
        guard let field = sheet.edit, let year = state.year, sheet.unit < year.units.count,
              sheet.selection.index < SheetRow.rows(year.tree).count else { return [] }
        let unit = year.units[sheet.unit]
        // A role revoked since typing began (or a value given back after storage refused it):
        // the value stays in its cell with why, until Esc.
        if let action = guarded(sheet, state), !state.allows(action) { return [] }
        // Compared with what the cells held when typing began, not with a refresh since.
        let seen = sheet.seen.flatMap { $0.unitID == unit.id ? $0 : nil } ?? CellSeen(unitID: unit.id, year: year)
        let code = year.reference.clusterCode
        let words = state.words
        switch SheetRow.rows(year.tree)[sheet.selection.index] {
        case .item(let item) where sheet.column == .note:
            sheet.edit = nil
            sheet.seen = nil
            state.status = nil
            let note = field.text.trimmingCharacters(in: .whitespaces)
            let old = seen.note(item.code)
            guard note != (old ?? "") || seen.overwriting != nil else { thenMove(&sheet, state); return [] }
            state.setNote(note.isEmpty ? nil : note, unit: unit.id, item: item.code)
            state.history.record(.note(unitID: unit.id, item: item.code, old: old, new: note.isEmpty ? nil : note))
            thenMove(&sheet, state)
            return [.saveNote(code: code, year: year.reference.year, unitID: unit.id, item: item.code, note: note, expecting: seen.expected(old))]

        case .item where field.text.trimmingCharacters(in: .whitespaces).isEmpty,
             .adjustment where sheet.column != .note && field.text.trimmingCharacters(in: .whitespaces).isEmpty:
            // Enter on an untouched cell only moves on; Delete clears a value on purpose.
            sheet.edit = nil
            sheet.seen = nil
            state.status = nil
            thenMove(&sheet, state)
            return []

        case .item(let item):
            let round: ScoreRound = sheet.column == .selfScore ? .selfAssessment : .cluster
            switch NumberInput.points(field.text, maximum: item.maximum, field: item.code, words: words) {
            case .failure(let refusal):
                state.status = refusal
                return []
            case .success(let value):
                sheet.edit = nil
                sheet.seen = nil
                state.status = nil
                let old = seen.score(item.code, round: round)
                var effects: [AppEffect] = []
                if old != value || seen.overwriting != nil {
                    let change = ScoreChange(unitID: unit.id, item: item.code, round: round, old: old, new: value)
                    GridEditing.apply(change, &state)
                    state.history.record(.score(change))
                    effects.append(.saveScore(code: code, year: year.reference.year, change, reason: "", expecting: seen.expected(old)))
                }
                thenMove(&sheet, state)
                return effects
            }

        case .adjustment(let kind):
            let limit = kind == .bonus ? year.rules.bonusMaximum : year.rules.deductionMaximum
            let current = seen.adjustment(kind)
            if sheet.column == .note {
                let reason = field.text.trimmingCharacters(in: .whitespaces)
                let points = sheet.pendingPoints ?? current?.points ?? .zero
                if points > .zero && reason.isEmpty {
                    state.status = StatusMessage(words.screen.reasonRequired, isError: true)
                    return []
                }
                // A reason with no points would be dropped unsaid: the text stays, with why.
                if points == .zero && !reason.isEmpty {
                    state.status = StatusMessage(words.screen.pointsBeforeReason, isError: true)
                    return []
                }
                sheet.edit = nil
                sheet.seen = nil
                sheet.pendingPoints = nil
                state.status = nil
                // A reason belongs to its points: after it, the focus is back on the points column,
                // where the next thing typed is a number, not more text.
                return save(kind, points > .zero ? Adjustment(points: points, reason: reason) : nil, expecting: seen.expected(current), &sheet, &state) {
                    thenMove(&$0, $1)
                    $0.column = .selfScore
                }
            }
            switch NumberInput.points(field.text, maximum: limit, field: kind == .bonus ? words.columnBonus : words.columnDeduction, words: words) {
            case .failure(let refusal):
                state.status = refusal
                return []
            case .success(let value):
                sheet.edit = nil
                guard let points = value, points > .zero else {
                    sheet.seen = nil
                    state.status = nil
                    return current == nil && seen.overwriting == nil ? { thenMove(&sheet, state); return [] }()
                        : save(kind, nil, expecting: seen.expected(current), &sheet, &state, then: thenMove)
                }
                if let reason = current?.reason, !reason.isEmpty {
                    sheet.seen = nil
                    state.status = nil
                    return save(kind, Adjustment(points: points, reason: reason), expecting: seen.expected(current), &sheet, &state, then: thenMove)
                }
                // A reason is required: ask for it before anything is saved.
                sheet.pendingPoints = points
                sheet.column = .note
                sheet.edit = TextField()
                state.status = StatusMessage(words.screen.reasonRequired)
                return []
            }
        }
    }

    static func save(_ kind: Adjustment.Kind, _ adjustment: Adjustment?, expecting: Expected<Adjustment?>, _ sheet: inout SheetState,
                     _ state: inout AppShared, then thenMove: (inout SheetState, AppShared) -> Void) -> [AppEffect] {
        guard let year = state.year, year.units.indices.contains(sheet.unit) else { return [] }
        let effects = AdjustmentEditing.save(kind, adjustment, unitID: year.units[sheet.unit].id, expecting: expecting, &state)
        thenMove(&sheet, state)
        return effects
    }

    static func move(_ sheet: inout SheetState, _ state: AppShared, rows: Int, columns: Int) {
        guard let year = state.year else { return }
        let count = SheetRow.rows(year.tree).count
        sheet.selection.move(by: rows, count: count, visible: SheetScreen.visibleRows(state))
        let all = SheetState.Column.allCases
        let index = min(max(0, sheet.column.rawValue + columns), all.count - 1)
        sheet.column = all[index]
    }

    /// Switches to the previous or next unit, keeping the row and column.
    static func switchUnit(_ sheet: inout SheetState, _ state: AppShared, by delta: Int) {
        guard let count = state.year?.units.count, count > 0 else { return }
        sheet.unit = (sheet.unit + delta + count) % count
    }
}

extension SheetEditing {
    /// Delete: removes the focused score, bonus or deduction, or note, on purpose.
    static func clear(_ sheet: inout SheetState, _ state: inout AppShared) -> [AppEffect] {
        guard let year = state.year, sheet.unit < year.units.count else { return [] }
        let rows = SheetRow.rows(year.tree)
        guard sheet.selection.index < rows.count else { return [] }
        let unit = year.units[sheet.unit]
        let scores = year.scores[unit.id] ?? UnitScores()
        if let refusal = ScoreInput.refusal(guarded(sheet, state), year: year, state) {
            state.status = StatusMessage(refusal, isError: true)
            return []
        }
        switch (rows[sheet.selection.index], sheet.column) {
        case (.item(let item), .note):
            guard let old = year.notes[unit.id]?[item.code] else { return [] }
            state.setNote(nil, unit: unit.id, item: item.code)
            state.history.record(.note(unitID: unit.id, item: item.code, old: old, new: nil))
            return [.saveNote(code: year.reference.clusterCode, year: year.reference.year, unitID: unit.id, item: item.code, note: "",
                              expecting: .value(old))]
        case (.item(let item), let column):
            let round: ScoreRound = column == .clusterScore ? .cluster : .selfAssessment
            guard let old = scores.score(item.code, in: round) else { return [] }
            let change = ScoreChange(unitID: unit.id, item: item.code, round: round, old: old, new: nil)
            GridEditing.apply(change, &state)
            state.history.record(.score(change))
            return [.saveScore(code: year.reference.clusterCode, year: year.reference.year, change, reason: "", expecting: .value(old))]
        case (.adjustment(let kind), _):
            guard let current = adjustment(kind, scores) else { return [] }
            return save(kind, nil, expecting: .value(current), &sheet, &state, then: { _, _ in })
        }
    }
}
