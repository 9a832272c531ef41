import Emulation
import Testing
@testable import TerminalUI

/// Entering scores in the grid by keys alone.
@Suite struct GridEditingTests: KeyPressing {
    func savedChanges(_ effects: [AppEffect]) -> [ScoreChange] {
        effects.compactMap { effect in
            if case .saveScore(_, _, let change, _, _) = effect { return change }
            return nil
        }
    }

    func self11(_ state: AppState, unit: Int = 0) -> Points? {
        state.year?.scores[MemberUnit.ID(unit + 1)]?.selfAssessment["1.1"]
    }

    @Test func typingADigitEditsAndEnterSavesAndMovesDown() {
        var state = DemoFixture.state(screen: .grid)
        let effects = press(type("9,5") + [.enter], &state)
        #expect(savedChanges(effects) == [ScoreChange(unitID: 1, item: "1.1", round: .selfAssessment, old: Points(hundredths: 1020 - 20), new: Points(hundredths: 950))])
        #expect(self11(state) == Points(hundredths: 950))
        #expect(state.grid.selection.index == 1)
        #expect(state.grid.column == 0)
        #expect(state.grid.edit == nil)
    }

    @Test func aPointIsAcceptedAsTheDecimalMarkAndTabMovesRightThenWraps() {
        var state = DemoFixture.state(screen: .grid)
        _ = press([.end], &state) // last unit
        state.grid.column = 14 // item 3.3
        let effects = press(type("5.25") + [.tab], &state)
        #expect(savedChanges(effects).first?.new == Points(hundredths: 525))
        #expect(state.grid.column == 15, "Tab after the last item goes on to the bonus")
        _ = press([.tab, .tab], &state)
        #expect(state.grid.column == 16, "Tab at the deduction of the last unit stays")
        state = DemoFixture.state(screen: .grid)
        state.grid.column = 14
        _ = press(type("6") + [.tab, .tab, .tab], &state)
        #expect(state.grid.selection.index == 1)
        #expect(state.grid.column == 0, "Tab at a row's end (its deduction) wraps to the next unit's first item")
    }

    @Test func totalsRanksAndProgressFollowEachConfirmedCell() {
        var state = DemoFixture.state(screen: .grid)
        let before = state.review!.ranking.entry(unitID: 8)!.result.total
        let enteredBefore = state.progress.selfAssessment
        _ = press([.end], &state)
        state.grid.column = 2 // 1.3: the one empty self-score of unit 8
        _ = press(type("7") + [.enter], &state)
        #expect(state.progress.selfAssessment == enteredBefore + 1)
        // Final scores use the cluster round where entered, so the total is unchanged…
        #expect(state.review!.ranking.entry(unitID: 8)!.result.total == before)
        // …but a cluster score moves it.
        _ = press([.character("v")], &state)
        state.grid.selection.index = 7
        _ = press(type("0") + [.enter], &state)
        #expect(state.review!.ranking.entry(unitID: 8)!.result.total < before)
    }

    @Test(arguments: ["abc", "11", "-1", "9,555", "1e3", "9,5,1"])
    func refusedValuesStayInEditWithTheReason(text: String) {
        var state = DemoFixture.state(screen: .grid)
        let original = self11(state)
        var keys: [Key] = [.enter, .control("u")]
        keys += type(text) + [.enter]
        let effects = press(keys, &state)
        #expect(effects.isEmpty)
        #expect(state.grid.edit?.text == text)
        #expect(state.status?.isError == true)
        #expect(self11(state) == original)
        _ = press([.escape], &state)
        #expect(state.grid.edit == nil)
        #expect(self11(state) == original)
    }

    @Test func escapeCancelsWithoutSaving() {
        var state = DemoFixture.state(screen: .grid)
        let effects = press(type("3") + [.escape], &state)
        #expect(effects.isEmpty)
        #expect(self11(state) == Points(hundredths: 1000))
    }

    @Test func undoAndRedoAreSavedLikeAnyEdit() {
        var state = DemoFixture.state(screen: .grid)
        _ = press(type("4") + [.enter] + type("5") + [.enter], &state)
        var effects = press([.character("u")], &state)
        #expect(savedChanges(effects) == [ScoreChange(unitID: 2, item: "1.1", round: .selfAssessment, old: Points(5), new: Points(hundredths: 995))])
        #expect(state.grid.selection.index == 1, "undo shows the cell it changed")
        effects = press([.character("u")], &state)
        #expect(self11(state) == Points(hundredths: 1000))
        effects = press([.control("r")], &state)
        #expect(savedChanges(effects).first?.new == Points(4))
        #expect(self11(state) == Points(4))
        _ = press([.character("u"), .character("u"), .character("u")], &state)
        #expect(state.status?.text == state.words.screen.nothingToUndo)
        // A new edit clears what could be redone.
        _ = press(type("6") + [.enter], &state)
        #expect(state.history.redo.isEmpty)
    }

