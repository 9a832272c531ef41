import Emulation
import Testing
@testable import TerminalUI

/// The unit sheet: a self-assessment with each item's wording in view, notes, bonus and deduction.
@Suite struct SheetEditingTests: KeyPressing {
    @Test func theSheetOpensOnTheUnitChosenInTheGrid() {
        var state = DemoFixture.state(screen: .grid)
        _ = press([.down, .down, .function(5)], &state)
        #expect(state.screen == .sheet)
        #expect(state.sheet.unit == 2)
        #expect(App.render(state).text().contains("Phiếu điểm: An Lão (3/8)"))
        _ = press([.character("]")], &state)
        #expect(state.sheet.unit == 3)
        _ = press([.character("["), .character("["), .character("["), .character("[")], &state)
        #expect(state.sheet.unit == 7, "switching wraps around")
    }

    @Test func selfScoresAreTypedDownTheItems() {
        var state = DemoFixture.state(screen: .sheet)
        let effects = press(type("9,5") + [.enter] + type("7.5") + [.enter], &state)
        #expect(effects == [
            .saveScore(code: "HP-KH", year: 2023, ScoreChange(unitID: 1, item: "1.1", round: .selfAssessment, old: Points(hundredths: 1000), new: Points(hundredths: 950)), reason: "",
                       expecting: .value(Points(hundredths: 1000))),
            .saveScore(code: "HP-KH", year: 2023, ScoreChange(unitID: 1, item: "1.2", round: .selfAssessment, old: Points(8), new: Points(hundredths: 750)), reason: "", expecting: .value(Points(8))),
        ])
        #expect(state.sheet.selection.index == 2)
        #expect(state.year?.scores[1]?.selfAssessment["1.2"] == Points(hundredths: 750))
    }

    @Test func anOutOfRangeScoreIsRefusedInPlace() {
        var state = DemoFixture.state(screen: .sheet)
        #expect(press(type("11") + [.enter], &state).isEmpty)
        #expect(state.sheet.edit?.text == "11")
        #expect(state.status?.isError == true)
    }

    @Test func aNoteIsSavedForTheItem() {
        var state = DemoFixture.state(screen: .sheet)
        _ = press([.right, .right, .enter], &state)
        #expect(state.sheet.column == .note)
        let effects = press(type("Có minh chứng") + [.enter], &state)
        #expect(effects == [.saveNote(code: "HP-KH", year: 2023, unitID: 1, item: "1.1", note: "Có minh chứng", expecting: .value(nil))])
        #expect(state.year?.notes[1]?["1.1"] == "Có minh chứng")
    }

    @Test func aBonusWaitsForItsReasonBeforeItIsSaved() {
        var state = DemoFixture.state(screen: .sheet)
        _ = press([.end], &state)
        _ = press([.up], &state) // the bonus row
        #expect(press(type("2") + [.enter], &state).isEmpty, "nothing is saved without a reason")
        #expect(state.sheet.column == .note)
        #expect(state.sheet.edit != nil)
        #expect(press([.enter], &state).isEmpty, "an empty reason is refused")
        #expect(state.status?.text == state.words.screen.reasonRequired)
        let effects = press(type("Mô hình tiêu biểu") + [.enter], &state)
        #expect(effects == [.saveAdjustment(code: "HP-KH", year: 2023, unitID: 1, kind: .bonus, Adjustment(points: Points(2), reason: "Mô hình tiêu biểu"), expecting: .value(nil))])
        #expect(state.review?.ranking.entry(unitID: 1)?.result.bonus == Points(2))
    }

    /// A reason typed on a deduction row that has no points is not dropped unsaid: nothing is
    /// saved, the text stays in its field, and the status says to type the points first.
    @Test func aReasonWithoutPointsStaysWithWhy() {
        var state = DemoFixture.state(screen: .sheet)
        _ = press([.end, .right, .right, .enter], &state)  // the deduction row, its reason
        #expect(state.sheet.column == .note)
        #expect(press(type("Chậm báo cáo quý III") + [.enter], &state).isEmpty)
        #expect(state.sheet.edit?.text == "Chậm báo cáo quý III")
        #expect(state.status?.text == state.words.screen.pointsBeforeReason && state.status?.isError == true)
        _ = press([.escape], &state)
        #expect(state.sheet.edit == nil && state.year?.scores[1]?.deduction == nil)
    }

    @Test func bonusAndNotesAreUndoneAndRedoneLikeScores() {
        var state = DemoFixture.state(screen: .sheet)
        _ = press([.end, .up] + type("2") + [.enter] + type("Mô hình") + [.enter], &state)
        #expect(state.year?.scores[1]?.bonus?.points == Points(2))
        var effects = press([.character("u")], &state)
        #expect(effects == [.saveAdjustment(code: "HP-KH", year: 2023, unitID: 1, kind: .bonus, nil,
                                        expecting: .value(Adjustment(points: Points(2), reason: "Mô hình")))])
        #expect(state.year?.scores[1]?.bonus == nil)
        effects = press([.control("r")], &state)
        #expect(effects == [.saveAdjustment(code: "HP-KH", year: 2023, unitID: 1, kind: .bonus, Adjustment(points: Points(2), reason: "Mô hình"), expecting: .value(nil))])
        // On a note column every character is text: undo is a key of the score columns.
        _ = press([.home, .right, .right, .enter] + type("Minh chứng") + [.enter, .left, .character("u")], &state)
        #expect(state.year?.notes[1]?["1.1"] == nil)
    }

    @Test func aBonusAboveTheRuleSetsLimitIsRefused() {
        var state = DemoFixture.state(screen: .sheet)
        _ = press([.end, .up], &state)
        #expect(press(type("6") + [.enter], &state).isEmpty)
        #expect(state.status?.isError == true)
    }

    @Test func theClusterScoreOfTheSecretarysOwnUnitIsRefused() {
        var state = DemoFixture.state(screen: .sheet)
        state.account = DemoAccount.secretary(of: 1)
        _ = press([.right], &state)
        #expect(press(type("5"), &state).isEmpty)
        #expect(state.status?.text == "Không ai được nhập điểm cụm chấm của chính đơn vị mình.")
    }

    @Test func sheetSnapshots() {
        var state = DemoFixture.state(screen: .sheet)
        state.sheet.unit = 2
        assertSnapshot(App.render(state), named: "sheet-unit3-80x24")
        state = DemoFixture.state(size: Size(rows: 48, columns: 160), screen: .sheet)
        assertSnapshot(App.render(state), named: "sheet-160x48")
    }
}
