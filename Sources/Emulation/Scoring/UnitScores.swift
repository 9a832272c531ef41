/// Every score of one unit in one cluster-year: items per round, bonus and deduction.
///
/// Kept by item position in a layout shared by the year (its tree's), not in dictionaries
/// keyed by code: loading and ranking a province's year reads and adds 300,000 scores, and
/// hashing each code was most of that work. A code outside the layout (a score on an item
/// the tree does not list) extends this unit's layout, so nothing entered is ever dropped.
public struct UnitScores: Hashable, Sendable {
    public private(set) var layout: ItemLayout
    /// Hundredths by position, `Self.none` where the round has no score; empty until the
    /// round's first score.
    private var own: [Int]
    private var theirs: [Int]
    public var bonus: Adjustment?
    public var deduction: Adjustment?

    private static let none = Int.min

    /// Empty scores laid out like `layout` (a year's tree).
    public init(layout: ItemLayout) {
        self.layout = layout
        own = []
        theirs = []
    }

    public init(
        selfAssessment: [String: Points] = [:], cluster: [String: Points] = [:],
        bonus: Adjustment? = nil, deduction: Adjustment? = nil
    ) {
        self.init(layout: ItemLayout(codes: (Array(selfAssessment.keys) + Array(cluster.keys)).sorted()))
        for (item, points) in selfAssessment { set(points, item: item, round: .selfAssessment) }
        for (item, points) in cluster { set(points, item: item, round: .cluster) }
        self.bonus = bonus
        self.deduction = deduction
    }

    /// The unit's own scores by item code.
    public var selfAssessment: [String: Points] {
        get { scores(in: .selfAssessment) }
        set { replace(.selfAssessment, with: newValue) }
    }

    /// The cluster's scores by item code.
    public var cluster: [String: Points] {
        get { scores(in: .cluster) }
        set { replace(.cluster, with: newValue) }
    }

    /// A round's scores by item code (a dictionary built for the caller: for one score, `score`).
    public func scores(in round: ScoreRound) -> [String: Points] {
        var scores: [String: Points] = [:]
        for (position, hundredths) in values(round).enumerated() where hundredths != Self.none {
            scores[layout.codes[position]] = Points(hundredths: hundredths)
        }
        return scores
    }

    public func score(_ item: String, in round: ScoreRound) -> Points? {
        layout.position(of: item).flatMap { score(at: $0, in: round) }
    }

    /// The score at a position of `layout`.
    public func score(at position: Int, in round: ScoreRound) -> Points? {
        let values = values(round)
        guard position < values.count, values[position] != Self.none else { return nil }
        return Points(hundredths: values[position])
    }

    /// The score of the item at `position` of a tree's layout: read by position when these scores
    /// are laid out by it (a loaded year), else by the item's code.
    public func score(at position: Int, of items: ItemLayout, in round: ScoreRound) -> Points? {
        items === layout ? score(at: position, in: round) : score(items.codes[position], in: round)
    }

    /// Whether the round has any score.
    public func hasScores(in round: ScoreRound) -> Bool { values(round).contains { $0 != Self.none } }

    /// How many of a tree's items (given by its layout) the round has a score for.
    public func enteredCount(in round: ScoreRound, of items: ItemLayout) -> Int {
        if items === layout { return values(round).prefix(layout.itemCount).reduce(0) { $0 + ($1 == Self.none ? 0 : 1) } }
        return items.codes.prefix(items.itemCount).reduce(0) { $0 + (score($1, in: round) == nil ? 0 : 1) }
    }

    /// How many of a tree's items (given by its layout) have a final score under `rule`.
    public func finalCount(of items: ItemLayout, rule: FinalScoreRule) -> Int {
        if items === layout { return (0..<layout.itemCount).reduce(0) { $0 + (final(at: $1, rule: rule) == nil ? 0 : 1) } }
        return items.codes.prefix(items.itemCount).reduce(0) { $0 + (final(item: $1, rule: rule) == nil ? 0 : 1) }
    }

    /// The codes of a tree's items (given by its layout) the round has no score for, in grid order.
    public func missing(in round: ScoreRound, of items: ItemLayout) -> [String] {
        if items === layout {
            return (0..<layout.itemCount).filter { score(at: $0, in: round) == nil }.map { layout.codes[$0] }
        }
        return items.codes.prefix(items.itemCount).filter { score($0, in: round) == nil }
    }