    @Test func aSecretaryNeverEntersTheClusterScoreOfTheirOwnUnit() {
        var state = DemoFixture.state(screen: .grid)
        state.account = DemoAccount.secretary(of: 1) // from Vĩnh Bảo
        _ = press([.character("v")], &state) // cluster round
        #expect(press(type("9"), &state).isEmpty)
        #expect(state.grid.edit == nil)
        #expect(state.status?.text == "Không ai được nhập điểm cụm chấm của chính đơn vị mình.")
        _ = press([.down], &state)
        #expect(!savedChanges(press(type("9") + [.enter], &state)).isEmpty, "another unit's cluster score is allowed")
        state.grid.round = .selfAssessment
        state.grid.selection.index = 1
        #expect(press(type("9"), &state).isEmpty, "a unit's self-score is its clerk's")
        #expect(state.status?.text == "Chỉ cán bộ đơn vị được nhập điểm tự chấm.")
    }

    @Test func aClerkEntersTheSelfScoresOfTheirOwnUnitOnly() {
        var state = DemoFixture.state(screen: .grid)
        state.account = DemoAccount.clerk(of: 2) // Thủy Nguyên
        #expect(press(type("9"), &state).isEmpty, "Vĩnh Bảo's row")
        #expect(state.grid.edit == nil)
        #expect(state.status?.text == "Cán bộ đơn vị chỉ được nhập điểm tự chấm của đơn vị mình.")
        _ = press([.down], &state)
        #expect(savedChanges(press(type("9") + [.enter], &state)).map(\.unitID) == [2], "their own")
        _ = press([.up, .character("v")], &state)
        #expect(press(type("9"), &state).isEmpty, "nor the cluster score of their own unit")
        #expect(state.status?.text == "Không ai được nhập điểm cụm chấm của chính đơn vị mình.")
    }

    @Test func finalRoundAndClosedYearsAreReadOnly() {
        var state = DemoFixture.state(screen: .grid)
        _ = press([.character("v"), .character("v")], &state)
        #expect(state.grid.round == nil)
        #expect(press(type("9") + [.enter], &state).isEmpty)
        #expect(state.status?.text == state.words.screen.finalIsReadOnly)
        state = DemoFixture.state(screen: .grid)
        _ = App.update(&state, .yearLoaded(DemoFixture.snapshot(status: .closed)))
        #expect(press(type("9") + [.enter], &state).isEmpty)
        #expect(state.status?.text == state.words.screen.yearIsClosed)
    }

    @Test func nextEmptyCellIsFoundInTheRoundShown() {
        var state = DemoFixture.state(screen: .grid)
        _ = press([.character("e")], &state)
        #expect(state.grid.selection.index == 7)
        #expect(state.grid.column == 2)
        _ = press(type("6") + [.enter, .character("e")], &state)
        #expect(state.status?.text == state.words.screen.noEmptyCell)
    }

    @Test func aFailedSaveReloadsTheYear() {
        var state = DemoFixture.state(screen: .grid)
        _ = press(type("9") + [.enter], &state)
        let effects = App.update(&state, .saveFailed(MadeUpError("disk full")))
        #expect(effects == [.loadYear(code: "HP-KH", year: 2023)])
        #expect(state.status == StatusMessage("Lỗi: disk full", isError: true))
    }

    @Test func theViewFollowsTheFocusedItemsGroupAt80Columns() {
        var state = DemoFixture.state(screen: .grid)
        state.grid.column = 8 // 2.2
        let text = App.render(state).text()
        #expect(text.contains("TC 2 (30)"))
        #expect(!text.contains(" 1.1 "))
        let buffer = App.render(state)
        #expect(buffer.cells.contains { $0.role == .focusedCell })
    }

    @Test func editingShowsTheTypedTextAndTheCursor() {
        var state = DemoFixture.state(screen: .grid)
        _ = press(type("8,7"), &state)
        let buffer = App.render(state)
        #expect(buffer.cursor != nil)
        assertSnapshot(buffer, named: "grid-editing-80x24")
    }
}
