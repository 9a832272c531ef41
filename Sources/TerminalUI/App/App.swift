import Emulation

/// The root of the interface: `update` handles global keys first, then the overlay or the
/// screen shown; `render` draws the whole frame. Both are pure. The root knows screens only
/// through `Screen` and `ScreenRegistry`: it routes keys and events to them and calls their
/// hooks, and never looks inside a screen's state.
public enum App {
    /// The first effects: who is acting, the home screen, and the year asked for on the command line.
    public static func start(_ state: inout AppState, screen: ScreenID, cluster: String?, year: Int?) -> [AppEffect] {
        var effects: [AppEffect] = [.loadAccount, .loadHome] + show(screen, &state)
        if let cluster, let year {
            state.pendingYear = (cluster, year)
            effects.append(.loadYear(code: cluster, year: year))
        }
        return effects
    }

    public static func update(_ state: inout AppState, _ action: AppAction) -> [AppEffect] {
        if case .event(.key) = action { state.submittedForm = nil }
        var effects = apply(action, &state)
        // A screen asked to be left for another (Enter on a cluster-year opens its roster).
        if let next = state.requestedScreen {
            state.requestedScreen = nil
            effects = show(next, &state) + effects
        }
        // A form remembers the year as it was when it opened: its save compares with that.
        if case .form(var form) = state.overlay, form.seenYear == nil, let year = state.year {
            form.seenYear = year
            state.overlay = .form(form)
        }
        prepare(ScreenRegistry.screen(state.screen), &state)
        return effects
    }

