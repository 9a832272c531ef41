import Emulation

extension ScreenID {
    public static let roster = ScreenID(rawValue: "roster")
}

/// The cluster and its member units: name, kind, role, women ≥70%, eligibility, leader; units
/// marked inactive at the end; the head hand-overs at the bottom.
enum RosterScreen: Screen {
    static let id = ScreenID.roster
    static let letter: Character = "r"
    static func name(_ words: Catalogue) -> String { words.screen.rosterName }
    static func summary(_ words: Catalogue) -> String { words.screen.rosterSummary }
    static var initialState: RosterListing { RosterListing() }

    enum Action: Hashable, Sendable {
        case add
        case edit
        case remove
        case filter
        case toggleOrder
        case toggleActive
        case moveItemUp
        case moveItemDown
        case yearMenu
        /// The selected unit's award history across years.
        case awardHistory
    }

    /// Adding, editing, removing, setting aside and moving units only for who may edit the
    /// roster (the secretary, an admin); the filter, the order and the year menu for everyone.
    static func bindings(_ roster: RosterListing, _ state: AppShared) -> [KeyBinding<Action>] {
        let editing = state.may(.editRoster)
        var bindings: [KeyBinding<Action>] = []
        if editing {
            bindings += [
                KeyBinding(.add, keys: [.character("a")], label: "a", inFooter: true, name: { $0.edit.keyAdd }, help: { $0.edit.keyAddUnitHelp }),
                KeyBinding(.edit, keys: [.enter], label: "Enter", inFooter: true, name: { $0.edit.keyEdit }, help: { $0.edit.keyEditUnitHelp }),
                KeyBinding(.remove, keys: [.delete], label: "Delete", footerLabel: "Del", inFooter: true, name: { $0.edit.keyRemove }, help: { $0.edit.keyRemoveUnitHelp }),
            ]
        }
        bindings += [
            KeyBinding(.filter, keys: [.character("f")], label: "f", inFooter: true, name: { $0.edit.keyFilter }, help: { $0.edit.keyFilterHelp }),
            KeyBinding(.awardHistory, keys: [.character("t")], label: "t", name: { $0.decisions.historyKey }, help: { $0.decisions.historyKeyHelp }),
            KeyBinding(.toggleOrder, keys: [.character("o")], label: "o", name: { $0.edit.keyOrder }, help: { $0.edit.keyOrderHelp }),
        ]
        if editing {
            bindings += [
                KeyBinding(.toggleActive, keys: [.character("i")], label: "i", name: { $0.edit.keyToggleActive }, help: { $0.edit.keyToggleActiveHelp }),
                KeyBinding(.moveItemUp, keys: [.character("K")], label: "K", name: { $0.edit.keyMoveUp }, help: { $0.edit.keyMoveUnitHelp }),
                KeyBinding(.moveItemDown, keys: [.character("J")], label: "J", name: { $0.edit.keyMoveDown }, help: { $0.edit.keyMoveUnitHelp }),
            ]
        }
        bindings.append(KeyMap.yearMenu(.yearMenu, inFooter: true))
        return bindings
    }

    static func perform(_ action: Action, key: Key, _ roster: inout RosterListing, _ state: inout AppShared) -> [AppEffect] {
        RosterEditing.perform(action, &roster, &state)
    }

    static func move(_ movement: Movement, key: Key, _ roster: inout RosterListing, _ state: inout AppShared) {
        roster.selection.apply(movement, count: roster.rows.count, visible: visibleRows(state))
    }

    /// The filter line, while open, takes every key.
    static func isTyping(_ roster: RosterListing, _ state: AppShared) -> Bool { roster.filterField != nil }

    static func typed(_ key: Key, _ roster: inout RosterListing, _ state: inout AppShared) -> [AppEffect] {
        RosterEditing.handleFilter(key, &roster, &state)
    }

    static func typingFooter(_ roster: RosterListing, _ state: AppShared) -> [(key: String, name: String)] {
        let words = state.language.entryKeys
        return [("Enter", words.keepFilter), ("Esc", words.clearFilter)]
    }

