/// The meeting's vote on one proposal.
public struct VoteTally: Hashable, Sendable {
    public var unitID: MemberUnit.ID
    public var award: String
    public var present: Int
    public var votesFor: Int
    public var votesAgainst: Int
    /// The count record (biên bản kiểm phiếu) of a secret ballot: ballots taken from the box and,
    /// of those, the invalid ones. nil until the counting board's record is entered.
    public var ballots: Int?
    public var invalid: Int?

    public init(unitID: MemberUnit.ID, award: String, present: Int, votesFor: Int, votesAgainst: Int, ballots: Int? = nil, invalid: Int? = nil) {
        self.ballots = ballots
        self.invalid = invalid
        self.unitID = unitID
        self.award = award
        self.present = present
        self.votesFor = votesFor
        self.votesAgainst = votesAgainst
    }

    public enum Problem: Hashable, Sendable, Error {
        case negativeCount
        case moreVotesThanPresent(present: Int, cast: Int)
        case morePresentThanMembers(present: Int, members: Int)
        /// More ballots in the box than members present.
        case moreBallotsThanPresent(ballots: Int, present: Int)
        /// For, against and invalid do not add up to the ballots counted.
        case ballotsDoNotAddUp(ballots: Int, counted: Int)
        /// Invalid ballots given without the number of ballots.
        case invalidWithoutBallots
    }

    /// Whether the counting board's record is entered.
    public var hasCountRecord: Bool { ballots != nil }

    public func problems(memberCount: Int) -> [Problem] {
        var problems: [Problem] = []
        if present < 0 || votesFor < 0 || votesAgainst < 0 { problems.append(.negativeCount) }
        if votesFor + votesAgainst > present { problems.append(.moreVotesThanPresent(present: present, cast: votesFor + votesAgainst)) }
        if present > memberCount { problems.append(.morePresentThanMembers(present: present, members: memberCount)) }
        if let ballots {
            if ballots < 0 || (invalid ?? 0) < 0 { if !problems.contains(.negativeCount) { problems.append(.negativeCount) } }
            if ballots > present { problems.append(.moreBallotsThanPresent(ballots: ballots, present: present)) }
            let counted = votesFor + votesAgainst + (invalid ?? 0)
            if counted != ballots { problems.append(.ballotsDoNotAddUp(ballots: ballots, counted: counted)) }
        } else if invalid != nil {
            problems.append(.invalidWithoutBallots)
        }
        return problems
    }

    public enum Result: Hashable, Sendable {
        case passed
        case noQuorum
        case rejected
    }

    /// Passes when present ≥ quorum × members and votes for are above the threshold of those
    /// present, or of all members when the rule set's vote base says so.
    public func result(rules: RuleSet, memberCount: Int) -> Result {
        guard present > 0, rules.quorum.isReached(part: present, of: memberCount) else { return .noQuorum }
        let base = rules.voteBase == .present ? present : memberCount
        return rules.passThreshold.isExceeded(part: votesFor, of: base) ? .passed : .rejected
    }
}
