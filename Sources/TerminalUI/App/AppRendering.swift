import Emulation

extension App {
    /// Draws the whole frame: title, tabs, the screen, any overlay, status line, footer.
    public static func render(_ state: AppState) -> Buffer {
        var buffer = Buffer(size: state.size)
        guard state.size.rows > 0, state.size.columns > 0 else { return buffer }
        let words = state.words
        if state.isTooSmall {
            let minimum = AppState.minimumSize
            buffer.write(words.screen.tooSmall(state.size.columns, state.size.rows, minimum.columns, minimum.rows),
                         row: 0, column: 0, role: .statusError)
            return buffer
        }
        if state.screen == .meeting {
            // The projector gets the whole screen: no tabs, no footer.
            MeetingScreen.render(state, into: &buffer)
            drawOverlay(state, into: &buffer)
            return buffer
        }
        var title = words.screen.appName
        if let year = state.year, state.screen != .home {
            title += " — \(year.cluster.code) \(year.reference.year) · \(year.cluster.name) · [\(words.status(year.reference.status))]"
        }
        Chrome.titleBar(into: &buffer, row: 0, left: title, right: words.screen.screenName(state.screen))
        Chrome.tabBar(into: &buffer, row: 1, current: state.screen, words: words.screen)

        let area = state.contentArea
        switch state.screen {
        case .home: HomeScreen.render(state, into: &buffer, area: area)
        case .roster: RosterScreen.render(state, into: &buffer, area: area)
        case .grid: GridScreen.render(state, into: &buffer, area: area)
        case .ranking: RankingScreen.render(state, into: &buffer, area: area)
        case .sheet: SheetScreen.render(state, into: &buffer, area: area)
        case .pledge: PledgeScreen.render(state, into: &buffer, area: area)
        case .meeting: break
        }

        Chrome.statusLine(into: &buffer, row: state.size.rows - 2, message: state.status)
        if state.waitingForFile {
            // Keys typed now wait for the save; only Ctrl-C acts at once.
            Chrome.footer(into: &buffer, row: state.size.rows - 1, items: [("Ctrl-C", state.language.entryKeys.stopWaiting)])
        } else if let entry = KeyRouting.entry(state) {
            Chrome.footer(into: &buffer, row: state.size.rows - 1, items: KeyRouting.footer(entry, state))
        } else {
            Chrome.footer(into: &buffer, row: state.size.rows - 1,
                          screenBindings: KeyMap.screenBindings(state.screen, emptyDatabase: state.isEmptyDatabase),
                          globalBindings: KeyMap.global, words: words)
        }

        drawOverlay(state, into: &buffer)
        // An error that needs two lines is drawn over whatever overlay reaches its upper line.
        if state.overlay != nil, let status = state.status, status.isError { Chrome.statusLine(into: &buffer, row: state.size.rows - 2, message: status) }
        return buffer
    }

    private static func drawOverlay(_ state: AppState, into buffer: inout Buffer) {
        switch state.overlay {
        case nil: break
        case .help(let offset): HelpOverlay.render(state, offset: offset, into: &buffer)
        case .search(let search): SearchOverlay.render(state, search: search, into: &buffer)
        case .command(let line): CommandLineOverlay.render(state, line: line, into: &buffer)
        case .confirm(let confirm): ConfirmDialog.render(state, confirm: confirm, into: &buffer)
        case .criteria(let editor): CriteriaEditorOverlay.render(state, editor: editor, into: &buffer)
        case .form(let form): FormOverlay.render(state, form: form, into: &buffer)
        case .menu(let menu): MenuOverlay.render(state, menu: menu, into: &buffer)
        }
    }
}
