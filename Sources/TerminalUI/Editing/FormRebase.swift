import Emulation

/// A form given back after a conflict holds the clerk's whole copy, fields they never touched
/// included. Once the year reloads, those fields take the other clerk's values, so "keep mine"
/// writes what the clerk changed and nothing they did not see.
enum FormRebase {
    /// Rebases `form` (opened on its `seenYear`) onto `year`: every field still as it was when
    /// the form opened now shows what `year` holds; fields the clerk changed stay as typed.
    static func rebase(_ form: inout Form, onto year: YearSnapshot, _ state: AppShared) {
        guard let seenYear = form.seenYear, let purpose = purpose(form.purpose, from: seenYear, to: year) else { return }
        // A unit's models are as many fields as the longer list: line the three copies up.
        let models = modelFieldCount(&form, seenYear, year, state)
        guard let original = opened(form.purpose, year: seenYear, state, modelFields: models),
              let fresh = opened(purpose, year: year, state, modelFields: models) else { return }
        // Fields are matched by what they hold, not by position.
        let input = { (form: Form, key: FieldKey) in form.fields.first { $0.key == key }?.input }
        for index in form.fields.indices {
            let key = form.fields[index].key
            guard let seen = input(original, key), let now = input(fresh, key), sameValue(form.fields[index].input, seen) else { continue }
            form.fields[index].input = now
        }
        form.purpose = purpose
        form.seenYear = year
    }

    /// The purpose on the newer year: a task or drive is found again by its id (another clerk
    /// may have added or moved lines); nil when it is gone.
    private static func purpose(_ purpose: Form.Purpose, from seen: YearSnapshot, to year: YearSnapshot) -> Form.Purpose? {
        switch purpose {
        case .task(let index?):
            guard let id = seen.pledge.taskID(at: index), let found = year.pledge.taskIDs.firstIndex(of: id) else { return nil }
            return .task(index: found)
        case .drive(let index?):
            guard let id = seen.pledge.driveID(at: index), let found = year.pledge.driveIDs.firstIndex(of: id) else { return nil }
            return .drive(index: found)
        case .task(nil), .drive(nil), .newCluster, .addUnit, .editUnit, .editCluster, .pledgeHeader, .unitPledge, .reopen, .handover,
             .whatIf, .vote, .decision, .meeting, .adjustmentReason, .rules:
            return purpose
        }
    }

    /// The form as it opens for `purpose` on `year`; nil for a form that adds something new or
    /// is not about stored values.
    private static func opened(_ purpose: Form.Purpose, year: YearSnapshot, _ state: AppShared, modelFields: Int) -> Form? {
        // Every builder takes the year it is given, so the shared state's year (and its review) is left alone.
        switch purpose {
        case .editUnit(let id):
            guard let entry = RosterEditing.rosterEntry(id, in: year) else { return nil }
            return RosterEditing.unitForm(state, unit: entry.unit, role: entry.role)
        case .editCluster: return YearEditing.clusterForm(state, year.cluster)
        case .meeting: return YearEditing.meetingForm(state, year.meeting)
        case .pledgeHeader: return PledgeEditing.headerForm(state, year)
        case .task(let index?) where year.pledge.tasks.indices.contains(index): return PledgeEditing.taskForm(state, year.pledge, index: index)
        case .drive(let index?) where year.pledge.drives.indices.contains(index): return PledgeEditing.driveForm(state, year.pledge, index: index)
        case .unitPledge(let id):
            guard let unit = year.units.first(where: { $0.id == id }) else { return nil }
            return PledgeEditing.unitForm(state, year: year, unit: unit, focusSigner: false, modelFieldCount: modelFields)
        case .vote(let id, let award):
            guard let unit = year.units.first(where: { $0.id == id }) else { return nil }
            return RankingEditing.voteForm(state, year: year, unit: unit, award: award)
        case .decision(let id, let proposed):
            guard let unit = year.units.first(where: { $0.id == id }) else { return nil }
            return DecisionEditing.form(state, year: year, unit: unit, proposed: proposed)
        case .rules(let edit):
            guard case .field = edit else { return nil }
            return RulesEditing.form(state, year: year, edit)
        case .newCluster, .addUnit, .task(nil), .drive(nil), .task, .drive, .reopen, .handover, .whatIf, .adjustmentReason:
            return nil
        }
    }

    /// For a unit's pledge form, the number of model fields all three copies get (the typed one
    /// padded with empty fields); for any other form, the default.
    private static func modelFieldCount(_ form: inout Form, _ seen: YearSnapshot, _ year: YearSnapshot, _ state: AppShared) -> Int {
        guard case .unitPledge(let id) = form.purpose else { return PledgeEditing.modelFields }
        let typed = form.fields.filter { if case .model = $0.key { return true } else { return false } }.count
        let count = max(PledgeEditing.modelFields, typed, seen.pledge.models[id]?.count ?? 0, year.pledge.models[id]?.count ?? 0)
        guard typed < count else { return count }
        // The models come first on the form: the new empty ones go after the last.
        let added = (typed..<count).map { Form.Field(.model($0), state.edit.fieldModel($0 + 1), text: "") }
        form.fields.insert(contentsOf: added, at: typed)
        if form.focus >= typed { form.focus += added.count }
        return count
    }

    /// Same value shown, whatever the cursor or selection.
    private static func sameValue(_ a: Form.Input, _ b: Form.Input) -> Bool {
        switch (a, b) {
        case (.text(let x), .text(let y)): return x.text == y.text
        case (.choice(_, let x), .choice(_, let y)): return x == y
        case (.toggle(let x), .toggle(let y)): return x == y
        case (.text, _), (.choice, _), (.toggle, _): return false
        }
    }
}
