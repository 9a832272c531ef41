import Emulation

extension App {
    /// Draws the whole frame: title, tabs, the screen, any overlay, status line, footer.
    public static func render(_ state: AppState) -> Buffer {
        var buffer = Buffer(size: state.size)
        guard state.size.rows > 0, state.size.columns > 0 else { return buffer }
        let words = state.words
        if state.isTooSmall {
            let minimum = AppShared.minimumSize
            buffer.write(words.screen.tooSmall(state.size.columns, state.size.rows, minimum.columns, minimum.rows),
                         row: 0, column: 0, role: .statusError)
            return buffer
        }
        let screen = ScreenRegistry.screen(state.screen)
        if screen.isFullScreen {
            // The projector gets the whole screen: no tabs, no footer.
            render(screen, state, into: &buffer, area: Rect(row: 0, column: 0, rows: state.size.rows, columns: state.size.columns))
            drawOverlay(state, into: &buffer)
            return buffer
        }
        var title = words.screen.appName
        if let year = state.year, screen.needsYear {
            title += " — \(year.cluster.code) \(year.reference.year) · \(year.cluster.name) · [\(words.status(year.reference.status))]"
        }
        Chrome.titleBar(into: &buffer, row: 0, left: title, right: screen.name(words))
        // A viewer's screens have no editing key: the tab bar says why.
        let cluster = screen.needsYear ? state.year?.reference.clusterCode : nil
        Chrome.tabBar(into: &buffer, row: 1, current: state.screen, words: words,
                      mark: state.shared.onlyReads(in: cluster) ? words.access.readOnly : nil)
        render(screen, state, into: &buffer, area: state.contentArea)

        Chrome.statusLine(into: &buffer, row: state.size.rows - 2, message: state.status)
        let footer = state.size.rows - 1
        if state.waitingForFile {
            // Keys typed now wait for the save; only Ctrl-C acts at once.
            Chrome.footer(into: &buffer, row: footer, items: [("Ctrl-C", state.language.entryKeys.stopWaiting)])
        } else if let entry = KeyRouting.entry(state) {
            Chrome.footer(into: &buffer, row: footer, items: KeyRouting.footer(entry, state))
        } else {
            Chrome.footer(into: &buffer, row: footer, screenKeys: screenKeys(state), globalKeys: KeyMap.globalDescriptions, words: words)
        }

        drawOverlay(state, into: &buffer)
        // An error that needs two lines is drawn over whatever overlay reaches its upper line.
        if state.overlay != nil, let status = state.status, status.isError { Chrome.statusLine(into: &buffer, row: state.size.rows - 2, message: status) }
        return buffer
    }

    private static func render<S: Screen>(_ screen: S.Type, _ state: AppState, into buffer: inout Buffer, area: Rect) {
        S.render(state.screens[S.self], state.shared, into: &buffer, area: area)
    }

    /// The keys of the screen shown, as the footer and the help page describe them.
    static func screenKeys(_ state: AppState) -> [KeyDescription] {
        screenKeys(ScreenRegistry.screen(state.screen), state)
    }

    private static func screenKeys<S: Screen>(_ screen: S.Type, _ state: AppState) -> [KeyDescription] {
        S.bindings(state.screens[S.self], state.shared).map { $0.description }
    }

    private static func drawOverlay(_ state: AppState, into buffer: inout Buffer) {
        switch state.overlay {
        case nil: break
        case .help(let offset, _): HelpOverlay.render(state, offset: offset, into: &buffer)
        case .search(let search): SearchOverlay.render(state, search: search, into: &buffer)
        case .command(let line): CommandLineOverlay.render(state, line: line, into: &buffer)
        case .confirm(let confirm): ConfirmDialog.render(state, confirm: confirm, into: &buffer)
        case .criteria(let editor): CriteriaEditorOverlay.render(state, editor: editor, into: &buffer)
        case .form(let form): FormOverlay.render(state.shared, form: form, into: &buffer)
        case .menu(let menu): MenuOverlay.render(state.shared, menu: menu, into: &buffer)
        }
    }
}
