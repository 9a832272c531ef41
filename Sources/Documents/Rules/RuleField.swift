import Emulation

/// One rule of a rule set that can be shown and edited on its own: a line of `rules show` and
/// of the rules screen.
public enum RuleField: Hashable, Sendable {
    case finalScore
    case bonusMaximum
    case deductionMaximum
    case gapFlagPercent
    case band(Classification)
    case tieBreaks
    case awardOrder
    case award(code: String, AwardField)
    case eligibilityCauses
    case eligibilityTreatment
    case voteBase
    case quorum
    case passThreshold
    /// The source a group of rules cites.
    case source(RuleGroup)

    /// What of one award is shown and edited.
    public enum AwardField: CaseIterable, Hashable, Sendable {
        case name, shortName, authority, recipient, band, quota, registration, passesDown, source
    }

    /// The group a field is shown in.
    public var group: RuleGroup {
        switch self {
        case .finalScore, .bonusMaximum, .deductionMaximum, .gapFlagPercent: return .scoring
        case .band: return .classification
        case .tieBreaks: return .ranking
        case .awardOrder, .award: return .awards
        case .eligibilityCauses, .eligibilityTreatment: return .eligibility
        case .voteBase, .quorum, .passThreshold: return .votes
        case .source(let group): return group
        }
    }

    /// Every field of a rule set, in the order shown: each group's rules, then its source.
    public static func all(in rules: RuleSet) -> [RuleField] {
        var fields: [RuleField] = []
        for group in RuleGroup.allCases {
            switch group {
            case .scoring: fields += [.finalScore, .bonusMaximum, .deductionMaximum, .gapFlagPercent]
            case .classification: fields += [.band(.excellent), .band(.good), .band(.completed)]
            case .ranking: fields += [.tieBreaks]
            case .awards:
                fields.append(.awardOrder)
                for award in rules.awards { fields += AwardField.allCases.map { .award(code: award.code, $0) } }
            case .eligibility: fields += [.eligibilityCauses, .eligibilityTreatment]
            case .votes: fields += [.voteBase, .quorum, .passThreshold]
            }
            fields.append(.source(group))
        }
        return fields
    }
}
