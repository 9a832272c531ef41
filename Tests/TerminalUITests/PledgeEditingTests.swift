import Emulation
import Testing
@testable import TerminalUI

/// The pledge screen and the year menu from the keyboard: tasks and drives, a unit's models,
/// titles and signature, one-key signing, the stages, the hand-over and the documents.
@Suite struct PledgeEditingTests: KeyPressing {
    static let today = CalendarDate(year: 2023, month: 12, day: 20)!

    func pledgeState(_ snapshot: YearSnapshot = DemoFixture.snapshot(status: .pledge)) -> AppState {
        var state = DemoFixture.state(screen: .pledge)
        state.today = Self.today
        _ = App.update(&state, .yearLoaded(snapshot))
        return state
    }

    @Test func addingATaskSavesThePledgeWithTheTaskAtTheEnd() {
        var state = pledgeState()
        let effects = press([.left, .left, .character("a")] + type("Nhiệm vụ ba") + [.enter], &state)
        // Added alone, by itself: the other tasks are not rewritten.
        #expect(effects == [.changeYear(code: "HP-KH", year: 2023, .saveTask(id: nil, text: "Nhiệm vụ ba", expecting: .anything))])
    }

    @Test func changingTasksWarnsThatSignersMustConfirmAgain() {
        var state = pledgeState()
        _ = press([.left, .left, .enter], &state)
        guard case .form(let form) = state.overlay else { Issue.record("no form"); return }
        #expect(form.text(.task) == "Nhiệm vụ một")
        #expect(form.note?.contains("ký lại") == true)
    }

    @Test func tasksMoveUpAndDownAfterAWarningWhenUnitsSigned() {
        var state = pledgeState()
        #expect(press([.left, .left, .character("J")], &state).isEmpty)
        guard case .confirm(let confirm) = state.overlay else { Issue.record("no warning"); return }
        #expect(confirm.message.contains("1 đơn vị đã ký sẽ phải ký lại"))
        let effects = press([.character("c")], &state)
        // The first task (id 11) moves down one, by its id.
        #expect(effects == [.changeYear(code: "HP-KH", year: 2023, .moveTask(id: 11, by: 1))])
    }

