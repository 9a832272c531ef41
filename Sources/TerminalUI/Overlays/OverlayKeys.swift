import Emulation

/// Keys while an overlay is open: it takes them all, and Esc closes it.
enum OverlayKeys {
    static func handle(_ key: Key, _ state: inout AppState) -> [AppEffect] {
        guard let overlay = state.overlay else { return [] }
        // F1 in a dialog shows its keys and comes back to it: nothing typed there is lost.
        if key == .function(1), !overlay.isHelp {
            state.overlay = .help(offset: 0, over: overlay)
            return []
        }
        switch overlay {
        case .help(let offset, let over):
            // Kept within the text, so ↑ answers at once after scrolling past the end.
            let page = max(1, state.size.rows - 4)
            let last = max(0, HelpOverlay.lines(state).count - page)
            let moved: (Int) -> Overlay = { .help(offset: min(last, max(0, $0)), over: over) }
            switch key {
            case .escape, .character("q"), .function(1), .character("?"): state.overlay = over
            case .down, .character("j"): state.overlay = moved(offset + 1)
            case .up, .character("k"): state.overlay = moved(offset - 1)
            case .pageDown, .character(" "): state.overlay = moved(offset + page)
            case .pageUp: state.overlay = moved(offset - page)
            default: break
            }
            return []

        case .search(var search):
            let visible = SearchOverlay.visibleRows(state)
            switch key {
            case .escape:
                state.overlay = nil
            case .up:
                search.selection.move(by: -1, count: search.results.count, visible: visible)
                state.overlay = .search(search)
            case .down, .tab:
                search.selection.move(by: 1, count: search.results.count, visible: visible)
                state.overlay = .search(search)
            case .enter:
                state.overlay = nil
                guard search.selection.index < search.results.count else {
                    state.status = StatusMessage(state.words.screen.searchNoMatch, isError: true)
                    return []
                }
                return jump(to: search.results[search.selection.index], &state)
            default:
                if search.field.handle(key) {
                    search.refresh(overviews: state.overviews ?? [], visible: visible)
                }
                state.overlay = .search(search)
            }
            return []

        case .command(var line):
            switch key {
            case .escape:
                state.overlay = nil
            case .tab:
                line.complete(themes: state.availableThemes, clusters: (state.overviews ?? []).map(\.cluster.code))
                state.overlay = .command(line)
            case .enter:
                state.overlay = nil
                return CommandRunner.run(line.field.text, &state)
            default:
                line.field.handle(key)
                line.candidates = []
                state.overlay = .command(line)
            }
            return []

        case .confirm(let confirm):
            // Only the answer the dialog shows: in Vietnamese "y" is the year menu's key, and
            // `y 1 y` must not close a year.
            let answers = state.language.entryKeys
            let keys = { (letter: String) in [Key.character(Character(letter)), .character(Character(letter.uppercased()))] }
            let yes = keys(answers.yes.key)
            let no = keys(answers.no.key)
            if (key == .enter && confirm.enterMeansYes) || yes.contains(key) {
                state.overlay = nil
                return [confirm.onYes]
            }
            if key == .escape || no.contains(key) { state.overlay = nil }
            return []

        case .criteria(var editor):
            let effects = CriteriaEditorKeys.handle(key, &editor, &state.shared)
            if case .criteria = state.overlay { state.overlay = .criteria(editor) }
            return effects

        case .form(var form):
            return FormKeys.handle(key, &form, &state)

        case .menu(var menu):
            return MenuKeys.handle(key, &menu, &state.shared)
        }
    }

    /// Opens the found cluster-year on the roster screen, with the unit selected.
    static func jump(to result: SearchResult, _ state: inout AppState) -> [AppEffect] {
        let shown = App.show(.roster, &state)
        state.pendingUnit = result.kind == .unit ? result.label : nil
        state.pendingYear = (result.clusterCode, result.year)
        // Home selects the year being opened.
        App.keepSelectionsVisible(&state)
        return shown + [.loadYear(code: result.clusterCode, year: result.year)]
    }
}

/// Runs a command typed after `:`.
enum CommandRunner {
    static func run(_ text: String, _ state: inout AppState) -> [AppEffect] {
        let words = text.split(separator: " ").map(String.init)
        guard let name = words.first?.lowercased() else { return [] }
        if let screen = ScreenID(registered: name) {
            return App.perform(.goTo(screen), &state)
        }
        switch name {
        case "quit", "q": return App.perform(.quit, &state)
        case "help": return App.perform(.help, &state)
        case "demo": return HomeScreen.loadDemo(&state.shared)
        case "new":
            HomeScreen.newCluster(&state.shared)
            return []
        case "criteria":
            CriteriaEditorKeys.open(&state.shared)
            return []
        case "theme":
            guard words.count > 1 else {
                state.status = StatusMessage(state.words.screen.commandCandidates(state.availableThemes.joined(separator: " ")))
                return []
            }
            return [.setTheme(words[1])]
        case "lang":
            if words.count > 1, let language = Language(rawValue: words[1].lowercased()) {
                state.language = language
                state.status = StatusMessage(state.words.screen.languageChanged)
            } else {
                state.status = StatusMessage(state.words.screen.commandCandidates("vi en"))
            }
            return []
        case "open":
            guard words.count > 1 else { return [] }
            let code = words[1].uppercased()
            let years = (state.overviews ?? []).first { $0.cluster.code == code }?.years.map(\.year) ?? []
            let year = words.count > 2 ? Int(words[2]) : years.max()
            guard let year else {
                state.status = StatusMessage(state.words.unknownCluster(code, (state.overviews ?? []).map(\.cluster.code).joined(separator: ", ")), isError: true)
                return []
            }
            let shown = App.show(.roster, &state)
            state.pendingYear = (code, year)
            return shown + [.loadYear(code: code, year: year)]
        default:
            state.status = StatusMessage(state.words.screen.unknownCommand(name), isError: true)
            return []
        }
    }
}
