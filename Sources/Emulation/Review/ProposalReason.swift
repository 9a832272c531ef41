/// A reason, as data, for a proposal or for "not proposed"; the user interface puts it into words.
public enum ProposalReason: Hashable, Sendable {
    case rank(Int, of: Int)
    case total(Points)
    case classification(Classification)
    case tiedNeedsVote(award: String)
    case registered(award: String)
    /// Barred by the cause, and not proposed this year.
    case ineligible(Eligibility.Cause, note: String)
    /// Barred by the cause, and not yet considered ("chưa xét"): the rule set defers such units.
    case deferred(Eligibility.Cause, note: String)
    /// Why an award was out of reach for this unit:
    case notRegistered(award: String)
    case notLeader(award: String)
    case belowClassification(award: String, required: Classification)
    case quotaUsed(award: String)
    case voteFailed(award: String)
    /// Tied for the last places of the award: its proposal passed, but others had more votes
    /// for and took the places (đồng hạng, ít phiếu hơn).
    case tieLostVote(award: String)
}

/// The outcome of the award walk for one unit.
public struct AwardProposal: Hashable, Sendable {
    public var unitID: MemberUnit.ID
    /// The award code proposed, or nil for "not proposed".
    public var award: String?
    /// The unit shares its rank with others where the quota ran out: all are listed, and the vote
    /// settles it. Once every tied unit has a valid vote, those with the most votes for keep the
    /// places and the others drop to a lower award (`ProposalReason.tieLostVote`); votes for that
    /// are equal at the cut leave the tie open.
    public var tiedForQuota: Bool
    /// The unit's place, total and class: the first reasons of every proposal.
    private var standing: Standing
    /// The reasons after them (a bar, the awards out of reach, the registration, the tie); a
    /// list many units share is one array, not a copy per unit.
    private var details: [ProposalReason]

    struct Standing: Hashable, Sendable {
        var rank: Int
        var of: Int
        var total: Points
        var classification: Classification
    }

    init(unitID: MemberUnit.ID, award: String?, tiedForQuota: Bool, standing: Standing, details: [ProposalReason]) {
        self.unitID = unitID
        self.award = award
        self.tiedForQuota = tiedForQuota
        self.standing = standing
        self.details = details
    }

    /// Why, in order: rank, total, classification, then what barred the unit or kept it from
    /// each higher award, the registration and the tie.
    public var reasons: [ProposalReason] {
        [.rank(standing.rank, of: standing.of), .total(standing.total), .classification(standing.classification)] + details
    }
}