    public mutating func set(_ points: Points?, item: String, round: ScoreRound) {
        let position: Int
        if let known = layout.position(of: item) {
            position = known
        } else {
            guard points != nil else { return }
            layout = layout.adding(item)
            position = layout.codes.count - 1
        }
        set(points, at: position, round: round)
    }

    /// Sets the score at a position of `layout`.
    public mutating func set(_ points: Points?, at position: Int, round: ScoreRound) {
        let value = points?.hundredths ?? Self.none
        switch round {
        case .selfAssessment: Self.store(value, at: position, in: &own, count: layout.codes.count)
        case .cluster: Self.store(value, at: position, in: &theirs, count: layout.codes.count)
        }
    }

    private static func store(_ value: Int, at position: Int, in values: inout [Int], count: Int) {
        if position >= values.count {
            if value == none { return }
            values += repeatElement(none, count: count - values.count)
        }
        values[position] = value
    }

    private mutating func replace(_ round: ScoreRound, with scores: [String: Points]) {
        switch round {
        case .selfAssessment: own = []
        case .cluster: theirs = []
        }
        for (item, points) in scores { set(points, item: item, round: round) }
    }

    private func values(_ round: ScoreRound) -> [Int] {
        switch round {
        case .selfAssessment: return own
        case .cluster: return theirs
        }
    }

    /// The score that counts under the rule set's `finalScore` (by default the cluster's where
    /// entered, else the unit's own).
    public func final(item: String, rule: FinalScoreRule) -> Points? {
        guard let position = layout.position(of: item) else { return nil }
        return final(at: position, rule: rule)
    }

    public func final(at position: Int, rule: FinalScoreRule) -> Points? {
        rule.final(selfScore: score(at: position, in: .selfAssessment), clusterScore: score(at: position, in: .cluster))
    }

    /// The final score of the item at `position` of a tree's layout (see `score(at:of:in:)`).
    public func final(at position: Int, of items: ItemLayout, rule: FinalScoreRule) -> Points? {
        items === layout ? final(at: position, rule: rule) : final(item: items.codes[position], rule: rule)
    }

    /// Whether the self and cluster scores of an item differ by at least the rule set's share
    /// of the item's maximum, so the meeting looks at it.
    public func hasGap(item: Criterion, rules: RuleSet) -> Bool {
        guard let position = layout.position(of: item.code) else { return false }
        return hasGap(item: item, at: position, of: layout, rules: rules)
    }

    /// `hasGap` of the item at `position` of a tree's layout (see `score(at:of:in:)`): read by
    /// position, without looking its code up, when these scores are laid out by it.
    public func hasGap(item: Criterion, at position: Int, of items: ItemLayout, rules: RuleSet) -> Bool {
        guard let own = score(at: position, of: items, in: .selfAssessment), let theirs = score(at: position, of: items, in: .cluster) else { return false }
        // |own - theirs| >= percent% of maximum, in integers: 100 * gap >= percent * maximum.
        return 100 * (own - theirs).magnitude.hundredths >= rules.gapFlagPercent * item.maximum.hundredths
    }

    /// Equal when every score, bonus and deduction is, whatever the layouts.
    public static func == (lhs: UnitScores, rhs: UnitScores) -> Bool {
        guard lhs.bonus == rhs.bonus, lhs.deduction == rhs.deduction else { return false }
        // Laid out alike (one year's scores, or two loads of it): compared by position.
        if lhs.layout === rhs.layout || lhs.layout.codes == rhs.layout.codes {
            return ScoreRound.allCases.allSatisfy { round in
                let (left, right) = (lhs.values(round), rhs.values(round))
                return (0..<max(left.count, right.count)).allSatisfy { lhs.score(at: $0, in: round) == rhs.score(at: $0, in: round) }
            }
        }
        return lhs.selfAssessment == rhs.selfAssessment && lhs.cluster == rhs.cluster
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(selfAssessment)
        hasher.combine(cluster)
        hasher.combine(bonus)
        hasher.combine(deduction)
    }
}
