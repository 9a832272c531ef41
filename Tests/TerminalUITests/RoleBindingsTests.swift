import Emulation
import Testing
@testable import TerminalUI

/// The keys follow the acting account's roles (issue 11): the footer and the help offer only
/// what it may do, a key it may not use says why in the refusal's words, and a viewer changes
/// nothing anywhere.
@Suite struct RoleBindingsTests: KeyPressing {
    /// What a screen's bindings offer in this state: what its footer and its help list.
    func offered<S: Screen>(_ screen: S.Type, _ state: AppState) -> [S.Action] {
        S.bindings(state.screens[S.self], state.shared).map(\.action)
    }

    func grid(_ state: AppState) -> [GridScreen.Action] { offered(GridScreen.self, state) }
    func sheet(_ state: AppState) -> [SheetScreen.Action] { offered(SheetScreen.self, state) }

    // MARK: - The grid and the sheet, cell by cell

    @Test func aClerksGridOffersNoEditOnAnotherUnitsRowNorTheClusterColumnOfTheirOwn() {
        var state = DemoFixture.state(screen: .grid)
        state.account = DemoAccount.clerk(of: 2) // Thủy Nguyên
        // Vĩnh Bảo's row, self-assessment.
        #expect(!grid(state).contains(.editCell) && !grid(state).contains(.clearCell))
        #expect(!App.render(state).text().contains("0-9 Nhập"), "the footer does not offer it")
        _ = press([.down], &state)
        #expect(grid(state).contains(.editCell) && grid(state).contains(.clearCell), "their own self-score")
        #expect(App.render(state).text().contains("0-9 Nhập"))
        state.grid.column = 15 // their bonus, a claim of their own unit
        #expect(grid(state).contains(.editCell))
        _ = press([.character("v")], &state) // the cluster round
        state.grid.column = 0
        #expect(!grid(state).contains(.editCell), "not the cluster score of their own unit")
        _ = press([.down], &state)
        #expect(!grid(state).contains(.editCell), "nor another unit's")
        #expect(!grid(state).contains(.editCriteria), "the criteria are the secretary's")
        #expect(grid(state).contains(.undo), "a clerk may undo what they typed")
    }

    @Test func aSecretarysGridOffersTheClusterColumnOfEveryUnitButTheirOwn() {
        var state = DemoFixture.state(screen: .grid)
        state.account = DemoAccount.secretary(of: 1) // from Vĩnh Bảo
        for row in 0..<DemoFixture.names.count {
            state.grid.selection.index = row
            #expect(!grid(state).contains(.editCell), "self-scores are the units' own (row \(row))")
        }
        _ = press([.character("v")], &state)
        for row in 0..<DemoFixture.names.count {
            state.grid.selection.index = row
            #expect(grid(state).contains(.editCell) == (row != 0), "\(DemoFixture.names[row])")
        }
        #expect(grid(state).contains(.editCriteria))
    }

