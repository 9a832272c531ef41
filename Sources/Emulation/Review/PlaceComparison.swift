/// Where a unit lost points to the unit ranked just above it: the gap in total, and each item,
/// bonus or deduction where it scored less, largest loss first.
public struct PlaceComparison: Hashable, Sendable {
    public struct Difference: Hashable, Sendable {
        public enum Part: Hashable, Sendable {
            case item(code: String, title: String)
            case bonus
            case deduction
        }

        public var part: Part
        public var own: Points
        public var above: Points
        /// Points the unit is behind on this part (positive: it lost them here).
        public var loss: Points
    }

    public var unit: RankedUnit
    public var above: RankedUnit
    /// above.total − unit.total.
    public var gap: Points
    /// Parts where the unit is behind, largest loss first.
    public var losses: [Difference]
    /// Parts where the unit is ahead (negative loss), largest gain first.
    public var gains: [Difference]

    /// nil for the first unit of the ranking.
    public init?(unitID: MemberUnit.ID, ranking: Ranking, tree: CriteriaTree) {
        guard let index = ranking.entries.firstIndex(where: { $0.unit.id == unitID }), index > 0 else { return nil }
        let unit = ranking.entries[index]
        let above = ranking.entries[index - 1]
        var differences: [Difference] = tree.items.map { item in
            let own = unit.result.finalItem(item.code) ?? .zero
            let theirs = above.result.finalItem(item.code) ?? .zero
            return Difference(part: .item(code: item.code, title: item.title), own: own, above: theirs, loss: theirs - own)
        }
        differences.append(Difference(part: .bonus, own: unit.result.bonus, above: above.result.bonus, loss: above.result.bonus - unit.result.bonus))
        // A larger deduction is a loss.
        differences.append(Difference(part: .deduction, own: unit.result.deduction, above: above.result.deduction,
                                      loss: unit.result.deduction - above.result.deduction))
        self.unit = unit
        self.above = above
        self.gap = above.result.total - unit.result.total
        self.losses = differences.filter { $0.loss > .zero }.sorted { $0.loss > $1.loss }
        self.gains = differences.filter { $0.loss < .zero }.sorted { $0.loss < $1.loss }
    }
}
