import Documents
import Emulation

/// What every editing key of a year needs: a year that may still change, and the effect that
/// saves a change to it. Also the year menu (`y`): the cluster's details, the stages of the
/// year, the hand-over of the head role, the next year, and the documents.
enum YearEditing {
    /// The loaded year if it may change; otherwise says why not on the status line.
    static func writableYear(_ state: inout AppShared) -> YearSnapshot? {
        guard let year = state.year else {
            state.status = StatusMessage(state.words.screen.chooseYearFirst, isError: true)
            return nil
        }
        if year.reference.status.isReadOnly {
            state.status = StatusMessage(state.words.yearClosed(year.reference.clusterCode, year.reference.year), isError: true)
            return nil
        }
        return year
    }

    static func change(_ year: YearSnapshot, _ change: YearChange) -> AppEffect {
        .changeYear(code: year.reference.clusterCode, year: year.reference.year, change)
    }

    /// `exports` are the documents the screen offers; `meetingDetails`, whether the meeting's
    /// details are offered there whatever the stage (the ranking and the presentation).
    static func openMenu(_ state: inout AppShared, exports: [MenuExport], meetingDetails: Bool) {
        guard let year = state.year else {
            state.status = StatusMessage(state.words.screen.chooseYearFirst, isError: true)
            return
        }
        let edit = state.edit
        let status = year.reference.status
        var items: [MenuItem] = []
        if let next = status.next {
            items.append(MenuItem(next == .closed ? edit.menuClose(year.reference.year) : edit.menuAdvance(state.words.status(next)), .advance))
        } else {
            items.append(MenuItem(edit.menuReopen, .reopen))
        }
        items.append(MenuItem(edit.menuHandover(year.reference.year + 1), .handover, enabled: !status.isReadOnly))
        items.append(MenuItem(edit.menuNextYear(year.reference.year + 1), .openNextYear))
        items.append(MenuItem(edit.menuEditCluster, .editCluster))
        if meetingDetails || status == .review {
            items.append(MenuItem(edit.menuMeeting, .meeting, enabled: !status.isReadOnly))
        }
        // Only what the account may do: a viewer's menu holds the documents alone.
        items.removeAll { item in guarded(item.action).map { !state.may($0) } ?? false }
        // Only what the Documents table writes (ExportTable.swift) reaches the menu.
        // A blank grid is for scores still to come: none once the year is closed.
        for export in exports where export.kind.offers(export.format) && !(export.blank && status.isReadOnly) {
            let label = export.blank ? edit.menuExportBlankGrid
                : export.format == .html ? edit.menuExportPrintable : edit.menuExport(edit.exportName(export.kind), export.format.rawValue)
            items.append(MenuItem(label, .export(export.kind, format: export.format, blank: export.blank)))
        }
        if meetingDetails || status == .review {
            // What the province still lacks, under the line that writes the dossier; the reports
            // are the units' to complete and are checked in the folder, not here.
            let gaps = Dossier.gaps(OfficialContext(snapshot: year, review: state.review, words: state.words.documents), reports: nil)
            let official = OfficialWords.matching(state.words.documents)
            items.append(MenuItem(edit.menuDossier(gaps.count), .dossier))
            let shown = gaps.count > Self.dossierGapLines ? Self.dossierGapLines - 1 : gaps.count
            items += gaps.prefix(shown).map { MenuItem("  · " + official.gap($0), .note, enabled: false) }
            if gaps.count > shown { items.append(MenuItem("  · " + edit.dossierMoreGaps(gaps.count - shown), .note, enabled: false)) }
        }
        // Last, so the documents keep their numbers.
        items.append(MenuItem(state.words.rulesScreen.menuRules, .rules))
        state.overlay = .menu(Menu(title: edit.menuTitle(year.reference.clusterCode, year.reference.year, state.words.status(status)), items: items))
    }

    /// The checklist's lines the year menu shows at most: the menu fits 24 rows.
    static let dossierGapLines = 3

    /// What a menu line changes, as storage guards it; nil for a document, which only reads.
    static func guarded(_ action: MenuAction) -> GuardedAction? {
        switch action {
        case .advance: return .changeStage
        case .reopen: return .reopenYear
        case .handover: return .recordHandover
        case .openNextYear: return .openYear
        case .editCluster: return .editCluster
        case .meeting: return .recordMeeting
        case .vote: return .recordVote
        case .export, .rules, .dossier, .note: return nil
        }
    }

