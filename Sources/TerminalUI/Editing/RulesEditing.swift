import Documents
import Emulation

/// What a rules form changes: one rule, or the award list itself.
public enum RuleEdit: Hashable, Sendable {
    case field(RuleField)
    case addAward
    case removeAward(code: String)
    case moveAward(code: String, by: Int)
}

/// The rules screen's forms: one per rule (a number, a fraction, a choice, a text, toggles),
/// checked at once against the whole rule set (`RuleSet.problems`), and saved as the whole
/// rule set with what the secretary saw, and a reason once scoring has started.
enum RulesEditing {
    /// Scoring has started: a score is entered, or the year is past the pledge.
    static func needsReason(_ year: YearSnapshot) -> Bool {
        year.reference.status != .pledge || year.scores.values.contains { $0.hasScores(in: .selfAssessment) || $0.hasScores(in: .cluster) }
    }

    static func form(_ state: AppShared, year: YearSnapshot, _ edit: RuleEdit) -> Form? {
        let words = state.words.rulesScreen
        let rules = year.rules
        let ruleWords = state.words.rules
        var fields: [Form.Field] = []
        var title = ""
        var note: String?
        switch edit {
        case .field(let field):
            // A source is named with its group: every group has one, and the form hides the list.
            let label = ruleWords.label(field, rules)
            if case .source(let group) = field {
                title = words.editTitle(label + " · " + ruleWords.groupTitle(group))
            } else {
                title = words.editTitle(label)
            }
            guard let input = input(field, rules, state) else { return nil }
            switch input {
            case .causes(let chosen):
                for cause in Eligibility.Cause.allCases {
                    fields.append(Form.Field(.cause(cause), state.words.ineligibleCause(cause), .toggle(chosen.contains(cause))))
                }
            case .single(let value):
                fields.append(Form.Field(.ruleValue, words.fieldValue, value))
            }
            note = self.note(field, words)
        case .addAward:
            title = words.addTitle
            fields = [Form.Field(.code, words.fieldCode, text: ""), Form.Field(.name, words.fieldName, text: ""),
                      Form.Field(.shortName, words.fieldShortName, text: "")]
        case .removeAward(let code):
            title = words.removeTitle(rules.award(code: code).map(state.words.awardShort) ?? code)
            note = words.removeNote
        case .moveAward(let code, _):
            title = words.moveTitle(rules.award(code: code).map(state.words.awardShort) ?? code)
        }
        if needsReason(year) {
            fields.append(Form.Field(.reason, words.fieldReason, text: ""))
            note = [note, words.reasonNote].compactMap { $0 }.joined(separator: " ")
        }
        return Form(title: title, purpose: .rules(edit), fields: fields, note: note)
    }

    private enum Input {
        case single(Form.Input)
        case causes([Eligibility.Cause])
    }

