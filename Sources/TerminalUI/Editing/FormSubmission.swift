import Emulation

/// Enter on a form: checks what was typed, and either says what is wrong (focusing that field)
/// or closes the form and asks for the change.
enum FormSubmission {
    static func submit(_ form: inout Form, _ state: inout AppState) -> [AppEffect] {
        let effects: [AppEffect]
        switch form.purpose {
        case .newCluster: effects = ClusterForm.submit(&form, &state)
        case .addUnit: effects = RosterEditing.submitUnit(&form, &state, unitID: nil)
        case .editUnit(let id): effects = RosterEditing.submitUnit(&form, &state, unitID: id)
        case .editCluster: effects = YearEditing.submitCluster(&form, &state)
        case .reopen: effects = YearEditing.submitReopen(&form, &state)
        case .handover: effects = YearEditing.submitHandover(&form, &state)
        case .pledgeHeader: effects = PledgeEditing.submitHeader(&form, &state)
        case .task(let index): effects = PledgeEditing.submitTask(&form, &state, index: index)
        case .drive(let index): effects = PledgeEditing.submitDrive(&form, &state, index: index)
        case .unitPledge(let id): effects = PledgeEditing.submitUnit(&form, &state, unitID: id)
        case .whatIf(let id): effects = RankingEditing.submitWhatIf(&form, &state, unitID: id)
        case .vote(let id, let award): effects = RankingEditing.submitVote(&form, &state, unitID: id, award: award)
        case .meeting: effects = YearEditing.submitMeeting(&form, &state)
        case .adjustmentReason(let id, let kind, let points, let expecting):
            effects = AdjustmentEditing.submitReason(&form, &state, unitID: id, kind: kind, points: points, expecting: expecting)
        }
        // A form that found a problem stays open with it.
        if effects.isEmpty, case .form = state.overlay { state.overlay = .form(form) }
        if !effects.isEmpty { state.submittedForm = form }
        return effects
    }
}