    static func run(_ action: MenuAction, _ state: inout AppShared) -> [AppEffect] {
        let edit = state.edit
        guard let year = state.year else { return [] }
        if let guarded = guarded(action), !state.allows(guarded) { return [] }
        let reference = year.reference
        switch action {
        case .advance:
            guard let writable = writableYear(&state), let next = reference.status.next else { return [] }
            let message = next == .closed ? edit.closeConfirm(reference.clusterCode, reference.year)
                : edit.advanceConfirm(reference.clusterCode, reference.year, state.words.status(next))
            state.overlay = .confirm(ConfirmState(title: edit.menuAdvance(state.words.status(next)), message: message, onYes: change(writable, .advance),
                                                  enterMeansYes: next != .closed))
        case .reopen:
            state.overlay = .form(Form(title: edit.reopenTitle(reference.clusterCode, reference.year), purpose: .reopen,
                                       fields: [Form.Field(.reason, edit.fieldReason, text: "")], note: edit.reopenNote))
        case .handover:
            guard writableYear(&state) != nil else { return [] }
            guard !year.units.isEmpty else {
                state.status = StatusMessage(edit.handoverNoUnits, isError: true)
                return []
            }
            state.overlay = .form(handoverForm(state, year: year))
        case .openNextYear:
            state.overlay = .confirm(ConfirmState(title: edit.menuNextYear(reference.year + 1), message: edit.nextYearConfirm(reference.clusterCode, reference.year + 1),
                                                  onYes: change(year, .openNextYear)))
        case .editCluster:
            // The cluster's name and kind are in every year's documents, the closed one's too.
            guard writableYear(&state) != nil else { return [] }
            state.overlay = .form(clusterForm(state, year.cluster))
        case .meeting:
            guard writableYear(&state) != nil else { return [] }
            state.overlay = .form(meetingForm(state, year.meeting))
        case .vote(let unitID, let award):
            guard let writable = writableYear(&state), let unit = year.units.first(where: { $0.id == unitID }) else { return [] }
            state.overlay = .form(RankingEditing.voteForm(state, year: writable, unit: unit, award: award))
        case .export(let kind, let format, let blank):
            return [.export(code: reference.clusterCode, year: reference.year, kind, format: format, blank: blank)]
        case .rules:
            state.overlay = nil
            state.requestedScreen = .rules
        case .dossier:
            state.overlay = nil
            return [.writeDossier(code: reference.clusterCode, year: reference.year)]
        case .note:
            break
        }
        return []
    }

    /// Next year's head and deputy, proposed by rotation; changing either makes it an election.
    static func handoverForm(_ state: AppShared, year: YearSnapshot) -> Form {
        let edit = state.edit
        let ineligible = Set(year.units.filter { !$0.eligibility.isEligible }.map(\.id))
        let proposal = HeadRotation.propose(roster: year.memberships, ineligible: ineligible)
        // What was recorded stays what the form shows: Enter must not replace an election by rotation.
        let recorded = year.handovers.first { $0.forYear == year.reference.year + 1 }
        let names = year.units.map(\.name)
        let head = recorded?.head ?? proposal.head
        let deputy = recorded.map { $0.deputy } ?? proposal.deputy
        let headIndex = year.units.firstIndex { $0.id == head } ?? 0
        let deputyIndex = year.units.firstIndex { $0.id == deputy }.map { $0 + 1 } ?? 0
        let name = { (id: MemberUnit.ID?) in year.units.first { $0.id == id }?.name ?? "—" }
        var note = edit.rotationProposal(name(proposal.head), name(proposal.deputy))
        if let recorded { note = edit.handoverRecorded(recorded.headName, recorded.deputyName ?? "—", recorded.date.vietnamese) + " " + note }
        return Form(title: edit.menuHandover(year.reference.year + 1), purpose: .handover, fields: [
            Form.Field(.head, edit.fieldHead, .choice(names, headIndex)),
            Form.Field(.deputy, edit.fieldDeputy, .choice(["—"] + names, deputyIndex)),
            Form.Field(.date, edit.fieldDate, text: (recorded?.date ?? state.today)?.vietnamese ?? ""),
        ], note: note)
    }

    static func submitHandover(_ form: inout Form, _ state: inout AppShared) -> [AppEffect] {
        guard let year = writableYear(&state), !year.units.isEmpty else { return [] }
        let edit = state.edit
        let head = year.units[min(form.choice(.head), year.units.count - 1)].id
        let deputyChoice = form.choice(.deputy)
        let deputy = deputyChoice == 0 ? nil : year.units[min(deputyChoice - 1, year.units.count - 1)].id
        guard deputy != head else {
            form.fail(edit.headIsDeputy, field: .deputy)
            return []
        }
        for (field, id) in [(FieldKey.head, head), (.deputy, deputy)] {
            if let unit = year.units.first(where: { $0.id == id }), !unit.eligibility.isEligible {
                form.fail(edit.ineligibleForRole(unit.name), field: field)
                return []
            }
        }
        let dateText = form.text(.date)
        let date = CalendarDate(parsing: dateText)
        guard dateText.isEmpty || date != nil else {
            form.fail(state.words.invalidDate(dateText), field: .date)
            return []
        }
        let ineligible = Set(year.units.filter { !$0.eligibility.isEligible }.map(\.id))
        let proposal = HeadRotation.propose(roster: year.memberships, ineligible: ineligible)
        let method: Handover.Method = proposal.head == head && proposal.deputy == deputy ? .rotation : .election
        state.overlay = nil
        return [change(year, .handover(head: head, deputy: deputy, method: method, date: date))]
    }

