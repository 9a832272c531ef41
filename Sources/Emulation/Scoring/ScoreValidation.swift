/// Why a score may not be stored.
public enum ScoreProblem: Hashable, Sendable, Error {
    case unknownItem(String)
    case outOfRange(item: String, value: Points, maximum: Points)
    case adjustmentAboveLimit(Adjustment.Kind, value: Points, limit: Points)
    case adjustmentWithoutReason(Adjustment.Kind)
}

extension CriteriaTree {
    /// Checks one item score: the item must exist and the value lie in [0, its maximum].
    public func validate(_ value: Points, item code: String) -> ScoreProblem? {
        guard let item = item(code: code) else { return .unknownItem(code) }
        if value < .zero || value > item.maximum {
            return .outOfRange(item: code, value: value, maximum: item.maximum)
        }
        return nil
    }
}

extension RuleSet {
    /// Checks a bonus or deduction against the rule set's limit and its reason.
    public func validate(_ adjustment: Adjustment, kind: Adjustment.Kind) -> ScoreProblem? {
        let limit: Points
        switch kind {
        case .bonus: limit = bonusMaximum
        case .deduction: limit = deductionMaximum
        }
        if adjustment.points < .zero || adjustment.points > limit {
            return .adjustmentAboveLimit(kind, value: adjustment.points, limit: limit)
        }
        if adjustment.points > .zero && adjustment.reason.trimmingSpaces().isEmpty {
            return .adjustmentWithoutReason(kind)
        }
        return nil
    }
}