    /// What the form edits for a rule, prefilled with its value; nil for the award order, which
    /// K and J change.
    private static func input(_ field: RuleField, _ rules: RuleSet, _ state: AppShared) -> Input? {
        let ruleWords = state.words.rules
        let points = { (value: Points) in Input.single(.text(.number(DecimalText.format(value, trimWhole: true)))) }
        let text = { (value: String) in Input.single(.text(TextField(value))) }
        let bands: [Classification] = [.excellent, .good, .completed]
        switch field {
        case .finalScore:
            return .single(.choice(FinalScoreRule.allCases.map(ruleWords.finalScoreValue), FinalScoreRule.allCases.firstIndex(of: rules.finalScore) ?? 0))
        case .bonusMaximum: return points(rules.bonusMaximum)
        case .deductionMaximum: return points(rules.deductionMaximum)
        case .gapFlagPercent: return .single(.text(.number(String(rules.gapFlagPercent))))
        case .band(.excellent): return points(rules.bands.excellent)
        case .band(.good): return points(rules.bands.good)
        case .band(.completed): return points(rules.bands.completed)
        case .band(.notCompleted), .awardOrder: return nil
        case .tieBreaks:
            return text(rules.tieBreaks.map { tieBreak -> String in
                switch tieBreak {
                case .majorSubtotal(let code): return code
                case .womenMajority: return state.words.languageCode == "en" ? "women" : "nữ"
                }
            }.joined(separator: ", "))
        case .award(let code, let part):
            guard let award = rules.award(code: code) else { return nil }
            let english = state.words.languageCode == "en"
            switch part {
            case .name: return text(english ? award.nameEnglish : award.nameVietnamese)
            case .shortName: return text(english ? award.shortEnglish : award.shortVietnamese)
            case .authority: return text(award.authority)
            case .recipient: return text(award.recipient)
            case .source: return text(award.source)
            case .band:
                return .single(.choice(bands.map(state.words.classification), bands.firstIndex(of: award.minimumClassification) ?? 0))
            case .quota:
                switch award.quota {
                case .unlimited: return text(ruleWords.quotaValue(.unlimited, 0))
                case .count(let count): return .single(.text(.number(String(count))))
                case .percentOfMembers(let percent): return text("\(percent)%")
                }
            case .registration: return .single(.toggle(award.requiresRegistration))
            case .passesDown: return .single(.toggle(award.passesDown))
            }
        case .eligibilityCauses: return .causes(rules.eligibility.causes)
        case .eligibilityTreatment:
            let all = EligibilityRule.Treatment.allCases
            return .single(.choice(all.map(ruleWords.treatmentValue), all.firstIndex(of: rules.eligibility.treatment) ?? 0))
        case .voteBase:
            return .single(.choice(VoteBase.allCases.map(ruleWords.voteBaseValue), VoteBase.allCases.firstIndex(of: rules.voteBase) ?? 0))
        case .quorum: return text(rules.quorum.text)
        case .passThreshold: return text(rules.passThreshold.text)
        case .source(let group): return text(rules.sources[group] ?? "")
        }
    }

    private static func note(_ field: RuleField, _ words: RulesScreenWords) -> String? {
        switch field {
        case .tieBreaks: return words.tieBreaksNote
        case .award(_, .quota): return words.quotaNote
        case .award(_, .authority), .award(_, .recipient): return words.placeholdersNote
        default: return nil
        }
    }

    static func submit(_ form: inout Form, _ state: inout AppShared, _ edit: RuleEdit) -> [AppEffect] {
        guard let year = YearEditing.writableYear(&state) else { return [] }
        let words = state.words.rulesScreen
        let hasReason = form.fields.contains { $0.key == .reason }
        if needsReason(year), !hasReason {
            // Scoring started while the form was open: it asks for the reason now.
            form.fields.append(Form.Field(.reason, words.fieldReason, text: ""))
        }
        let reason = needsReason(year) ? form.text(.reason) : ""
        if needsReason(year), reason.isEmpty {
            form.fail(words.reasonRequired, field: .reason)
            return []
        }
        var rules = year.rules
        switch apply(edit, form, &rules, state) {
        case .failure(let failure):
            form.fail(failure.message, field: failure.field)
            return []
        case .success:
            break
        }
        if let problem = rules.problems(tree: year.tree).first {
            guard let field = form.fields.first?.key else {
                // A form without fields (removing or moving an award before scoring): say it on the status line.
                state.overlay = nil
                state.status = StatusMessage(state.words.rules.problem(problem), isError: true)
                return []
            }
            form.fail(state.words.rules.problem(problem), field: field)
            return []
        }
        state.overlay = nil
        guard rules != year.rules else {
            state.status = StatusMessage(words.unchanged)
            return []
        }
        let seen = (form.seenYear ?? year).rules
        return [YearEditing.change(year, .replaceRules(rules, reason: reason, expecting: form.expected(seen)))]
    }

    struct Failure: Error {
        var message: String
        var field: FieldKey
    }

