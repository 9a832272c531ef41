import Emulation

/// The pledge screen's own keys: the heading, tasks and drives (add, edit, remove, reorder),
/// each unit's models, titles and signature, and signing with one key.
enum PledgeEditing {
    /// Model fields on a unit's form: 1–2 are expected, more are allowed with a warning.
    static let modelFields = 4

    static func perform(_ command: PledgeScreen.Action, _ position: inout PledgeState, _ state: inout AppShared) -> [AppEffect] {
        if command == .yearMenu {
            YearEditing.openMenu(&state, exports: PledgeScreen.exports, meetingDetails: false)
            return []
        }
        guard let year = YearEditing.writableYear(&state) else { return [] }
        if let action = guarded(command, position, year), !state.allows(action) { return [] }
        let edit = state.edit
        let pledge = year.pledge
        let index = position.selection.index
        switch (command, position.section) {
        case (.editHeader, _):
            state.overlay = .form(headerForm(state, year))
        case (.add, .tasks), (.edit, .tasks):
            let adding = command == .add || pledge.tasks.isEmpty
            state.overlay = .form(taskForm(state, pledge, index: adding ? nil : min(index, pledge.tasks.count - 1)))
        case (.add, .drives), (.edit, .drives):
            let adding = command == .add || pledge.drives.isEmpty
            state.overlay = .form(driveForm(state, pledge, index: adding ? nil : min(index, pledge.drives.count - 1)))
        case (.add, .units):
            // Units are added where they are listed: on the roster.
            state.requestedScreen = .roster
            state.overlay = .form(RosterEditing.unitForm(state, unit: nil, role: .member))
        case (.edit, .units):
            guard year.units.indices.contains(index) else { return [] }
            state.overlay = .form(unitForm(state, year: year, unit: year.units[index], focusSigner: false))
        case (.remove, .tasks), (.remove, .drives):
            let isTask = position.section == .tasks
            let count = isTask ? pledge.tasks.count : pledge.drives.count
            guard index < count, let id = isTask ? pledge.taskID(at: index) : pledge.driveID(at: index) else { return [] }
            // Removed by its id, and only if it still reads as shown: another clerk's edit of it is not thrown away.
            let removal: YearChange = isTask ? .saveTask(id: id, text: nil, expecting: .value(pledge.tasks[index]))
                : .saveDrive(id: id, nil, expecting: .value(pledge.drives[index]))
            let name = isTask ? pledge.tasks[index] : pledge.drives[index].name
            let signed = isTask ? pledge.signedCount(members: year.units.map(\.id)) : 0
            state.overlay = .confirm(ConfirmState(title: edit.removeTitle,
                                                  message: edit.removeLineConfirm(index + 1, name) + (signed > 0 ? edit.resignWarning(signed) : ""),
                                                  onYes: YearEditing.change(year, removal), enterMeansYes: false))
        case (.moveItemUp, .tasks), (.moveItemDown, .tasks), (.moveItemUp, .drives), (.moveItemDown, .drives):
            let offset = command == .moveItemUp ? -1 : 1
            let target = index + offset
            let move: YearChange
            if position.section == .tasks {
                guard pledge.tasks.indices.contains(target), let id = pledge.taskID(at: index) else { return [] }
                move = .moveTask(id: id, by: offset)
            } else {
                guard pledge.drives.indices.contains(target), let id = pledge.driveID(at: index) else { return [] }
                move = .moveDrive(id: id, by: offset)
            }
            // A new order is a new pledge: units that signed are asked to sign again, so ask first.
            let signed = position.section == .tasks ? pledge.signedCount(members: year.units.map(\.id)) : 0
            if signed > 0 {
                state.overlay = .confirm(ConfirmState(title: edit.keyMoveUp + "/" + edit.keyMoveDown, message: edit.reorderTasksConfirm(signed),
                                                      onYes: YearEditing.change(year, move)))
                return []
            }
            position.selection.move(by: offset, count: PledgeScreen.count(position, state), visible: PledgeScreen.visibleRows(state))
            return [YearEditing.change(year, move)]
        case (.sign, _):
            guard position.section == .units else {
                position.section = .units
                return []
            }
            guard year.units.indices.contains(index) else { return [] }
            let unit = year.units[index]
            if case .signed(let signature) = pledge.signatureState(of: unit.id) {
                state.status = StatusMessage(edit.alreadySigned(unit.name, signature.date.vietnamese))
                return []
            }
            let previous = pledge.signatures[unit.id]
            let signer = previous?.signer ?? unit.leader
            guard !signer.isEmpty else {
                // Nobody to sign in the unit's name yet: the form asks for the signer.
                state.overlay = .form(unitForm(state, year: year, unit: unit, focusSigner: true))
                return []
            }
            position.units.move(by: 1, count: year.units.count, visible: PledgeScreen.visibleRows(state))
            return [YearEditing.change(year, .sign(unit.id, signer: signer, position: previous?.position ?? unit.leaderPosition, expecting: .value(previous)))]
        case (.remove, .units), (.moveItemUp, .units), (.moveItemDown, .units), (.yearMenu, _):
            break
        }
        return []
    }

