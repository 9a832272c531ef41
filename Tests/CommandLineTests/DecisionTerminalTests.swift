import Foundation
import Testing

/// The province's decision recorded in a real terminal at 80×24, on a closed year, and seen on
/// the ranking, in the why panel, and in the next year's history of the unit; the dossier written
/// from the year menu.
@Suite(.serialized) struct DecisionTerminalTests {
    @Test func aDecisionRecordedOnAClosedYearShowsOnTheRankingAndInTheNextYearsHistory() throws {
        let thidua = try ThiduaProcess()
        #expect(try thidua.run(["demo"]).status == 0)
        let hp = ["--cluster", "HP-KH", "--year", "2023"]
        // The meeting voted Thủy Nguyên's city flag; the year is closed and 2024 opened, as in February.
        #expect(try thidua.run(["vote"] + hp + ["--unit", "Thủy Nguyên", "--award", "co-tinh", "--present", "8", "--for", "8", "--against", "0"]).status == 0)
        #expect(try thidua.run(["year", "advance"] + hp).status == 0)
        #expect(try thidua.run(["year", "next"] + hp).status == 0)
        // In the test's folder, where the year menu writes the dossier.
        let command = "cd '\(thidua.path(""))' && exec env THIDUA_DB='\(thidua.database)' TERM=xterm-256color '\(ThiduaProcess.executable.path)'"
        let terminal = try Tmux(command: command + " --screen ranking --cluster HP-KH --year 2023")
        var screen = try terminal.waitFor("Thủy Nguyên")
        #expect(ReviewTerminalTests.line(screen, "Thủy Nguyên").contains("Cờ tỉnh ✓"))

        // The city gave a comprehensive certificate instead: d on Thủy Nguyên, its number typed
        // with letters that are keys elsewhere, the outcome and the award chosen with ←→.
        try terminal.send("Down")
        try terminal.type("d")
        screen = try terminal.waitFor("Quyết định khen thưởng: Cờ tỉnh cho Thủy Nguyên")
        #expect(screen.contains("UBND thành phố Hải Phòng"), "the authority comes from the rules")
        try terminal.type("456/QĐ-UBND ydkqj")
        try terminal.send("Tab")
        try terminal.type("10/04/2024")
        try terminal.send("Tab", "Tab", "Right", "Right", "Tab", "Right", "Right", "Enter")
        try terminal.waitFor("Đã ghi quyết định khen thưởng cho Thủy Nguyên.")
        screen = try terminal.waitFor("BK toàn diện ★")
        #expect(ReviewTerminalTests.line(screen, "Thủy Nguyên").contains("BK toàn diện ★"))
        try terminal.send("Enter")
        screen = try terminal.waitFor("QĐ 456/QĐ-UBND ydkqj ngày 10/04/2024")
        #expect(screen.contains("được tặng") && screen.contains("Bằng khen toàn diện."))

        // The dossier from the year menu: its checklist under the line that writes it.
        try terminal.type("y")
        screen = try terminal.waitFor("Ghi hồ sơ gửi cấp trên (Word)")
        #expect(screen.contains("Hội nghị: chưa ghi ngày họp."))
        try terminal.send("End", "Up", "Up", "Up", "Up", "Enter")
        try terminal.waitFor("Đã ghi hồ sơ:")
        #expect(FileManager.default.fileExists(atPath: thidua.path("HP-KH-2023-ho-so/01-bien-ban.docx")))
        #expect(FileManager.default.fileExists(atPath: thidua.path("HP-KH-2023-ho-so/00-danh-muc.txt")))

        // The next year: Thủy Nguyên's line under the Units screen, and t for its whole history.
        let next = try Tmux(command: command + " --screen roster --cluster HP-KH --year 2024")
        try next.waitFor("Thủy Nguyên")
        try next.type("/")
        try next.type("thuy nguyen")
        try next.send("Enter")
        screen = try next.waitFor("Các năm khác của Thủy Nguyên: 2023 BK toàn diện ★")
        try next.type("t")
        screen = try next.waitFor("Quá trình thi đua, khen thưởng của Thủy Nguyên")
        #expect(screen.contains("2023 · HP-KH · hạng 2/8 · 93,40 · xuất sắc · đề nghị Cờ tỉnh"))
        #expect(screen.contains("QĐ 456/QĐ-UBND ydkqj ngày 10/04/2024 của UBND thành phố Hải") && screen.contains("được tặng BK toàn diện."))
        #expect(try thidua.run(["verify"]).status == 0)
        let listed = try thidua.run(["decision"] + hp)
        #expect(listed.stdout.contains("Thủy Nguyên: QĐ 456/QĐ-UBND ydkqj ngày 10/04/2024 của UBND thành phố Hải Phòng: được tặng Bằng khen toàn diện."))
    }
}
