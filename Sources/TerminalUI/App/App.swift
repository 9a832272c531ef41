import Emulation

/// The root of the interface: `update` handles global keys first, then the overlay or the
/// screen; `render` draws the whole frame. Both are pure.
public enum App {
    /// The first effects: load the home screen, and open a year when asked on the command line.
    public static func start(_ state: inout AppState, screen: ScreenID, cluster: String?, year: Int?) -> [AppEffect] {
        var effects: [AppEffect] = [.loadHome] + show(screen, &state)
        if let cluster, let year {
            state.pendingYear = (cluster, year)
            effects.append(.loadYear(code: cluster, year: year))
        }
        return effects
    }

    public static func update(_ state: inout AppState, _ action: AppAction) -> [AppEffect] {
        if case .event(.key) = action { state.submittedForm = nil }
        let effects = apply(action, &state)
        // A form remembers the year as it was when it opened: its save compares with that.
        if case .form(var form) = state.overlay, form.seenYear == nil, let year = state.year {
            form.seenYear = year
            state.overlay = .form(form)
        }
        // The presentation's pages are laid out once per review, size and language, not per frame.
        if state.screen == .meeting { MeetingScreen.refreshPages(&state) }
        return effects
    }

    private static func apply(_ action: AppAction, _ state: inout AppState) -> [AppEffect] {
        switch action {
        case .event(.hangUp):
            state.quitRequested = true
            return [.quit]
        case .event(.resize(let size)):
            state.size = size
            keepSelectionsVisible(&state)
            return []
        case .event(.key(let key)):
            return handle(key, &state)
        case .homeLoaded(let overviews):
            state.overviews = overviews
            state.homeStale = false
            state.homeSelection.keepVisible(count: state.homeRows.count, visible: HomeScreen.visibleRows(state))
            if let pending = state.pendingYear, let index = state.homeRows.firstIndex(where: { $0.cluster.code == pending.code && $0.year.year == pending.year }) {
                state.homeSelection.moveTo(index, count: state.homeRows.count, visible: HomeScreen.visibleRows(state))
            }
            return []
        case .yearLoaded(let snapshot):
            let sameYear = state.year?.reference.id == snapshot.reference.id
            if sameYear && state.year?.tree != snapshot.tree {
                // Undo entries name items of the old grid.
                state.history.clear()
            }
            let selected = sameYear ? SelectedUnits(state) : nil
            state.year = snapshot
            state.review = snapshot.review()
            // The what-if changes stay laid over the newly loaded scores of the same year.
            if sameYear, let whatIf = state.whatIf {
                state.whatIfReview = whatIf.review(snapshot)
            } else {
                state.whatIf = nil
                state.whatIfReview = nil
            }
            state.progress = YearProgress(snapshot)
            state.pendingYear = nil
            if sameYear { SaveConflicts.reloaded(snapshot, &state) }
            if !sameYear {
                state.roster.selection = Selection()
                state.pledge = PledgeState()
                state.grid = GridState()
                state.sheet = SheetState()
                state.rankingSelection = Selection()
            }
            // Another clerk may have moved or set aside units: each screen keeps its unit, not its row.
            selected?.restore(&state)
            RosterEditing.refresh(&state)
            PledgeEditing.keepVisible(&state)
            state.sheet.unit = min(state.sheet.unit, max(0, snapshot.units.count - 1))
            if let unit = state.pendingUnit, let found = (snapshot.units + snapshot.inactiveUnits).first(where: { $0.name == unit }) {
                // A filter left on the Units screen must not hide the unit searched for.
                if !state.roster.filter.isEmpty && !state.roster.rows.contains(where: { $0.unit.id == found.id }) {
                    state.status = StatusMessage(state.edit.searchClearedFilter(state.roster.filter, found.name))
                    state.roster.filter = ""
                    state.roster.filterField = nil
                    RosterEditing.refresh(&state)
                }
                state.roster.select(unitID: found.id, visible: RosterScreen.visibleRows(state))
                if let index = snapshot.units.firstIndex(where: { $0.id == found.id }) {
                    state.sheet.unit = index
                    state.grid.selection.moveTo(index, count: snapshot.units.count, visible: GridScreen.visibleRows(state))
                    state.pledge.units.moveTo(index, count: snapshot.units.count, visible: PledgeScreen.visibleRows(state))
                }
                if state.status == nil { state.status = StatusMessage(state.words.screen.selectedUnit(unit)) }
            }
            state.pendingUnit = nil
            if let name = state.pendingRosterUnit, let found = (snapshot.units + snapshot.inactiveUnits).first(where: { $0.name == name }) {
                state.roster.select(unitID: found.id, visible: RosterScreen.visibleRows(state))
            }
            state.pendingRosterUnit = nil
            state.grid.column = min(state.grid.column, GridScreen.columnCount(snapshot) - 1)
            keepSelectionsVisible(&state)
            return []
        case .demoLoaded(let loaded, let skipped):
            var parts: [String] = []
            if !loaded.isEmpty { parts.append(state.words.demoLoaded(loaded)) }
            if !skipped.isEmpty { parts.append(state.words.demoSkipped(skipped)) }
            state.status = StatusMessage(parts.joined(separator: " "))
            return [.loadHome]
        case .clusterCreated(let code, let year):
            state.status = StatusMessage(state.words.screen.clusterCreated(code, year))
            state.pendingYear = (code, year)
            // The next step is to add its units.
            return show(.roster, &state) + [.loadHome, .loadYear(code: code, year: year)]
        case .themeApplied(let name, let warning):
            state.themeName = name
            // The presentation's own theme is put on quietly: the projector shows the ranking, not a message.
            let automatic = state.screen == .meeting && state.themeBeforeMeeting != nil && name == "high-contrast"
            state.status = warning.map { StatusMessage($0, isError: true) } ?? (automatic ? nil : StatusMessage(state.words.screen.themeChanged(name)))
            return []
        case .failed(let message):
            state.status = StatusMessage(message, isError: true)
            return []
        case .criteriaSaved:
            state.overlay = nil
            state.status = StatusMessage(state.words.screen.criteriaSaved)
            guard let year = state.year else { return [] }
            return [.loadYear(code: year.reference.clusterCode, year: year.reference.year)]
        case .previousCriteriaLoaded(let tree):
            guard case .criteria(var editor) = state.overlay else { return [] }
            guard let tree else {
                state.status = StatusMessage(state.words.screen.noPreviousYear, isError: true)
                return []
            }
            editor.tree = tree
            editor.selection = Selection()
            state.overlay = .criteria(editor)
            return []
        case .saveConflict(let conflict, let effect):
            return SaveConflicts.reopen(.conflict(conflict), effect: effect, &state)
        case .saveNotMade(let message, let effect):
            return SaveConflicts.reopen(.notSaved(message), effect: effect, &state)
        case .typeAheadDropped:
            let dropped = state.words.conflict.typeAheadDropped
            state.status = StatusMessage(state.status.map { $0.text + " " + dropped } ?? dropped, isError: true)
            return []
        case .saveFailed(let message):
            // What is on screen is no longer what is stored: show the error and reload. The undo
            // history no longer matches the database either.
            state.status = StatusMessage(message, isError: true)
            state.history.clear()
            guard let year = state.year else { return [] }
            return [.loadYear(code: year.reference.clusterCode, year: year.reference.year)]
        case .yearChanged(let message, let open):
            state.status = StatusMessage(message)
            // Home summarises every year: it reloads when next shown.
            state.homeStale = true
            if let open {
                state.pendingYear = open
                return [.loadHome, .loadYear(code: open.code, year: open.year)]
            }
            guard let year = state.year else { return [] }
            return [.loadYear(code: year.reference.clusterCode, year: year.reference.year)]
        case .exported(let path):
            // The file's name first: a long folder is what a narrow status line cuts.
            let slash = path.lastIndex(of: "/")
            let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
            let folder = slash.map { String(path[..<$0]) } ?? "."
            state.status = StatusMessage(state.edit.exportedTo(name, folder.isEmpty ? "/" : folder))
            return []
        case .externalChange:
            // An error waiting for the clerk (a conflict, a value not saved) stays until they act.
            if !(state.status?.isError ?? false) { state.status = StatusMessage(state.words.screen.externalChange) }
            // Only what is on screen is reloaded: Home summarises every cluster-year.
            var effects: [AppEffect] = []
            if state.screen == .home { effects.append(.loadHome) } else { state.homeStale = true }
            if let year = state.year { effects.append(.loadYear(code: year.reference.clusterCode, year: year.reference.year)) }
            return effects
        }
    }

