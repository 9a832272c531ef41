import Emulation
import Testing
@testable import TerminalUI

/// Another clerk saves while this one is typing: the save compares with what this clerk saw
/// when they began, and a conflict gives them their typed value back beside the other's.
@Suite struct SaveConflictTests: KeyPressing {
    /// The same year after another clerk set unit 1's self-score 1.1 to 2.
    func refreshedByAnotherClerk() -> YearSnapshot {
        var snapshot = DemoFixture.snapshot()
        snapshot.scores[1]?.selfAssessment["1.1"] = Points(2)
        return snapshot
    }

    let conflict = WriteConflict(subject: .score(unit: "Vĩnh Bảo", item: "1.1", round: .selfAssessment), theirs: "2,00",
                                 by: "Nguyễn Văn A", at: "2026-11-30T08:05:09.000Z", auditID: 41)

    @Test func aRefreshMidEditDoesNotChangeWhatTheSaveExpectsToReplace() {
        var state = DemoFixture.state(screen: .grid)
        _ = press([.character("8")], &state)
        // The refresh arrives while "8" is typed: the screen shows A's value, the save still
        // expects the 10,00 this clerk saw, so the store will refuse it instead of overwriting.
        _ = App.update(&state, .yearLoaded(refreshedByAnotherClerk()))
        #expect(state.grid.edit?.text == "8")
        // Said at once: the very cell being typed into changed.
        #expect(state.status?.text == "Ô 1.1 của Vĩnh Bảo vừa được người khác đổi thành «2,00» khi bạn đang nhập; Enter sẽ hỏi lại.")
        let effects = press([.enter], &state)
        #expect(effects == [.saveScore(code: "HP-KH", year: 2023,
                                       ScoreChange(unitID: 1, item: "1.1", round: .selfAssessment, old: Points(10), new: Points(8)),
                                       reason: "", expecting: .value(Points(10)))])
    }

    @Test func aConflictPutsTheTypedValueBackInItsCellBesideTheOtherClerksValue() {
        var state = DemoFixture.state(screen: .grid)
        let effects = press(type("8") + [.enter], &state)
        #expect(state.grid.selection.index == 1, "Enter moved down before the answer came")
        let reload = App.update(&state, .saveConflict(conflict, effect: effects[0]))
        #expect(reload == [.loadYear(code: "HP-KH", year: 2023)])
        _ = App.update(&state, .yearLoaded(refreshedByAnotherClerk()))
        // Back on the cell, the clerk's 8 still typed, A's 2,00 and name on the status line.
        #expect(state.grid.selection.index == 0 && state.grid.column == 0)
        #expect(state.grid.edit?.text == "8")
        let status = state.status?.text ?? ""
        #expect(status.contains("«2,00»") && status.contains("Nguyễn Văn A") && state.status?.isError == true)
        // The footer says what Enter and Esc do now.
        let screen = App.render(state).text()
        #expect(screen.contains("Nguyễn Văn A") && screen.contains("Enter Giữ của bạn") && screen.contains("Esc Lấy của họ"))
        // A refresh that follows does not hide it.
        _ = App.update(&state, .externalChange)
        #expect(state.status?.text == status)
        // Enter keeps the clerk's value, over exactly the write shown.
        let keep = press([.enter], &state)
        #expect(keep == [.saveScore(code: "HP-KH", year: 2023,
                                    ScoreChange(unitID: 1, item: "1.1", round: .selfAssessment, old: Points(2), new: Points(8)),
                                    reason: "", expecting: .overwriting(auditID: 41))])
    }

    @Test func escapeAfterAConflictTakesTheOtherClerksValue() {
        var state = DemoFixture.state(screen: .grid)
        let effects = press(type("8") + [.enter], &state)
        _ = App.update(&state, .saveConflict(conflict, effect: effects[0]))
        _ = App.update(&state, .yearLoaded(refreshedByAnotherClerk()))
        #expect(press([.escape], &state).isEmpty)
        #expect(state.grid.edit == nil)
        #expect(state.year?.scores[1]?.selfAssessment["1.1"] == Points(2))
    }

    @Test func aNoteInConflictComesBackOnTheSheetAsTyped() {
        var state = DemoFixture.state(screen: .sheet)
        let effects = press([.right, .right] + type("Chậm báo cáo quý III") + [.enter], &state)
        let noteConflict = WriteConflict(subject: .note(unit: "Vĩnh Bảo", item: "1.1"), theirs: "Đủ minh chứng", by: "Nguyễn Văn A",
                                         at: nil, auditID: 7)
        _ = App.update(&state, .saveConflict(noteConflict, effect: effects[0]))
        #expect(state.sheet.column == .note && state.sheet.selection.index == 0)
        #expect(state.sheet.edit?.text == "Chậm báo cáo quý III")
        #expect(state.status?.text.contains("Đủ minh chứng") == true)
        let keep = press([.enter], &state)
        #expect(keep == [.saveNote(code: "HP-KH", year: 2023, unitID: 1, item: "1.1", note: "Chậm báo cáo quý III", expecting: .overwriting(auditID: 7))])
    }

    @Test func aFormInConflictComesBackAsTypedAndEnterKeepsIt() {
        var state = DemoFixture.state(screen: .ranking)
        _ = press([.down, .character("b")], &state)
        // Another clerk records a vote while this form is open: the save still expects "none".
        var refreshed = DemoFixture.snapshot()
        refreshed.votes = [VoteTally(unitID: 2, award: RuleSet.provincialFlag, present: 8, votesFor: 8, votesAgainst: 0)]
        _ = App.update(&state, .yearLoaded(refreshed))
        let effects = press([.tab] + type("2") + [.tab] + type("6") + [.enter], &state)
        let mine = VoteTally(unitID: 2, award: RuleSet.provincialFlag, present: 8, votesFor: 2, votesAgainst: 6)
        #expect(effects == [.changeYear(code: "HP-KH", year: 2023, .recordVote(mine, expecting: .value(nil)))])
        #expect(state.overlay == nil)
        let voteConflict = WriteConflict(subject: .vote(unit: "Thủy Nguyên", award: RuleSet.provincialFlag), theirs: "8/8/0",
                                         by: "Nguyễn Văn A", at: nil, auditID: 99)
        _ = App.update(&state, .saveConflict(voteConflict, effect: effects[0]))
        guard case .form(let form) = state.overlay else { Issue.record("the form did not come back"); return }
        #expect(form.text(.votesFor) == "2" && form.text(.votesAgainst) == "6")
        #expect(form.error?.contains("Nguyễn Văn A") == true)
        // The whole reason and the keys that decide are shown, wrapped inside the form at 80 columns.
        let screen = App.render(state).text()
        #expect(screen.contains("«8/8/0»") && screen.contains("Enter: lưu ô bạn sửa") && screen.contains("Esc: giữ bản của họ"), "\(screen)")
        #expect(press([.enter], &state) == [.changeYear(code: "HP-KH", year: 2023, .recordVote(mine, expecting: .overwriting(auditID: 99)))])
    }

    @Test func theConflictIsWordedInEnglishToo() {
        var state = DemoFixture.state(screen: .grid)
        state.language = .english
        let effects = press(type("8") + [.enter], &state)
        _ = App.update(&state, .saveConflict(conflict, effect: effects[0]))
        let status = state.status?.text ?? ""
        #expect(status.hasPrefix("Yours is not written — Cell 1.1 of Vĩnh Bảo: Nguyễn Văn A saved “2,00”"))
        #expect(App.render(state).text().contains("Enter Keep yours"))
    }

    @Test func aValueTheFileCouldNotTakeGoesBackAndEnterTriesAgainWithTheSameExpectation() {
        var state = DemoFixture.state(screen: .grid)
        let effects = press(type("8") + [.enter, .character("5"), .enter], &state)
        #expect(effects.count == 2)
        _ = App.update(&state, .saveNotMade(MadeUpError("file still busy"), effect: effects[0]))
        // The screen shows the stored value again, the clerk's 8 is back in its cell.
        #expect(state.year?.scores[1]?.selfAssessment["1.1"] == Points(10))
        #expect(state.grid.selection.index == 0 && state.grid.edit?.text == "8")
        #expect(App.render(state).text().contains("Enter Thử lưu lại"))
        let retry = press([.enter], &state)
        #expect(retry == [effects[0]], "the same save, compared with what was seen before typing")
    }

    /// Keep mine writes what the clerk changed, never fields they did not see change: once the
    /// year reloads, the fields they left alone show the other clerk's values.
    @Test func aFormInConflictTakesTheirValuesInTheFieldsTheClerkDidNotChange() {
        var state = DemoFixture.state(screen: .roster)
        _ = press([.end, .enter], &state) // Vĩnh Bảo (id 1), last in A–Z order
        guard case .form = state.overlay else { Issue.record("no form"); return }
        let effects = press([.tab] + type("VB") + [.enter], &state) // B gives a short name
        guard case .changeYear(_, _, .updateUnit(let mine, _, _)) = effects.first else { Issue.record("no save \(effects)"); return }
        #expect(mine.shortName == "VB" && mine.leader == "")
        let unitConflict = WriteConflict(subject: .unit(name: "Vĩnh Bảo"), theirs: "Vĩnh Bảo, huyện, Lê Văn A", by: "Nguyễn Văn A", at: nil, auditID: 5)
        _ = App.update(&state, .saveConflict(unitConflict, effect: effects[0]))
        var theirs = DemoFixture.snapshot()
        theirs.units[0].leader = "Lê Văn A" // A set the leader meanwhile
        _ = App.update(&state, .yearLoaded(theirs))
        guard case .form(let form) = state.overlay else { Issue.record("the form did not come back"); return }
        #expect(form.text(.shortName) == "VB", "the clerk's change stays")
        #expect(form.text(.leader) == "Lê Văn A", "a field the clerk did not change shows theirs")
        let keep = press([.enter], &state)
        guard case .changeYear(_, _, .updateUnit(let saved, _, let expecting)) = keep.first else { Issue.record("no save \(keep)"); return }
        #expect(saved.shortName == "VB" && saved.leader == "Lê Văn A")
        #expect(expecting == .overwriting(auditID: 5))
    }

    /// The other clerk saved more models than the form has fields: the clerk's untouched models
    /// still take theirs, all of them, so keeping one's own title tick loses none of their models.
    @Test func aUnitsPledgeFormTakesAllTheirModelsWhenTheListGrew() {
        var state = DemoFixture.state(screen: .pledge) // opens on the units section
        let snapshot = DemoFixture.snapshot()
        var seen = snapshot
        seen.pledge.models[1] = ["Mô hình một", "Mô hình hai"]
        _ = App.update(&state, .yearLoaded(seen))
        _ = press([.enter], &state)
        guard case .form(var form) = state.overlay else { Issue.record("no form"); return }
        guard let title = form.fields.firstIndex(where: { $0.label.hasSuffix(RuleSet.standard.awards[1].shortVietnamese) }) else {
            Issue.record("no title field in \(form.fields.map(\.label))"); return
        }
        form.focus = title
        state.overlay = .form(form)
        let effects = press([.character(" "), .enter], &state) // the clerk ticks one title
        guard case .changeYear = effects.first else { Issue.record("no save \(effects)"); return }
        let conflict = WriteConflict(subject: .unitPledge(unit: "Vĩnh Bảo"), theirs: nil, by: "Nguyễn Văn A", at: nil, auditID: 12)
        _ = App.update(&state, .saveConflict(conflict, effect: effects[0]))
        var theirs = seen
        theirs.pledge.models[1] = ["M1", "M2", "M3", "M4", "M5"]
        _ = App.update(&state, .yearLoaded(theirs))
        let keep = press([.enter], &state)
        guard case .changeYear(_, _, .saveUnitPledge(1, let models, let registrations, _, let expecting)) = keep.first else {
            Issue.record("no save \(keep)"); return
        }
        #expect(models == ["M1", "M2", "M3", "M4", "M5"], "none of their models is lost")
        #expect(registrations.contains(RuleSet.standard.awards[1].code), "the clerk's tick stays")
        #expect(expecting == .overwriting(auditID: 12))
    }

    /// A reload that moves the unit being typed into (another clerk reordered the roster) keeps
    /// the typed value, on the unit's new row.
    @Test func aCellBeingTypedIntoFollowsItsUnitToItsNewRow() {
        var state = DemoFixture.state(screen: .grid)
        _ = press([.down, .down] + type("7"), &state) // An Lão (id 3), row 2
        var moved = DemoFixture.snapshot()
        moved.units.swapAt(2, 3)
        _ = App.update(&state, .yearLoaded(moved))
        #expect(state.grid.edit?.text == "7")
        #expect(state.grid.selection.index == 3)
        let effects = press([.enter], &state)
        guard case .saveScore(_, _, let change, _, _) = effects.first else { Issue.record("no save \(effects)"); return }
        #expect(change.unitID == 3)
    }
}