    /// What a key changes, as storage guards it: the pledge's text (heading, tasks, drives) is
    /// the secretary's; a unit's models, registrations and signature are its clerk's; units are
    /// added on the roster. Nil when the key changes nothing by itself (`c` away from the units
    /// only shows them), or no unit is selected.
    static func guarded(_ command: PledgeScreen.Action, _ position: PledgeState, _ year: YearSnapshot) -> GuardedAction? {
        let unit = position.units.unit(in: year.units)
        switch (command, position.section) {
        case (.yearMenu, _), (.sign, .tasks), (.sign, .drives): return nil
        case (.editHeader, _), (.remove, _), (.moveItemUp, _), (.moveItemDown, _),
             (.add, .tasks), (.edit, .tasks), (.add, .drives), (.edit, .drives):
            return .editPledgeText
        case (.add, .units): return .editRoster
        case (.edit, .units): return unit.map { .unitPledge(unit: $0) }
        case (.sign, .units): return unit.map { .signPledge(unit: $0) }
        }
    }

    static func headerForm(_ state: AppShared, _ year: YearSnapshot) -> Form {
        let edit = state.edit
        let pledge = year.pledge
        return Form(title: edit.pledgeHeaderTitle, purpose: .pledgeHeader, fields: [
            Form.Field(.title, edit.fieldTitle, text: pledge.title.isEmpty ? state.words.pledgeDefaultTitle(year.reference.year) : pledge.title),
            Form.Field(.slogan, edit.fieldSlogan, text: pledge.slogan),
            Form.Field(.date, edit.fieldDate, text: pledge.date?.vietnamese ?? ""),
            Form.Field(.place, edit.fieldPlace, text: pledge.place),
        ], note: edit.formKeysHint)
    }

    /// A task's form; `index` nil adds one at the end.
    static func taskForm(_ state: AppShared, _ pledge: Pledge, index: Int?) -> Form {
        let edit = state.edit
        let text = index.map { pledge.tasks[$0] } ?? ""
        let warning = pledge.signatures.isEmpty ? edit.formKeysHint : edit.tasksChangeResign
        return Form(title: index.map { edit.editTaskTitle($0 + 1) } ?? edit.addTaskTitle(pledge.tasks.count + 1),
                    purpose: .task(index: index), fields: [Form.Field(.task, edit.fieldTask, text: text)], note: warning)
    }

    /// A drive's form; `index` nil adds one at the end.
    static func driveForm(_ state: AppShared, _ pledge: Pledge, index: Int?) -> Form {
        let edit = state.edit
        let drive = index.map { pledge.drives[$0] } ?? Pledge.Drive(name: "")
        return Form(title: index.map { edit.editDriveTitle($0 + 1) } ?? edit.addDriveTitle(pledge.drives.count + 1),
                    purpose: .drive(index: index), fields: [
                        Form.Field(.name, edit.fieldDriveName, text: drive.name),
                        Form.Field(.start, edit.fieldStart, text: drive.start?.vietnamese ?? ""),
                        Form.Field(.end, edit.fieldEnd, text: drive.end?.vietnamese ?? ""),
                    ], note: edit.formKeysHint)
    }

    static func keepVisible(_ position: inout PledgeState, _ state: AppShared) {
        let total = PledgeScreen.count(position, state)
        position.selection.keepVisible(count: total, visible: PledgeScreen.visibleRows(state))
    }

    /// A unit's pledge form: at least `modelFieldCount` model fields (4), more when it has more models.
    static func unitForm(_ state: AppShared, year: YearSnapshot, unit: MemberUnit, focusSigner: Bool, modelFieldCount: Int = modelFields) -> Form {
        let words = state.words
        let edit = state.edit
        let pledge = year.pledge
        let models = pledge.models[unit.id] ?? []
        var fields = (0..<max(modelFieldCount, models.count)).map { index in
            Form.Field(.model(index), edit.fieldModel(index + 1), text: index < models.count ? models[index] : "")
        }
        for award in year.rules.awards {
            fields.append(Form.Field(.registered(award.code), edit.fieldRegistered(words.awardShort(award)), .toggle(pledge.registrations[unit.id]?.contains(award.code) ?? false)))
        }
        let signature = pledge.signatures[unit.id]
        fields.append(Form.Field(.signer, edit.fieldSigner, text: signature?.signer ?? (focusSigner ? unit.leader : "")))
        fields.append(Form.Field(.position, edit.fieldPosition, text: signature?.position ?? (focusSigner ? unit.leaderPosition : "")))
        fields.append(Form.Field(.signedOn, edit.fieldSignedOn, text: signature?.date.vietnamese ?? (focusSigner ? state.today?.vietnamese ?? "" : "")))
        var form = Form(title: edit.unitPledgeTitle(unit.name), purpose: .unitPledge(unit.id), fields: fields, note: edit.unitPledgeNote)
        if focusSigner { form.focus(on: .signer) }
        return form
    }

