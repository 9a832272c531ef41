import Emulation

/// What a unit's cells held when the clerk started typing into one of them. A refresh from
/// another clerk may change the screen meanwhile; the save still compares with this, so it
/// never overwrites a value the clerk did not see.
public struct CellSeen: Hashable, Sendable {
    public var unitID: MemberUnit.ID
    public var scores: UnitScores
    public var notes: [String: String]
    /// Set when the cell came back after a conflict: Enter keeps the clerk's value over exactly
    /// the write they were shown ("keep mine").
    public var overwriting: Int64?
    /// Set when the cell came back because the file could not take the value: Enter tries again.
    public var retrying = false

    public init(unitID: MemberUnit.ID, year: YearSnapshot) {
        self.unitID = unitID
        self.scores = year.scores[unitID] ?? UnitScores()
        self.notes = year.notes[unitID] ?? [:]
    }

    /// After a conflict the reload brings the other clerk's values: those are now what the
    /// clerk has seen (and what undo would go back to).
    func refreshed(from year: YearSnapshot) -> CellSeen {
        var seen = self
        seen.scores = year.scores[unitID] ?? UnitScores()
        seen.notes = year.notes[unitID] ?? [:]
        return seen
    }

    public func expected<Value>(_ seen: Value) -> Expected<Value> {
        Expected(seen: seen, overwriting: overwriting)
    }

    public func score(_ item: String, round: ScoreRound) -> Points? { scores.score(item, in: round) }
    public func adjustment(_ kind: Adjustment.Kind) -> Adjustment? { AdjustmentEditing.current(kind, scores) }
    public func note(_ item: String) -> String? { notes[item] }
}
