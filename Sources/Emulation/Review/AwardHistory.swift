/// One year of a unit's record: where it stood in its cluster, what the cluster proposed for
/// it, and what the province decided. A unit's history is one entry per year it was a member.
public struct AwardHistoryEntry: Hashable, Sendable {
    public var year: Int
    public var clusterCode: String
    public var clusterName: String
    public var rank: Int
    public var members: Int
    public var total: Points
    public var classification: Classification
    /// The award proposed that year, with that year's rules' names; nil when none.
    public var proposed: AwardRule?
    public var decision: AwardDecision?
    /// The award the decision granted (that year's rule), when it granted one.
    public var granted: AwardRule?

    /// The entry of `unitID` in a year, from its review; nil when it was not ranked there.
    public static func entry(unitID: MemberUnit.ID, snapshot: YearSnapshot, review: Review) -> AwardHistoryEntry? {
        guard let ranked = review.ranking.entry(unitID: unitID) else { return nil }
        let rules = snapshot.rules
        let decision = snapshot.decisions[unitID]
        return AwardHistoryEntry(year: snapshot.reference.year, clusterCode: snapshot.cluster.code, clusterName: snapshot.cluster.name,
                                 rank: ranked.rank, members: review.ranking.count, total: ranked.result.total,
                                 classification: ranked.result.classification,
                                 proposed: review.proposal(unitID: unitID)?.award.flatMap(rules.award(code:)), decision: decision,
                                 granted: decision?.grantedAward.flatMap(rules.award(code:)))
    }
}
