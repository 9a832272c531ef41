/// The whole year-end review of a cluster-year: totals, ranking, the award walk, and the votes
/// with their cascade. A proposal voted down frees its place, and the walk is redone until
/// no recorded vote changes the outcome.
public struct Review: Hashable, Sendable {
    public var ranking: Ranking
    public private(set) var proposals: [AwardProposal]
    private var proposalPositions: [MemberUnit.ID: Int]
    /// Votes on current proposals and on proposals they voted down, with their results.
    public var votes: [AppliedVote]

    public struct AppliedVote: Hashable, Sendable {
        public var tally: VoteTally
        public var result: VoteTally.Result
    }

    public init(
        units: [MemberUnit], scores: [MemberUnit.ID: UnitScores], tree: CriteriaTree, rules: RuleSet,
        registrations: [MemberUnit.ID: Set<String>], votes: [VoteTally] = []
    ) {
        let results = units.map { UnitResult.compute(unit: $0, scores: scores[$0.id] ?? UnitScores(), tree: tree, rules: rules) }
        let ranking = Ranking(results: results, rules: rules)
        let memberCount = units.count
        var excluded: Set<Candidacy> = []
        var proposals = AwardWalk.propose(ranking: ranking, rules: rules, registrations: registrations, memberCount: memberCount)
        // Each pass can only add exclusions, so this ends after at most one pass per vote.
        while true {
            let current = Set(proposals.compactMap { proposal in proposal.award.map { Candidacy(unitID: proposal.unitID, award: $0) } })
            let newlyFailed = votes.filter { vote in
                let candidacy = Candidacy(unitID: vote.unitID, award: vote.award)
                // Without a quorum the meeting decided nothing: the proposal stands until a valid vote.
                return current.contains(candidacy) && !excluded.contains(candidacy)
                    && vote.result(rules: rules, memberCount: memberCount) == .rejected
            }
            if newlyFailed.isEmpty { break }
            for vote in newlyFailed { excluded.insert(Candidacy(unitID: vote.unitID, award: vote.award)) }
            proposals = AwardWalk.propose(ranking: ranking, rules: rules, registrations: registrations,
                                          memberCount: memberCount, excluded: excluded)
        }
        let finalProposals = Set(proposals.compactMap { proposal in proposal.award.map { Candidacy(unitID: proposal.unitID, award: $0) } })
        self.ranking = ranking
        self.proposals = proposals
        self.proposalPositions = Dictionary(uniqueKeysWithValues: proposals.enumerated().map { ($1.unitID, $0) })
        self.votes = votes
            .filter { finalProposals.contains(Candidacy(unitID: $0.unitID, award: $0.award)) || excluded.contains(Candidacy(unitID: $0.unitID, award: $0.award)) }
            .map { AppliedVote(tally: $0, result: $0.result(rules: rules, memberCount: memberCount)) }
    }

    public func proposal(unitID: MemberUnit.ID) -> AwardProposal? { proposalPositions[unitID].map { proposals[$0] } }
}
