/// What is wrong with a rule set, found before it is saved: on the rules screen at once, and
/// in `rules import` with the file's line.
public enum RuleProblem: Hashable, Sendable, Error {
    /// Bands must fall: excellent ≥ good ≥ completed ≥ 0.
    case bandsOutOfOrder
    /// A band no unit could reach: above the grid's maximum plus the bonus cap.
    case bandAboveMaximum(Classification, threshold: Points, maximum: Points)
    case negativeCap(Adjustment.Kind)
    case gapPercentOutOfRange(Int)
    case duplicateAwardCode(String)
    case emptyAwardCode
    case emptyAwardName(code: String)
    case negativeQuota(code: String)
    case shareAboveAllMembers(code: String, percent: Int)
    /// An award any unit would get, even one that did not complete its tasks.
    case awardWithoutBand(code: String)
    case unknownTieBreakCriterion(String)
    case duplicateTieBreak(TieBreak)
    case duplicateCause(Eligibility.Cause)
    /// Quorum must be a share in (0, 1].
    case quorumOutOfRange(Fraction)
    /// The threshold must be a share in [0, 1).
    case thresholdOutOfRange(Fraction)
}

extension RuleSet {
    /// Every problem of this rule set with the year's grid, in the order the rules are shown.
    public func problems(tree: CriteriaTree) -> [RuleProblem] {
        var problems: [RuleProblem] = []
        if bonusMaximum < .zero { problems.append(.negativeCap(.bonus)) }
        if deductionMaximum < .zero { problems.append(.negativeCap(.deduction)) }
        if !(1...100).contains(gapFlagPercent) { problems.append(.gapPercentOutOfRange(gapFlagPercent)) }

        if !(bands.excellent >= bands.good && bands.good >= bands.completed && bands.completed >= .zero) {
            problems.append(.bandsOutOfOrder)
        }
        let reachable = tree.total + max(bonusMaximum, .zero)
        for (band, threshold) in [(Classification.excellent, bands.excellent), (.good, bands.good), (.completed, bands.completed)]
        where threshold > reachable {
            problems.append(.bandAboveMaximum(band, threshold: threshold, maximum: reachable))
        }

        var majorCodes = Set(tree.majors.map(\.code))
        var seenTieBreaks: Set<TieBreak> = []
        for tieBreak in tieBreaks {
            if !seenTieBreaks.insert(tieBreak).inserted { problems.append(.duplicateTieBreak(tieBreak)) }
            if case .majorSubtotal(let code) = tieBreak, !majorCodes.contains(code) {
                problems.append(.unknownTieBreakCriterion(code))
                majorCodes.insert(code) // named once
            }
        }

        var codes: Set<String> = []
        for award in awards {
            if award.code.isEmpty { problems.append(.emptyAwardCode) }
            else if !codes.insert(award.code).inserted { problems.append(.duplicateAwardCode(award.code)) }
            if award.nameVietnamese.isEmpty { problems.append(.emptyAwardName(code: award.code)) }
            switch award.quota {
            case .count(let count) where count < 0: problems.append(.negativeQuota(code: award.code))
            case .percentOfMembers(let percent) where percent < 0: problems.append(.negativeQuota(code: award.code))
            case .percentOfMembers(let percent) where percent > 100: problems.append(.shareAboveAllMembers(code: award.code, percent: percent))
            default: break
            }
            if award.minimumClassification == .notCompleted { problems.append(.awardWithoutBand(code: award.code)) }
        }

        var causes: Set<Eligibility.Cause> = []
        for cause in eligibility.causes where !causes.insert(cause).inserted { problems.append(.duplicateCause(cause)) }

        if !(quorum.numerator > 0 && quorum.numerator <= quorum.denominator) { problems.append(.quorumOutOfRange(quorum)) }
        if !(passThreshold.numerator >= 0 && passThreshold.numerator < passThreshold.denominator) {
            problems.append(.thresholdOutOfRange(passThreshold))
        }
        return problems
    }
}