    static func yearLoaded(previous: YearSnapshot?, previousReview: Review?, _ roster: inout RosterListing, _ state: inout AppShared) {
        guard state.year != nil else { return }
        // Another year starts at its top; the same year keeps the unit selected, wherever it moved.
        if previous == nil { roster.selection = Selection() }
        // Listed when next shown or searched (`prepare`, `focus`), not for every year loaded
        // behind another screen: sorting 10,000 names costs the first screen time and memory.
        roster.needsRefresh = true
    }

    /// The year loaded since the list was made, listed now: the unit selected kept, or the one
    /// the clerk just added, edited or moved selected.
    static func refreshIfNeeded(_ roster: inout RosterListing, _ state: AppShared) {
        guard roster.needsRefresh, let year = state.year else { return }
        roster.needsRefresh = false
        RosterEditing.refresh(&roster, state)
        if let name = roster.pendingUnit, let found = (year.units + year.inactiveUnits).first(where: { $0.name == name }) {
            roster.select(unitID: found.id, visible: visibleRows(state))
        }
        roster.pendingUnit = nil
    }

    static func prepare(_ roster: inout RosterListing, _ state: AppShared) {
        refreshIfNeeded(&roster, state)
    }

    static func keepVisible(_ roster: inout RosterListing, _ state: AppShared) {
        roster.selection.keepVisible(count: roster.rows.count, visible: visibleRows(state))
    }

    /// A filter left on must not hide the unit searched for.
    static func focus(unit: MemberUnit.ID, _ roster: inout RosterListing, _ state: inout AppShared) {
        guard let year = state.year, let found = (year.units + year.inactiveUnits).first(where: { $0.id == unit }) else { return }
        refreshIfNeeded(&roster, state)
        if !roster.filter.isEmpty && !roster.rows.contains(where: { $0.unit.id == unit }) {
            state.status = StatusMessage(state.edit.searchClearedFilter(roster.filter, found.name))
            roster.filter = ""
            roster.filterField = nil
            RosterEditing.refresh(&roster, state)
        }
        roster.select(unitID: unit, visible: visibleRows(state))
    }

    static func selectedUnit(_ roster: RosterListing, _ state: AppShared) -> MemberUnit.ID? { roster.selected?.unit.id }

    static var showsHistory: Bool { true }

    /// Lines under the table: the hand-overs, then the selected unit's awards of other years.
    static let historyLines = 3

    static func visibleRows(_ state: AppShared) -> Int { max(1, state.contentArea.rows - 3 - historyLines) }

    static func render(_ roster: RosterListing, _ state: AppShared, into buffer: inout Buffer, area: Rect) {
        guard let year = state.year else {
            _ = YearScreen.year(state, into: &buffer, area: area)
            return
        }
        let words = state.words
        let edit = state.edit
        let listing = roster
        var heading = [words.clusterKind(year.cluster.kind), year.cluster.authority, words.screen.unitCount(year.units.count)]
        if !year.inactiveUnits.isEmpty { heading.append(edit.inactiveCount(year.inactiveUnits.count)) }
        heading.append(listing.order == .alphabetical ? edit.orderAlphabetical : edit.orderRoster)
        if let field = listing.filterField {
            let label = edit.filterLabel
            buffer.write(label, row: area.row, column: 1, role: .accent)
            let cursor = field.render(into: &buffer, row: area.row, column: 2 + DisplayWidth.of(label), width: max(1, area.columns - 4 - DisplayWidth.of(label)), role: .editing)
            buffer.cursor = (area.row, cursor)
        } else if !listing.filter.isEmpty {
            buffer.write(edit.filterShown(listing.filter, listing.rows.count), row: area.row, column: 1, role: .accent, limit: area.columns - 2)
        } else {
            buffer.write(heading.filter { !$0.isEmpty }.joined(separator: " · "), row: area.row, column: 1, role: .muted, limit: area.columns - 2)
        }
        let tableArea = Rect(row: area.row + 1, column: 1, rows: area.rows - 1 - historyLines, columns: area.columns - 1)
        if year.units.isEmpty && year.inactiveUnits.isEmpty {
            let hint = edit.rosterEmptyHere(year.reference.clusterCode, year.reference.year)
            let lines = hint.components(separatedBy: "\n").flatMap { DisplayWidth.wrap($0, indent: "", width: area.columns - 4) }
            for (offset, line) in lines.enumerated() {
                buffer.write(line, row: tableArea.row + 1 + offset, column: 2, role: .muted)
            }
        } else if listing.rows.isEmpty {
            buffer.write(words.screen.searchNoMatch, row: tableArea.row + 1, column: 2, role: .muted, limit: area.columns - 4)
        } else {
            table(roster, state, year: year).render(into: &buffer, area: tableArea)
        }
        history(state, year: year, into: &buffer, row: area.bottom - historyLines, width: area.columns - 2)
        awards(roster.selected?.unit, state, year: year, into: &buffer, row: area.bottom - 1, width: area.columns - 2)
    }