    static func submitUnit(_ form: inout Form, _ state: inout AppShared, unitID: MemberUnit.ID) -> [AppEffect] {
        guard let year = YearEditing.writableYear(&state) else { return [] }
        let edit = state.edit
        let models = form.fields.compactMap { field -> String? in
            guard case .model = field.key else { return nil }
            return form.text(field.key)
        }.filter { !$0.isEmpty }
        var registrations = Set<String>()
        // The awards the form was opened with: a rule changed meanwhile does not shift a toggle.
        for field in form.fields {
            if case .registered(let code) = field.key, form.toggle(field.key) { registrations.insert(code) }
        }
        let signer = form.text(.signer)
        let position = form.text(.position)
        let dateText = form.text(.signedOn)
        var signature: PledgeSignatureInput?
        if !signer.isEmpty || !dateText.isEmpty {
            guard !signer.isEmpty else {
                form.fail(edit.signerRequired, field: .signer)
                return []
            }
            guard let date = dateText.isEmpty ? state.today : CalendarDate(parsing: dateText) else {
                form.fail(state.words.invalidDate(dateText), field: .signedOn)
                return []
            }
            let previous = (form.seenYear ?? year).pledge.signatures[unitID]
            // Saving models must not silently confirm an earlier version: only a changed
            // signature is a new one (the sign key confirms again).
            if previous?.signer != signer || previous?.position != position || previous?.date != date {
                signature = PledgeSignatureInput(signer: signer, position: position, date: date)
            }
        }
        state.overlay = nil
        return [YearEditing.change(year, .saveUnitPledge(unitID, models: models, registrations: registrations, signature: signature,
                                                         expecting: form.expected((form.seenYear ?? year).pledge.unitPledge(unitID))))]
    }

    static func submitHeader(_ form: inout Form, _ state: inout AppShared) -> [AppEffect] {
        guard let year = YearEditing.writableYear(&state) else { return [] }
        let dateText = form.text(.date)
        let date = CalendarDate(parsing: dateText)
        guard dateText.isEmpty || date != nil else {
            form.fail(state.words.invalidDate(dateText), field: .date)
            return []
        }
        let header = PledgeHeader(title: form.text(.title), slogan: form.text(.slogan), date: date, place: form.text(.place))
        state.overlay = nil
        return [YearEditing.change(year, .savePledgeHeader(header, expecting: form.expected((form.seenYear ?? year).pledge.header)))]
    }

    static func submitTask(_ form: inout Form, _ position: inout PledgeState, _ state: inout AppShared, index: Int?) -> [AppEffect] {
        guard let year = YearEditing.writableYear(&state) else { return [] }
        let text = form.text(.task)
        guard !text.isEmpty else {
            form.fail(state.edit.taskRequired, field: .task)
            return []
        }
        // The line is the one the form was opened on, by its id: tasks another clerk added or
        // moved meanwhile do not change which one this is.
        let seen = (form.seenYear ?? year).pledge
        state.overlay = nil
        if let index, let id = seen.taskID(at: index) {
            return [YearEditing.change(year, .saveTask(id: id, text: text, expecting: form.expected(seen.tasks[index] as String?)))]
        }
        let count = year.pledge.tasks.count + 1
        position.tasks.moveTo(count - 1, count: count, visible: PledgeScreen.visibleRows(state))
        return [YearEditing.change(year, .saveTask(id: nil, text: text, expecting: .anything))]
    }

    static func submitDrive(_ form: inout Form, _ position: inout PledgeState, _ state: inout AppShared, index: Int?) -> [AppEffect] {
        guard let year = YearEditing.writableYear(&state) else { return [] }
        let edit = state.edit
        let name = form.text(.name)
        guard !name.isEmpty else {
            form.fail(edit.driveRequired, field: .name)
            return []
        }
        var dates: [CalendarDate?] = []
        for field in [FieldKey.start, .end] {
            let text = form.text(field)
            let date = CalendarDate(parsing: text)
            guard text.isEmpty || date != nil else {
                form.fail(state.words.invalidDate(text), field: field)
                return []
            }
            dates.append(date)
        }
        if let start = dates[0], let end = dates[1], end < start {
            form.fail(edit.driveEndsBeforeStart, field: .end)
            return []
        }
        let drive = Pledge.Drive(name: name, start: dates[0], end: dates[1])
        let seen = (form.seenYear ?? year).pledge
        state.overlay = nil
        if let index, let id = seen.driveID(at: index) {
            return [YearEditing.change(year, .saveDrive(id: id, drive, expecting: form.expected(seen.drives[index] as Pledge.Drive?)))]
        }
        let count = year.pledge.drives.count + 1
        position.drives.moveTo(count - 1, count: count, visible: PledgeScreen.visibleRows(state))
        return [YearEditing.change(year, .saveDrive(id: nil, drive, expecting: .anything))]
    }
}