    /// A digit on a cell the account may not write does not start typing, nor switch screens
    /// (5 is the pledge's key): it says why, in the refusal's words.
    @Test func aDigitOnACellTheAccountMayNotWriteSaysWhy() {
        var state = DemoFixture.state(screen: .grid)
        state.account = DemoAccount.clerk(of: 2)
        let before = state.year
        #expect(press(type("5,5"), &state).isEmpty)
        #expect(state.screen == .grid && state.grid.edit == nil && state.year == before)
        #expect(state.status == StatusMessage("Cán bộ đơn vị chỉ được nhập điểm tự chấm của đơn vị mình.", isError: true))
        let lines = App.render(state).text().components(separatedBy: "\n")
        #expect(lines[22] == " Cán bộ đơn vị chỉ được nhập điểm tự chấm của đơn vị mình." && !lines[21].contains("Cán bộ"),
                "said once, on the status line")
        #expect(press([.enter, .delete], &state).isEmpty)
        #expect(state.year == before && state.grid.edit == nil, "nor do Enter and Delete change it")
    }

    @Test func aClerksSheetOffersTheirOwnUnitsSelfScoresNotesAndClaimsOnly() {
        var state = DemoFixture.state(screen: .sheet)
        state.account = DemoAccount.clerk(of: 2)
        state.sheet.unit = 1 // Thủy Nguyên
        #expect(sheet(state).contains(.editCell), "self-score")
        _ = press([.right], &state)
        #expect(!sheet(state).contains(.editCell), "cluster score")
        _ = press([.right], &state)
        #expect(sheet(state).contains(.editCell), "note")
        _ = press([.end, .up], &state)
        #expect(sheet(state).contains(.editCell), "the reason of their bonus claim")
        state.sheet.unit = 0 // Vĩnh Bảo
        for column in SheetState.Column.allCases {
            state.sheet.column = column
            #expect(!sheet(state).contains(.editCell) && !sheet(state).contains(.clearCell), "\(column)")
        }
        // Another unit's note: a letter is the screen's key again, a digit says why.
        state.sheet.selection.index = 0
        state.sheet.column = .note
        _ = press([.character("]")], &state)
        #expect(state.sheet.unit == 1 && state.sheet.edit == nil, "] switches unit rather than typing into the note")
        state.sheet.unit = 0
        _ = press([.character("7")], &state)
        #expect(state.sheet.edit == nil && state.screen == .sheet)
        #expect(state.status?.text == "Cán bộ đơn vị chỉ được ghi chú, minh chứng của đơn vị mình.")
    }

    // MARK: - The other screens

    @Test func theRosterIsEditedByTheSecretaryOnly() {
        var state = DemoFixture.state(screen: .roster)
        state.account = DemoAccount.clerk(of: 1)
        #expect(offered(RosterScreen.self, state) == [.filter, .awardHistory, .toggleOrder, .yearMenu], "reading the history is everyone's")
        _ = press([.character("a"), .enter, .delete, .character("i"), .character("J")], &state)
        #expect(state.overlay == nil)
        _ = press([.function(1)], &state)
        let help = App.render(state).text()
        #expect(help.contains("│   f            Lọc") && !help.contains("│   a            Thêm"), "the help follows the role:\n\(help)")
        state = DemoFixture.state(screen: .roster)
        state.account = DemoAccount.secretary(of: 1)
        #expect(offered(RosterScreen.self, state).contains(.add) && offered(RosterScreen.self, state).contains(.moveItemDown))
        _ = press([.function(1)], &state)
        #expect(App.render(state).text().contains("│   a            Thêm"))
    }

    @Test func thePledgesTextIsTheSecretarysAndAUnitsLinesAreItsClerks() {
        var state = DemoFixture.state(screen: .pledge) // the units' part, Vĩnh Bảo selected
        state.account = DemoAccount.clerk(of: 1)
        #expect(Set(offered(PledgeScreen.self, state)) == [.edit, .sign, .yearMenu])
        _ = press([.down], &state)
        #expect(offered(PledgeScreen.self, state) == [.yearMenu], "another unit's models and signature")
        #expect(press([.character("c"), .enter], &state).isEmpty && state.overlay == nil)
        _ = press([.left], &state) // the drives
        #expect(offered(PledgeScreen.self, state) == [.sign, .yearMenu], "c shows the units, where they sign")

        state = DemoFixture.state(screen: .pledge)
        state.account = DemoAccount.secretary(of: 1)
        #expect(Set(offered(PledgeScreen.self, state)) == [.add, .editHeader, .remove, .moveItemUp, .moveItemDown, .yearMenu],
                "a unit is added on the roster; its models and signature are its clerk's")
        _ = press([.left, .left], &state) // the tasks
        #expect(Set(offered(PledgeScreen.self, state)) == [.add, .edit, .editHeader, .remove, .moveItemUp, .moveItemDown, .yearMenu])
    }

    @Test func votesAndTheYearMenuFollowTheRole() {
        var state = DemoFixture.state(screen: .ranking)
        state.account = DemoAccount.clerk(of: 1)
        #expect(!offered(RankingScreen.self, state).contains(.vote))
        #expect(offered(RankingScreen.self, state).contains(.toggleWhatIf), "what-if never saves")
        _ = press([.character("y")], &state)
        guard case .menu(let menu) = state.overlay else {
            Issue.record("no year menu")
            return
        }
        // The documents, the dossier and its checklist, and the rules screen, which a viewer may read.
        #expect(menu.items.allSatisfy { if case .export = $0.action { true } else { [.rules, .dossier, .note].contains($0.action) } },
                "\(menu.items.map(\.label))")

        state = DemoFixture.state(screen: .ranking)
        state.account = DemoAccount.secretary(of: 1)
        #expect(offered(RankingScreen.self, state).contains(.vote))
        _ = press([.character("y")], &state)
        guard case .menu(let secretarys) = state.overlay else {
            Issue.record("no year menu")
            return
        }
        let actions = secretarys.items.map(\.action)
        #expect(actions.contains(.advance) && actions.contains(.meeting) && actions.contains(.handover) && actions.contains(.editCluster))
    }

    @Test func homeSaysWhoYouAreAndOffersNewClustersToAnAdminOnly() {
        var state = DemoFixture.state()
        state.account = Account(login: "tran.thi.b", fullName: "Trần Thị B", grants: DemoAccount.clerk(of: 2).grants, recordedBy: "root")
        let screen = App.render(state)
        #expect(screen.text().contains("Bạn: Trần Thị B (tran.thi.b) · cán bộ HP-KH – Thủy Nguyên · do root ghi thay"), "\(screen.text())")
        assertSnapshot(screen, named: "home-clerk-80x24")
        #expect(offered(HomeScreen.self, state) == [.open])
        _ = press([.character("n"), .character("d")], &state)
        #expect(state.overlay == nil)
        #expect(press([.character(":")] + type("new") + [.enter], &state).isEmpty && state.overlay == nil, ":new is refused too")
        #expect(state.status?.text == "Chỉ quản trị viên (Ban Thi đua – Khen thưởng) được tạo cụm mới.")
        #expect(press([.character(":")] + type("demo") + [.enter], &state).isEmpty)

        state.account = DemoAccount.admin
        #expect(offered(HomeScreen.self, state) == [.open, .loadDemo, .newCluster])
        #expect(App.render(state).text().contains("Bạn: Nguyễn Văn A (nguyen.van.a) · quản trị viên"))

        var empty = DemoFixture.state()
        _ = App.update(&empty, .homeLoaded([]))
        empty.account = DemoAccount.clerk(of: 2)
        let text = App.render(empty).text()
        #expect(text.contains("Chưa có cụm thi đua nào bạn được xem.") && !text.contains("Tạo cụm thi đua mới"), "\(text)")
    }

    @Test func theCriteriaAreEditedByTheSecretaryOnlyWhateverTheKey() {
        var state = DemoFixture.state(screen: .grid)
        state.account = DemoAccount.clerk(of: 1)
        _ = press([.character("t")], &state)
        #expect(state.overlay == nil)
        _ = press([.character(":")] + type("criteria") + [.enter], &state)
        #expect(state.overlay == nil)
        #expect(state.status?.text == "Chỉ thư ký cụm được sửa bộ tiêu chí.")
    }

    // MARK: - A viewer

    /// Every key a screen offers a viewer, on each screen and in the states its own keys reach:
    /// none saves anything or opens what would.
    @Test(arguments: ScreenRegistry.ids)
    func aViewerGetsNoEditingKeyOnAnyScreen(_ id: ScreenID) {
        var base = DemoFixture.state(screen: id)
        base.account = DemoAccount.viewer
        // The rounds, the columns, the parts of the pledge, the what-if mode.
        let reaching: [[Key]] = [[], [.down], [.right], [.right, .right], [.left], [.left, .left], [.end], [.end, .up],
                                 [.character("v")], [.character("v"), .character("v")], [.character("w")]]
        for path in reaching {
            var state = base
            _ = press(path, &state)
            guard state.screen == id, state.overlay == nil else { continue }
            checkNoEditing(ScreenRegistry.screen(id), state, path: path)
        }
        if !ScreenRegistry.screen(id).isFullScreen {
            #expect(App.render(base).text().components(separatedBy: "\n")[1].hasSuffix("chỉ xem"), "the tab bar says why")
        }
    }

    private func checkNoEditing<S: Screen>(_ screen: S.Type, _ state: AppState, path: [Key]) {
        let bindings = S.bindings(state.screens[S.self], state.shared)
        // Its keys, then keys that edit elsewhere, typed as a viewer would try them.
        let keys = bindings.compactMap(\.keys.first) + [.enter, .delete, .control("r")] + "aecbiKJndtu5,".map(Key.character)
        for key in keys {
            var tried = state
            let effects = press([key], &tried)
            #expect(!effects.contains(where: writes), "\(S.id) after \(path): \(key) asked \(effects)")
            #expect(!opensAChange(tried.overlay), "\(S.id) after \(path): \(key) opened \(String(describing: tried.overlay))")
            #expect(tried.year == state.year, "\(S.id) after \(path): \(key) changed the year on screen")
        }
    }

    private func writes(_ effect: AppEffect) -> Bool {
        switch effect {
        case .saveScore, .saveNote, .saveAdjustment, .saveCriteria, .changeYear, .createCluster, .loadDemo: return true
        // The dossier is written from what the viewer may read, into files, not the database.
        case .loadAccount, .loadHome, .loadHomeNames, .loadYear, .setTheme, .loadPreviousCriteria, .loadHistory, .export, .writeDossier, .suspend, .quit:
            return false
        }
    }

    /// An overlay whose Enter would ask for a change: a form (but the what-if, never saved), a
    /// question, the criteria editor, a menu with more than documents.
    private func opensAChange(_ overlay: Overlay?) -> Bool {
        switch overlay {
        case .form(let form):
            if case .whatIf = form.purpose { return false }
            return true
        case .confirm, .criteria: return true
        case .menu(let menu):
            return menu.items.contains { if case .export = $0.action { false } else { ![.rules, .dossier, .note].contains($0.action) } }
        case nil, .help, .search, .command: return false
        }
    }

    @Test func aViewersGridSnapshot() {
        var state = DemoFixture.state(screen: .grid)
        state.account = DemoAccount.viewer
        assertSnapshot(App.render(state), named: "grid-viewer-80x24")
    }

    // MARK: - Roles changed meanwhile

    /// Undo replays an edit with the roles as they are now.
    @Test func anUndoFollowsTheRolesAsTheyAreNow() {
        var state = DemoFixture.state(screen: .grid)
        state.account = DemoAccount.clerk(of: 1)
        #expect(!press(type("4") + [.enter], &state).isEmpty)
        _ = App.update(&state, .accountLoaded(DemoAccount.secretary(of: 2)))
        #expect(press([.character("u")], &state).isEmpty)
        #expect(state.status?.text == "Chỉ cán bộ đơn vị được nhập điểm tự chấm.")
        #expect(state.history.undo.count == 1, "the edit stays, to undo once allowed again")
    }

    /// A role revoked while typing: Enter keeps the value in its cell, with why, until Esc.
    @Test func aCellConfirmedAfterARoleWasRevokedKeepsItsValue() {
        var state = DemoFixture.state(screen: .grid)
        state.account = DemoAccount.clerk(of: 1)
        _ = press(type("7"), &state)
        _ = App.update(&state, .accountLoaded(DemoAccount.viewer))
        #expect(press([.enter], &state).isEmpty)
        #expect(state.grid.edit?.text == "7")
        #expect(state.status?.text == "Chỉ cán bộ đơn vị được nhập điểm tự chấm.")
        _ = press([.escape], &state)
        #expect(state.grid.edit == nil)
    }

    /// The same in a form: what was typed stays in it, with why.
    @Test func aFormSavedAfterARoleWasRevokedKeepsWhatWasTyped() {
        var state = DemoFixture.state(screen: .roster)
        state.account = DemoAccount.secretary()
        _ = press([.character("a")] + type("Hải An"), &state)
        _ = App.update(&state, .accountLoaded(DemoAccount.viewer))
        #expect(press([.enter], &state).isEmpty)
        guard case .form(let form) = state.overlay else {
            Issue.record("the form closed")
            return
        }
        #expect(form.text(.name) == "Hải An")
        #expect(form.error == "Chỉ thư ký cụm được sửa danh sách đơn vị.")
    }

    /// A unit's clerk may type only into their own unit's row: the grid and the sheet open on it.
    @Test func aClerksGridAndSheetOpenOnTheirOwnUnit() {
        for screen in [ScreenID.grid, .sheet] {
            var state = AppState(size: Size(rows: 24, columns: 80), language: .vietnamese, themeName: "default", availableThemes: ["default"])
            state.account = DemoAccount.clerk(of: 3) // An Lão, third on the roster
            _ = App.update(&state, .yearLoaded(DemoFixture.snapshot()))
            state.screen = screen
            let selected = screen == .grid ? state.grid.selection.unit(in: state.year?.units ?? []) : state.year?.units[state.sheet.unit].id
            #expect(selected == 3, "\(screen)")
            // Another account's screens open on the first unit, as before.
            var other = AppState(size: Size(rows: 24, columns: 80), language: .vietnamese, themeName: "default", availableThemes: ["default"])
            other.account = DemoAccount.secretary(of: 3)
            _ = App.update(&other, .yearLoaded(DemoFixture.snapshot()))
            #expect(other.grid.selection.unit(in: other.year?.units ?? []) == other.year?.units.first?.id)
        }
    }
}
