/// The keys of a rules file, in the order they are written: English snake_case, one per rule.
enum RulesFileKey {
    // The top level: a mapping per group, and the awards as a list with their group's source beside it.
    static let scoring = "scoring"
    static let classification = "classification"
    static let ranking = "ranking"
    static let awardsSource = "awards_source"
    static let awards = "awards"
    static let eligibility = "eligibility"
    static let votes = "votes"
    static let topLevel = [scoring, classification, ranking, awardsSource, awards, eligibility, votes]

    /// Every group and award may cite where it comes from; the only key that may be left out.
    static let source = "source"

    static let finalScore = "final_score"
    static let bonusMaximum = "bonus_maximum"
    static let deductionMaximum = "deduction_maximum"
    static let gapFlagPercent = "gap_flag_percent"
    static let scoringKeys = [finalScore, bonusMaximum, deductionMaximum, gapFlagPercent, source]

    static let excellent = "excellent"
    static let good = "good"
    static let completed = "completed"
    static let classificationKeys = [excellent, good, completed, source]

    static let tieBreaks = "tie_breaks"
    static let rankingKeys = [tieBreaks, source]

    static let code = "code"
    static let name = "name"
    static let nameEnglish = "name_en"
    static let shortName = "short_name"
    static let shortNameEnglish = "short_name_en"
    static let band = "band"
    static let quota = "quota"
    static let requiresRegistration = "requires_registration"
    static let passesDown = "passes_down"
    static let authority = "authority"
    static let recipient = "recipient"
    static let awardKeys = [code, name, nameEnglish, shortName, shortNameEnglish, band, quota, requiresRegistration, passesDown,
                            authority, recipient, source]

    static let causes = "causes"
    static let ineligible = "ineligible"
    static let eligibilityKeys = [causes, ineligible, source]

    static let base = "base"
    static let quorum = "quorum"
    static let passThreshold = "pass_threshold"
    static let votesKeys = [base, quorum, passThreshold, source]

    /// "awards[2].quota": keys joined by dots, list items counted from 1.
    static func path(_ parent: String, _ key: String) -> String { parent.isEmpty ? key : parent + "." + key }
    static func path(_ parent: String, item index: Int) -> String { parent + "[\(index + 1)]" }
}