    private static func prepare<S: Screen>(_ screen: S.Type, _ state: inout AppState) {
        state.with(S.self) { own, shared in S.prepare(&own, shared) }
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
        case .accountLoaded(let account):
            // The keys offered follow at the next frame; a change already typed is checked
            // again when confirmed, and by storage.
            state.account = account
            return []
        case .homeLoaded(let overviews):
            state.overviews = overviews
            state.homeStale = false
            keepSelectionsVisible(&state)
            return []
        case .homeNamesLoaded(let overviews):
            state.overviews = overviews
            state.homeStale = true
            keepSelectionsVisible(&state)
            return []
        case .yearLoaded(let snapshot):
            yearLoaded(snapshot, &state)
            return historyNeeded(&state)
        case .historyLoaded(let yearID, let entries):
            guard state.year?.reference.id == yearID else { return [] }
            state.awardHistory = AwardHistoryLoad(yearID: yearID, entries: entries)
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
            // A screen's own theme is put on quietly: the projector shows the ranking, not a message.
            let automatic = state.themeBeforeScreen != nil && ScreenRegistry.screen(state.screen).theme == name
            state.status = warning.map { StatusMessage(state.words.screen.themeProblem($0), isError: true) }
                ?? (automatic ? nil : StatusMessage(state.words.screen.themeChanged(name)))
            return []
        case .failed(let error):
            state.status = StatusMessage(state.errorWording(error, state.words), isError: true)
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
        case .saveNotMade(let error, let effect):
            return SaveConflicts.reopen(.notSaved(state.errorWording(error, state.words)), effect: effect, &state)
        case .waitingForFile(let seconds):
            state.status = StatusMessage(state.words.conflict.waitingForFile(seconds), isError: true)
            state.waitingForFile = true
            return []
        case .typeAheadDropped:
            let dropped = state.words.conflict.typeAheadDropped
            state.status = StatusMessage(state.status.map { $0.text + " " + dropped } ?? dropped, isError: true)
            return []
        case .saveFailed(let error):
            // What is on screen is no longer what is stored: show the error and reload. The undo
            // history no longer matches the database either.
            state.status = StatusMessage(state.errorWording(error, state.words), isError: true)
            state.history.clear()
            guard let year = state.year else { return [] }
            return [.loadYear(code: year.reference.clusterCode, year: year.reference.year)]
        case .yearChanged(let saved):
            state.status = StatusMessage(saved.message(state.shared))
            let open = saved.opens
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
        case .dossierWritten(let folder, let files, let missing):
            // What matters first: a narrow status line cuts the folder, not the count.
            let slash = folder.lastIndex(of: "/")
            let name = slash.map { String(folder[folder.index(after: $0)...]) } ?? folder
            let parent = slash.map { String(folder[..<$0]) } ?? "."
            state.status = StatusMessage(state.edit.dossierWrittenTo(files, missing, name, parent.isEmpty ? "/" : parent))
            return []
        case .externalChange:
            // An error waiting for the clerk (a conflict, a value not saved) stays until they act.
            if !(state.status?.isError ?? false) { state.status = StatusMessage(state.words.screen.externalChange) }
            // Only what is on screen is reloaded: Home summarises every cluster-year. The
            // account's roles too: an admin may have granted or revoked one.
            var effects: [AppEffect] = [.loadAccount]
            if ScreenRegistry.screen(state.screen).needsYear { state.homeStale = true } else { effects.append(.loadHome) }
            if let year = state.year { effects.append(.loadYear(code: year.reference.clusterCode, year: year.reference.year)) }
            return effects
        }
    }

    /// A year loaded: the derived state follows (`AppShared.year`), and each screen keeps its
    /// units selected (another clerk may have moved or set some aside) or starts afresh on
    /// another year; a unit searched for is selected everywhere.
    private static func yearLoaded(_ snapshot: YearSnapshot, _ state: inout AppState) {
        let previous = state.year
        let previousReview = state.shownReview
        let sameYear = previous?.reference.id == snapshot.reference.id
        // Undo entries name items of the old grid.
        if sameYear && previous?.tree != snapshot.tree { state.history.clear() }
        // The what-if changes stay laid over the newly loaded scores of the same year only.
        if !sameYear { state.whatIf = nil }
        // Another year's history is no longer shown; this year's is read again when next needed.
        state.awardHistory = sameYear ? state.awardHistory.map { AwardHistoryLoad(yearID: $0.yearID, entries: $0.entries, current: false) } : nil
        state.year = snapshot
        state.pendingYear = nil
        if sameYear { SaveConflicts.reloaded(snapshot, &state) }
        state.forEachScreen { screen, state in
            yearLoaded(screen, previous: sameYear ? previous : nil, previousReview: sameYear ? previousReview : nil, &state)
        }
        if let name = state.pendingUnit, let found = (snapshot.units + snapshot.inactiveUnits).first(where: { $0.name == name }) {
            state.forEachScreen { screen, state in focus(screen, unit: found.id, &state) }
            if state.status == nil { state.status = StatusMessage(state.words.screen.selectedUnit(name)) }
        }
        state.pendingUnit = nil
        keepSelectionsVisible(&state)
    }

    private static func yearLoaded<S: Screen>(_ screen: S.Type, previous: YearSnapshot?, previousReview: Review?, _ state: inout AppState) {
        state.with(S.self) { own, shared in S.yearLoaded(previous: previous, previousReview: previousReview, &own, &shared) }
    }

    private static func focus<S: Screen>(_ screen: S.Type, unit: MemberUnit.ID, _ state: inout AppState) {
        state.with(S.self) { own, shared in S.focus(unit: unit, &own, &shared) }
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
        if state.overlay != nil { return OverlayKeys.handle(key, &state) }
        return route(key, to: ScreenRegistry.screen(state.screen), &state)
    }

    /// Whatever is being typed into owns the key; otherwise a printable key on a cell that
    /// takes typing starts typing; then the screen's bindings, the global ones, and movement.
    private static func route<S: Screen>(_ key: Key, to screen: S.Type, _ state: inout AppState) -> [AppEffect] {
        if S.isTyping(state.screens[S.self], state.shared) {
            return state.with(S.self) { own, shared in S.typed(key, &own, &shared) }
        }
        state.status = nil
        if case .character(let character) = key, let action = S.typingStart(character, state.screens[S.self], state.shared) {
            return state.with(S.self) { own, shared in S.perform(action, key: key, &own, &shared) }
        }
        if let action = S.bindings(state.screens[S.self], state.shared).action(for: key) {
            return state.with(S.self) { own, shared in S.perform(action, key: key, &own, &shared) }
        }
        if let command = KeyMap.global.action(for: key) { return perform(command, &state) }
        if let movement = KeyMap.movement.action(for: key) {
            state.with(S.self) { own, shared in S.move(movement, key: key, &own, &shared) }
        }
        return []
    }

    static func perform(_ command: GlobalCommand, _ state: inout AppState) -> [AppEffect] {
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
            return show(screen, &state)
        case .back:
            if let back = ScreenRegistry.screen(state.screen).back, back != state.screen { return show(back, &state) }
        }
        return []
    }

    /// Switches screens: the screen left and the one shown hear of it (leaving the ranking
    /// leaves the what-if mode), a screen that wears its own theme puts it on and the clerk's
    /// comes back after, and a screen that follows the unit selected takes it along.
    static func show(_ screen: ScreenID, _ state: inout AppState) -> [AppEffect] {
        let from = ScreenRegistry.screen(state.screen)
        let to = ScreenRegistry.screen(screen)
        guard screen != state.screen else { return [] }
        var effects: [AppEffect] = []
        let unit = selectedUnit(from, state)
        willHide(from, &state)
        if from.theme != nil, let previous = state.themeBeforeScreen {
            state.themeBeforeScreen = nil
            if previous != state.themeName { effects.append(.setTheme(previous)) }
        }
        if let theme = to.theme {
            state.themeBeforeScreen = state.themeName
            if state.themeName != theme { effects.append(.setTheme(theme)) }
        }
        state.screen = screen
        if to.followsSelectedUnit, let unit { focus(to, unit: unit, &state) }
        return effects + willShow(to, &state) + historyNeeded(&state)
    }

    /// The award history, when the screen shown shows it and what is held is not this year's as it is now.
    static func historyNeeded(_ state: inout AppState) -> [AppEffect] {
        guard ScreenRegistry.screen(state.screen).showsHistory, let year = state.year, state.awardHistory?.current != true else { return [] }
        // Asked once: a second load while the first is out would only repeat it.
        state.awardHistory = AwardHistoryLoad(yearID: year.reference.id, entries: state.awardHistory?.entries ?? [:])
        return [.loadHistory(code: year.reference.clusterCode, year: year.reference.year)]
    }

    private static func selectedUnit<S: Screen>(_ screen: S.Type, _ state: AppState) -> MemberUnit.ID? {
        S.selectedUnit(state.screens[S.self], state.shared)
    }

    private static func willHide<S: Screen>(_ screen: S.Type, _ state: inout AppState) {
        state.with(S.self) { own, shared in S.willHide(&own, &shared) }
    }

    private static func willShow<S: Screen>(_ screen: S.Type, _ state: inout AppState) -> [AppEffect] {
        state.with(S.self) { own, shared in S.willShow(&own, &shared) }
    }

    static func keepSelectionsVisible(_ state: inout AppState) {
        state.forEachScreen { screen, state in keepVisible(screen, &state) }
    }

    private static func keepVisible<S: Screen>(_ screen: S.Type, _ state: inout AppState) {
        state.with(S.self) { own, shared in S.keepVisible(&own, shared) }
    }
}
