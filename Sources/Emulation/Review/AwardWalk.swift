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
        // Entries read in place: an array's subscript copies the entry (its result, its unit's
        // names) for every field read.
        ranking.entries.withUnsafeBufferPointer { entries in
            walk(entries, count: ranking.count, rules: rules, registrations: registrations, memberCount: memberCount, excluded: excluded,
                 lostTies: lostTies)
        }
    }

    private static func walk(
        _ entries: UnsafeBufferPointer<RankedUnit>, count: Int, rules: RuleSet, registrations: [MemberUnit.ID: Set<String>],
        memberCount: Int, excluded: Set<Candidacy>, lostTies: Set<Candidacy>
    ) -> (proposals: [AwardProposal], ties: [Tie]) {
        // What kept each unit from each award, as a list shared by every unit kept the same
        // way (most units of a province share a few lists): 10,000 arrays were most of a
        // review's memory.
        var blockers = BlockerLists()
        var skipped = [Int](repeating: BlockerLists.empty, count: entries.count)
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
        // Three buffers for every group, not arrays made per group and award (a walk of a
        // province's ranking has thousands of groups).
        var open: [Int] = []
        var candidates: [Int] = []
        var rest: [Int] = []
        var groupStart = 0
        while groupStart < eligible.count {
            var groupEnd = groupStart + 1
            while groupEnd < eligible.count && entries[eligible[groupEnd]].rank == entries[eligible[groupStart]].rank { groupEnd += 1 }
            open.removeAll(keepingCapacity: true)
            open.append(contentsOf: eligible[groupStart..<groupEnd])
            groupStart = groupEnd
            for (ruleIndex, rule) in awards.enumerated() {
                let slot = rule.slot
                let limit = rule.limit
                candidates.removeAll(keepingCapacity: true)
                rest.removeAll(keepingCapacity: true)
                for index in open {
                    if let blocker = blocker(rule: rule, rank: entries[index].rank, classification: entries[index].result.classification,
                                             unitID: entries[index].result.unit.id, leaderRank: leaderRank,
                                             registrations: registrations, excluded: excluded, lostTies: lostTies,
                                             used: used[slot], limit: limit) {
                        skipped[index] = blockers.appending(blocker, of: ruleIndex, to: skipped[index]) { blocker.reason(rule) }
                        rest.append(index)
                    } else {
                        candidates.append(index)
                    }
                }
                guard !candidates.isEmpty else { continue }
                let remaining = limit.map { $0 - used[slot] }
                let tied = remaining.map { candidates.count > $0 } ?? false
                for index in candidates { assigned[index] = (rule.code, tied) }
                if tied, let remaining {
                    ties.append(Tie(award: rule.code, rank: entries[candidates[0]].rank, unitIDs: candidates.map { entries[$0].result.unit.id },
                                    places: remaining))
                }
                used[slot] += tied ? (remaining ?? 0) : candidates.count
                // Candidates are taken from `open` in its order: what is left is the rest.
                swap(&open, &rest)
                if open.isEmpty { break }
            }
        }

        let proposals = entries.indices.map { index in
            let unitID = entries[index].result.unit.id
            let standing = AwardProposal.Standing(rank: entries[index].rank, of: count, total: entries[index].result.total,
                                                  classification: entries[index].result.classification)
            if let (cause, note) = rules.eligibility.barringCause(entries[index].unit.eligibility) {
                let barred: ProposalReason = rules.eligibility.treatment == .deferred ? .deferred(cause, note: note) : .ineligible(cause, note: note)
                return AwardProposal(unitID: unitID, award: nil, tiedForQuota: false, standing: standing, details: [barred])
            }
            var details = blockers.list(skipped[index])
            guard let (award, tied) = assigned[index] else {
                return AwardProposal(unitID: unitID, award: nil, tiedForQuota: false, standing: standing, details: details)
            }
            if rules.award(code: award)?.requiresRegistration == true { details.append(.registered(award: award)) }
            if tied { details.append(.tiedNeedsVote(award: award)) }
            return AwardProposal(unitID: unitID, award: award, tiedForQuota: tied, standing: standing, details: details)
        }
        return (proposals, ties)
    }

    /// Lists of blockers, each kept once: a unit's list is a number, and adding a blocker to a
    /// list another unit already extended the same way gives that unit's list.
    private struct BlockerLists {
        static let empty = 0
        private var lists: [[ProposalReason]] = [[]]
        private var extended: [Extension: Int] = [:]

        private struct Extension: Hashable {
            var list: Int
            var award: Int
            var blocker: Blocker
        }

        /// The list `list` with the blocker of the `award`-th award after it; `reason` words it
        /// when no unit had that list yet.
        mutating func appending(_ blocker: Blocker, of award: Int, to list: Int, reason: () -> ProposalReason) -> Int {
            let key = Extension(list: list, award: award, blocker: blocker)
            if let known = extended[key] { return known }
            lists.append(lists[list] + [reason()])
            extended[key] = lists.count - 1
            return lists.count - 1
        }

        func list(_ number: Int) -> [ProposalReason] { lists[number] }
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

    /// Which condition of an award kept a unit from it.
    private enum Blocker: Hashable {
        case notLeader, belowClassification, notRegistered, voteFailed, tieLostVote, quotaUsed

        func reason(_ rule: AwardCondition) -> ProposalReason {
            switch self {
            case .notLeader: return .notLeader(award: rule.code)
            case .belowClassification: return .belowClassification(award: rule.code, required: rule.minimumClassification)
            case .notRegistered: return .notRegistered(award: rule.code)
            case .voteFailed: return .voteFailed(award: rule.code)
            case .tieLostVote: return .tieLostVote(award: rule.code)
            case .quotaUsed: return .quotaUsed(award: rule.code)
            }
        }
    }

    /// The first condition of `rule` the unit fails, or nil when it is a candidate.
    private static func blocker(
        rule: AwardCondition, rank: Int, classification: Classification, unitID: MemberUnit.ID, leaderRank: Int?,
        registrations: [MemberUnit.ID: Set<String>], excluded: Set<Candidacy>, lostTies: Set<Candidacy>, used: Int, limit: Int?
    ) -> Blocker? {
        if rule.leaderOnly && rank != leaderRank { return .notLeader }
        if classification < rule.minimumClassification { return .belowClassification }
        if rule.requiresRegistration && !(registrations[unitID]?.contains(rule.code) ?? false) { return .notRegistered }
        if !excluded.isEmpty || !lostTies.isEmpty {
            let candidacy = Candidacy(unitID: unitID, award: rule.code)
            if excluded.contains(candidacy) { return .voteFailed }
            if lostTies.contains(candidacy) { return .tieLostVote }
        }
        if let limit, used >= limit { return .quotaUsed }
        return nil
    }
}