    @Test func aDriveNeedsValidDatesInOrder() {
        var state = pledgeState()
        _ = press([.left, .character("a")] + type("Thi đua cao điểm") + [.tab] + type("01/10/2023") + [.tab] + type("30/09/2023") + [.enter], &state)
        guard case .form(let form) = state.overlay else { Issue.record("the form closed"); return }
        #expect(form.focusedKey == .end && form.error != nil)
        let effects = press([.control("u")] + type("31/12/2023") + [.enter], &state)
        #expect(effects == [.changeYear(code: "HP-KH", year: 2023, .saveDrive(id: nil, Pledge.Drive(name: "Thi đua cao điểm", start: CalendarDate(year: 2023, month: 10, day: 1),
                                                                                           end: CalendarDate(year: 2023, month: 12, day: 31)), expecting: .anything))])
    }

    @Test func oneKeySignsWithTheLeaderAndToday() {
        var snapshot = DemoFixture.snapshot(status: .pledge)
        snapshot.units[1].leader = "Nguyễn Văn B"
        snapshot.units[1].leaderPosition = "Chủ tịch UBND"
        var state = pledgeState(snapshot)
        let effects = press([.down, .character("c")], &state)
        #expect(effects == [.changeYear(code: "HP-KH", year: 2023, .sign(2, signer: "Nguyễn Văn B", position: "Chủ tịch UBND", expecting: .value(nil)))])
        // The selection moves on, so a row of units is signed with c, c, c…
        #expect(state.pledge.units.index == 2)
    }

    @Test func signingWithoutALeaderAsksForTheSignerWithTodaysDate() {
        var state = pledgeState()
        _ = press([.down, .character("c")], &state)
        guard case .form(let form) = state.overlay else { Issue.record("no form"); return }
        #expect(form.focusedKey == .signer && form.label(.signer) == "Người ký")
        #expect(form.text(.signedOn) == "20/12/2023")
        let effects = press(type("Lê Văn C") + [.enter], &state)
        #expect(effects == [.changeYear(code: "HP-KH", year: 2023, .saveUnitPledge(2, models: [], registrations: [],
                                                                             signature: PledgeSignatureInput(signer: "Lê Văn C", position: "", date: Self.today),
                                                                             expecting: .value(UnitPledge())))])
    }

    @Test func aSignatureOfEarlierTasksIsShownAndConfirmedAgainWithTheSameKey() {
        var snapshot = DemoFixture.snapshot(status: .pledge)
        snapshot.pledge.replaceTasks(["Nhiệm vụ một", "Nhiệm vụ hai", "Nhiệm vụ ba"])
        var state = pledgeState(snapshot)
        let text = App.render(state).text()
        #expect(text.contains("ký bản cũ") && text.contains("0/8 đã ký"))
        #expect(press([.character("c")], &state) == [.changeYear(code: "HP-KH", year: 2023, .sign(1, signer: "A", position: "Chủ tịch", expecting: .value(snapshot.pledge.signatures[1])))])
    }

    @Test func savingModelsDoesNotConfirmAnEarlierSignature() {
        var snapshot = DemoFixture.snapshot(status: .pledge)
        snapshot.pledge.replaceTasks(["Nhiệm vụ mới"])
        var state = pledgeState(snapshot)
        let effects = press([.enter] + type("Dân vận khéo") + [.enter], &state)
        #expect(effects == [.changeYear(code: "HP-KH", year: 2023, .saveUnitPledge(1, models: ["Dân vận khéo"], registrations: [RuleSet.governmentFlag], signature: nil,
                                                                             expecting: .value(snapshot.pledge.unitPledge(1))))])
    }

    @Test func titlesAreRegisteredFromTheRuleSetsAwards() {
        var state = pledgeState()
        _ = press([.down, .enter], &state)
        guard case .form(var form) = state.overlay else { Issue.record("no form"); return }
        let labels = form.fields.map(\.label)
        for award in RuleSet.standard.awards { #expect(labels.contains("Đăng ký: " + award.shortVietnamese)) }
        // Register the second unit for the provincial flag (the second award).
        form.focus = labels.firstIndex(of: "Đăng ký: " + RuleSet.standard.awards[1].shortVietnamese)!
        state.overlay = .form(form)
        let effects = press([.character(" "), .enter], &state)
        guard case .changeYear(_, _, .saveUnitPledge(2, _, let registrations, nil, _)) = effects.first else { Issue.record("no change \(effects)"); return }
        #expect(registrations == [RuleSet.standard.awards[1].code])
    }

    @Test func theYearMenuMovesOnOnlyAfterAConfirmation() {
        var state = pledgeState()
        _ = press([.character("y")], &state)
        guard case .menu(let menu) = state.overlay else { Issue.record("no menu"); return }
        #expect(menu.items.first?.label.contains("chấm điểm") == true)
        #expect(press([.enter], &state).isEmpty)
        #expect(press([.character("c")], &state) == [.changeYear(code: "HP-KH", year: 2023, .advance)])
    }

    @Test func closingWarnsThatTheYearBecomesReadOnly() {
        var state = pledgeState(DemoFixture.snapshot(status: .review))
        _ = press([.character("y"), .character("1")], &state)
        guard case .confirm(let confirm) = state.overlay else { Issue.record("no confirmation"); return }
        #expect(confirm.message.contains("chỉ còn xem"))
        #expect(confirm.onYes == .changeYear(code: "HP-KH", year: 2023, .advance))
    }

    @Test func reopeningAClosedYearNeedsAReason() {
        var state = pledgeState(DemoFixture.snapshot(status: .closed))
        _ = press([.character("y"), .character("1")], &state)
        guard case .form = state.overlay else { Issue.record("no form"); return }
        #expect(press([.enter], &state).isEmpty)
        guard case .form(let form) = state.overlay else { Issue.record("the form closed"); return }
        #expect(form.error != nil)
        #expect(press(type("Sửa phiếu") + [.enter], &state) == [.changeYear(code: "HP-KH", year: 2023, .reopen(reason: "Sửa phiếu"))])
    }

    @Test func theHandoverProposesRotationAndAnotherChoiceIsAnElection() {
        var state = pledgeState(DemoFixture.snapshot(status: .review))
        _ = press([.character("y"), .character("2")], &state)
        guard case .form(let form) = state.overlay else { Issue.record("no form"); return }
        // Vĩnh Bảo heads 2023: Thủy Nguyên and An Lão follow in roster order.
        #expect(form.note?.contains("Thủy Nguyên") == true && form.note?.contains("An Lão") == true)
        #expect(press([.enter], &state) == [.changeYear(code: "HP-KH", year: 2023, .handover(head: 2, deputy: 3, method: .rotation, date: Self.today))])
        _ = press([.character("y"), .character("2"), .right], &state)
        #expect(press([.enter], &state).isEmpty)
        guard case .form(let refused) = state.overlay else { Issue.record("head = deputy was accepted"); return }
        #expect(refused.error?.contains("khác nhau") == true)
        #expect(press([.right, .enter], &state) == [.changeYear(code: "HP-KH", year: 2023, .handover(head: 3, deputy: 4, method: .election, date: Self.today))])
    }

    @Test func documentsAreWrittenFromTheMenu() {
        var state = pledgeState()
        _ = press([.character("y")], &state)
        guard case .menu(let menu) = state.overlay else { Issue.record("no menu"); return }
        let index = menu.items.firstIndex { $0.action == .export(.pledge, format: .md) }!
        #expect(press([.character(Character(String(index + 1)))], &state) == [.export(code: "HP-KH", year: 2023, .pledge, format: .md)])
    }
}

