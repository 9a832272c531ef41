import Emulation

/// Who may type a score where.
enum ScoreInput {
    /// Why this clerk may not edit this round of this unit now, if anything stops it.
    static func refusal(round: ScoreRound?, unit: MemberUnit, year: YearSnapshot, clerkUnit: String?, words: Catalogue) -> String? {
        guard let round else { return words.screen.finalIsReadOnly }
        if year.reference.status.isReadOnly { return words.screen.yearIsClosed }
        guard let clerkUnit else { return nil }
        // Matched as every command matches a unit; a name that matches nothing stops editing
        // rather than silently switching the rule off.
        guard let clerk = year.unit(named: clerkUnit) else {
            return words.screen.unknownClerkUnit(clerkUnit)
        }
        if RuleSet.mayEnter(round: round, forUnit: unit.id, asUnit: clerk.id) == .ownUnitClusterScore {
            return words.ownUnitClusterScore
        }
        return nil
    }
}
