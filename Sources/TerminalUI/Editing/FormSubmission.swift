import Emulation

/// Enter on a form: checks what was typed, and either says what is wrong (focusing that field)
/// or closes the form and asks for the change. A form that changes a screen's own position
/// (the unit to select after saving it) is handed that screen's state.
enum FormSubmission {
    static func submit(_ form: inout Form, _ state: inout AppState) -> [AppEffect] {
        // The account's roles may have changed since the form opened (an admin revoked one):
        // what was typed stays in the form, with why, until Esc.
        if let action = guarded(form.purpose), let refusal = state.shared.refusal(action) {
            form.error = state.words.access.describe(refusal)
            state.overlay = .form(form)
            return []
        }
        let effects: [AppEffect]
        switch form.purpose {
        case .newCluster: effects = ClusterForm.submit(&form, &state.shared)
        case .addUnit: effects = state.with(RosterScreen.self) { RosterEditing.submitUnit(&form, &$0, &$1, unitID: nil) }
        case .editUnit(let id): effects = state.with(RosterScreen.self) { RosterEditing.submitUnit(&form, &$0, &$1, unitID: id) }
        case .editCluster: effects = YearEditing.submitCluster(&form, &state.shared)
        case .reopen: effects = YearEditing.submitReopen(&form, &state.shared)
        case .handover: effects = YearEditing.submitHandover(&form, &state.shared)
        case .pledgeHeader: effects = PledgeEditing.submitHeader(&form, &state.shared)
        case .task(let index): effects = state.with(PledgeScreen.self) { PledgeEditing.submitTask(&form, &$0, &$1, index: index) }
        case .drive(let index): effects = state.with(PledgeScreen.self) { PledgeEditing.submitDrive(&form, &$0, &$1, index: index) }
        case .unitPledge(let id): effects = PledgeEditing.submitUnit(&form, &state.shared, unitID: id)
        case .whatIf(let id): effects = state.with(RankingScreen.self) { RankingEditing.submitWhatIf(&form, &$0, &$1, unitID: id) }
        case .vote(let id, let award): effects = RankingEditing.submitVote(&form, &state.shared, unitID: id, award: award)
        case .meeting: effects = YearEditing.submitMeeting(&form, &state.shared)
        case .decision(let id, let proposed): effects = DecisionEditing.submit(&form, &state.shared, unitID: id, proposed: proposed)
        case .adjustmentReason(let id, let kind, let points, let expecting):
            effects = AdjustmentEditing.submitReason(&form, &state.shared, unitID: id, kind: kind, points: points, expecting: expecting)
        case .rules(let edit): effects = RulesEditing.submit(&form, &state.shared, edit)
        }
        // A form that found a problem stays open with it.
        if effects.isEmpty, case .form = state.overlay { state.overlay = .form(form) }
        if !effects.isEmpty { state.submittedForm = form }
        return effects
    }

    /// What a form saves, as storage guards it; nil for the what-if scores, never saved.
    static func guarded(_ purpose: Form.Purpose) -> GuardedAction? {
        switch purpose {
        case .newCluster: return .createCluster
        case .addUnit, .editUnit: return .editRoster
        case .editCluster: return .editCluster
        case .reopen: return .reopenYear
        case .handover: return .recordHandover
        case .pledgeHeader, .task, .drive: return .editPledgeText
        case .unitPledge(let unit): return .unitPledge(unit: unit)
        case .whatIf: return nil
        case .vote: return .recordVote
        case .decision: return .recordDecision
        case .meeting: return .recordMeeting
        case .adjustmentReason(let unit, _, _, _): return .adjustment(unit: unit)
        case .rules: return .editRules
        }
    }
}
