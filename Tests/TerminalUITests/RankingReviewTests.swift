import Emulation
import Testing
@testable import TerminalUI

/// The review meeting from the keyboard: the ranking with its bars and shared ranks, the "why"
/// panel, the what-if mode, votes and their cascade, and the meeting presentation.
@Suite struct RankingReviewTests: KeyPressing {
    /// An Lão and Kiến Thụy with exactly the same scores: a shared rank.
    static func tiedSnapshot() -> YearSnapshot {
        var snapshot = DemoFixture.snapshot()
        snapshot.scores[4] = snapshot.scores[3]
        return snapshot
    }

    @Test func theRankingShowsSharedRanksClassificationsAndBars() {
        var state = DemoFixture.state(screen: .ranking)
        _ = App.update(&state, .yearLoaded(Self.tiedSnapshot()))
        let text = App.render(state).text()
        let lines = text.components(separatedBy: "\n")
        let anLao = lines.first { $0.contains("An Lão") } ?? ""
        let kienThuy = lines.first { $0.contains("Kiến Thụy") } ?? ""
        #expect(anLao.contains("3=") && kienThuy.contains("3="))
        #expect(lines.contains { $0.contains("Tiên Lãng") && $0.contains(" 5 ") })
        #expect(anLao.contains("HTXSNV") && anLao.contains("█"))
        // Cát Hải is under inspection: ranked, proposed nothing.
        #expect(lines.first { $0.contains("Cát Hải") }?.contains("✗ thanh tra") == true)
        assertSnapshot(App.render(state), named: "ranking-tied-80x24")
    }

    @Test func barsAreLongerForHigherTotals() {
        let year = DemoFixture.snapshot()
        let review = year.review()
        let scale = review.ranking.entries[0].result.total
        func cells(_ index: Int) -> Int {
            var buffer = Buffer(size: Size(rows: 1, columns: 40))
            RankingScreen.bar(review.ranking.entries[index].result, year: year, scale: scale).render(into: &buffer, row: 0, column: 0, width: 40)
            return buffer.text().filter { "█▓▒░▏▎▍▌▋▊▉".contains($0) }.count
        }
        #expect(cells(0) == 40)
        #expect(cells(0) >= cells(3) && cells(3) >= cells(7) && cells(7) > 0)
    }

    @Test func theWhyPanelSaysWhereTheUnitLostPointsToTheOneAbove() {
        var state = DemoFixture.state(screen: .ranking)
        _ = press([.down, .enter], &state)
        let text = App.render(state).text()
        // Every one of Thủy Nguyên's 15 items is 0,25 below Vĩnh Bảo's: 3,75 in all.
        #expect(text.contains("Kém Vĩnh Bảo (hạng 1) 3,75 điểm"))
        #expect(text.contains("1.1 ") && text.contains("−0,25"))
        #expect(text.contains("Thủy Nguyên — Cờ tỉnh"))
        assertSnapshot(App.render(state), named: "ranking-why-80x24")
        // The panel follows the selection.
        _ = press([.up], &state)
        #expect(App.render(state).text().contains("Đứng đầu bảng xếp hạng."))
    }

    @Test func theWhyPanelNamesATieBreakOrATie() {
        var state = DemoFixture.state(screen: .ranking)
        _ = App.update(&state, .yearLoaded(Self.tiedSnapshot()))
        _ = press([.down, .down, .down, .enter], &state)
        #expect(App.render(state).text().contains("Đồng hạng với An Lão"))
    }

    @Test func whatIfMovesTheRankingWithoutSavingAndLeavingDiscardsIt() {
        var state = DemoFixture.state(screen: .ranking)
        var effects = press([.character("w"), .end, .character("e")], &state)
        guard case .form(let form) = state.overlay else { Issue.record("no form"); return }
        #expect(form.purpose == .whatIf(8))
        // Bạch Long Vĩ gets every item's maximum: 100 points, first place.
        var keys: [Key] = []
        for item in CriteriaTree.standard.items {
            keys += [.control("u")] + type(DecimalText.format(item.maximum, trimWhole: true)) + [.tab]
        }
        effects += press(keys + [.enter], &state)
        #expect(effects.isEmpty, "a what-if never saves")
        #expect(state.whatIfReview?.ranking.entries.first?.unit.name == "Bạch Long Vĩ")
        #expect(state.review?.ranking.entries.first?.unit.name == "Vĩnh Bảo")
        // Vĩnh Bảo is no longer the leader, and Bạch Long Vĩ did not register: no Government flag.
        #expect(state.whatIfReview?.proposals.contains { $0.award == RuleSet.governmentFlag } == false)
        let text = App.render(state).text()
        #expect(text.contains("THỬ NGHIỆM") && text.contains("*Bạch Long Vĩ"))
        assertSnapshot(App.render(state), named: "ranking-whatif-80x24")
        // Votes are not taken on a scratch copy.
        #expect(press([.character("b")], &state).isEmpty && state.overlay == nil)
        _ = press([.escape], &state)
        #expect(state.whatIf == nil && state.whatIfReview == nil && state.screen == .ranking)
        #expect(!App.render(state).text().contains("THỬ NGHIỆM"))
    }

