import Emulation
import Testing
@testable import TerminalUI

/// The roster and pledge screens' parts, forms and menu at 80×24, compared with golden files.
@Suite struct EditingSnapshotTests: KeyPressing {
    func pledgeState(language: Language = .vietnamese) -> AppState {
        var snapshot = DemoFixture.snapshot(status: .pledge)
        snapshot.pledge.slogan = "Đoàn kết, đổi mới, sáng tạo"
        snapshot.pledge.date = CalendarDate(year: 2023, month: 2, day: 1)
        snapshot.pledge.place = "Vĩnh Bảo"
        snapshot.pledge.drives = [Pledge.Drive(name: "Đợt 1: Mừng Đảng, mừng Xuân", start: CalendarDate(year: 2023, month: 1, day: 1), end: CalendarDate(year: 2023, month: 3, day: 31))]
        snapshot.pledge.models[1] = ["Dân vận khéo"]
        snapshot.pledge.models[2] = ["Chuyển đổi số", "Nông thôn mới kiểu mẫu", "Một mô hình thừa"]
        snapshot.pledge.signatures[2] = Pledge.Signature(signer: "B", position: "Chủ tịch", date: CalendarDate(year: 2023, month: 1, day: 30)!, tasksVersion: 0)
        var state = DemoFixture.state(screen: .pledge, language: language)
        state.today = CalendarDate(year: 2023, month: 2, day: 1)
        _ = App.update(&state, .yearLoaded(snapshot))
        return state
    }

    @Test func pledgeChecklistWithWarningsAndAnEarlierSignature() {
        let state = pledgeState()
        let text = App.render(state).text()
        #expect(text.contains("1/8 đã ký") && text.contains("ký bản cũ") && text.contains("⚠ 3: Chuyển đổi số"))
        assertSnapshot(App.render(state), named: "pledge-units-80x24")
        assertSnapshot(App.render(pledgeState(language: .english)), named: "pledge-units-en-80x24")
    }

    @Test func pledgeTasksAndDrives() {
        var state = pledgeState()
        press([.left, .left], &state)
        assertSnapshot(App.render(state), named: "pledge-tasks-80x24")
        press([.right], &state)
        assertSnapshot(App.render(state), named: "pledge-drives-80x24")
    }

    @Test func aUnitsPledgeForm() {
        var state = pledgeState()
        press([.down, .enter], &state)
        assertSnapshot(App.render(state), named: "pledge-unit-form-80x24")
    }

    @Test func theYearMenuAndTheHandover() {
        var state = pledgeState()
        press([.character("y")], &state)
        assertSnapshot(App.render(state), named: "year-menu-80x24")
        press([.character("2")], &state)
        assertSnapshot(App.render(state), named: "handover-form-80x24")
    }

    @Test func theRosterFilteredAndTheUnitForm() {
        var state = DemoFixture.state(screen: .roster)
        press([.character("f")] + "an".map(Key.character), &state)
        assertSnapshot(App.render(state), named: "roster-filter-80x24")
        press([.enter, .enter], &state)
        assertSnapshot(App.render(state), named: "roster-unit-form-80x24")
    }

    @Test func helpWrapsLongDescriptions() {
        var state = DemoFixture.state(screen: .roster)
        press([.function(1)], &state)
        let text = App.render(state).text()
        // The end of the longest description is on screen, on a line of its own.
        #expect(text.contains("chỉ có thể ngừng hoạt động"))
        assertSnapshot(App.render(state), named: "help-roster-80x24")
    }
}
