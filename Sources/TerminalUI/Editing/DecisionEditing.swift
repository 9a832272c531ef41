import Documents
import Emulation

/// The province's decision on the selected unit's proposal, from the ranking (`d`): its number,
/// date and authority, and whether the award was granted, refused, or granted as another one.
/// Decisions arrive after the meeting, often once the year is closed: the form opens from the
/// review stage on, closed years included.
enum DecisionEditing {
    static func open(unitID: MemberUnit.ID?, _ state: inout AppShared) -> [AppEffect] {
        guard let year = state.year, let unitID, let unit = year.units.first(where: { $0.id == unitID }) else { return [] }
        let words = state.words.decisions
        guard state.allows(.recordDecision) else { return [] }
        guard year.reference.status >= .review else {
            state.status = StatusMessage(words.needsReview, isError: true)
            return []
        }
        guard let review = state.review, let proposed = AwardDecision.decidedAward(unitID: unitID, in: year, review: review) else {
            state.status = StatusMessage(words.notProposed(unit.name), isError: true)
            return []
        }
        state.overlay = .form(form(state, year: year, unit: unit, proposed: proposed))
        return []
    }

    static func form(_ state: AppShared, year: YearSnapshot, unit: MemberUnit, proposed: String) -> Form {
        let words = state.words.decisions
        let documents = state.words.documents
        let existing = year.decisions[unit.id]
        let outcomes = AwardDecision.Outcome.allCases
        let awards = year.rules.awards
        let authority = existing?.authority ?? AwardDecision.defaultAuthority(proposed, in: year)
        let other = existing?.grantedOther.flatMap { code in awards.firstIndex { $0.code == code } }
            ?? awards.firstIndex { $0.code != proposed } ?? 0
        let name = year.rules.award(code: proposed).map(state.words.awardShort) ?? proposed
        return Form(title: words.formTitle(unit.name, name), purpose: .decision(unit.id, proposed: proposed), fields: [
            Form.Field(.decisionNumber, words.fieldNumber, text: existing?.number ?? ""),
            Form.Field(.date, words.fieldDate, text: existing?.date.vietnamese ?? ""),
            Form.Field(.authority, words.fieldAuthority, text: authority),
            Form.Field(.outcome, words.fieldOutcome, .choice(outcomes.map(documents.decisionOutcome).enumerated().map { index, text in
                // "được tặng" twice would not tell the two apart.
                outcomes[index] == .grantedOther ? words.grantedOtherChoice : text
            }, outcomes.firstIndex(of: existing?.outcome ?? .granted) ?? 0)),
            Form.Field(.otherAward, words.fieldOther, .choice(awards.map(state.words.awardShort), other)),
        ], note: words.formNote)
    }

    static func submit(_ form: inout Form, _ state: inout AppShared, unitID: MemberUnit.ID, proposed: String) -> [AppEffect] {
        guard let year = state.year else { return [] }
        let words = state.words.decisions
        let dateText = form.text(.date)
        guard let date = CalendarDate(parsing: dateText) else {
            form.fail(state.words.invalidDate(dateText), field: .date)
            return []
        }
        let outcome = AwardDecision.Outcome.allCases[form.choice(.outcome)]
        let decision = AwardDecision(unitID: unitID, proposed: proposed, outcome: outcome,
                                     grantedOther: outcome == .grantedOther ? year.rules.awards[form.choice(.otherAward)].code : nil,
                                     number: form.text(.decisionNumber), date: date, authority: form.text(.authority))
        if let problem = decision.problems(rules: year.rules).first {
            let field: FieldKey
            switch problem {
            case .noNumber: field = .decisionNumber
            case .noAuthority: field = .authority
            case .otherAwardMissing, .unknownAward: field = .otherAward
            }
            form.fail(words.problem(problem), field: field)
            return []
        }
        state.overlay = nil
        let seen = (form.seenYear ?? year).decisions[unitID]
        return [YearEditing.change(year, .recordDecision(decision, expecting: form.expected(seen)))]
    }
}
