import Testing
import Emulation
@testable import TerminalUI

/// What a clerk types is data wherever it is typed: the observations of the issue "A key means
/// what the clerk meant", each as the keys a clerk pressed.
@Suite struct KeyOwnershipTests: KeyPressing {
    /// The sheet of Vĩnh Bảo with the focus on its bonus row's points.
    private func sheetOnBonus() -> AppState {
        var state = DemoFixture.state(screen: .sheet)
        _ = press([.end, .up], &state)
        return state
    }

    @Test func aReasonTypedAfterAnotherReasonIsTextNotCommands() {
        var state = sheetOnBonus()
        var effects = press(type("2") + [.enter] + type("Mô hình tiêu biểu") + [.enter], &state)
        #expect(effects == [.saveAdjustment(code: "HP-KH", year: 2023, unitID: 1, kind: .bonus, Adjustment(points: Points(2), reason: "Mô hình tiêu biểu"), expecting: .value(nil))])
        #expect(state.sheet.column == .selfScore, "after a reason the focus is back on the points")
        // The issue's keystrokes, literally: the deduction, then its reason full of key letters.
        effects = press(type("3") + [.enter] + type("Chậm báo cáo quý III") + [.enter], &state)
        #expect(effects == [.saveAdjustment(code: "HP-KH", year: 2023, unitID: 1, kind: .deduction, Adjustment(points: Points(3), reason: "Chậm báo cáo quý III"), expecting: .value(nil))])
        #expect(!state.quitRequested && state.screen == .sheet && state.overlay == nil)
        #expect(state.year?.scores[1]?.bonus?.reason == "Mô hình tiêu biểu")
    }

    @Test func pointsTypedAfterAReasonDoNotGoOnTheReason() {
        var state = sheetOnBonus()
        _ = press([.down] + type("2") + [.enter] + type("Xy") + [.enter], &state)
        #expect(state.year?.scores[1]?.deduction == Adjustment(points: Points(2), reason: "Xy"))
        let effects = press(type("1") + [.enter], &state)
        #expect(effects == [.saveAdjustment(code: "HP-KH", year: 2023, unitID: 1, kind: .deduction, Adjustment(points: Points(1), reason: "Xy"), expecting: .value(Adjustment(points: Points(2), reason: "Xy")))])
    }

    @Test func onANoteColumnEveryCharacterIsText() {
        var state = DemoFixture.state(screen: .sheet)
        _ = press([.right, .right], &state)
        #expect(state.sheet.column == .note)
        // q, h, n, y, [ and ? are commands elsewhere; on a note they are the note.
        let effects = press(type("qhny[?") + [.enter], &state)
        #expect(effects == [.saveNote(code: "HP-KH", year: 2023, unitID: 1, item: "1.1", note: "qhny[?", expecting: .value(nil))])
        #expect(!state.quitRequested && state.screen == .sheet && state.overlay == nil)
    }

    @Test func aMinusSignIsRefusedNamingTheItemNotDropped() {
        var state = DemoFixture.state(screen: .grid)
        let before = state.year?.scores[1]?.selfAssessment["1.1"]
        var effects = press(type("-1") + [.enter], &state)
        #expect(effects.isEmpty && state.grid.edit?.text == "-1", "the cell stays in edit with what was typed")
        #expect(state.status?.isError == true && state.status?.text.contains("1.1") == true && state.status?.text.contains("âm") == true)
        #expect(state.year?.scores[1]?.selfAssessment["1.1"] == before)
        _ = press([.escape], &state)
        effects = press(type("9,") + [.enter], &state)
        #expect(effects.count == 1 && state.year?.scores[1]?.selfAssessment["1.1"] == Points(9), "9, is 9")
    }

    @Test func aPrefilledWhatIfValueIsReplacedByTheFirstDigit() {
        var state = DemoFixture.state(screen: .ranking)
        _ = press([.character("w"), .character("e"), .tab], &state)
        guard case .form(var form) = state.overlay else { Issue.record("no form"); return }
        let prefilled = form.text(.item("1.2"))
        #expect(!prefilled.isEmpty)
        _ = press(type("8"), &state)
        guard case .form(let typed) = state.overlay else { Issue.record("the form closed"); return }
        form = typed
        #expect(form.text(.item("1.2")) == "8", "was \(prefilled), typed 8")
        // Back to the field: its value is selected again.
        _ = press([.backTab, .tab] + type("7"), &state)
        guard case .form(let again) = state.overlay else { Issue.record("the form closed"); return }
        #expect(again.text(.item("1.2")) == "7")
        // A value the field cannot hold is refused naming the field.
        _ = press([.backTab] + type("-2") + [.enter], &state)
        guard case .form(let refused) = state.overlay else { Issue.record("the form closed"); return }
        #expect(refused.focusedKey == .item("1.1") && refused.error?.contains("1.1") == true)
    }