    private static func handle(_ key: Key, _ state: inout AppState) -> [AppEffect] {
        // Ctrl-C always leaves cleanly (raw mode delivers it as a key, not a signal).
        if key == .control("c") {
            state.quitRequested = true
            return [.quit]
        }
        if state.isTooSmall {
            if key == .character("q") || key == .function(10) {
                state.quitRequested = true
                return [.quit]
            }
            return []
        }
        if let entry = KeyRouting.entry(state) { return KeyRouting.send(key, to: entry, &state) }
        state.status = nil
        if case .character(let character) = key, let typing = KeyRouting.typing(state), typing.begins(with: character) {
            return perform(.editCell, &state, key: key)
        }
        if key == .escape && state.screen == .ranking && state.whatIf != nil {
            RankingEditing.leaveWhatIf(&state)
            return []
        }
        guard let command = KeyMap.command(for: key, on: state.screen, emptyDatabase: state.isEmptyDatabase) else { return [] }
        return perform(command, &state, key: key)
    }

    static func perform(_ command: Command, _ state: inout AppState, key: Key? = nil) -> [AppEffect] {
        switch command {
        case .help:
            state.overlay = .help(offset: 0)
        case .quit:
            state.quitRequested = true
            return [.quit]
        case .suspend:
            return [.suspend]
        case .search:
            state.overlay = .search(SearchState())
        case .commandLine:
            state.overlay = .command(CommandLineState())
        case .goTo(let screen):
            // The sheet opens on the unit chosen where the clerk comes from.
            if screen == .sheet {
                if state.screen == .grid { state.sheet.unit = state.grid.selection.index }
                if state.screen == .roster, let index = state.roster.selected?.unitIndex { state.sheet.unit = index }
                if state.screen == .pledge { state.sheet.unit = state.pledge.units.index }
                if state.screen == .ranking, let entries = state.shownReview?.ranking.entries, entries.indices.contains(state.rankingSelection.index),
                   let index = state.year?.units.firstIndex(where: { $0.id == entries[state.rankingSelection.index].unit.id }) {
                    state.sheet.unit = index
                }
            }
            return show(screen, &state)
        case .back:
            // Back from the presentation is the ranking it presents.
            if state.screen == .meeting { return show(.ranking, &state) }
            if state.screen != .home { return show(.home, &state) }
        case .loadDemo:
            if state.isEmptyDatabase { return [.loadDemo] }
            state.overlay = .confirm(ConfirmState(title: state.words.screen.keyDemo, message: state.words.screen.keyDemoHelp + "?", onYes: .loadDemo))
        case .newCluster:
            state.overlay = .form(ClusterForm.make(year: (state.year?.reference.year).map { $0 + 1 } ?? state.currentYear, words: state.words))
        case .open:
            let rows = state.homeRows
            guard state.screen == .home, state.homeSelection.index < rows.count else { return [] }
            let row = rows[state.homeSelection.index]
            state.screen = .roster
            state.pendingYear = (row.cluster.code, row.year.year)
            return [.loadYear(code: row.cluster.code, year: row.year.year)]
        case .nextRound:
            state.grid.nextRound()
        case .editCell:
            var typed: Character?
            if case .character(let character) = key { typed = character }
            if state.screen == .sheet { SheetEditing.begin(&state, typed: typed) } else { GridEditing.begin(&state, typed: typed) }
        case .previousUnit, .nextUnit:
            SheetEditing.switchUnit(&state, by: command == .previousUnit ? -1 : 1)
        case .undo:
            return EditReplay.undo(&state)
        case .redo:
            return EditReplay.redo(&state)
        case .nextEmpty:
            GridEditing.nextEmpty(&state)
        case .clearCell:
            if state.screen == .grid { return GridEditing.clear(&state) }
            if state.screen == .sheet { return SheetEditing.clear(&state) }
        case .editCriteria:
            CriteriaEditorKeys.open(&state)
        case .add, .edit, .remove, .toggleActive, .toggleOrder, .filter, .moveItemUp, .moveItemDown, .editHeader, .sign:
            if state.screen == .roster { return RosterEditing.perform(command, &state) }
            if state.screen == .pledge { return PledgeEditing.perform(command, &state) }
        case .yearMenu:
            YearEditing.openMenu(&state)
        case .toggleWhy, .toggleWhatIf, .whatIfEdit, .vote:
            return RankingEditing.perform(command, &state)
        case .nextPage, .previousPage:
            let count = state.meetingPages.pages.count
            state.meetingPage = max(0, min(count - 1, state.meetingPage + (command == .nextPage ? 1 : -1)))
        case .moveLeft, .moveRight:
            if state.screen == .pledge { return PledgeEditing.perform(command, &state) }
            let delta = command == .moveLeft ? -1 : 1
            if state.screen == .grid { GridEditing.move(&state, rows: 0, columns: delta, wrap: key == .tab || key == .backTab) }
            if state.screen == .sheet { SheetEditing.move(&state, rows: 0, columns: delta) }
        case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last:
            moveSelection(command, &state)
        }
        return []
    }

