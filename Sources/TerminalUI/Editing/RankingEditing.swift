import Emulation

/// The ranking screen's own keys: the "why" panel, the what-if mode (scores changed on a scratch
/// copy, never saved), and the votes on proposals.
enum RankingEditing {
    static func perform(_ command: RankingScreen.Action, _ ranking: inout RankingState, _ state: inout AppShared) -> [AppEffect] {
        guard let year = state.year, let review = state.shownReview else {
            state.status = StatusMessage(state.words.screen.chooseYearFirst, isError: true)
            return []
        }
        let edit = state.edit
        let index = ranking.selection.index
        let entry = review.ranking.entries.indices.contains(index) ? review.ranking.entries[index] : nil
        switch command {
        case .toggleWhy:
            ranking.why.toggle()
            ranking.selection.keepVisible(count: review.ranking.count, visible: RankingScreen.visibleRows(ranking, state))
        case .toggleWhatIf:
            if state.whatIf == nil {
                state.whatIf = WhatIf()
                state.status = StatusMessage(edit.whatIfStarted)
            } else {
                leaveWhatIf(&state)
            }
        case .whatIfEdit:
            guard state.whatIf != nil else {
                state.status = StatusMessage(edit.whatIfFirst, isError: true)
                return []
            }
            guard let entry else { return [] }
            state.overlay = .form(whatIfForm(state, year: year, result: entry.result))
        case .vote:
            guard state.whatIf == nil else {
                state.status = StatusMessage(edit.noVoteInWhatIf, isError: true)
                return []
            }
            guard let writable = YearEditing.writableYear(&state), state.allows(.recordVote), let entry else { return [] }
            guard writable.reference.status == .review else {
                state.status = StatusMessage(edit.voteNeedsReview, isError: true)
                return []
            }
            // The unit's current proposal, and every proposal already voted on (to correct a vote).
            let recorded = writable.votes.filter { $0.unitID == entry.unit.id }
            var awards = review.proposal(unitID: entry.unit.id)?.award.map { [$0] } ?? []
            for vote in recorded where !awards.contains(vote.award) { awards.append(vote.award) }
            guard let first = awards.first else {
                state.status = StatusMessage(edit.nothingToVote(entry.unit.name), isError: true)
                return []
            }
            guard awards.count > 1 else {
                state.overlay = .form(voteForm(state, year: writable, unit: entry.unit, award: first))
                return []
            }
            let items = awards.map { award -> MenuItem in
                let name = writable.rules.award(code: award).map(state.words.awardShort) ?? award
                let result = recorded.first { $0.award == award }.map { edit.voteResult($0.result(rules: writable.rules, memberCount: writable.units.count)) }
                return MenuItem(edit.voteMenuItem(name, result), .vote(entry.unit.id, award: award))
            }
            state.overlay = .menu(Menu(title: edit.voteChooseTitle(entry.unit.name), items: items))
        case .leaveWhatIf:
            leaveWhatIf(&state)
        case .decision:
            return DecisionEditing.open(unitID: entry?.unit.id, &state)
        case .yearMenu:
            YearEditing.openMenu(&state, exports: RankingScreen.exports, meetingDetails: true)
        }
        return []
    }

    static func leaveWhatIf(_ state: inout AppShared) {
        state.whatIf = nil
        state.status = StatusMessage(state.edit.whatIfDiscarded)
    }

    static func whatIfForm(_ state: AppShared, year: YearSnapshot, result: UnitResult) -> Form {
        let edit = state.edit
        var fields = year.tree.items.map { item in
            // Code and maximum first: the title is cut where the label column ends.
            Form.Field(.item(item.code), item.code + " ≤" + DecimalText.format(item.maximum, trimWhole: true) + " " + item.title,
                       number: result.finalItem(item.code).map { DecimalText.format($0) } ?? "")
        }
        fields.append(Form.Field(.bonus, state.words.columnBonus, number: result.bonus == .zero ? "" : DecimalText.format(result.bonus)))
        fields.append(Form.Field(.deduction, state.words.columnDeduction, number: result.deduction == .zero ? "" : DecimalText.format(result.deduction)))
        return Form(title: edit.whatIfFormTitle(result.unit.name), purpose: .whatIf(result.unit.id), fields: fields, note: edit.whatIfFormNote)
    }

