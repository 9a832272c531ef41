import Documents
import Emulation

extension ScreenID {
    public static let rules = ScreenID(rawValue: "rules")
}

/// Every rule of the cluster-year in words (`RulesDocument`), grouped, each group with its
/// source or "thidua's default"; the cluster's secretary edits them in place, one form per
/// rule, and the ranking follows at once. Reached from the year menu and with `:rules`.
enum RulesScreen: Screen {
    static let id = ScreenID.rules
    static let letter: Character = "Q"
    static func name(_ words: Catalogue) -> String { words.rulesScreen.name }
    static func summary(_ words: Catalogue) -> String { words.rulesScreen.summary }
    static var initialState: Selection { Selection(index: 1, offset: 0) }
    /// Reached from the year menu and `:rules`; on the bar only while shown.
    static var inTabBar: Bool { false }

    enum Action: Hashable, Sendable {
        case edit
        case addAward
        case removeAward
        case moveAwardUp
        case moveAwardDown
        case yearMenu
    }

    /// A line of the screen: a group's title, or one rule.
    enum Row: Hashable {
        case group(RuleGroup)
        case rule(RuleField)

        var field: RuleField? { if case .rule(let field) = self { return field } else { return nil } }
    }

    static func rows(_ rules: RuleSet) -> [Row] {
        var rows: [Row] = []
        for field in RuleField.all(in: rules) {
            if rows.last?.field?.group != field.group { rows.append(.group(field.group)) }
            rows.append(.rule(field))
        }
        return rows
    }

    static func bindings(_ selection: Selection, _ state: AppShared) -> [KeyBinding<Action>] {
        var keys: [KeyBinding<Action>] = []
        if let year = state.year, !year.reference.status.isReadOnly, state.may(.editRules) {
            keys.append(KeyBinding(.edit, keys: [.enter], label: "Enter", inFooter: true, name: { $0.rulesScreen.keyEdit }, help: { $0.rulesScreen.keyEditHelp }))
            keys.append(KeyBinding(.addAward, keys: [.character("a")], label: "a", inFooter: true, name: { $0.rulesScreen.keyAddAward },
                                   help: { $0.rulesScreen.keyAddAwardHelp }))
            if selectedAward(selection, state) != nil {
                keys.append(KeyBinding(.removeAward, keys: [.delete], label: "Delete", footerLabel: "Del", inFooter: true,
                                       name: { $0.rulesScreen.keyRemoveAward }, help: { $0.rulesScreen.keyRemoveAwardHelp }))
                keys.append(KeyBinding(.moveAwardUp, keys: [.character("K")], label: "K", name: { $0.edit.keyMoveUp }, help: { $0.rulesScreen.keyMoveHelp }))
                keys.append(KeyBinding(.moveAwardDown, keys: [.character("J")], label: "J", name: { $0.edit.keyMoveDown }, help: { $0.rulesScreen.keyMoveHelp }))
            }
        }
        keys.append(KeyMap.yearMenu(.yearMenu, inFooter: true))
        return keys
    }

    static func selectedRow(_ selection: Selection, _ state: AppShared) -> Row? {
        guard let year = state.year else { return nil }
        let rows = Self.rows(year.rules)
        return rows.indices.contains(selection.index) ? rows[selection.index] : nil
    }

    static func selectedAward(_ selection: Selection, _ state: AppShared) -> String? {
        if case .rule(.award(let code, _))? = selectedRow(selection, state) { return code }
        return nil
    }

    static func perform(_ action: Action, key: Key, _ selection: inout Selection, _ state: inout AppShared) -> [AppEffect] {
        guard let year = state.year else { return [] }
        let open = { (edit: RuleEdit, state: inout AppShared) in
            guard YearEditing.writableYear(&state) != nil, state.allows(.editRules) else { return }
            if let form = RulesEditing.form(state, year: year, edit) { state.overlay = .form(form) }
        }
        switch action {
        case .edit:
            guard let field = selectedRow(selection, state)?.field else { return [] }
            if field == .awardOrder {
                state.status = StatusMessage(state.words.rulesScreen.orderHint)
                return []
            }
            open(.field(field), &state)
        case .addAward: open(.addAward, &state)
        case .removeAward:
            if let code = selectedAward(selection, state) { open(.removeAward(code: code), &state) }
        case .moveAwardUp, .moveAwardDown:
            guard let code = selectedAward(selection, state) else { return [] }
            let edit = RuleEdit.moveAward(code: code, by: action == .moveAwardUp ? -1 : 1)
            // Before scoring no reason is asked: the order changes at once.
            guard RulesEditing.needsReason(year) else {
                guard YearEditing.writableYear(&state) != nil, state.allows(.editRules),
                      var form = RulesEditing.form(state, year: year, edit) else { return [] }
                form.seenYear = year
                return RulesEditing.submit(&form, &state, edit)
            }
            open(edit, &state)
        case .yearMenu:
            YearEditing.openMenu(&state, exports: exports, meetingDetails: false)
        }
        return []
    }

