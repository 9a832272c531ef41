import Emulation
import Testing
@testable import TerminalUI

/// What keeps a clerk from losing or overwriting a value by accident.
@Suite struct EditingSafetyTests: KeyPressing {
    @Test func enterTwiceOnACellMovesOnWithoutClearingIt() {
        var state = DemoFixture.state(screen: .grid)
        let before = state.year?.scores[1]?.selfAssessment["1.1"]
        #expect(press([.enter, .enter], &state).isEmpty)
        #expect(state.year?.scores[1]?.selfAssessment["1.1"] == before)
        #expect(state.grid.selection.index == 1)
    }

    @Test func deleteClearsACellOnPurposeAndCanBeUndone() {
        var state = DemoFixture.state(screen: .grid)
        let effects = press([.delete], &state)
        #expect(effects == [.saveScore(code: "HP-KH", year: 2023, ScoreChange(unitID: 1, item: "1.1", round: .selfAssessment, old: Points(hundredths: 1020 - 20), new: nil), reason: "", expecting: .value(Points(hundredths: 1020 - 20)))])
        #expect(state.year?.scores[1]?.selfAssessment["1.1"] == nil)
        _ = press([.character("u")], &state)
        #expect(state.year?.scores[1]?.selfAssessment["1.1"] == Points(10))
    }

    @Test func onTheSheetEnterTwiceKeepsTheBonusAndDeleteRemovesIt() {
        var state = DemoFixture.state(screen: .sheet)
        var snapshot = DemoFixture.snapshot()
        snapshot.scores[1]?.bonus = Adjustment(points: Points(5), reason: "Mô hình")
        _ = App.update(&state, .yearLoaded(snapshot))
        _ = press([.end, .up], &state)
        #expect(press([.enter, .enter], &state).isEmpty)
        #expect(state.year?.scores[1]?.bonus == Adjustment(points: Points(5), reason: "Mô hình"))
        _ = press([.up], &state)
        #expect(press([.delete], &state) == [.saveAdjustment(code: "HP-KH", year: 2023, unitID: 1, kind: .bonus, nil, expecting: .value(Adjustment(points: Points(5), reason: "Mô hình")))])
    }

    @Test func aFailedSaveEmptiesTheUndoHistory() {
        var state = DemoFixture.state(screen: .grid)
        _ = press([.character("4"), .enter], &state)
        #expect(!state.history.undo.isEmpty)
        _ = App.update(&state, .saveFailed(MadeUpError("conflict")))
        #expect(state.history.undo.isEmpty && state.history.redo.isEmpty)
    }

    @Test func anUndoThatIsRefusedStaysOnTheStack() {
        var state = DemoFixture.state(screen: .grid)
        _ = press([.character("4"), .enter], &state)
        _ = App.update(&state, .yearLoaded({ var closed = state.year!; closed.reference.status = .closed; return closed }()))
        #expect(press([.character("u")], &state).isEmpty)
        #expect(state.history.undo.count == 1)
        #expect(state.history.redo.isEmpty)
    }

    @Test func theOwnUnitRuleCoversBonusAndDeductionAndMatchesWithoutDiacritics() {
        var state = DemoFixture.state(screen: .sheet)
        state.clerkUnit = "vinh bao"
        _ = press([.end, .up], &state)
        #expect(press([.character("2"), .enter], &state).isEmpty)
        #expect(state.status?.text == state.words.ownUnitClusterScore)
    }

    @Test func anUnknownClerkUnitStopsEditingInsteadOfSwitchingTheRuleOff() {
        var state = DemoFixture.state(screen: .grid)
        state.clerkUnit = "Hà Nội"
        #expect(press([.character("9"), .enter], &state).isEmpty)
        #expect(state.status?.text.contains("Hà Nội") == true)
    }

    @Test func aSmallerGridAfterAReloadDoesNotCrashTheSheet() {
        var state = DemoFixture.state(screen: .sheet)
        _ = press([.end], &state)
        var snapshot = DemoFixture.snapshot()
        snapshot.tree.majors[2].children.removeLast(2)
        snapshot.tree.majors[2].maximum = Points(8)
        _ = App.update(&state, .yearLoaded(snapshot))
        #expect(state.sheet.selection.index < SheetRow.rows(snapshot.tree).count)
        #expect(App.render(state).text().contains("Phiếu điểm"))
    }

    @Test func theCodeOfAScoredItemCannotChange() {
        var state = DemoFixture.state(screen: .grid)
        var snapshot = DemoFixture.snapshot()
        snapshot.criteriaUnlocked = true
        _ = App.update(&state, .yearLoaded(snapshot))
        _ = press([.character("t"), .down, .character("c")], &state)
        guard case .criteria(let editor) = state.overlay else { Issue.record("no editor"); return }
        #expect(editor.edit == nil)
        #expect(state.status?.text == state.words.screen.codeHasScores)
    }
}
