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

    /// A secretary judges the other units' claims; their own unit's is its clerk's.
    @Test func theOwnUnitRuleCoversBonusAndDeduction() {
        var state = DemoFixture.state(screen: .sheet)
        state.account = DemoAccount.secretary(of: 1)
        _ = press([.end, .up], &state)
        #expect(press([.character("2")], &state).isEmpty)
        #expect(state.status?.text == "Không ai được nhập điểm thưởng, điểm trừ của chính đơn vị mình.")
        _ = press([.character("]"), .character("2"), .enter], &state)
        #expect(state.status?.isError != true, "another unit's bonus is the secretary's to judge: \(state.status?.text ?? "")")
    }

    /// A role in another cluster types nothing here, rather than switching the rule off.
    @Test func aRoleInAnotherClusterStopsEditing() {
        var state = DemoFixture.state(screen: .grid)
        state.account = DemoAccount.clerk(of: 1, cluster: "HN-10")
        #expect(press([.character("9")], &state).isEmpty)
        #expect(state.grid.edit == nil)
        #expect(state.status?.text == "Chỉ cán bộ đơn vị được nhập điểm tự chấm.")
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
