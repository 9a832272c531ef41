/// The whole year-end review of a cluster-year: totals, ranking, the award walk, and the votes
/// with their cascade. A proposal voted down frees its place, and the walk is redone until
/// no recorded vote changes the outcome. Units tied where a quota ran out are settled by their
/// votes once every one of them has a valid vote: the most votes for keep the places.
public struct Review: Hashable, Sendable {
    public var ranking: Ranking
    /// One per entry of the ranking, in its order.
    public private(set) var proposals: [AwardProposal]
    /// Votes on current proposals and on proposals they voted down or lost on a tie, with their results.
    public var votes: [AppliedVote]

    public struct AppliedVote: Hashable, Sendable {
        public var tally: VoteTally
        public var result: VoteTally.Result
    }

    public init(
        units: [MemberUnit], scores: [MemberUnit.ID: UnitScores], tree: CriteriaTree, rules: RuleSet,
        registrations: [MemberUnit.ID: Set<String>], votes: [VoteTally] = []
    ) {
        let results = units.map { UnitResult.compute(unit: $0, scores: scores[$0.id] ?? UnitScores(layout: tree.layout), tree: tree, rules: rules) }
        self.init(ranking: Ranking(results: results, rules: rules), rules: rules, registrations: registrations, votes: votes)
    }

    /// The review after one unit's scores changed (a confirmed cell): only its result is computed
    /// again and moved to its place in the ranking; the award walk and the votes follow from
    /// that ranking as from any other. The same review as one built from every unit's scores.
    public func updating(unit: MemberUnit, scores: UnitScores, tree: CriteriaTree, rules: RuleSet,
                         registrations: [MemberUnit.ID: Set<String>], votes: [VoteTally]) -> Review? {
        var review = self
        return review.update(unit: unit, scores: scores, tree: tree, rules: rules, registrations: registrations, votes: votes) ? review : nil
    }

    /// `updating` in place: the ranking's entries are moved, not copied, when this review is
    /// their only holder (the screens' review, after a confirmed cell). False, and unchanged,
    /// when the unit is not in the ranking.
    public mutating func update(unit: MemberUnit, scores: UnitScores, tree: CriteriaTree, rules: RuleSet,
                                registrations: [MemberUnit.ID: Set<String>], votes: [VoteTally]) -> Bool {
        let result = UnitResult.compute(unit: unit, scores: scores, tree: tree, rules: rules)
        guard ranking.update(result, rules: rules) else { return false }
        self = Review(ranking: ranking, rules: rules, registrations: registrations, votes: votes)
        return true
    }

    /// The award walk and the votes on a ranking of every member.
    init(ranking: Ranking, rules: RuleSet, registrations: [MemberUnit.ID: Set<String>], votes: [VoteTally]) {
        let memberCount = ranking.count
        // One vote per unit and award; a later tally of the same proposal replaces an earlier one.
        var latest: [Candidacy: VoteTally] = [:]
        for vote in votes { latest[Candidacy(unitID: vote.unitID, award: vote.award)] = vote }
        func result(_ candidacy: Candidacy) -> VoteTally.Result? {
            latest[candidacy]?.result(rules: rules, memberCount: memberCount)
        }

        var excluded: Set<Candidacy> = []
        var lostTies: Set<Candidacy> = []
        func walk() -> (proposals: [AwardProposal], ties: [AwardWalk.Tie]) {
            AwardWalk.walk(ranking: ranking, rules: rules, registrations: registrations, memberCount: memberCount,
                           excluded: excluded, lostTies: lostTies)
        }
        var outcome = walk()
        // Each pass adds at least one exclusion, so this ends after at most one pass per vote.
        // Proposals voted down are applied first, as they change how many places are left below;
        // then one tie at a time, in walk order, since the units a tie drops move into lower awards
        // and can change the places left for a tie further down.
        while true {
            // Without a quorum the meeting decided nothing: the proposal stands until a valid vote.
            let newlyFailed = outcome.proposals.compactMap { proposal in
                proposal.award.map { Candidacy(unitID: proposal.unitID, award: $0) }
            }.filter { result($0) == .rejected }
            if !newlyFailed.isEmpty {
                excluded.formUnion(newlyFailed)
            } else if let losers = outcome.ties.lazy.compactMap({ Self.losers(of: $0, votes: latest, result: result) }).first {
                lostTies.formUnion(losers)
            } else {
                break
            }
            outcome = walk()
        }
        let proposals = outcome.proposals
        let finalProposals = Set(proposals.compactMap { proposal in proposal.award.map { Candidacy(unitID: proposal.unitID, award: $0) } })
        self.ranking = ranking
        self.proposals = proposals
        self.votes = votes
            .filter { vote in
                let candidacy = Candidacy(unitID: vote.unitID, award: vote.award)
                return finalProposals.contains(candidacy) || excluded.contains(candidacy) || lostTies.contains(candidacy)
            }
            .map { AppliedVote(tally: $0, result: $0.result(rules: rules, memberCount: memberCount)) }
    }

    /// The tied units that lose the award on votes for, or nil while the tie stays open: some
    /// tied unit has no valid vote yet, or the votes for are equal where the places run out.
    private static func losers(
        of tie: AwardWalk.Tie, votes: [Candidacy: VoteTally], result: (Candidacy) -> VoteTally.Result?
    ) -> [Candidacy]? {
        var passed: [(candidacy: Candidacy, votesFor: Int)] = []
        for unitID in tie.unitIDs {
            let candidacy = Candidacy(unitID: unitID, award: tie.award)
            switch result(candidacy) {
            case .passed?: passed.append((candidacy, votes[candidacy]?.votesFor ?? 0))
            case .rejected?: continue // voted down: leaves the tie on the next pass anyway
            case .noQuorum?, nil: return nil
            }
        }
        passed.sort { $0.votesFor > $1.votesFor }
        let places = tie.places
        guard places > 0, passed.count > places, passed[places - 1].votesFor != passed[places].votesFor else { return nil }
        return passed[places...].map(\.candidacy)
    }

    /// A unit's proposal, found where the unit stands in the ranking (the walk proposes down the ranking).
    public func proposal(unitID: MemberUnit.ID) -> AwardProposal? { ranking.position(of: unitID).map { proposals[$0] } }
}