    @Test func leavingTheRankingLeavesTheWhatIfMode() {
        var state = DemoFixture.state(screen: .ranking)
        _ = press([.character("w"), .character("3")], &state)
        #expect(state.whatIf == nil && state.screen == .grid)
    }

    @Test func aWhatIfScoreAboveTheMaximumIsRefused() {
        var state = DemoFixture.state(screen: .ranking)
        _ = press([.character("w"), .character("e"), .control("u")] + type("11") + [.enter], &state)
        guard case .form(let form) = state.overlay else { Issue.record("the form closed"); return }
        #expect(form.focusedKey == .item("1.1") && form.error?.contains("10") == true)
    }

    @Test func aVoteIsRecordedForTheSelectedProposal() {
        var state = DemoFixture.state(screen: .ranking)
        _ = press([.down, .character("b")], &state)
        guard case .form(let form) = state.overlay else { Issue.record("no form"); return }
        #expect(form.text(.present) == "8")
        #expect(form.note?.contains("2/3") == true && form.note?.contains("1/2") == true)
        let effects = press([.tab] + type("2") + [.tab] + type("6") + [.enter], &state)
        #expect(effects == [.changeYear(code: "HP-KH", year: 2023, .recordVote(VoteTally(unitID: 2, award: RuleSet.provincialFlag, present: 8, votesFor: 2, votesAgainst: 6), expecting: .value(nil)))])
    }

