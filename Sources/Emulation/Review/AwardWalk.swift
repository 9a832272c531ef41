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
        // By position in the ranking, not by unit: a confirmed cell walks every unit of the
        // ranking again, and on thousands of units dictionaries and copies of each entry per
        // award were most of its time.
        let entries = ranking.entries
        var skipped = [[ProposalReason]](repeating: [], count: entries.count)
        var assigned = [(award: String, tied: Bool)?](repeating: nil, count: entries.count)
        // Places used per award code (an award listed twice shares them).
        var slots: [String: Int] = [:]
        for rule in rules.awards where slots[rule.code] == nil { slots[rule.code] = slots.count }
        var used = [Int](repeating: 0, count: slots.count)
        // What the walk asks of each award, read once (not the whole rule copied per unit).
        let awards = rules.awards.map { rule in
            AwardCondition(code: rule.code, slot: slots[rule.code] ?? 0, limit: rule.quota.places(memberCount: memberCount),
                           leaderOnly: rule.leaderOnly, minimumClassification: rule.minimumClassification,
                           requiresRegistration: rule.requiresRegistration)
        }
        var ties: [Tie] = []
        let eligible = entries.indices.filter { !rules.eligibility.bars(entries[$0].unit.eligibility) }
        let leaderRank = eligible.first.map { entries[$0].rank }

        // Units that share a rank are treated together, so a quota that runs out inside the
        // group lists every one of them as tied.
        var groupStart = 0
        while groupStart < eligible.count {
            var groupEnd = groupStart + 1
            while groupEnd < eligible.count && entries[eligible[groupEnd]].rank == entries[eligible[groupStart]].rank { groupEnd += 1 }
            var open = Array(eligible[groupStart..<groupEnd])
            groupStart = groupEnd
            for rule in awards {
                let slot = rule.slot
                let limit = rule.limit
                var candidates: [Int] = []
                for index in open {
                    if let blocker = blocker(rule: rule, rank: entries[index].rank, classification: entries[index].result.classification,
                                             unitID: entries[index].unit.id, leaderRank: leaderRank,
                                             registrations: registrations, excluded: excluded, lostTies: lostTies,
                                             used: used[slot], limit: limit) {
                        skipped[index].append(blocker)
                    } else {
                        candidates.append(index)
                    }
                }
                guard !candidates.isEmpty else { continue }
                let remaining = limit.map { $0 - used[slot] }
                let tied = remaining.map { candidates.count > $0 } ?? false
                for index in candidates { assigned[index] = (rule.code, tied) }
                if tied, let remaining {
                    ties.append(Tie(award: rule.code, rank: entries[candidates[0]].rank, unitIDs: candidates.map { entries[$0].unit.id },
                                    places: remaining))
                }
                used[slot] += tied ? (remaining ?? 0) : candidates.count
                // Candidates are taken from `open` in its order: what is left is the rest.
                open = open.filter { !candidates.contains($0) }
                if open.isEmpty { break }
            }
        }

        let proposals = entries.indices.map { index in
            let entry = entries[index]
            var reasons: [ProposalReason] = []
            reasons.reserveCapacity(5 + skipped[index].count)
            reasons += [.rank(entry.rank, of: ranking.count), .total(entry.result.total), .classification(entry.result.classification)]
            if let (cause, note) = rules.eligibility.barringCause(entry.unit.eligibility) {
                reasons.append(rules.eligibility.treatment == .deferred ? .deferred(cause, note: note) : .ineligible(cause, note: note))
                return AwardProposal(unitID: entry.unit.id, award: nil, tiedForQuota: false, reasons: reasons)
            }
            reasons += skipped[index]
            guard let (award, tied) = assigned[index] else {
                return AwardProposal(unitID: entry.unit.id, award: nil, tiedForQuota: false, reasons: reasons)
            }
            if rules.award(code: award)?.requiresRegistration == true { reasons.append(.registered(award: award)) }
            if tied { reasons.append(.tiedNeedsVote(award: award)) }
            return AwardProposal(unitID: entry.unit.id, award: award, tiedForQuota: tied, reasons: reasons)
        }
        return (proposals, ties)
    }

    /// An award's conditions as the walk reads them.
    private struct AwardCondition {
        var code: String
        /// Where its places used are counted.
        var slot: Int
        var limit: Int?
        var leaderOnly: Bool
        var minimumClassification: Classification
        var requiresRegistration: Bool
    }

    /// The first condition of `rule` the unit fails, or nil when it is a candidate.
    private static func blocker(
        rule: AwardCondition, rank: Int, classification: Classification, unitID: MemberUnit.ID, leaderRank: Int?,
        registrations: [MemberUnit.ID: Set<String>], excluded: Set<Candidacy>, lostTies: Set<Candidacy>, used: Int, limit: Int?
    ) -> ProposalReason? {
        if rule.leaderOnly && rank != leaderRank { return .notLeader(award: rule.code) }
        if classification < rule.minimumClassification {
            return .belowClassification(award: rule.code, required: rule.minimumClassification)
        }
        if rule.requiresRegistration && !(registrations[unitID]?.contains(rule.code) ?? false) {
            return .notRegistered(award: rule.code)
        }
        let candidacy = Candidacy(unitID: unitID, award: rule.code)
        if excluded.contains(candidacy) { return .voteFailed(award: rule.code) }
        if lostTies.contains(candidacy) { return .tieLostVote(award: rule.code) }
        if let limit, used >= limit { return .quotaUsed(award: rule.code) }
        return nil
    }
}
