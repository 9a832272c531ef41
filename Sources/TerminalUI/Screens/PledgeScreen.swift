import Documents
import Emulation

extension ScreenID {
    public static let pledge = ScreenID(rawValue: "pledge")
}

/// The pledge of a cluster-year: its heading, then one of three parts: the ordered key tasks,
/// the drives with their dates, or each unit's models, registered titles and signature (the
/// checklist, with the count signed).
enum PledgeScreen: Screen {
    static let id = ScreenID.pledge
    static let letter: Character = "p"
    static func name(_ words: Catalogue) -> String { words.screen.pledgeName }
    static func summary(_ words: Catalogue) -> String { words.screen.pledgeSummary }
    static var initialState: PledgeState { PledgeState() }
    static var exports: [MenuExport] { [MenuExport(.pledge, .md), MenuExport(.pledge, .txt), MenuExport(.pledge, .xlsx), MenuExport(.roster, .xlsx)] }

    enum Action: Hashable, Sendable {
        case sign
        case add
        case edit
        case editHeader
        case remove
        case moveItemUp
        case moveItemDown
        case yearMenu
    }

    /// Each key only for who may make its change (`PledgeEditing.guarded`): the pledge's text
    /// for the secretary, the selected unit's models, registrations and signature for its clerk.
    /// `c` away from the units shows them, for who may sign for one of them.
    static func bindings(_ position: PledgeState, _ state: AppShared) -> [KeyBinding<Action>] {
        let all: [KeyBinding<Action>] = [
            KeyBinding(.sign, keys: [.character("c")], label: "c", inFooter: true, name: { $0.edit.keySign }, help: { $0.edit.keySignHelp }),
            KeyBinding(.add, keys: [.character("a")], label: "a", inFooter: true, name: { $0.edit.keyAdd }, help: { $0.edit.keyAddLineHelp }),
            KeyBinding(.edit, keys: [.enter], label: "Enter", inFooter: true, name: { $0.edit.keyEdit }, help: { $0.edit.keyEditLineHelp }),
            KeyBinding(.editHeader, keys: [.character("e")], label: "e", inFooter: true, name: { $0.edit.keyHeader }, help: { $0.edit.keyHeaderHelp }),
            KeyBinding(.remove, keys: [.delete], label: "Delete", name: { $0.edit.keyRemove }, help: { $0.edit.keyRemoveLineHelp }),
            KeyBinding(.moveItemUp, keys: [.character("K")], label: "K", name: { $0.edit.keyMoveUp }, help: { $0.edit.keyMoveLineHelp }),
            KeyBinding(.moveItemDown, keys: [.character("J")], label: "J", name: { $0.edit.keyMoveDown }, help: { $0.edit.keyMoveLineHelp }),
            KeyMap.yearMenu(.yearMenu, inFooter: true),
        ]
        guard let year = state.year else { return all }
        return all.filter { binding in
            switch (binding.action, position.section) {
            case (.yearMenu, _): return true
            case (.sign, .tasks), (.sign, .drives): return year.units.contains { state.may(.signPledge(unit: $0.id)) }
            default: return PledgeEditing.guarded(binding.action, position, year).map(state.may) ?? !state.onlyReadsYear
            }
        }
    }

    static func perform(_ action: Action, key: Key, _ position: inout PledgeState, _ state: inout AppShared) -> [AppEffect] {
        PledgeEditing.perform(action, &position, &state)
    }

    /// Left and right switch between tasks, drives and units.
    static func move(_ movement: Movement, key: Key, _ position: inout PledgeState, _ state: inout AppShared) {
        switch movement {
        case .left, .right:
            position.switchSection(by: movement == .left ? -1 : 1)
            PledgeEditing.keepVisible(&position, state)
        case .up, .down, .pageUp, .pageDown, .first, .last:
            position.selection.apply(movement, count: count(position, state), visible: visibleRows(state))
        }
    }

    static func yearLoaded(previous: YearSnapshot?, previousReview: Review?, _ position: inout PledgeState, _ state: inout AppShared) {
        guard let year = state.year else { return }
        guard let previous else {
            position = PledgeState()
            return
        }
        if let id = position.units.unit(in: previous.units) { position.units.select(unit: id, in: year.units, visible: visibleRows(state)) }
        PledgeEditing.keepVisible(&position, state)
    }

    static func keepVisible(_ position: inout PledgeState, _ state: AppShared) {
        PledgeEditing.keepVisible(&position, state)
    }

    static func focus(unit: MemberUnit.ID, _ position: inout PledgeState, _ state: inout AppShared) {
        position.units.select(unit: unit, in: state.year?.units ?? [], visible: visibleRows(state))
    }

    static func selectedUnit(_ position: PledgeState, _ state: AppShared) -> MemberUnit.ID? {
        position.units.unit(in: state.year?.units ?? [])
    }

    /// Lines above the list: title, slogan, date and place, the part tabs, a blank line.
    static let headerLines = 4

    static func visibleRows(_ state: AppShared) -> Int { max(1, state.contentArea.rows - headerLines - 1) }

    static func count(_ position: PledgeState, _ state: AppShared) -> Int {
        guard let year = state.year else { return 0 }
        switch position.section {
        case .tasks: return year.pledge.tasks.count
        case .drives: return year.pledge.drives.count
        case .units: return year.units.count
        }
    }

