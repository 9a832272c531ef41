import Emulation

/// The words of the rules: group titles, each rule's label and value, and what is wrong with a
/// rule set. The value closures build on `DocumentWords` for classification, cause and award names.
public struct RuleWords: Sendable {
    public var document: DocumentWords
    public var title: @Sendable (_ code: String, _ name: String, _ year: Int) -> String
    public var groupTitle: @Sendable (RuleGroup) -> String
    public var finalScoreLabel: String
    public var finalScoreValue: @Sendable (FinalScoreRule) -> String
    public var bonusLabel: String
    public var deductionLabel: String
    public var pointsValue: @Sendable (String) -> String
    public var gapLabel: String
    public var gapValue: @Sendable (Int) -> String
    public var bandValue: @Sendable (String) -> String
    public var tieBreaksLabel: String
    public var tieBreak: @Sendable (TieBreak) -> String
    public var noTieBreak: String
    public var awardOrderLabel: String
    public var awardOrderValue: @Sendable (String) -> String
    public var noAwards: String
    public var awardFieldLabel: @Sendable (RuleField.AwardField) -> String
    public var awardBandValue: @Sendable (String) -> String
    public var quotaValue: @Sendable (Quota, _ members: Int) -> String
    public var registrationValue: @Sendable (Bool) -> String
    public var passesDownValue: @Sendable (Bool) -> String
    public var filledIn: @Sendable (String) -> String
    public var causesLabel: String
    public var noCauses: String
    public var treatmentLabel: String
    public var treatmentValue: @Sendable (EligibilityRule.Treatment) -> String
    public var voteBaseLabel: String
    public var voteBaseValue: @Sendable (VoteBase) -> String
    public var quorumLabel: String
    public var quorumValue: @Sendable (_ fraction: String, _ least: Int, _ members: Int) -> String
    public var thresholdLabel: String
    public var thresholdValue: @Sendable (_ fraction: String, VoteBase) -> String
    public var sourceLabel: String
    public var noSource: String
    public var problem: @Sendable (RuleProblem) -> String

    public func label(_ field: RuleField, _ rules: RuleSet) -> String {
        switch field {
        case .finalScore: return finalScoreLabel
        case .bonusMaximum: return bonusLabel
        case .deductionMaximum: return deductionLabel
        case .gapFlagPercent: return gapLabel
        case .band(let band): return document.classification(band)
        case .tieBreaks: return tieBreaksLabel
        case .awardOrder: return awardOrderLabel
        case .award(let code, let part):
            let short = rules.award(code: code).map(document.awardShort) ?? code
            return short + " · " + awardFieldLabel(part)
        case .eligibilityCauses: return causesLabel
        case .eligibilityTreatment: return treatmentLabel
        case .voteBase: return voteBaseLabel
        case .quorum: return quorumLabel
        case .passThreshold: return thresholdLabel
        case .source: return sourceLabel
        }
    }

    public func value(_ field: RuleField, _ rules: RuleSet, _ cluster: Cluster, members: Int) -> String {
        switch field {
        case .finalScore: return finalScoreValue(rules.finalScore)
        case .bonusMaximum: return pointsValue(DecimalText.format(rules.bonusMaximum, trimWhole: true))
        case .deductionMaximum: return pointsValue(DecimalText.format(rules.deductionMaximum, trimWhole: true))
        case .gapFlagPercent: return gapValue(rules.gapFlagPercent)
        case .band(let band):
            let threshold: Points
            switch band {
            case .excellent: threshold = rules.bands.excellent
            case .good: threshold = rules.bands.good
            case .completed: threshold = rules.bands.completed
            case .notCompleted: threshold = .zero
            }
            return bandValue(DecimalText.format(threshold, trimWhole: true))
        case .tieBreaks:
            return rules.tieBreaks.isEmpty ? noTieBreak : rules.tieBreaks.map(tieBreak).joined(separator: " → ")
        case .awardOrder:
            return rules.awards.isEmpty ? noAwards : awardOrderValue(rules.awards.map(document.awardShort).joined(separator: ", "))
        case .award(let code, let part):
            guard let award = rules.award(code: code) else { return "" }
            switch part {
            case .name: return document.awardName(award)
            case .shortName: return document.awardShort(award)
            case .authority:
                let filled = AwardWording.authority(award.authority, cluster: cluster)
                return filled == award.authority ? filled : award.authority + " " + filledIn(filled)
            case .recipient: return award.recipient
            case .band: return awardBandValue(document.classification(award.minimumClassification))
            case .quota: return quotaValue(award.quota, members)
            case .registration: return registrationValue(award.requiresRegistration)
            case .passesDown: return passesDownValue(award.passesDown)
            case .source: return award.source.isEmpty ? noSource : award.source
            }
        case .eligibilityCauses:
            return rules.eligibility.causes.isEmpty ? noCauses : rules.eligibility.causes.map(document.ineligibleCause).joined(separator: "; ")
        case .eligibilityTreatment: return treatmentValue(rules.eligibility.treatment)
        case .voteBase: return voteBaseValue(rules.voteBase)
        case .quorum:
            let least = members == 0 ? 0 : (1...members).first { rules.quorum.isReached(part: $0, of: members) } ?? members
            return quorumValue(rules.quorum.text, least, members)
        case .passThreshold: return thresholdValue(rules.passThreshold.text, rules.voteBase)
        case .source(let group): return rules.source(of: group) ?? noSource
        }
    }
}