extension PledgeEditingTests {
    @Test func aRecordedHandoverIsWhatTheFormShows() {
        var snapshot = DemoFixture.snapshot(status: .review)
        snapshot.handovers = [Handover(forYear: 2024, head: 4, deputy: nil, headName: "Kiến Thụy", deputyName: nil, method: .election,
                                       date: CalendarDate(year: 2023, month: 12, day: 20)!)]
        var state = pledgeState(snapshot)
        _ = press([.character("y"), .character("2")], &state)
        guard case .form(let form) = state.overlay else { Issue.record("no form"); return }
        #expect(form.note?.contains("Đã ghi: trưởng Kiến Thụy") == true)
        // Enter keeps the election as it was recorded.
        #expect(press([.enter], &state) == [.changeYear(code: "HP-KH", year: 2023, .handover(head: 4, deputy: nil, method: .election,
                                                                                          date: CalendarDate(year: 2023, month: 12, day: 20)))])
    }

    @Test func anIneligibleUnitCannotBeHeadOrDeputy() {
        var state = pledgeState(DemoFixture.snapshot(status: .review))
        // Cát Hải (7th) is under inspection in the fixture.
        _ = press([.character("y"), .character("2")] + Array(repeating: Key.right, count: 5), &state)
        #expect(press([.enter], &state).isEmpty)
        guard case .form(let form) = state.overlay else { Issue.record("the form closed"); return }
        #expect(form.error?.contains("Cát Hải") == true && form.focusedKey == .head)
    }

    @Test func inVietnameseOnlyCAcceptsAConfirmation() {
        var state = pledgeState(DemoFixture.snapshot(status: .review))
        _ = press([.character("y"), .character("1")], &state)
        guard case .confirm = state.overlay else { Issue.record("no confirmation"); return }
        // "y" is the year menu's key: it must not close the year.
        #expect(press([.character("y")], &state).isEmpty)
        guard case .confirm = state.overlay else { Issue.record("the confirmation went away"); return }
        #expect(press([.character("c")], &state) == [.changeYear(code: "HP-KH", year: 2023, .advance)])
    }
}

extension PledgeEditingTests {
    /// The grid's year menu writes the workbook and, under it, the blank grid a clerk sends the
    /// units; a closed year has no blank grid to fill.
    @Test func theGridMenuWritesTheWorkbookAndTheBlankGrid() throws {
        for (status, blankOffered) in [(ClusterYearStatus.scoring, true), (.closed, false)] {
            var state = DemoFixture.state(screen: .grid)
            _ = App.update(&state, .yearLoaded(DemoFixture.snapshot(status: status)))
            _ = press([.character("y")], &state)
            guard case .menu(let menu) = state.overlay else { Issue.record("no menu"); return }
            let workbook = try #require(menu.items.firstIndex { $0.action == .export(.grid, format: .xlsx) })
            let blank = menu.items.firstIndex { $0.action == .export(.grid, format: .xlsx, blank: true) }
            #expect(blank == (blankOffered ? workbook + 1 : nil), "\(status)")
            #expect(!menu.items.contains { $0.action == .export(.grid, format: .csv) })
            guard let blank else { continue }
            #expect(menu.items[blank].label == "Xuất bảng điểm trống để đơn vị tự chấm (xlsx)")
            #expect(press([.character(Character(String(blank + 1)))], &state)
                    == [.export(code: "HP-KH", year: 2023, .grid, format: .xlsx, blank: true)])
        }
    }
}