    /// The selected unit's results of other years in one line ("t" shows them in full).
    private static func awards(_ unit: MemberUnit?, _ state: AppShared, year: YearSnapshot, into buffer: inout Buffer, row: Int, width: Int) {
        guard let unit else { return }
        let words = state.words.decisions
        let others = state.awardHistory?.others(unit.id, year: year.reference.year) ?? []
        let text = state.awardHistory?.current == false && others.isEmpty ? words.historyLoading
            : words.historySummary(unit.name, others.map { AwardHistoryText.short($0, state.words) })
        buffer.write(text, row: row, column: 1, role: .muted, limit: width)
    }

    private static func table(_ roster: RosterListing, _ state: AppShared, year: YearSnapshot) -> TableView {
        let words = state.words
        let edit = state.edit
        let rows = roster.rows
        // The leader's column only where there is room for it (it is on the edit form anyway).
        let fixed = 4 + 19 + 9 + 15 + 4 + 6
        let rest = max(14, state.size.columns - 2 - fixed)
        let showsLeader = rest >= 44
        let eligibilityWidth = showsLeader ? rest / 2 : rest
        var columns = [
            TableColumn("#", width: 4, alignRight: true), TableColumn(words.columnUnit, width: 19), TableColumn(words.columnKind, width: 9),
            TableColumn(words.columnRole, width: 15), TableColumn("♀70", width: 4), TableColumn(words.columnEligibility, width: eligibilityWidth),
        ]
        if showsLeader { columns.append(TableColumn(words.columnLeader, width: rest - eligibilityWidth - 1)) }
        return TableView(columns: columns, rowCount: rows.count, frozenColumns: 2, selection: roster.selection) { index in
            let row = rows[index]
            let unit = row.unit
            guard let membership = row.membership else {
                return [TableCell("–", role: .muted), TableCell(unit.name, role: .muted), TableCell(unit.kind, role: .muted),
                        TableCell(edit.inactive, role: .muted), TableCell(unit.womenMajority ? "✓" : "", role: .muted),
                        TableCell(edit.inactiveNote, role: .muted), TableCell(unit.leader, role: .muted)].prefix(columns.count).map { $0 }
            }
            let eligibility: TableCell
            switch unit.eligibility {
            case .eligible: eligibility = TableCell(words.eligible)
            case .ineligible(let cause, let note):
                eligibility = TableCell(words.ineligibleCause(cause) + (note.isEmpty ? "" : " (\(note))"), role: .ineligible)
            }
            let leader = [unit.leaderPosition, unit.leader].filter { !$0.isEmpty }.joined(separator: " ")
            return [TableCell(String(membership.position)), TableCell(unit.name), TableCell(unit.kind),
                    TableCell(words.role(membership.role), role: membership.role == .member ? nil : .accent),
                    TableCell(unit.womenMajority ? "✓" : ""), eligibility, TableCell(leader)].prefix(columns.count).map { $0 }
        }
    }

    /// The latest hand-overs of the head role, newest first.
    private static func history(_ state: AppShared, year: YearSnapshot, into buffer: inout Buffer, row: Int, width: Int) {
        let edit = state.edit
        let handovers = year.handovers.sorted { $0.forYear > $1.forYear }
        guard !handovers.isEmpty else {
            buffer.write(edit.noHandover(year.reference.year + 1), row: row, column: 1, role: .muted, limit: width)
            return
        }
        for (offset, handover) in handovers.prefix(historyLines - 1).enumerated() {
            buffer.write(edit.handoverLine(handover), row: row + offset, column: 1, role: offset == 0 ? .normal : .muted, limit: width)
        }
    }
}