    /// The counting board's record goes with the vote; left empty, it is not recorded; one that
    /// does not add up is refused in its field. Letters typed in a number field stay text there.
    @Test func aVotesCountRecordIsEnteredOnTheFormOrLeftEmpty() {
        var state = DemoFixture.state(screen: .ranking)
        _ = press([.down, .character("b")], &state)
        _ = press([.tab] + type("7") + [.tab] + type("0") + [.tab] + type("8") + [.enter], &state)
        guard case .form(let refused) = state.overlay else { Issue.record("the form closed"); return }
        #expect(refused.focusedKey == .ballots && refused.error?.contains("cộng lại là 7") == true)
        let effects = press([.tab] + type("1") + [.enter], &state)
        #expect(effects == [.changeYear(code: "HP-KH", year: 2023, .recordVote(VoteTally(unitID: 2, award: RuleSet.provincialFlag, present: 8, votesFor: 7,
                                                                                        votesAgainst: 0, ballots: 8, invalid: 1), expecting: .value(nil)))])
    }

    @Test func aVoteWithMoreVotesThanPresentIsRefusedOnTheForm() {
        var state = DemoFixture.state(screen: .ranking)
        _ = press([.down, .character("b"), .control("u")] + type("5") + [.tab] + type("4") + [.tab] + type("3") + [.enter], &state)
        guard case .form(let form) = state.overlay else { Issue.record("the form closed"); return }
        #expect(form.error != nil && form.focusedKey == .votesFor)
    }

    @Test func votesAreTakenAtTheReviewStageOnly() {
        var state = DemoFixture.state(screen: .ranking)
        _ = App.update(&state, .yearLoaded(DemoFixture.snapshot(status: .scoring)))
        #expect(press([.character("b")], &state).isEmpty)
        #expect(state.overlay == nil && state.status?.isError == true)
    }

    @Test func aFailedVoteFreesThePlaceForTheNextCandidate() {
        var snapshot = DemoFixture.snapshot()
        snapshot.votes = [VoteTally(unitID: 2, award: RuleSet.provincialFlag, present: 8, votesFor: 2, votesAgainst: 6)]
        var state = DemoFixture.state(screen: .ranking)
        _ = App.update(&state, .yearLoaded(snapshot))
        let lines = App.render(state).text().components(separatedBy: "\n")
        #expect(lines.first { $0.contains("An Lão") }?.contains("Cờ tỉnh") == true)
        #expect(lines.first { $0.contains("Thủy Nguyên") }?.contains("Cờ tỉnh") == false)
        _ = press([.down, .enter], &state)
        #expect(App.render(state).text().contains("không thông qua"))
    }

    @Test func meetingModeIsAReadOnlyPresentationInHighContrast() {
        var state = DemoFixture.state(screen: .ranking)
        #expect(press([.character("7")], &state) == [.setTheme("high-contrast")])
        _ = App.update(&state, .themeApplied(name: "high-contrast", warning: nil))
        let first = App.render(state).text()
        #expect(first.contains("Trang 1/3") && first.contains("Vĩnh Bảo") && !first.contains("1 Trang chủ"))
        assertSnapshot(App.render(state), named: "meeting-80x24")
        // No editing key does anything here.
        for key in [Key.character("a"), .character("b"), .character("w"), .character("e"), .character("c"), .delete, .character("y")] {
            #expect(press([key], &state).isEmpty, "\(key)")
            #expect(state.overlay == nil, "\(key)")
        }
        _ = press([.character(" ")], &state)
        let proposals = App.render(state).text()
        #expect(proposals.contains("Trang 2/3") && proposals.contains("Cờ thi đua của Chính phủ"))
        assertSnapshot(App.render(state), named: "meeting-proposals-80x24")
        _ = press([.pageDown], &state)
        #expect(App.render(state).text().contains("Chưa có biểu quyết nào."))
        _ = press([.pageDown], &state)
        #expect(state.meetingPage == 2)
        _ = press([.pageUp], &state)
        #expect(state.meetingPage == 1)
        // Esc goes back to the ranking and to the clerk's theme; the ranking reads the award history it shows.
        #expect(press([.escape], &state) == [.setTheme("default"), .loadHistory(code: "HP-KH", year: 2023)])
        #expect(state.screen == .ranking)
    }

    @Test func meetingModeUsesALargerTerminal() {
        let state = DemoFixture.state(size: Size(rows: 43, columns: 132), screen: .meeting)
        let text = App.render(state).text()
        // One page holds the whole ranking, with a blank line between rows.
        let lines = text.components(separatedBy: "\n")
        let first = lines.firstIndex { $0.contains("Vĩnh Bảo") } ?? 0
        #expect(lines[first + 1].trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(lines[first + 2].contains("Thủy Nguyên"))
        assertSnapshot(App.render(state), named: "meeting-132x43")
    }

    @Test func theMeetingsDetailsAreEnteredFromTheYearMenu() {
        var state = DemoFixture.state(screen: .ranking)
        _ = press([.character("y")], &state)
        guard case .menu(let menu) = state.overlay, let index = menu.items.firstIndex(where: { $0.action == .meeting }) else {
            Issue.record("no meeting item"); return
        }
        _ = press([.character(Character(String(index + 1)))], &state)
        guard case .form = state.overlay else { Issue.record("no form"); return }
        // Date, start, end, place, chair, secretary, units present, attendees, note. A time that is no time is refused in its field.
        var keys: [Key] = [.control("u")] + type("20/12/2023") + [.tab] + type("14h") + [.tab] + type("25:00") + [.tab]
            + type("UBND huyện Vĩnh Bảo") + [.tab] + type("Chủ tịch UBND huyện Vĩnh Bảo") + [.tab] + type("Văn phòng") + [.tab] + type("8") + [.tab]
            + type("Vĩnh Bảo; Thủy Nguyên ; ") + [.enter]
        #expect(press(keys, &state).isEmpty)
        guard case .form(let refused) = state.overlay else { Issue.record("the form closed"); return }
        #expect(refused.error?.contains("25:00") == true && refused.focusedKey == .end)
        keys = [.control("u")] + type("16:30") + [.enter]
        let effects = press(keys, &state)
        let expected = MeetingRecord(date: CalendarDate(year: 2023, month: 12, day: 20), place: "UBND huyện Vĩnh Bảo",
                                     chair: "Chủ tịch UBND huyện Vĩnh Bảo", secretary: "Văn phòng", attendees: ["Vĩnh Bảo", "Thủy Nguyên"],
                                     start: ClockTime(hour: 14, minute: 0), end: ClockTime(hour: 16, minute: 30), membersPresent: 8)
        #expect(effects == [.changeYear(code: "HP-KH", year: 2023, .saveMeeting(expected, expecting: .value(MeetingRecord())))])
    }
}
