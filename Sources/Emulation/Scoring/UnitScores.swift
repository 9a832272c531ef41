/// Every score of one unit in one cluster-year: items per round, bonus and deduction.
public struct UnitScores: Hashable, Sendable {
    public var selfAssessment: [String: Points]
    public var cluster: [String: Points]
    public var bonus: Adjustment?
    public var deduction: Adjustment?

    public init(
        selfAssessment: [String: Points] = [:], cluster: [String: Points] = [:],
        bonus: Adjustment? = nil, deduction: Adjustment? = nil
    ) {
        self.selfAssessment = selfAssessment
        self.cluster = cluster
        self.bonus = bonus
        self.deduction = deduction
    }

    public func scores(in round: ScoreRound) -> [String: Points] {
        switch round {
        case .selfAssessment: return selfAssessment
        case .cluster: return cluster
        }
    }

    public mutating func set(_ points: Points?, item: String, round: ScoreRound) {
        switch round {
        case .selfAssessment: selfAssessment[item] = points
        case .cluster: cluster[item] = points
        }
    }

    /// The score that counts under the rule set's `finalScore` (by default the cluster's where
    /// entered, else the unit's own).
    public func final(item: String, rule: FinalScoreRule) -> Points? {
        rule.final(selfScore: selfAssessment[item], clusterScore: cluster[item])
    }

    /// Whether the self and cluster scores of an item differ by at least the rule set's share
    /// of the item's maximum, so the meeting looks at it.
    public func hasGap(item: Criterion, rules: RuleSet) -> Bool {
        guard let own = selfAssessment[item.code], let theirs = cluster[item.code] else { return false }
        // |own - theirs| >= percent% of maximum, in integers: 100 * gap >= percent * maximum.
        return 100 * (own - theirs).magnitude.hundredths >= rules.gapFlagPercent * item.maximum.hundredths
    }
}