    @Test func aPrefilledVoteCountIsReplacedNotAppendedTo() {
        var state = DemoFixture.state(screen: .ranking)
        var snapshot = DemoFixture.snapshot()
        snapshot.votes = [VoteTally(unitID: 2, award: RuleSet.provincialFlag, present: 5, votesFor: 5, votesAgainst: 0)]
        _ = App.update(&state, .yearLoaded(snapshot))
        _ = press([.down, .character("b")], &state)
        guard case .form(let form) = state.overlay else { Issue.record("no form"); return }
        #expect(form.text(.present) == "5" && form.text(.votesAgainst) == "0")
        let effects = press(type("8") + [.tab] + type("7") + [.tab] + type("1") + [.enter], &state)
        #expect(effects == [.changeYear(code: "HP-KH", year: 2023, .recordVote(VoteTally(unitID: 2, award: RuleSet.provincialFlag, present: 8, votesFor: 7, votesAgainst: 1),
                                                                                     expecting: .value(VoteTally(unitID: 2, award: RuleSet.provincialFlag, present: 5, votesFor: 5, votesAgainst: 0))))])
    }

    @Test func aVoteCountThatIsNotWholeIsRefusedNamingTheField() {
        var state = DemoFixture.state(screen: .ranking)
        _ = press([.down, .character("b"), .tab] + type("2,5") + [.enter], &state)
        guard case .form(let form) = state.overlay else { Issue.record("the form closed"); return }
        #expect(form.focusedKey == .votesFor && form.error?.contains(state.edit.fieldFor) == true)
        // Letters typed in a count are refused in the same words (no "9,5" example for a count).
        _ = press([.control("u")] + type("Chậm báo cáo quý III") + [.enter], &state)
        guard case .form(let letters) = state.overlay else { Issue.record("the form closed"); return }
        #expect(letters.error == state.words.screen.wholeNumberRequired(state.edit.fieldFor))
    }

    @Test func theNewClustersYearIsReplacedByWhatIsTyped() {
        var state = DemoFixture.state()
        _ = press([.character("n")], &state)
        guard case .form = state.overlay else { Issue.record("no form"); return }
        let effects = press(type("QA") + [.tab] + type("Cụm thử") + [.tab, .tab, .tab] + type("2025") + [.enter], &state)
        guard case .createCluster(_, let year) = effects.first else { Issue.record("not created: \(effects)"); return }
        #expect(year == 2025)
    }

    @Test func theCriteriaEditorsMaximumIsReplacedByWhatIsTyped() {
        var snapshot = DemoFixture.snapshot(status: .pledge)
        snapshot.scores = [:]
        var state = DemoFixture.state(screen: .grid)
        _ = App.update(&state, .yearLoaded(snapshot))
        _ = press([.character("t"), .down, .character("m")] + type("4") + [.enter], &state)
        guard case .criteria(let editor) = state.overlay else { Issue.record("no editor"); return }
        #expect(editor.tree.majors[0].children[0].maximum == Points(4))
    }

    @Test func bonusAndDeductionAreTheGridsLastColumnsWithTheirReason() {
        var state = DemoFixture.state(screen: .grid)
        state.grid.round = .cluster
        state.grid.column = 14
        _ = press([.tab], &state)
        #expect(state.grid.column == 15)
        #expect(press(type("3") + [.enter], &state).isEmpty, "nothing is saved before the reason")
        guard case .form(let form) = state.overlay else { Issue.record("no reason asked"); return }
        #expect(form.purpose == .adjustmentReason(1, .bonus, Points(3), expecting: .value(nil)))
        #expect(App.render(state).text().contains("Lý do điểm thưởng +3,00 — Vĩnh Bảo"))
        let effects = press(type("Mô hình dân vận khéo") + [.enter], &state)
        #expect(effects == [.saveAdjustment(code: "HP-KH", year: 2023, unitID: 1, kind: .bonus, Adjustment(points: Points(3), reason: "Mô hình dân vận khéo"), expecting: .value(nil))])
        #expect(state.review?.ranking.entry(unitID: 1)?.result.bonus == Points(3))
        // The deduction: Esc on its reason saves nothing and says so.
        _ = press([.up, .tab], &state)
        #expect(state.grid.column == 16)
        #expect(press(type("2") + [.enter, .escape], &state).isEmpty)
        #expect(state.year?.scores[1]?.deduction == nil && state.status?.isError == true)
        // Undo takes the bonus back like a score.
        #expect(press([.character("u")], &state) == [.saveAdjustment(code: "HP-KH", year: 2023, unitID: 1, kind: .bonus, nil, expecting: .value(Adjustment(points: Points(3), reason: "Mô hình dân vận khéo")))])
    }

    @Test func searchClearsARosterFilterThatWouldHideItsResult() {
        var state = DemoFixture.state(screen: .roster)
        _ = press([.character("f")] + type("an") + [.enter], &state)
        #expect(!state.roster.rows.contains { $0.unit.name == "Vĩnh Bảo" })
        _ = press([.character("/")] + type("vinh bao") + [.enter], &state)
        _ = App.update(&state, .yearLoaded(DemoFixture.snapshot()))
        #expect(state.roster.filter.isEmpty)
        #expect(state.roster.selected?.unit.name == "Vĩnh Bảo")
        #expect(state.status?.text == state.edit.searchClearedFilter("an", "Vĩnh Bảo"))
    }
}
