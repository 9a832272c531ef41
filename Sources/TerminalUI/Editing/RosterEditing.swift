import Emulation

/// The roster screen's own keys: add, edit, remove or set aside a unit, change the order, filter.
enum RosterEditing {
    static let roleOrder: [Membership.Role] = [.member, .deputy, .head]
    static let eligibilityOrder: [Eligibility.Cause?] = [nil] + Eligibility.Cause.allCases.map { $0 }

    /// Keys while the filter line is open: typing narrows the list at once.
    static func handleFilter(_ key: Key, _ roster: inout RosterListing, _ state: inout AppShared) -> [AppEffect] {
        guard var field = roster.filterField else { return [] }
        switch key {
        case .enter:
            roster.filterField = nil
        case .escape:
            roster.filterField = nil
            roster.filter = ""
        default:
            field.handle(key)
            roster.filterField = field
            roster.filter = field.text.trimmingSpaces()
        }
        refresh(&roster, state)
        return []
    }

    static func refresh(_ roster: inout RosterListing, _ state: AppShared, keeping unitID: MemberUnit.ID? = nil) {
        let current = unitID ?? roster.selected?.unit.id
        roster.refresh(state.year)
        roster.selection.keepVisible(count: roster.rows.count, visible: RosterScreen.visibleRows(state))
        if let current { roster.select(unitID: current, visible: RosterScreen.visibleRows(state)) }
    }

    static func perform(_ action: RosterScreen.Action, _ roster: inout RosterListing, _ state: inout AppShared) -> [AppEffect] {
        switch action {
        case .toggleOrder:
            roster.order = roster.order == .alphabetical ? .roster : .alphabetical
            refresh(&roster, state)
            return []
        case .filter:
            roster.filterField = TextField(roster.filter)
            return []
        case .yearMenu:
            YearEditing.openMenu(&state, exports: RosterScreen.exports, meetingDetails: false)
            return []
        case .awardHistory:
            AwardHistoryText.open(unit: roster.selected?.unit, &state)
            return []
        case .add, .edit, .remove, .toggleActive, .moveItemUp, .moveItemDown:
            break
        }
        guard let year = YearEditing.writableYear(&state), state.allows(.editRoster) else { return [] }
        let edit = state.edit
        switch action {
        case .add:
            state.overlay = .form(unitForm(state, unit: nil, role: .member))
        case .edit:
            guard let row = roster.selected else { return [] }
            guard let membership = row.membership else {
                state.status = StatusMessage(edit.inactiveCannotEdit(row.unit.name), isError: true)
                return []
            }
            state.overlay = .form(unitForm(state, unit: row.unit, role: membership.role))
        case .remove:
            guard let row = roster.selected else { return [] }
            if hasRecords(row.unit.id, in: year) {
                // Its records stay: offer to set it aside instead.
                guard row.isActive else {
                    state.status = StatusMessage(state.words.unitHasRecords(row.unit.name), isError: true)
                    return []
                }
                state.overlay = .confirm(ConfirmState(title: edit.removeTitle, message: edit.removeRefusedOfferInactive(row.unit.name),
                                                      onYes: YearEditing.change(year, .setUnitActive(row.unit.id, name: row.unit.name, active: false)),
                                                      enterMeansYes: false))
            } else {
                state.overlay = .confirm(ConfirmState(title: edit.removeTitle, message: edit.removeConfirm(row.unit.name),
                                                      onYes: YearEditing.change(year, .removeUnit(row.unit.id, name: row.unit.name)), enterMeansYes: false))
            }
        case .toggleActive:
            guard let row = roster.selected else { return [] }
            let message = row.isActive ? edit.inactiveConfirm(row.unit.name) : edit.activeConfirm(row.unit.name)
            state.overlay = .confirm(ConfirmState(title: edit.keyToggleActive, message: message,
                                                  onYes: YearEditing.change(year, .setUnitActive(row.unit.id, name: row.unit.name, active: !row.isActive))))
        case .moveItemUp, .moveItemDown:
            guard let row = roster.selected, row.isActive else { return [] }
            guard roster.order == .roster, roster.filter.isEmpty else {
                state.status = StatusMessage(edit.moveNeedsRosterOrder, isError: true)
                return []
            }
            let offset = action == .moveItemUp ? -1 : 1
            // The moved unit stays selected once the year reloads in its new order.
            roster.pendingUnit = row.unit.name
            return [YearEditing.change(year, .moveUnit(row.unit.id, by: offset))]
        case .toggleOrder, .filter, .yearMenu, .awardHistory:
            break
        }
        return []
    }

    /// Whether the store would refuse to remove the unit: it has a record this year.
    static func hasRecords(_ unitID: MemberUnit.ID, in year: YearSnapshot) -> Bool {
        let scores = year.scores[unitID]
        let pledge = year.pledge
        return scores?.hasScores(in: .selfAssessment) == true || scores?.hasScores(in: .cluster) == true || scores?.bonus != nil || scores?.deduction != nil
            || !(year.notes[unitID]?.isEmpty ?? true) || year.votes.contains { $0.unitID == unitID }
            || pledge.signatures[unitID] != nil || !(pledge.models[unitID]?.isEmpty ?? true) || !(pledge.registrations[unitID]?.isEmpty ?? true)
    }

