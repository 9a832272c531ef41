import Emulation
import Testing
@testable import TerminalUI

/// Key sequences fed to the root update, checking state and effects.
@Suite struct KeySequenceTests: KeyPressing {
    @Test(arguments: ScreenID.allCases)
    func everyScreenIsReachedByNumberFunctionKeyAndLetter(screen: ScreenID) {
        // F2–F9 reach the first eight screens; F10 quits.
        #expect((screen.functionKey != nil) == (screen.number <= 8))
        for key in [Key.character(Character(String(screen.number)))] + (screen.functionKey.map { [Key.function($0)] } ?? []) + [.character(screen.letter)] {
            var state = DemoFixture.state(screen: screen == .home ? .ranking : .home)
            _ = press([key], &state)
            #expect(state.screen == screen)
        }
    }

    /// In the grid, digits enter scores; the F-keys and letters still switch screens there.
    @Test func inTheGridDigitsEditAndFunctionKeysSwitch() {
        var state = DemoFixture.state(screen: .grid)
        _ = press([.character("1")], &state)
        #expect(state.screen == .grid)
        #expect(state.grid.edit?.text == "1")
        _ = press([.escape, .function(2)], &state)
        #expect(state.screen == .home)
        state.screen = .grid
        _ = press([.character("x")], &state)
        #expect(state.screen == .ranking)
    }

    @Test func searchWithoutDiacriticsJumpsToTheUnit() {
        var state = DemoFixture.state()
        let effects = press([.character("/")] + "vinh bao".map(Key.character) + [.enter], &state)
        #expect(effects == [.loadYear(code: "HP-KH", year: 2023)])
        #expect(state.screen == .roster)
        _ = App.update(&state, .yearLoaded(DemoFixture.snapshot()))
        #expect(state.roster.selected?.unit.name == "Vĩnh Bảo")
        #expect(state.status?.text.contains("Vĩnh Bảo") == true)
    }

    @Test func searchFindsDWithD() {
        var state = DemoFixture.state()
        _ = press([.character("/"), .character("d"), .character("o"), .character("n"), .character("g")], &state)
        guard case .search(let search) = state.overlay else { Issue.record("no search"); return }
        #expect(search.results.map(\.label) == ["Đông Anh"])
    }

    @Test func enterOnHomeOpensTheSelectedYear() {
        var state = DemoFixture.state()
        let effects = press([.down, .enter], &state)
        #expect(effects == [.loadYear(code: "HP-KH", year: 2023)])
        #expect(state.screen == .roster)
    }

    @Test func quitKeysAndHangUpLeave() {
        for key in [Key.character("q"), .function(10), .control("c")] {
            var state = DemoFixture.state(screen: .ranking)
            #expect(press([key], &state) == [.quit])
            #expect(state.quitRequested)
        }
        var state = DemoFixture.state()
        #expect(App.update(&state, .event(.hangUp)) == [.quit])
    }

    @Test func overlaysTakeKeysAndEscapeClosesThem() {
        var state = DemoFixture.state()
        _ = press([.character("?")], &state)
        #expect(state.overlay == .help(offset: 0))
        _ = press([.character("q")], &state)
        #expect(state.overlay == nil)
        #expect(!state.quitRequested, "q closes help instead of quitting")
        _ = press([.character(":"), .character("x"), .escape], &state)
        #expect(state.overlay == nil)
    }

    @Test func commandLineCompletesAndRuns() {
        var state = DemoFixture.state()
        _ = press([.character(":"), .character("t"), .character("h"), .tab], &state)
        guard case .command(let line) = state.overlay else { Issue.record("no command line"); return }
        #expect(line.field.text == "theme ")
        let effects = press("hi".map(Key.character) + [.tab, .enter], &state)
        #expect(effects == [.setTheme("high-contrast")])
        _ = App.update(&state, .themeApplied(name: "high-contrast", warning: nil))
        #expect(state.themeName == "high-contrast")
        #expect(press([.character(":")] + "lang en".map(Key.character) + [.enter], &state) == [])
        #expect(state.language == .english)
        _ = press([.character(":")] + "nonsense".map(Key.character) + [.enter], &state)
        #expect(state.status?.isError == true)
    }

    @Test func emptyDatabaseOffersDemoWithoutConfirmationButAskedOtherwise() {
        var empty = AppState(size: Size(rows: 24, columns: 80), language: .vietnamese, themeName: "default", availableThemes: [])
        _ = App.update(&empty, .homeLoaded([]))
        #expect(press([.character("d")], &empty) == [.loadDemo])
        var full = DemoFixture.state()
        _ = press([.character(":")] + "demo".map(Key.character) + [.enter], &full)
        guard case .confirm = full.overlay else { Issue.record("no confirmation"); return }
        #expect(press([.character("k")], &full) == [])
        _ = press([.character(":")] + "demo".map(Key.character) + [.enter], &full)
        #expect(press([.character("c")], &full) == [.loadDemo])
    }

    @Test func newClusterFormValidatesAndCreates() {
        var state = AppState(size: Size(rows: 24, columns: 80), language: .vietnamese, themeName: "default", availableThemes: [])
        _ = App.update(&state, .homeLoaded([]))
        _ = press([.character("n"), .enter], &state)
        guard case .form(let form) = state.overlay, form.purpose == .newCluster else { Issue.record("no form"); return }
        #expect(form.error == "Cần nhập Mã cụm.")
        let effects = press("qn-1".map(Key.character) + [.tab] + "Cụm thi đua số 1".map(Key.character) + [.enter], &state)
        #expect(effects == [.createCluster(Cluster(code: "QN-1", name: "Cụm thi đua số 1", kind: .cluster, authority: ""), year: 2026)])
    }

    @Test func aYearWithoutUnitsSaysHowToAddThem() {
        var state = DemoFixture.state(screen: .grid)
        var empty = DemoFixture.snapshot(status: .pledge)
        empty.units = []
        empty.memberships = []
        empty.scores = [:]
        _ = App.update(&state, .yearLoaded(empty))
        for screen in [ScreenID.grid, .roster, .sheet, .ranking] {
            state.screen = screen
            #expect(App.render(state).text().contains("thidua import roster"), "\(screen)")
        }
        #expect(press([.character("5"), .enter], &state).isEmpty, "nothing to edit, nothing saved")
    }

    @Test func selectionStaysVisibleAfterResizeStorm() {
        var state = DemoFixture.state(screen: .grid)
        _ = press([.end], &state)
        for rows in [30, 16, 50, 17, 24] {
            _ = App.update(&state, .event(.resize(Size(rows: rows, columns: 80))))
            let visible = GridScreen.visibleRows(state.shared)
            #expect(state.grid.selection.index >= state.grid.selection.offset)
            #expect(state.grid.selection.index < state.grid.selection.offset + visible)
        }
        #expect(App.render(state).text().contains("Bạch Long Vĩ"))
    }
}