    private static func moveSelection(_ command: Command, _ state: inout AppState) {
        let units = state.year?.units.count ?? 0
        switch state.screen {
        case .home: _ = state.homeSelection.apply(command, count: state.homeRows.count, visible: HomeScreen.visibleRows(state))
        case .roster: _ = state.roster.selection.apply(command, count: state.roster.rows.count, visible: RosterScreen.visibleRows(state))
        case .pledge: _ = state.pledge.selection.apply(command, count: PledgeScreen.count(state), visible: PledgeScreen.visibleRows(state))
        case .sheet:
            let rows = state.year.map { SheetRow.rows($0.tree).count } ?? 0
            _ = state.sheet.selection.apply(command, count: rows, visible: SheetScreen.visibleRows(state))
        case .grid: _ = state.grid.selection.apply(command, count: units, visible: GridScreen.visibleRows(state))
        case .ranking: _ = state.rankingSelection.apply(command, count: state.shownReview?.ranking.count ?? 0, visible: RankingScreen.visibleRows(state))
        case .meeting:
            if command == .first { state.meetingPage = 0 }
            if command == .last { state.meetingPage = max(0, state.meetingPages.pages.count - 1) }
        }
    }

    /// Switches screens. Leaving the ranking leaves the what-if mode (its changes are discarded);
    /// the meeting presentation puts on the high-contrast theme, and leaving it puts back the
    /// theme the clerk had.
    static func show(_ screen: ScreenID, _ state: inout AppState) -> [AppEffect] {
        var effects: [AppEffect] = []
        if screen != .ranking && state.whatIf != nil { RankingEditing.leaveWhatIf(&state) }
        if screen == .meeting && state.screen != .meeting {
            state.themeBeforeMeeting = state.themeName
            state.meetingPage = 0
            if state.themeName != "high-contrast" { effects.append(.setTheme("high-contrast")) }
        }
        if screen != .meeting && state.screen == .meeting, let previous = state.themeBeforeMeeting {
            state.themeBeforeMeeting = nil
            if previous != state.themeName { effects.append(.setTheme(previous)) }
        }
        state.screen = screen
        if screen == .home && state.homeStale { effects.append(.loadHome) }
        return effects
    }