    static func unitForm(_ state: AppShared, unit: MemberUnit?, role: Membership.Role) -> Form {
        let words = state.words
        let edit = state.edit
        let unit = unit ?? MemberUnit(id: 0, name: "", kind: defaultKind(state))
        let cause: Eligibility.Cause?
        let note: String
        switch unit.eligibility {
        case .eligible: (cause, note) = (nil, "")
        case .ineligible(let reason, let text): (cause, note) = (reason, text)
        }
        let fields = [
            Form.Field(.name, edit.fieldUnitName, text: unit.name),
            Form.Field(.shortName, words.columnShortName, text: unit.shortName),
            Form.Field(.kind, words.columnKind, text: unit.kind),
            Form.Field(.leader, edit.fieldLeader, text: unit.leader),
            Form.Field(.leaderPosition, edit.fieldLeaderPosition, text: unit.leaderPosition),
            Form.Field(.role, words.columnRole, .choice(roleOrder.map(words.role), roleOrder.firstIndex(of: role) ?? 0)),
            Form.Field(.womenMajority, edit.fieldWomenMajority, .toggle(unit.womenMajority)),
            Form.Field(.eligibility, words.columnEligibility, .choice(eligibilityOrder.map { $0.map(words.ineligibleCause) ?? words.eligible },
                                                        eligibilityOrder.firstIndex(of: cause) ?? 0)),
            Form.Field(.eligibilityNote, edit.fieldEligibilityNote, text: note),
        ]
        let purpose: Form.Purpose = unit.id == 0 ? .addUnit : .editUnit(unit.id)
        return Form(title: unit.id == 0 ? edit.addUnitTitle : edit.editUnitTitle(unit.name), purpose: purpose, fields: fields, note: edit.formKeysHint)
    }

    /// A new unit's kind: the most common kind among the members ("xã", "sở"…), to save typing.
    private static func defaultKind(_ state: AppShared) -> String {
        let kinds = Dictionary(grouping: state.year?.units.map(\.kind).filter { !$0.isEmpty } ?? [], by: { $0 })
        return kinds.max { $0.value.count < $1.value.count }?.key ?? ""
    }

    static func submitUnit(_ form: inout Form, _ roster: inout RosterListing, _ state: inout AppShared, unitID: MemberUnit.ID?) -> [AppEffect] {
        guard let year = YearEditing.writableYear(&state) else { return [] }
        let edit = state.edit
        let name = form.text(.name)
        guard !name.isEmpty else {
            form.fail(state.words.unitNameRequired, field: .name)
            return []
        }
        // Exact names (case aside): "An Hòa" and "An Hóa" are two communes.
        if let clash = (year.units + year.inactiveUnits).first(where: { $0.id != unitID && $0.name.lowercased() == name.lowercased() }) {
            form.fail(state.words.unitExists(clash.name), field: .name)
            return []
        }
        let cause = eligibilityOrder[form.choice(.eligibility)]
        let note = form.text(.eligibilityNote)
        if cause == nil && !note.isEmpty {
            form.fail(edit.eligibilityNoteWithoutCause, field: .eligibility)
            return []
        }
        let unit = MemberUnit(id: unitID ?? 0, name: name, shortName: form.text(.shortName), kind: form.text(.kind), leader: form.text(.leader),
                              leaderPosition: form.text(.leaderPosition), womenMajority: form.toggle(.womenMajority),
                              eligibility: cause.map { .ineligible($0, note: note) } ?? .eligible)
        // The store's rule for a unit's texts (at most 200 characters…), shown on its field
        // rather than after the form has closed.
        if let (field, problem) = unit.textProblems.first {
            let key = FieldKey(field)
            form.fail(form.label(key) + ": " + state.words.importProblem(ImportProblemWords(problem, text: unit[text: field])), field: key)
            return []
        }
        let role = roleOrder[form.choice(.role)]
        state.overlay = nil
        roster.pendingUnit = name
        guard let unitID else { return [YearEditing.change(year, .addUnit(unit, role: role))] }
        return [YearEditing.change(year, .updateUnit(unit, role: role, expecting: rosterEntry(unitID, in: form.seenYear ?? year).map(form.expected) ?? .anything))]
    }

    /// A unit's row as a year shows it: what its form compares with on saving.
    static func rosterEntry(_ unitID: MemberUnit.ID, in year: YearSnapshot) -> RosterEntry? {
        guard let unit = year.units.first(where: { $0.id == unitID }) else { return nil }
        return RosterEntry(unit: unit, role: year.memberships.first { $0.unitID == unitID }?.role ?? .member)
    }
}
