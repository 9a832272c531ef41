import Emulation
import Testing
import TestSupport
@testable import TerminalUI

/// The province's decisions on the ranking (`d`), what the ranking and the why panel then say,
/// and each unit's award history on the Units screen (`t`) and in the why panel.
@Suite struct DecisionScreenTests: KeyPressing {
    static let may5 = CalendarDate(year: 2024, month: 5, day: 5)!

    @Test func dRecordsTheDecisionOnTheSelectedUnitsProposal() {
        var state = DemoFixture.state(screen: .ranking)
        _ = press([.character("d")], &state)
        guard case .form(let form) = state.overlay else { Issue.record("no form"); return }
        #expect(form.title.contains("Cờ CP") && form.title.contains("Vĩnh Bảo"))
        #expect(form.text(.authority) == "Thủ tướng Chính phủ", "the award's authority, from the rules")
        // No number: refused on its field, which takes the focus.
        var effects = press([.tab] + type("05/05/2024") + [.enter], &state)
        #expect(effects.isEmpty)
        guard case .form(let refused) = state.overlay else { Issue.record("the form closed"); return }
        #expect(refused.error == "Cần số quyết định." && refused.focusedKey == .decisionNumber)
        effects = press(type("123/QĐ-TTg") + [.enter], &state)
        let decision = AwardDecision(unitID: 1, proposed: RuleSet.governmentFlag, outcome: .granted, number: "123/QĐ-TTg", date: Self.may5,
                                     authority: "Thủ tướng Chính phủ")
        #expect(effects == [.changeYear(code: "HP-KH", year: 2023, .recordDecision(decision, expecting: .value(nil)))])
    }

    /// The form's outcome and other award, chosen with ←→, make the decision recorded.
    @Test func grantedAsAnotherAwardIsRecordedWithThatAward() {
        var state = DemoFixture.state(screen: .ranking)
        _ = press([.down, .character("d")] + type("9/QĐ-UBND") + [.tab] + type("10/04/2024") + [.tab, .tab, .right, .right, .tab], &state)
        guard case .form(let form) = state.overlay else { Issue.record("no form"); return }
        #expect(form.choice(.outcome) == 2 && form.focusedKey == .otherAward)
        // Thủy Nguyên was proposed the city flag; the province gives a comprehensive certificate (third award).
        let effects = press([.home, .right, .right, .enter], &state)
        guard case .changeYear(_, _, .recordDecision(let decision, _))? = effects.first else { Issue.record("no decision: \(effects)"); return }
        #expect(decision.outcome == .grantedOther && decision.proposed == RuleSet.provincialFlag)
        #expect(decision.grantedOther == RuleSet.comprehensiveMerit)
        #expect(decision.authority == "UBND thành phố Hải Phòng", "the city flag's authority with the cluster's filled in")
    }

    @Test func aClosedYearTakesDecisionsAScoringYearDoesNot() {
        var state = DemoFixture.state(screen: .ranking)
        _ = App.update(&state, .yearLoaded(DemoFixture.snapshot(status: .closed)))
        _ = press([.character("d")], &state)
        guard case .form = state.overlay else { Issue.record("a closed year refused the decision"); return }
        _ = press([.escape], &state)
        _ = App.update(&state, .yearLoaded(DemoFixture.snapshot(status: .scoring)))
        _ = press([.character("d")], &state)
        #expect(state.overlay == nil)
    }

    @Test func theRankingAndTheWhyPanelShowTheDecision() {
        var state = DemoFixture.state(screen: .ranking)
        var year = DemoFixture.snapshot()
        year.decisions[1] = AwardDecision(unitID: 1, proposed: RuleSet.governmentFlag, outcome: .granted, number: "123/QĐ-TTg", date: Self.may5,
                                          authority: "Thủ tướng Chính phủ")
        year.decisions[2] = AwardDecision(unitID: 2, proposed: RuleSet.provincialFlag, outcome: .notGranted, number: "9/QĐ-UBND", date: Self.may5,
                                          authority: "UBND thành phố Hải Phòng")
        _ = App.update(&state, .yearLoaded(year))
        _ = press([.enter], &state)
        let text = App.render(state).text()
        #expect(text.contains("Cờ CP ★") && text.contains("Cờ tỉnh ✗"))
        #expect(text.contains("QĐ 123/QĐ-TTg ngày 05/05/2024 của Thủ tướng Chính phủ: được tặng Cờ thi đua"))
    }

