import Emulation

/// What changed from one rule set to another, rule by rule, as `rules diff` and `rules import`
/// print it: "Cờ tỉnh · chỉ tiêu: 1 → 2 (QĐ 123/QĐ-UBND)", the source in parentheses when the
/// new rules cite one for that rule's group or award. Both sides are put in words for the same
/// cluster and member count, so that a share or a quorum differs only when its rule does.
public struct RuleDiff: Hashable, Sendable {
    public enum Change: Hashable, Sendable {
        /// A rule shown in both, with another value.
        case changed(RuleField, label: String, old: String, new: String, source: String?)
        case awardAdded(code: String, name: String, source: String?)
        case awardRemoved(code: String, name: String)
    }

    /// In the order `rules show` lists the rules; a removed award just before the awards' source.
    public var changes: [Change]

    public var isEmpty: Bool { changes.isEmpty }

    /// `document` holds the new rules and the year they are put in words for.
    public init(from old: RuleSet, to document: RulesDocument, words: RuleWords) {
        var before = document
        before.rules = old
        let oldValues = Dictionary(before.lines(words).map { ($0.field, $0.value) }, uniquingKeysWith: { first, _ in first })
        let new = document.rules
        let oldCodes = Set(old.awards.map(\.code))
        let newCodes = Set(new.awards.map(\.code))
        var changes: [Change] = []
        var added: Set<String> = []
        for line in document.lines(words) {
            if line.field == .source(.awards) {
                for award in old.awards where !newCodes.contains(award.code) {
                    changes.append(.awardRemoved(code: award.code, name: words.document.awardName(award)))
                }
            }
            if case .award(let code, _) = line.field, !oldCodes.contains(code) {
                guard added.insert(code).inserted, let award = new.award(code: code) else { continue }
                changes.append(.awardAdded(code: code, name: words.document.awardName(award), source: Self.source(of: line.field, in: new)))
                continue
            }
            guard let oldValue = oldValues[line.field] else { continue }
            if oldValue != line.value {
                changes.append(.changed(line.field, label: line.label, old: oldValue, new: line.value, source: Self.source(of: line.field, in: new)))
            } else if let (oldName, newName) = Self.otherLanguageChange(line.field, old, new, shown: words) {
                changes.append(.changed(line.field, label: line.label, old: oldName, new: newName, source: Self.source(of: line.field, in: new)))
            }
        }
        self.changes = changes
    }

    /// An award's name or short name is shown in the reader's language only: a change of the
    /// other language's alone is shown in that language, so that no change goes unseen.
    static func otherLanguageChange(_ field: RuleField, _ old: RuleSet, _ new: RuleSet, shown words: RuleWords) -> (String, String)? {
        guard case .award(let code, let part) = field, let before = old.award(code: code), let after = new.award(code: code) else { return nil }
        let english = words.document.languageCode == "en"
        let other: (AwardRule) -> String
        switch part {
        case .name: other = english ? \.nameVietnamese : \.nameEnglish
        case .shortName: other = english ? \.shortVietnamese : \.shortEnglish
        case .authority, .recipient, .band, .quota, .registration, .passesDown, .source: return nil
        }
        return other(before) == other(after) ? nil : (other(before), other(after))
    }

    /// The source the new rules cite for a rule: its award's, else its group's; none for a
    /// source itself, which the line already shows.
    static func source(of field: RuleField, in rules: RuleSet) -> String? {
        switch field {
        case .source, .award(_, .source): return nil
        case .award(let code, _):
            if let award = rules.award(code: code), !award.source.isEmpty { return award.source }
            return rules.source(of: .awards)
        case .finalScore, .bonusMaximum, .deductionMaximum, .gapFlagPercent, .band, .tieBreaks, .awardOrder, .eligibilityCauses,
             .eligibilityTreatment, .voteBase, .quorum, .passThreshold:
            return rules.source(of: field.group)
        }
    }

    /// One line per change, or the words for none.
    public func lines(_ words: RuleDiffWords) -> [String] {
        if changes.isEmpty { return [words.noChange] }
        return changes.map { change in
            switch change {
            case .changed(_, let label, let old, let new, let source): return words.changed(label, old, new) + words.cited(source)
            case .awardAdded(_, let name, let source): return words.awardAdded(name) + words.cited(source)
            case .awardRemoved(_, let name): return words.awardRemoved(name)
            }
        }
    }
}
