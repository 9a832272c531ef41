/// A unit's computed totals for one cluster-year.
public struct UnitResult: Hashable, Sendable {
    public var unit: MemberUnit
    /// The final score per item under the rule set's `finalScore`; missing items are absent.
    public var finalItems: [String: Points]
    /// Subtotal per major criterion code.
    public var majorSubtotals: [String: Points]
    public var bonus: Points
    public var deduction: Points
    /// Sum of final items + bonus − deduction, never below 0.
    public var total: Points
    public var classification: Classification
    /// Items with no score in either round.
    public var missingItems: [String]

    public func subtotal(major code: String) -> Points { majorSubtotals[code] ?? .zero }
}

extension UnitResult {
    public static func compute(unit: MemberUnit, scores: UnitScores, tree: CriteriaTree, rules: RuleSet) -> UnitResult {
        var finalItems: [String: Points] = [:]
        var subtotals: [String: Points] = [:]
        var missing: [String] = []
        for major in tree.majors {
            var subtotal = Points.zero
            for item in major.leaves {
                if let value = scores.final(item: item.code, rule: rules.finalScore) {
                    finalItems[item.code] = value
                    subtotal += value
                } else {
                    missing.append(item.code)
                }
            }
            subtotals[major.code] = subtotal
        }
        let bonus = scores.bonus?.points ?? .zero
        let deduction = scores.deduction?.points ?? .zero
        let raw = subtotals.values.sum() + bonus - deduction
        let total = max(raw, .zero)
        return UnitResult(
            unit: unit, finalItems: finalItems, majorSubtotals: subtotals, bonus: bonus, deduction: deduction,
            total: total, classification: rules.bands.classify(total), missingItems: missing
        )
    }
}