    static func move(_ movement: Movement, key: Key, _ selection: inout Selection, _ state: inout AppShared) {
        guard let year = state.year else { return }
        let rows = Self.rows(year.rules)
        let visible = visibleRows(state)
        let before = selection.index
        selection.apply(movement, count: rows.count, visible: visible)
        // A group's title is not a rule: step over it, the way the key went.
        if rows.indices.contains(selection.index), rows[selection.index].field == nil {
            let step = selection.index < before || movement == .first ? (selection.index == 0 ? 1 : -1) : 1
            let next = selection.index + step
            if rows.indices.contains(next) { selection.moveTo(next, count: rows.count, visible: visible) }
        }
    }

    /// The rules screen follows the year's rules: after a save (or another's), the same rule stays selected.
    static func yearLoaded(previous: YearSnapshot?, previousReview: Review?, _ selection: inout Selection, _ state: inout AppShared) {
        guard let year = state.year else { return }
        let rows = Self.rows(year.rules)
        if let previous, previous.reference == year.reference {
            let old = Self.rows(previous.rules)
            if old.indices.contains(selection.index), let index = rows.firstIndex(of: old[selection.index]) {
                selection.moveTo(index, count: rows.count, visible: visibleRows(state))
                return
            }
        }
        selection = Selection(index: min(1, max(0, rows.count - 1)), offset: 0)
        selection.keepVisible(count: rows.count, visible: visibleRows(state))
    }

    static func keepVisible(_ selection: inout Selection, _ state: AppShared) {
        selection.keepVisible(count: state.year.map { rows($0.rules).count } ?? 0, visible: visibleRows(state))
    }

    /// The heading, the list, and the selected rule's full value under it.
    static func visibleRows(_ state: AppShared) -> Int { max(1, state.contentArea.rows - 2) }

    static func render(_ selection: Selection, _ state: AppShared, into buffer: inout Buffer, area: Rect) {
        guard let year = YearScreen.year(state, into: &buffer, area: area) else { return }
        let words = state.words.rulesScreen
        let ruleWords = state.words.rules
        let members = year.units.count
        let writable = !year.reference.status.isReadOnly && state.may(.editRules)
        var heading = words.heading(year.reference.clusterCode, year.reference.year)
        if !writable { heading += " · " + words.readOnly }
        buffer.write(heading, row: area.row, column: 1, role: .muted, limit: area.columns - 2)

        let rows = Self.rows(year.rules)
        let visible = min(visibleRows(state), area.rows - 2)
        let labelWidth = min(32, max(12, area.columns / 2 - 6))
        let valueWidth = max(8, area.columns - 2 - 2 - labelWidth - 2)
        let first = min(selection.offset, max(0, rows.count - visible))
        for (line, index) in (first..<min(rows.count, first + visible)).enumerated() {
            let row = area.row + 1 + line
            switch rows[index] {
            case .group(let group):
                buffer.write(ruleWords.groupTitle(group), row: row, column: 1, role: .accent, limit: area.columns - 2)
            case .rule(let field):
                let label = ruleWords.label(field, year.rules)
                let value = ruleWords.value(field, year.rules, year.cluster, members: members)
                let isDefault = field == .source(field.group) && year.rules.source(of: field.group) == nil
                    || field.isAwardSource && value == ruleWords.noSource
                let selected = index == selection.index
                let text = "  " + DisplayWidth.pad(DisplayWidth.truncate(label, to: labelWidth), to: labelWidth) + "  "
                    + DisplayWidth.truncate(value, to: valueWidth)
                buffer.write(DisplayWidth.pad(text, to: area.columns - 2), row: row, column: 1,
                             role: selected ? .selected : (isDefault ? .muted : .normal), limit: area.columns - 2)
            }
        }
        // The selected rule in full, where the list had to cut it.
        if rows.indices.contains(selection.index), let field = rows[selection.index].field {
            let value = ruleWords.value(field, year.rules, year.cluster, members: members)
            if DisplayWidth.of(value) > valueWidth {
                buffer.write(DisplayWidth.truncate(value, to: area.columns - 4), row: area.row + area.rows - 1, column: 2, role: .muted,
                             limit: area.columns - 4)
            }
        }
    }
}

extension RuleField {
    var isAwardSource: Bool { if case .award(_, .source) = self { return true } else { return false } }
}