    static func submitWhatIf(_ form: inout Form, _ ranking: inout RankingState, _ state: inout AppShared, unitID: MemberUnit.ID) -> [AppEffect] {
        guard let year = state.year, var whatIf = state.whatIf else { return [] }
        let items = year.tree.items
        var change = WhatIf.Change()
        let stored = year.scores[unitID] ?? UnitScores()
        for item in items {
            switch NumberInput.points(form.text(.item(item.code)), maximum: item.maximum, field: item.code, words: state.words) {
            case .failure(let message):
                form.fail(message.text, field: .item(item.code))
                return []
            case .success(nil):
                // Emptying a scored item is not a what-if: a missing score is a gap, not a zero.
                if stored.final(item: item.code, rule: year.rules.finalScore) != nil {
                    form.fail(state.edit.whatIfValueRequired, field: .item(item.code))
                    return []
                }
            case .success(let value?):
                if value != stored.final(item: item.code, rule: year.rules.finalScore) { change.items[item.code] = value }
            }
        }
        let limits: [(Adjustment.Kind, Points, String, FieldKey)] = [(.bonus, year.rules.bonusMaximum, state.words.columnBonus, .bonus),
                                                                     (.deduction, year.rules.deductionMaximum, state.words.columnDeduction, .deduction)]
        for (kind, limit, label, field) in limits {
            switch NumberInput.points(form.text(field), maximum: limit, field: label, words: state.words) {
            case .failure(let message):
                form.fail(message.text, field: field)
                return []
            case .success(let value):
                let value = value ?? .zero
                let current = (kind == .bonus ? stored.bonus : stored.deduction)?.points ?? .zero
                if value != current {
                    if kind == .bonus { change.bonus = value } else { change.deduction = value }
                }
            }
        }
        whatIf.set(change, for: unitID)
        state.whatIf = whatIf
        state.overlay = nil
        // Keep the unit selected where it now stands.
        if let review = state.whatIfReview, let index = review.ranking.entries.firstIndex(where: { $0.unit.id == unitID }) {
            ranking.selection.moveTo(index, count: review.ranking.count, visible: RankingScreen.visibleRows(ranking, state))
            state.status = StatusMessage(state.edit.whatIfMoved(review.ranking.entries[index].unit.name, review.ranking.entries[index].rank))
        }
        return []
    }

    static func voteForm(_ state: AppShared, year: YearSnapshot, unit: MemberUnit, award: String) -> Form {
        let edit = state.edit
        let existing = year.votes.first { $0.unitID == unit.id && $0.award == award }
        let awardName = year.rules.award(code: award).map(state.words.awardName) ?? award
        let members = year.units.count
        return Form(title: edit.voteTitle(unit.name, awardName), purpose: .vote(unit.id, award: award), fields: [
            Form.Field(.present, edit.fieldPresent(members), number: String(existing?.present ?? members)),
            Form.Field(.votesFor, edit.fieldFor, number: existing.map { String($0.votesFor) } ?? ""),
            Form.Field(.votesAgainst, edit.fieldAgainst, number: existing.map { String($0.votesAgainst) } ?? ""),
            Form.Field(.ballots, edit.fieldBallots, number: existing?.ballots.map(String.init) ?? ""),
            Form.Field(.invalid, edit.fieldInvalid, number: existing?.invalid.map(String.init) ?? ""),
        ], note: edit.voteRule(year.rules.quorum.numerator, year.rules.quorum.denominator,
                               year.rules.passThreshold.numerator, year.rules.passThreshold.denominator, members))
    }

    static func submitVote(_ form: inout Form, _ state: inout AppShared, unitID: MemberUnit.ID, award: String) -> [AppEffect] {
        guard let year = YearEditing.writableYear(&state) else { return [] }
        var counts: [Int] = []
        for field in [FieldKey.present, .votesFor, .votesAgainst] {
            switch NumberInput.count(form.text(field), field: form.label(field), words: state.words) {
            case .success(let value): counts.append(value)
            case .failure(let refusal):
                form.fail(refusal.text, field: field)
                return []
            }
        }
        // The count record is optional: empty until the counting board reports.
        var record: [Int?] = []
        for field in [FieldKey.ballots, .invalid] {
            if form.text(field).isEmpty {
                record.append(nil)
                continue
            }
            switch NumberInput.count(form.text(field), field: form.label(field), words: state.words) {
            case .success(let value): record.append(value)
            case .failure(let refusal):
                form.fail(refusal.text, field: field)
                return []
            }
        }
        let tally = VoteTally(unitID: unitID, award: award, present: counts[0], votesFor: counts[1], votesAgainst: counts[2],
                              ballots: record[0], invalid: record[1])
        if let problem = tally.problems(memberCount: year.units.count).first {
            let words = state.words
            switch problem {
            case .negativeCount: form.fail(words.voteNegative, field: .present)
            case .moreVotesThanPresent(let present, let cast): form.fail(words.voteMoreThanPresent(present, cast), field: .votesFor)
            case .morePresentThanMembers(let present, let members): form.fail(words.voteMorePresentThanMembers(present, members), field: .present)
            case .moreBallotsThanPresent(let ballots, let present): form.fail(words.voteMoreBallotsThanPresent(ballots, present), field: .ballots)
            case .ballotsDoNotAddUp(let ballots, let counted): form.fail(words.voteBallotsDoNotAddUp(ballots, counted), field: .ballots)
            case .invalidWithoutBallots: form.fail(words.voteInvalidWithoutBallots, field: .ballots)
            }
            return []
        }
        state.overlay = nil
        let seen = (form.seenYear ?? year).votes.first { $0.unitID == unitID && $0.award == award }
        return [YearEditing.change(year, .recordVote(tally, expecting: form.expected(seen)))]
    }
}
