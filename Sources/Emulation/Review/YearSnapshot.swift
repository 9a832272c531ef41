
/// Everything of one cluster-year, read in one transaction: what the screens, the ranking
/// and the exports work from.
public struct YearSnapshot: Hashable, Sendable {
    public var reference: ClusterYearReference
    public var cluster: Cluster
    public var note: String
    public var rules: RuleSet
    public var tree: CriteriaTree
    /// The members in roster order, with this year's eligibility.
    public var units: [MemberUnit]
    public var memberships: [Membership]
    public var scores: [MemberUnit.ID: UnitScores]
    public var notes: [MemberUnit.ID: [String: String]]
    public var pledge: Pledge
    public var votes: [VoteTally]
    /// An admin allowed the grid to change although scoring has started.
    public var criteriaUnlocked = false
    /// Members of this year marked inactive, in roster order: kept with their records and shown
    /// on the roster, but not in `units`/`memberships`, so the grid, the ranking and the pledge
    /// checklist leave them out.
    public var inactiveUnits: [MemberUnit] = []
    /// Every hand-over recorded for the cluster, ordered by the year it is for.
    public var handovers: [Handover] = []
    /// The year-end review meeting, for its minutes; empty until recorded.
    public var meeting: MeetingRecord = MeetingRecord()
    /// The province's decisions on this year's proposals, by unit.
    public var decisions: [MemberUnit.ID: AwardDecision] = [:]

    public init(
        reference: ClusterYearReference, cluster: Cluster, note: String, rules: RuleSet, tree: CriteriaTree, units: [MemberUnit],
        memberships: [Membership], scores: [MemberUnit.ID: UnitScores], notes: [MemberUnit.ID: [String: String]], pledge: Pledge,
        votes: [VoteTally]
    ) {
        self.reference = reference
        self.cluster = cluster
        self.note = note
        self.rules = rules
        self.tree = tree
        self.units = units
        self.memberships = memberships
        self.scores = scores
        self.notes = notes
        self.pledge = pledge
        self.votes = votes
    }

    /// A member by name, as `UnitIndex` finds it (for many lookups, build one index instead).
    public func unit(named name: String) -> MemberUnit? { UnitIndex(units).unit(named: name) }

    /// The grid may change only before scoring starts, or once an admin unlocked it.
    public var criteriaLocked: Bool {
        if criteriaUnlocked { return false }
        return reference.status != .pledge || scores.values.contains { $0.hasScores(in: .selfAssessment) || $0.hasScores(in: .cluster) }
    }

    public func review() -> Review {
        Review(units: units, scores: scores, tree: tree, rules: rules, registrations: pledge.registrations, votes: votes)
    }

    /// Entered cells of a round out of units × items.
    public func progress(round: ScoreRound) -> (entered: Int, total: Int) {
        let layout = tree.layout
        let entered = units.reduce(0) { sum, unit in sum + (scores[unit.id]?.enteredCount(in: round, of: layout) ?? 0) }
        return (entered, units.count * layout.itemCount)
    }
}