    /// The ranking's year menu writes the dossier, and shows under that line what it lacks.
    @Test func theYearMenuWritesTheDossierAndShowsWhatItLacks() {
        var state = DemoFixture.state(screen: .ranking)
        _ = press([.character("y")], &state)
        guard case .menu(let menu) = state.overlay, let index = menu.items.firstIndex(where: { $0.action == .dossier }) else {
            Issue.record("no dossier line"); return
        }
        // The fixture records no meeting: its six facts and more are missing.
        #expect(menu.items[index].label.hasPrefix("Ghi hồ sơ gửi cấp trên (Word) — thiếu ") && menu.items[index].label.hasSuffix("mục, chưa kể báo cáo:"))
        let notes = menu.items[(index + 1)...].prefix { $0.action == .note }.map(\.label)
        #expect(notes.count == 3 && notes[0] == "  · Hội nghị: chưa ghi ngày họp." && notes[2].contains("mục khác"))
        // Enter on a note does nothing; on the dossier's line it asks for the folder to be written.
        // (The lines past the ninth have no number key: End, then up from the rules.)
        #expect(index + 4 == menu.items.count - 1, "the rules line comes right after the three notes")
        #expect(press([.end, .up, .enter], &state).isEmpty)
        guard case .menu = state.overlay else { Issue.record("a note closed the menu"); return }
        #expect(press([.up, .up, .up, .enter], &state) == [.writeDossier(code: "HP-KH", year: 2023)])
        _ = App.update(&state, .dossierWritten(folder: "/tmp/x/HP-KH-2023-ho-so", files: 13, missing: 20))
        #expect(state.status?.text == "Đã ghi hồ sơ: 13 tệp, thiếu 20 mục (xem 00-danh-muc.txt) — HP-KH-2023-ho-so trong /tmp/x")
    }

    @Test func theHistoryIsReadWhenAScreenThatShowsItIsShownAndAgainAfterAReload() {
        var state = DemoFixture.state(screen: .grid)
        #expect(App.show(.ranking, &state).contains(.loadHistory(code: "HP-KH", year: 2023)))
        _ = App.update(&state, .historyLoaded(yearID: 1, [:]))
        #expect(App.show(.grid, &state).isEmpty, "the grid does not show it")
        #expect(!App.show(.roster, &state).contains(.loadHistory(code: "HP-KH", year: 2023)), "read already")
        // A reload (a decision saved, another clerk's change) reads it again.
        #expect(App.update(&state, .yearLoaded(DemoFixture.snapshot())) == [.loadHistory(code: "HP-KH", year: 2023)])
    }

    @Test func theUnitsScreenShowsTheSelectedUnitsOtherYearsAndTOpensThemAll() {
        var state = DemoFixture.state(screen: .roster)
        var earlier = DemoFixture.snapshot()
        earlier.reference = ClusterYearReference(id: 9, clusterID: 1, clusterCode: "HP-KH", year: 2022, status: .closed)
        earlier.decisions[1] = AwardDecision(unitID: 1, proposed: RuleSet.governmentFlag, outcome: .granted, number: "77/QĐ-TTg",
                                             date: CalendarDate(year: 2023, month: 3, day: 1)!, authority: "Thủ tướng Chính phủ")
        let entry = AwardHistoryEntry.entry(unitID: 1, snapshot: earlier, review: earlier.review())!
        _ = App.update(&state, .historyLoaded(yearID: 1, [1: [entry]]))
        // The roster's order is A–Z: Vĩnh Bảo is last.
        _ = press([.end], &state)
        #expect(App.render(state).text().contains("Các năm khác của Vĩnh Bảo: 2022 Cờ CP ★ · t: quá trình"))
        _ = press([.character("t")], &state)
        guard case .menu(let panel) = state.overlay else { Issue.record("no panel"); return }
        #expect(panel.title == "Quá trình thi đua, khen thưởng của Vĩnh Bảo")
        #expect(panel.items.map(\.label) == [
            "2022 · HP-KH · hạng 1/8 · 98,50 · xuất sắc · đề nghị Cờ CP",
            "  QĐ 77/QĐ-TTg ngày 01/03/2023 của Thủ tướng Chính phủ: được tặng",
            "    Cờ CP.",
            "2023 · HP-KH · hạng 1/8 · 98,50 · xuất sắc · đề nghị Cờ CP",
        ])
        #expect(App.render(state).text().contains("Enter hoặc Esc đóng"))
        _ = press([.enter], &state)
        #expect(state.overlay == nil, "Enter closes a panel of notes")
    }
}