    /// The form's values put into the rule set, or what is wrong with what was typed.
    private static func apply(_ edit: RuleEdit, _ form: Form, _ rules: inout RuleSet, _ state: AppShared) -> Result<Void, Failure> {
        let words = state.words.rulesScreen
        let typed = form.fields.contains { $0.key == .ruleValue } ? form.text(.ruleValue) : ""
        func fail(_ message: String) -> Result<Void, Failure> { .failure(Failure(message: message, field: .ruleValue)) }
        func points() -> Points? { if case .success(let value) = DecimalText.parse(typed) { return value } else { return nil } }
        switch edit {
        case .addAward:
            let code = form.text(.code).lowercased()
            let name = form.text(.name)
            guard !code.isEmpty, !name.isEmpty else { return .failure(Failure(message: words.codeRequired, field: .code)) }
            let short = form.text(.shortName).isEmpty ? name : form.text(.shortName)
            rules.awards.append(AwardRule(code: code, nameVietnamese: name, nameEnglish: name, shortVietnamese: short, shortEnglish: short,
                                          quota: .count(1), minimumClassification: .completed,
                                          authority: "Chủ tịch " + AwardWording.clusterAuthority))
        case .removeAward(let code):
            rules.awards.removeAll { $0.code == code }
        case .moveAward(let code, let offset):
            guard let index = rules.awards.firstIndex(where: { $0.code == code }) else { return .success(()) }
            let target = min(max(index + offset, 0), rules.awards.count - 1)
            rules.awards.swapAt(index, target)
        case .field(let field):
            switch field {
            case .finalScore: rules.finalScore = FinalScoreRule.allCases[form.choice(.ruleValue)]
            case .bonusMaximum, .deductionMaximum, .band:
                guard let value = points() else { return fail(words.notANumber(typed)) }
                switch field {
                case .bonusMaximum: rules.bonusMaximum = value
                case .deductionMaximum: rules.deductionMaximum = value
                case .band(.excellent): rules.bands.excellent = value
                case .band(.good): rules.bands.good = value
                default: rules.bands.completed = value
                }
            case .gapFlagPercent:
                guard let value = Int(typed) else { return fail(words.notANumber(typed)) }
                rules.gapFlagPercent = value
            case .tieBreaks:
                var tieBreaks: [TieBreak] = []
                for part in typed.split(separator: ",").map({ String($0).trimmingSpaces() }) where !part.isEmpty {
                    let folded = VietnameseFolding.fold(part)
                    if ["nu", "women", "nu >=70%", "women >=70%"].contains(folded) {
                        tieBreaks.append(.womenMajority)
                    } else if part.allSatisfy({ $0.isNumber || $0 == "." }) {
                        tieBreaks.append(.majorSubtotal(code: part))
                    } else {
                        return fail(words.notATieBreak(part))
                    }
                }
                rules.tieBreaks = tieBreaks
            case .awardOrder, .band(.notCompleted):
                break
            case .award(let code, let part):
                guard let index = rules.awards.firstIndex(where: { $0.code == code }) else { return .success(()) }
                let english = state.words.languageCode == "en"
                switch part {
                case .name: if english { rules.awards[index].nameEnglish = typed } else { rules.awards[index].nameVietnamese = typed }
                case .shortName: if english { rules.awards[index].shortEnglish = typed } else { rules.awards[index].shortVietnamese = typed }
                case .authority: rules.awards[index].authority = typed
                case .recipient: rules.awards[index].recipient = typed
                case .source: rules.awards[index].source = typed
                case .band: rules.awards[index].minimumClassification = [Classification.excellent, .good, .completed][form.choice(.ruleValue)]
                case .quota:
                    guard let quota = quota(typed) else { return fail(words.notAQuota(typed)) }
                    rules.awards[index].quota = quota
                case .registration: rules.awards[index].requiresRegistration = form.toggle(.ruleValue)
                case .passesDown: rules.awards[index].leaderOnly = !form.toggle(.ruleValue)
                }
            case .eligibilityCauses:
                rules.eligibility.causes = Eligibility.Cause.allCases.filter { form.toggle(.cause($0)) }
            case .eligibilityTreatment: rules.eligibility.treatment = EligibilityRule.Treatment.allCases[form.choice(.ruleValue)]
            case .voteBase: rules.voteBase = VoteBase.allCases[form.choice(.ruleValue)]
            case .quorum, .passThreshold:
                guard let fraction = Fraction(text: typed) else { return fail(words.notAFraction(typed)) }
                if field == .quorum { rules.quorum = fraction } else { rules.passThreshold = fraction }
            case .source(let group):
                rules.sources[group] = typed.isEmpty ? nil : typed
            }
        }
        return .success(())
    }

    /// "1", "20%", "unlimited", or in words "không giới hạn" (or nothing).
    static func quota(_ text: String) -> Quota? {
        let folded = VietnameseFolding.fold(text)
        if folded.isEmpty || folded == "khong gioi han" { return .unlimited }
        return Quota(text: folded)
    }
}
