/// A unit's computed totals for one cluster-year.
public struct UnitResult: Hashable, Sendable {
    public var unit: MemberUnit
    /// The tree's layout: `finals` by item position, `subtotals` by major position.
    let layout: ItemLayout
    /// The final score's hundredths per item position; `missing` where neither round has one.
    private var finals: [Int]
    private var subtotals: [Points]
    public var bonus: Points
    public var deduction: Points
    /// Sum of final items + bonus − deduction, never below 0.
    public var total: Points
    public var classification: Classification

    private static let missing = Int.min

    /// The final score of an item under the rule set's `finalScore`; nil when it has none.
    public func finalItem(_ code: String) -> Points? {
        guard let position = layout.position(of: code), position < finals.count, finals[position] != Self.missing else { return nil }
        return Points(hundredths: finals[position])
    }

    /// The final score per item; missing items are absent.
    public var finalItems: [String: Points] {
        var items: [String: Points] = [:]
        for (position, hundredths) in finals.enumerated() where hundredths != Self.missing {
            items[layout.codes[position]] = Points(hundredths: hundredths)
        }
        return items
    }

    public func subtotal(major code: String) -> Points { layout.majorPosition(of: code).map { subtotals[$0] } ?? .zero }

    /// Subtotal per major criterion code.
    public var majorSubtotals: [String: Points] {
        Dictionary(uniqueKeysWithValues: zip(layout.majorCodes, subtotals))
    }

    /// Items with no score in either round, in grid order.
    public var missingItems: [String] {
        layout.majors.flatMap(\.items).filter { finals[$0] == Self.missing }.map { layout.codes[$0] }
    }
}

extension UnitResult {
    public static func compute(unit: MemberUnit, scores: UnitScores, tree: CriteriaTree, rules: RuleSet) -> UnitResult {
        let layout = tree.layout
        var finals = [Int](repeating: missing, count: layout.itemCount)
        var subtotals = [Points](repeating: .zero, count: layout.majorCodes.count)
        for (index, major) in layout.majors.enumerated() {
            var subtotal = Points.zero
            for position in major.items {
                if let value = scores.final(at: position, of: layout, rule: rules.finalScore) {
                    finals[position] = value.hundredths
                    subtotal += value
                }
            }
            // A code a tree repeats keeps the last major's subtotal, as a dictionary would.
            subtotals[layout.majorSlots[index]] = subtotal
        }
        let sum = subtotals.sum()
        let bonus = scores.bonus?.points ?? .zero
        let deduction = scores.deduction?.points ?? .zero
        let total = max(sum + bonus - deduction, .zero)
        return UnitResult(unit: unit, layout: layout, finals: finals, subtotals: subtotals, bonus: bonus, deduction: deduction,
                          total: total, classification: rules.bands.classify(total))
    }
}
