import Emulation

/// A unit's bonus and deduction, entered on its sheet or in the grid's last columns: saved with
/// their reason (never without one), undoable like a score.
enum AdjustmentEditing {
    static func current(_ kind: Adjustment.Kind, _ scores: UnitScores) -> Adjustment? {
        switch kind {
        case .bonus: return scores.bonus
        case .deduction: return scores.deduction
        }
    }

    /// Puts the change into the loaded year, records it for undo and asks for it to be saved.
    static func save(_ kind: Adjustment.Kind, _ adjustment: Adjustment?, unitID: MemberUnit.ID, expecting: Expected<Adjustment?>,
                     _ state: inout AppShared) -> [AppEffect] {
        guard let year = state.year else { return [] }
        let old = current(kind, year.scores[unitID] ?? UnitScores())
        if old != adjustment { state.history.record(.adjustment(unitID: unitID, kind: kind, old: old, new: adjustment)) }
        set(kind, adjustment, unitID: unitID, &state)
        return [.saveAdjustment(code: year.reference.clusterCode, year: year.reference.year, unitID: unitID, kind: kind, adjustment, expecting: expecting)]
    }

    /// Puts a bonus or deduction into the loaded year (the review follows it).
    static func set(_ kind: Adjustment.Kind, _ adjustment: Adjustment?, unitID: MemberUnit.ID, _ state: inout AppShared) {
        switch kind {
        case .bonus: state.changeScores(of: unitID) { $0.bonus = adjustment }
        case .deduction: state.changeScores(of: unitID) { $0.deduction = adjustment }
        }
    }

    /// The grid has no room to type a reason: a dialog asks for it, prefilled with the one on
    /// record so Enter keeps it.
    static func reasonForm(_ state: AppShared, unit: MemberUnit, kind: Adjustment.Kind, points: Points, seen: CellSeen) -> Form {
        let reason = seen.adjustment(kind)?.reason ?? ""
        return Form(title: state.edit.adjustmentReasonTitle(kind, DecimalText.format(points), unit.name),
                    purpose: .adjustmentReason(unit.id, kind, points, expecting: seen.expected(seen.adjustment(kind))),
                    fields: [Form.Field(.reason, state.edit.fieldReason, text: reason)], note: state.edit.adjustmentReasonNote)
    }

    static func submitReason(_ form: inout Form, _ state: inout AppShared, unitID: MemberUnit.ID, kind: Adjustment.Kind, points: Points,
                             expecting: Expected<Adjustment?>) -> [AppEffect] {
        let reason = form.text(.reason)
        guard !reason.isEmpty else {
            form.fail(state.words.screen.reasonRequired, field: .reason)
            return []
        }
        state.overlay = nil
        return save(kind, Adjustment(points: points, reason: reason), unitID: unitID,
                    expecting: form.overwriting.map { .overwriting(auditID: $0) } ?? expecting, &state)
    }
}
