/// Scores changed on a scratch copy to see how the ranking and the awards would move. Nothing
/// here is ever saved: it lives as long as the what-if mode on screen.
public struct WhatIf: Hashable, Sendable {
    /// A unit's changed final scores, bonus and deduction.
    public struct Change: Hashable, Sendable {
        public var items: [String: Points]
        public var bonus: Points?
        public var deduction: Points?

        public init(items: [String: Points] = [:], bonus: Points? = nil, deduction: Points? = nil) {
            self.items = items
            self.bonus = bonus
            self.deduction = deduction
        }
    }

    public private(set) var changes: [MemberUnit.ID: Change] = [:]

    public init() {}

    public var changedUnits: Set<MemberUnit.ID> { Set(changes.keys) }

    public mutating func set(_ change: Change, for unit: MemberUnit.ID) {
        changes[unit] = change
    }

    /// The stored scores with the changes laid over them: a changed item becomes the cluster score
    /// (the final score is the cluster score where entered).
    public func scores(over stored: [MemberUnit.ID: UnitScores]) -> [MemberUnit.ID: UnitScores] {
        var scores = stored
        for (unit, change) in changes {
            var unitScores = scores[unit] ?? UnitScores()
            for (item, value) in change.items { unitScores.set(value, item: item, round: .cluster) }
            if let bonus = change.bonus { unitScores.bonus = bonus > .zero ? Adjustment(points: bonus, reason: "what-if") : nil }
            if let deduction = change.deduction {
                unitScores.deduction = deduction > .zero ? Adjustment(points: deduction, reason: "what-if") : nil
            }
            scores[unit] = unitScores
        }
        return scores
    }

    /// The review of the year as it would be with these changes (votes included).
    public func review(_ snapshot: YearSnapshot) -> Review {
        Review(units: snapshot.units, scores: scores(over: snapshot.scores), tree: snapshot.tree, rules: snapshot.rules,
               registrations: snapshot.pledge.registrations, votes: snapshot.votes)
    }
}
