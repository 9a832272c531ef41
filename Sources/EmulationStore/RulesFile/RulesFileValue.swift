import Emulation

/// How each value of a rules file is written, both ways: words for the choices
/// ("cluster_else_self"), points as "5" or "7.5", ratios as "2/3", quotas as "1", "20%" or
/// "unlimited", tie-breaks as "criterion 1" or "women_majority". Reading is strict: what is not
/// one of these is refused, never guessed at.
enum RulesFileValue {
    static func word(_ rule: FinalScoreRule) -> String {
        switch rule {
        case .clusterElseSelf: return "cluster_else_self"
        case .higherOfTwo: return "higher_of_two"
        }
    }

    static func word(_ band: Classification) -> String {
        switch band {
        case .excellent: return "excellent"
        case .good: return "good"
        case .completed: return "completed"
        // Not offered (an award needs a band), but read, so that the store's check names it.
        case .notCompleted: return "not_completed"
        }
    }

    /// The bands an award may ask for, as the error lists them.
    static let awardBands: [Classification] = [.excellent, .good, .completed]

    static func word(_ cause: Eligibility.Cause) -> String {
        switch cause {
        case .discipline: return "discipline"
        case .investigation: return "investigation"
        case .inspection: return "inspection"
        case .complaint: return "complaint"
        }
    }

    static func word(_ treatment: EligibilityRule.Treatment) -> String {
        switch treatment {
        case .notProposed: return "not_proposed"
        case .deferred: return "deferred"
        }
    }

    static func word(_ base: VoteBase) -> String {
        switch base {
        case .present: return "present"
        case .allMembers: return "all_members"
        }
    }

    static func word(_ value: Bool) -> String { value ? "true" : "false" }

    static let booleans = ["true", "false"]

    static func boolean(_ text: String) -> Bool? {
        switch text {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    static let criterionPrefix = "criterion "
    static let womenMajority = "women_majority"

    static func word(_ tieBreak: TieBreak) -> String {
        switch tieBreak {
        case .majorSubtotal(let code): return criterionPrefix + code
        case .womenMajority: return womenMajority
        }
    }

    static func tieBreak(_ text: String) -> TieBreak? {
        if text == womenMajority { return .womenMajority }
        guard text.hasPrefix(criterionPrefix) else { return nil }
        let code = String(text.dropFirst(criterionPrefix.count)).trimmingSpaces()
        return code.isEmpty ? nil : .majorSubtotal(code: code)
    }

    /// "5", "7.5", "0.25", "-2": a decimal point (a comma is read too), at most two decimals.
    /// A negative amount is read, so that the rules' own check refuses it at its key.
    static func word(_ points: Points) -> String {
        var text = DecimalText.format(points, trimWhole: true).replacing(",", with: ".")
        if text.contains(".") { while text.hasSuffix("0") { text.removeLast() } }
        return text
    }

    static func points(_ text: String) -> Points? {
        let trimmed = text.trimmingSpaces()
        if trimmed.hasPrefix("-") {
            guard case .success(let magnitude) = DecimalText.parse(String(trimmed.dropFirst())) else { return nil }
            return Points(hundredths: -magnitude.hundredths)
        }
        guard case .success(let points) = DecimalText.parse(trimmed) else { return nil }
        return points
    }

    /// The forms the rules screen reads too (`RuleText`).
    static func wholeNumber(_ text: String) -> Int? { RuleText.wholeNumber(text) }
    static func word(_ fraction: Fraction) -> String { fraction.text }
    static func fraction(_ text: String) -> Fraction? { Fraction(text: text) }
    static let unlimited = Quota.unlimitedWord
    static func word(_ quota: Quota) -> String { quota.text }
    static func quota(_ text: String) -> Quota? { Quota(text: text) }

    /// The word among `cases` that `text` is, or nil.
    static func choice<Value>(_ text: String, _ cases: [Value], word: (Value) -> String) -> Value? {
        cases.first { word($0) == text }
    }
}