    static func render(_ position: PledgeState, _ state: AppShared, into buffer: inout Buffer, area: Rect) {
        // The heading, tasks and drives can be written before any unit is on the roster.
        guard let year = state.year else {
            _ = YearScreen.year(state, into: &buffer, area: area)
            return
        }
        let words = state.words
        let edit = state.edit
        let pledge = year.pledge
        let width = area.columns - 2
        let title = pledge.title.isEmpty ? edit.pledgeNoTitle : pledge.title
        buffer.write(title, row: area.row, column: 1, role: pledge.title.isEmpty ? .muted : .accent, limit: width)
        if !pledge.slogan.isEmpty {
            buffer.write("“" + pledge.slogan + "”", row: area.row + 1, column: 1, role: .normal, limit: width)
        }
        let members = year.units.map(\.id)
        let signed = pledge.signedCount(members: members)
        var facts = [pledge.date.map { edit.pledgeDateLine($0.vietnamese) } ?? edit.pledgeNoDate]
        if !pledge.place.isEmpty { facts.append(edit.pledgePlaceLine(pledge.place)) }
        buffer.write(facts.joined(separator: " · "), row: area.row + 2, column: 1, role: .muted, limit: width)
        let count = words.pledgeChecklistCount(signed, members.count)
        let complete = signed == members.count && !members.isEmpty
        buffer.write(count, row: area.row + 2, column: area.right - 1 - DisplayWidth.of(count), role: complete ? .accent : .flagged)

        var column = 1
        for section in PledgeState.Section.allCases {
            let label: String
            switch section {
            case .tasks: label = edit.sectionTasks(pledge.tasks.count)
            case .drives: label = edit.sectionDrives(pledge.drives.count)
            case .units: label = edit.sectionUnits(signed, members.count)
            }
            let text = " " + label + " "
            buffer.write(text, row: area.row + 3, column: column, role: section == position.section ? .selected : .muted)
            column += DisplayWidth.of(text) + 1
        }

        let list = Rect(row: area.row + headerLines, column: 1, rows: area.rows - headerLines, columns: area.columns - 1)
        switch position.section {
        case .tasks:
            lines(pledge.tasks.enumerated().map { "\($0.offset + 1). \($0.element)" }, empty: edit.noTasks, position, state: state, into: &buffer, area: list)
        case .drives:
            lines(pledge.drives.enumerated().map { "\($0.offset + 1). " + edit.driveLine($0.element) }, empty: edit.noDrives, position, state: state, into: &buffer, area: list)
        case .units:
            if year.units.isEmpty {
                buffer.write(edit.rosterEmpty, row: list.row, column: 2, role: .muted, limit: list.columns - 2)
            } else {
                checklist(position, state, year: year).render(into: &buffer, area: list)
            }
        }
    }

    private static func lines(_ texts: [String], empty: String, _ position: PledgeState, state: AppShared, into buffer: inout Buffer, area: Rect) {
        guard !texts.isEmpty else {
            buffer.write(empty, row: area.row, column: 1, role: .muted, limit: area.columns - 2)
            return
        }
        let selection = position.selection
        for line in 0..<min(area.rows - 1, texts.count - selection.offset) {
            let index = selection.offset + line
            let role: StyleRole = index == selection.index ? .selected : .normal
            buffer.fill(Rect(row: area.row + line, column: area.column, rows: 1, columns: area.columns - 1), role: role)
            buffer.write(texts[index], row: area.row + line, column: area.column + 1, role: role, limit: area.columns - 3)
        }
    }

    private static func checklist(_ position: PledgeState, _ state: AppShared, year: YearSnapshot) -> TableView {
        let words = state.words
        let edit = state.edit
        let pledge = year.pledge
        // Separators between the five columns take a cell each.
        let signatureWidth = 13
        let titlesWidth = state.size.columns >= 100 ? 24 : 10
        let modelsWidth = max(10, state.size.columns - 2 - 4 - 20 - titlesWidth - signatureWidth - 4)
        let columns = [
            TableColumn("#", width: 4, alignRight: true), TableColumn(words.columnUnit, width: 20),
            TableColumn(words.pledgeModels, width: modelsWidth), TableColumn(words.pledgeTitles, width: titlesWidth),
            TableColumn(words.pledgeSignature, width: signatureWidth),
        ]
        return TableView(columns: columns, rowCount: year.units.count, frozenColumns: 2, selection: position.units) { index in
            let unit = year.units[index]
            let models = pledge.models[unit.id] ?? []
            let modelText = models.isEmpty ? edit.noModels : "\(models.count): " + models.joined(separator: "; ")
            let titles = year.rules.awards.filter { pledge.registrations[unit.id]?.contains($0.code) ?? false }.map(words.awardShort)
            let signature: TableCell
            switch pledge.signatureState(of: unit.id) {
            case .pending: signature = TableCell("○ " + words.pledgePending, role: .flagged)
            case .signed(let mark): signature = TableCell("✓ " + mark.date.vietnamese, role: .accent)
            case .signedEarlierVersion: signature = TableCell("↻ " + edit.signedEarlierShort, role: .flagged)
            }
            return [TableCell(String(index + 1)), TableCell(unit.name),
                    TableCell((pledge.modelCountIsUnusual(for: unit.id) ? "⚠ " : "") + modelText, role: pledge.modelCountIsUnusual(for: unit.id) ? .flagged : nil),
                    TableCell(titles.joined(separator: ", ")), signature]
        }
    }
}
