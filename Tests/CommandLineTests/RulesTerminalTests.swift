import Foundation
import Testing

/// The rules screen in a real terminal at 80×24: the city flag's quota raised from 1 to 2 with a
/// reason full of letters that are keys elsewhere, and the ranking follows at once.
@Suite(.serialized) struct RulesTerminalTests {
    @Test func raisingTheCityFlagsQuotaProposesASecondUnitAtOnce() throws {
        let thidua = try ThiduaProcess()
        #expect(try thidua.run(["demo"]).status == 0)
        let terminal = try Tmux(command: "exec env THIDUA_DB='\(thidua.database)' TERM=xterm-256color '\(ThiduaProcess.executable.path)' --screen ranking --cluster HN-10 --year 2020")
        var screen = try terminal.waitFor("Gia Lâm")
        #expect(ReviewTerminalTests.line(screen, "Sóc Sơn").contains("Cờ tỉnh"))
        #expect(ReviewTerminalTests.line(screen, "Gia Lâm").contains("BK toàn diện"))

        // The year menu offers the rules; the command line opens them.
        try terminal.type("y")
        try terminal.waitFor("Quy tắc của năm…")
        try terminal.send("Escape")
        try terminal.type(":rules")
        try terminal.send("Enter")
        screen = try terminal.waitFor("Quy tắc của HN-10 năm 2020")
        #expect(screen.contains("Xếp loại trong cụm"))
        #expect(screen.contains("mặc định của thidua, chưa có căn cứ"))

        // Down to the city flag's quota: 26 rules below the first (group titles are stepped over).
        for _ in 0..<26 { try terminal.send("Down") }
        try terminal.send("Enter")
        screen = try terminal.waitFor("Sửa: Cờ tỉnh · chỉ tiêu")
        #expect(screen.contains("│ Lý do"), "scoring has started: the form asks for a reason")
        try terminal.type("2")
        try terminal.send("Tab")
        try terminal.type("Theo QĐ 12/QĐ-UBND, mục [2]: thêm cờ; y k j q")
        try terminal.send("Enter")
        screen = try terminal.waitFor("Đã lưu quy tắc.")
        #expect(screen.contains("Cờ tỉnh · chỉ tiêu                2"), "\(screen)")

        try terminal.type("6")
        screen = try terminal.waitFor("Xếp hạng")
        screen = try terminal.waitFor("Gia Lâm")
        #expect(ReviewTerminalTests.line(screen, "Sóc Sơn").contains("Cờ tỉnh"))
        #expect(ReviewTerminalTests.line(screen, "Gia Lâm").contains("Cờ tỉnh"), "\(screen)")

        // The reason is in the audit row, and the file still verifies.
        let rules = try thidua.run(["rules", "show", "--cluster", "HN-10", "--year", "2020"]).stdout
        #expect(rules.contains("Cờ tỉnh · chỉ tiêu               2"), "\(rules)")
        let verify = try thidua.run(["verify"])
        #expect(verify.status == 0, "\(verify.stderr)")
    }
}
