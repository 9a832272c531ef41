import Documents
import Emulation
import Testing
@testable import TerminalUI

/// The rules screen: every rule in words, edited in place by the secretary, checked at once,
/// with a reason once scoring has started; read-only for the others.
@Suite struct RulesScreenTests: KeyPressing {
    /// The demo year (at the review stage, so scoring has started) on the rules screen.
    func state(language: Language = .vietnamese, account: Account? = DemoAccount.secretary()) -> AppState {
        var state = DemoFixture.state(screen: .rules, language: language)
        state.account = account
        return state
    }

    /// Down to a rule, counting the rules the screen lists before it (group titles are stepped over).
    func select(_ field: RuleField, _ state: inout AppState) {
        let fields = RuleField.all(in: state.year!.rules)
        let target = fields.firstIndex(of: field)!
        _ = press(Array(repeating: .down, count: target), &state)
        #expect(RulesScreen.selectedRow(state.screens[RulesScreen.self], state.shared)?.field == field)
    }

    func change(_ effects: [AppEffect]) -> (rules: RuleSet, reason: String)? {
        for effect in effects {
            if case .changeYear(_, _, .replaceRules(let rules, let reason, _)) = effect { return (rules, reason) }
        }
        return nil
    }

    @Test func everyRuleIsShownInWordsAt80x24InBothLanguages() {
        let text = App.render(state()).text()
        #expect(text.contains("Quy tắc của HP-KH năm 2023"))
        #expect(text.contains("Điểm được tính") && text.contains("điểm cụm chấm; chưa có thì điểm tự chấm"))
        #expect(text.contains("Xếp loại trong cụm"))
        #expect(text.split(separator: "\n").last?.contains("Enter Sửa") == true)
        assertSnapshot(App.render(state()), named: "rules-80x24")
        assertSnapshot(App.render(state(language: .english)), named: "rules-en-80x24")
    }

    /// The year menu lists the rules last, past the number keys: End (as PuTTY sends it) reaches them.
    @Test func theYearMenusLastLineIsReachedWithEnd() {
        var state = DemoFixture.state(screen: .ranking)
        _ = press([.character("y")], &state)
        guard case .menu(let menu)? = state.overlay else { Issue.record("no year menu"); return }
        #expect(menu.items.count > 9 && menu.items.last?.action == .rules)
        _ = press([.end, .enter], &state)
        #expect(state.screen == .rules)
        _ = press([.character("y"), .end, .home, .enter], &state)
        guard case .confirm? = state.overlay else { Issue.record("Home did not go back to the first line"); return }
    }

    @Test func theSecretaryRaisesTheCityFlagsQuotaWithAReason() {
        var state = state()
        select(.award(code: RuleSet.provincialFlag, .quota), &state)
        _ = press([.enter], &state)
        guard case .form(let form)? = state.overlay else { Issue.record("no form"); return }
        #expect(form.fields.map(\.key) == [.ruleValue, .reason])
        // Without a reason nothing is saved: scoring has started.
        var effects = press([.character("2"), .enter], &state)
        #expect(change(effects) == nil)
        guard case .form(let asked)? = state.overlay else { Issue.record("the form closed"); return }
        #expect(asked.error == "Cần ghi lý do: đã bắt đầu chấm điểm.")
        // The refusal put the focus on the reason.
        effects = press(type("Theo QĐ 12/QĐ-UBND; y k j q") + [.enter], &state)
        let saved = change(effects)
        #expect(saved?.rules.award(code: RuleSet.provincialFlag)?.quota == .count(2))
        #expect(saved?.reason == "Theo QĐ 12/QĐ-UBND; y k j q")
        var expected = state.year!.rules
        expected.awards[1].quota = .count(2)
        #expect(saved?.rules == expected, "only the quota changed")
    }

    @Test func aSourceIsEditedAsTextNamingItsGroup() {
        var state = state()
        select(.source(.votes), &state)
        _ = press([.enter], &state)
        guard case .form(let form)? = state.overlay else { Issue.record("no form"); return }
        #expect(form.title == "Sửa: Căn cứ · Biểu quyết")
        let effects = press(type("QĐ 5 – Chậm báo cáo quý III") + [.tab] + type("Chậm báo cáo quý III") + [.enter], &state)
        #expect(change(effects)?.rules.sources[.votes] == "QĐ 5 – Chậm báo cáo quý III")
    }

    @Test func aBandAboveTheMaximumIsNamedAndNothingIsSaved() {
        var state = state()
        select(.band(.excellent), &state)
        let effects = press([.enter] + type("200") + [.tab] + type("thử") + [.enter], &state)
        #expect(change(effects) == nil)
        guard case .form(let form)? = state.overlay else { Issue.record("the form closed"); return }
        #expect(form.error == "Mức «Hoàn thành xuất sắc nhiệm vụ» là 200 điểm, cao hơn điểm tối đa đạt được (105).")
    }

    @Test func beforeScoringNoReasonIsAskedAndTheCausesAreToggles() {
        var state = DemoFixture.state(screen: .rules)
        var pledge = DemoFixture.snapshot(status: .pledge)
        for id in pledge.scores.keys { pledge.scores[id] = UnitScores() }
        _ = App.update(&state, .yearLoaded(pledge))
        select(.eligibilityCauses, &state)
        _ = press([.enter], &state)
        guard case .form(let form)? = state.overlay else { Issue.record("no form"); return }
        #expect(form.fields.map(\.key) == Eligibility.Cause.allCases.map { .cause($0) })
        // The complaint (the fourth) no longer bars a proposal.
        let effects = press([.tab, .tab, .tab, .character(" "), .enter], &state)
        #expect(change(effects)?.rules.eligibility.causes == [.discipline, .investigation, .inspection])
        #expect(change(effects)?.reason == "")
    }

    @Test func aClerkSeesTheRulesButCannotEditThem() {
        var state = state(account: DemoAccount.clerk(of: 2))
        let text = App.render(state).text()
        #expect(text.contains("Quy tắc của HP-KH năm 2023 · chỉ xem — thư ký cụm mới sửa được"))
        #expect(!(text.split(separator: "\n").last?.contains("Enter Sửa") ?? true))
        let effects = press([.down, .enter, .character("a")], &state)
        #expect(state.overlay == nil && effects.isEmpty)
    }

    @Test func awardsAreReorderedWithKAndJ() {
        var state = state()
        select(.award(code: RuleSet.comprehensiveMerit, .name), &state)
        _ = press([.character("K")], &state)
        guard case .form? = state.overlay else { Issue.record("scoring has started: a reason is asked"); return }
        let effects = press(type("Bằng khen xét trước cờ tỉnh") + [.enter], &state)
        #expect(change(effects)?.rules.awards.map(\.code) == [RuleSet.governmentFlag, RuleSet.comprehensiveMerit, RuleSet.provincialFlag,
                                                                RuleSet.specialisedMerit])
    }
}