    private static func keepSelectionsVisible(_ state: inout AppState) {
        let units = state.year?.units.count ?? 0
        state.sheet.selection.keepVisible(count: state.year.map { SheetRow.rows($0.tree).count } ?? 0, visible: SheetScreen.visibleRows(state))
        state.homeSelection.keepVisible(count: state.homeRows.count, visible: HomeScreen.visibleRows(state))
        state.roster.selection.keepVisible(count: state.roster.rows.count, visible: RosterScreen.visibleRows(state))
        PledgeEditing.keepVisible(&state)
        state.grid.selection.keepVisible(count: units, visible: GridScreen.visibleRows(state))
        state.rankingSelection.keepVisible(count: state.shownReview?.ranking.count ?? units, visible: RankingScreen.visibleRows(state))
    }
}

/// The unit selected on each screen of a year, by id, so that a reload keeps the same units
/// selected even when rows moved. An edit in progress on a unit that moved or left is dropped
/// rather than saved on another unit.
private struct SelectedUnits {
    var grid: MemberUnit.ID?
    var sheet: MemberUnit.ID?
    var pledge: MemberUnit.ID?
    var ranking: MemberUnit.ID?

    init(_ state: AppState) {
        let units = state.year?.units ?? []
        let id = { (index: Int) in units.indices.contains(index) ? units[index].id : nil }
        grid = id(state.grid.selection.index)
        sheet = id(state.sheet.unit)
        pledge = id(state.pledge.units.index)
        let entries = state.shownReview?.ranking.entries ?? []
        ranking = entries.indices.contains(state.rankingSelection.index) ? entries[state.rankingSelection.index].unit.id : nil
    }

    func restore(_ state: inout AppState) {
        guard let year = state.year else { return }
        let units = year.units
        let count = units.count
        if let id = grid {
            // A cell being typed into follows its unit to its new row (what it is compared with
            // names the unit, CellSeen); only a unit gone from the roster takes the edit with it.
            if let index = units.firstIndex(where: { $0.id == id }) {
                state.grid.selection.moveTo(index, count: count, visible: GridScreen.visibleRows(state))
            } else {
                state.grid.edit = nil
                state.grid.seen = nil
            }
        }
        if let id = sheet {
            if let index = units.firstIndex(where: { $0.id == id }) {
                state.sheet.unit = index
            } else {
                state.sheet.edit = nil
                state.sheet.seen = nil
                state.sheet.pendingPoints = nil
            }
        }
        if let id = pledge, let index = units.firstIndex(where: { $0.id == id }) {
            state.pledge.units.moveTo(index, count: count, visible: PledgeScreen.visibleRows(state))
        }
        if let id = ranking, let entries = state.shownReview?.ranking.entries, let index = entries.firstIndex(where: { $0.unit.id == id }) {
            state.rankingSelection.moveTo(index, count: entries.count, visible: RankingScreen.visibleRows(state))
        }
    }
}
