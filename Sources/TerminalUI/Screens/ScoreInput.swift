import Emulation

/// Who may type what into a cell of the grid or a sheet, the same check before typing starts,
/// when it is confirmed, when it is cleared, undone or redone, and for the keys offered.
enum ScoreInput {
    /// What saving a score of `round` for `unit` is, as storage guards it.
    static func action(round: ScoreRound, unit: MemberUnit.ID) -> GuardedAction {
        switch round {
        case .selfAssessment: return .selfScore(unit: unit)
        case .cluster: return .clusterScore(unit: unit)
        }
    }

    /// Why this account may not change a cell now, if anything stops it: `action` nil is the
    /// final view (read-only), then a closed year, then the account's roles, in their words.
    static func refusal(_ action: GuardedAction?, year: YearSnapshot, _ state: AppShared) -> String? {
        guard let action else { return state.words.screen.finalIsReadOnly }
        if year.reference.status.isReadOnly { return state.words.screen.yearIsClosed }
        return state.refusal(action).map(state.words.access.describe)
    }

    /// Whether the account's roles let it change a cell: nil (the final view) is not a role's
    /// matter, and is said when a key is pressed.
    static func offered(_ action: GuardedAction?, _ state: AppShared) -> Bool {
        action.map(state.may) ?? true
    }
}
