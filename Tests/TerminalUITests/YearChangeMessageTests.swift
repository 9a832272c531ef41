import Emulation
import Testing
@testable import TerminalUI

/// A saved year change comes back from the run loop as values (the change, and what the store
/// or the clock added); the status line words it. These are the sentences the run loop used to
/// write itself, letter for letter.
@Suite struct YearChangeMessageTests {
    static let signedOn = CalendarDate(year: 2023, month: 3, day: 9)!

    static let cases: [(SavedYearChange.Outcome, YearChange, String)] = [
        (.saved, .addUnit(MemberUnit(id: 0, name: "Hồng Bàng"), role: .member), "Đã thêm Hồng Bàng."),
        (.saved, .removeUnit(3, name: "An Lão"), "Đã xóa An Lão khỏi danh sách năm nay."),
        (.saved, .setUnitActive(3, name: "An Lão", active: false), "An Lão ngừng hoạt động năm nay (dữ liệu được giữ)."),
        (.saved, .setUnitActive(3, name: "An Lão", active: true), "An Lão hoạt động lại."),
        (.saved, .moveUnit(3, by: 1), "Đã đổi thứ tự danh sách."),
        (.saved, .moveTask(id: 11, by: 1), "Đã lưu giao ước."),
        (.signed(on: signedOn), .sign(2, signer: "B", position: "Chủ tịch", expecting: .value(nil)), "Thủy Nguyên đã ký ngày 09/03/2023."),
        (.saved, .recordVote(VoteTally(unitID: 1, award: RuleSet.governmentFlag, present: 8, votesFor: 8, votesAgainst: 0), expecting: .value(nil)),
         "Đã ghi biểu quyết Cờ CP cho Vĩnh Bảo: thông qua."),
        (.stage(.closed), .advance, "Năm đã chuyển sang giai đoạn: đã khóa."),
        (.opened(year: 2024), .openNextYear, "Đã mở năm 2024 cho cụm HP-KH."),
        (.saved, .handover(head: 2, deputy: nil, method: .rotation, date: nil), "Năm 2024: trưởng cụm Thủy Nguyên, phó cụm —."),
    ]

    @Test(arguments: cases.indices)
    func theStatusLineSaysWhatWasDone(_ index: Int) {
        let (outcome, change, expected) = Self.cases[index]
        var state = DemoFixture.state(screen: .roster)
        _ = App.update(&state, .yearChanged(SavedYearChange(code: "HP-KH", year: 2023, change: change, outcome: outcome)))
        #expect(state.status == StatusMessage(expected))
    }

    @Test func theYearOpenedIsLoadedAndShown() {
        var state = DemoFixture.state(screen: .roster)
        let effects = App.update(&state, .yearChanged(SavedYearChange(code: "HP-KH", year: 2023, change: .openNextYear, outcome: .opened(year: 2024))))
        #expect(effects == [.loadHome, .loadYear(code: "HP-KH", year: 2024)])
    }
}
