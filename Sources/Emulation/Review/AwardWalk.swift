/// A unit's candidacy for one award: one the meeting voted down, or one a tied unit lost on
/// votes for, is no longer open to it.
public struct Candidacy: Hashable, Sendable {
    public var unitID: MemberUnit.ID
    public var award: String

    public init(unitID: MemberUnit.ID, award: String) {
        self.unitID = unitID
        self.award = award
    }
}

/// Walks down the ranking and proposes awards (DOMAIN.md, "Award proposals"): eligible units only,
/// at most one award each, the highest whose quota is not used up and whose conditions are met.
public enum AwardWalk {
    /// Units sharing a rank where the quota of `award` ran out: `places` of them may keep it, and
    /// the vote settles which (see `Review`).
    struct Tie: Hashable, Sendable {
        var award: String
        var rank: Int
        /// In ranking order.
        var unitIDs: [MemberUnit.ID]
        var places: Int
    }

    /// The proposals, and the ties still open, in walk order (by rank, then highest award first).
    /// `excluded`: candidacies voted down; `lostTies`: candidacies a tied unit lost because
    /// others had more votes for. Either way the unit may still receive a lower award.
    static func walk(
        ranking: Ranking, rules: RuleSet, registrations: [MemberUnit.ID: Set<String>],
        memberCount: Int, excluded: Set<Candidacy>, lostTies: Set<Candidacy>
    ) -> (proposals: [AwardProposal], ties: [Tie]) {
        var used: [String: Int] = [:]
        var ties: [Tie] = []
        var assigned: [MemberUnit.ID: (award: String, tied: Bool)] = [:]
        var skipped: [MemberUnit.ID: [ProposalReason]] = [:]
        let eligible = ranking.entries.filter { !rules.eligibility.bars($0.unit.eligibility) }
        let leaderRank = eligible.first?.rank

        // Units that share a rank are treated together, so a quota that runs out inside the
        // group lists every one of them as tied.
        for group in groupsByRank(eligible) {
            var open = group
            for rule in rules.awards {
                let limit = rule.quota.places(memberCount: memberCount)
                var candidates: [RankedUnit] = []
                for entry in open {
                    if let blocker = blocker(rule: rule, entry: entry, leaderRank: leaderRank,
                                             registrations: registrations, excluded: excluded, lostTies: lostTies,
                                             used: used[rule.code, default: 0], limit: limit) {
                        skipped[entry.unit.id, default: []].append(blocker)
                    } else {
                        candidates.append(entry)
                    }
                }
                guard !candidates.isEmpty else { continue }
                let remaining = limit.map { $0 - used[rule.code, default: 0] }
                let tied = remaining.map { candidates.count > $0 } ?? false
                for entry in candidates { assigned[entry.unit.id] = (rule.code, tied) }
                if tied, let remaining {
                    ties.append(Tie(award: rule.code, rank: candidates[0].rank, unitIDs: candidates.map(\.unit.id), places: remaining))
                }
                used[rule.code, default: 0] += tied ? (remaining ?? 0) : candidates.count
                let taken = Set(candidates.map(\.unit.id))
                open.removeAll { taken.contains($0.unit.id) }
                if open.isEmpty { break }
            }
        }

        let proposals = ranking.entries.map { entry in
            var reasons: [ProposalReason] = [
                .rank(entry.rank, of: ranking.count), .total(entry.result.total), .classification(entry.result.classification),
            ]
            if let (cause, note) = rules.eligibility.barringCause(entry.unit.eligibility) {
                reasons.append(rules.eligibility.treatment == .deferred ? .deferred(cause, note: note) : .ineligible(cause, note: note))
                return AwardProposal(unitID: entry.unit.id, award: nil, tiedForQuota: false, reasons: reasons)
            }
            reasons += skipped[entry.unit.id] ?? []
            guard let (award, tied) = assigned[entry.unit.id] else {
                return AwardProposal(unitID: entry.unit.id, award: nil, tiedForQuota: false, reasons: reasons)
            }
            if rules.award(code: award)?.requiresRegistration == true { reasons.append(.registered(award: award)) }
            if tied { reasons.append(.tiedNeedsVote(award: award)) }
            return AwardProposal(unitID: entry.unit.id, award: award, tiedForQuota: tied, reasons: reasons)
        }
        return (proposals, ties)
    }

    private static func groupsByRank(_ entries: [RankedUnit]) -> [[RankedUnit]] {
        var groups: [[RankedUnit]] = []
        for entry in entries {
            if let last = groups.last?.last, last.rank == entry.rank {
                groups[groups.count - 1].append(entry)
            } else {
                groups.append([entry])
            }
        }
        return groups
    }

    /// The first condition of `rule` the unit fails, or nil when it is a candidate.
    private static func blocker(
        rule: AwardRule, entry: RankedUnit, leaderRank: Int?, registrations: [MemberUnit.ID: Set<String>],
        excluded: Set<Candidacy>, lostTies: Set<Candidacy>, used: Int, limit: Int?
    ) -> ProposalReason? {
        if rule.leaderOnly && entry.rank != leaderRank { return .notLeader(award: rule.code) }
        if entry.result.classification < rule.minimumClassification {
            return .belowClassification(award: rule.code, required: rule.minimumClassification)
        }
        if rule.requiresRegistration && !(registrations[entry.unit.id]?.contains(rule.code) ?? false) {
            return .notRegistered(award: rule.code)
        }
        let candidacy = Candidacy(unitID: entry.unit.id, award: rule.code)
        if excluded.contains(candidacy) { return .voteFailed(award: rule.code) }
        if lostTies.contains(candidacy) { return .tieLostVote(award: rule.code) }
        if let limit, used >= limit { return .quotaUsed(award: rule.code) }
        return nil
    }
}