    static func submitReopen(_ form: inout Form, _ state: inout AppShared) -> [AppEffect] {
        guard let year = state.year else { return [] }
        let reason = form.text(.reason)
        guard !reason.isEmpty else {
            form.fail(state.words.screen.unlockReasonRequired, field: .reason)
            return []
        }
        state.overlay = nil
        return [change(year, .reopen(reason: reason))]
    }

    static func clusterForm(_ state: AppShared, _ cluster: Cluster) -> Form {
        let kinds = Cluster.Kind.allCases
        return Form(title: state.edit.editClusterTitle(cluster.code), purpose: .editCluster, fields: [
            Form.Field(.name, state.words.screen.fieldName, text: cluster.name),
            Form.Field(.kind, state.words.screen.fieldKind, .choice(kinds.map(state.words.clusterKind), kinds.firstIndex(of: cluster.kind) ?? 0)),
            Form.Field(.authority, state.words.screen.fieldAuthority, text: cluster.authority),
        ], note: state.edit.formKeysHint)
    }

    static func meetingForm(_ state: AppShared, _ meeting: MeetingRecord) -> Form {
        let edit = state.edit
        return Form(title: edit.menuMeeting, purpose: .meeting, fields: [
            Form.Field(.date, edit.fieldDate, text: (meeting.date ?? state.today)?.vietnamese ?? ""),
            Form.Field(.start, edit.fieldMeetingStart, text: meeting.start?.text ?? ""),
            Form.Field(.end, edit.fieldMeetingEnd, text: meeting.end?.text ?? ""),
            Form.Field(.place, edit.fieldMeetingPlace, text: meeting.place),
            Form.Field(.chair, edit.fieldChair, text: meeting.chair),
            Form.Field(.secretary, edit.fieldSecretary, text: meeting.secretary),
            Form.Field(.membersPresent, edit.fieldMembersPresent(state.year?.units.count ?? 0), number: meeting.membersPresent.map(String.init) ?? ""),
            Form.Field(.attendees, edit.fieldAttendees, text: meeting.attendees.joined(separator: "; ")),
            Form.Field(.note, edit.fieldNote, text: meeting.note),
        ], note: edit.meetingFormNote)
    }

    static func submitMeeting(_ form: inout Form, _ state: inout AppShared) -> [AppEffect] {
        guard let year = writableYear(&state) else { return [] }
        let dateText = form.text(.date)
        let date = CalendarDate(parsing: dateText)
        guard dateText.isEmpty || date != nil else {
            form.fail(state.words.invalidDate(dateText), field: .date)
            return []
        }
        var times: [ClockTime?] = []
        for field in [FieldKey.start, .end] {
            let text = form.text(field)
            let time = ClockTime(parsing: text)
            guard text.isEmpty || time != nil else {
                form.fail(state.words.invalidTime(text), field: field)
                return []
            }
            times.append(time)
        }
        var present: Int?
        if !form.text(.membersPresent).isEmpty {
            switch NumberInput.count(form.text(.membersPresent), field: form.label(.membersPresent), words: state.words) {
            case .success(let value) where value <= year.units.count: present = value
            case .success(let value):
                form.fail(state.words.voteMorePresentThanMembers(value, year.units.count), field: .membersPresent)
                return []
            case .failure(let refusal):
                form.fail(refusal.text, field: .membersPresent)
                return []
            }
        }
        let attendees = form.text(.attendees).split(separator: ";").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        let meeting = MeetingRecord(date: date, place: form.text(.place), chair: form.text(.chair), secretary: form.text(.secretary), attendees: attendees,
                                    note: form.text(.note), start: times[0], end: times[1], membersPresent: present)
        state.overlay = nil
        return [change(year, .saveMeeting(meeting, expecting: form.expected((form.seenYear ?? year).meeting)))]
    }

    static func submitCluster(_ form: inout Form, _ state: inout AppShared) -> [AppEffect] {
        guard var cluster = state.year?.cluster, let year = state.year else { return [] }
        let name = form.text(.name)
        guard !name.isEmpty else {
            form.fail(state.words.clusterNameRequired, field: .name)
            return []
        }
        cluster.name = name
        cluster.kind = Cluster.Kind.allCases[form.choice(.kind)]
        cluster.authority = form.text(.authority)
        state.overlay = nil
        return [change(year, .updateCluster(cluster, expecting: form.expected((form.seenYear ?? year).cluster)))]
    }
}
