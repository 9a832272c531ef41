import Foundation
import Testing

/// The review meeting in a real terminal: a vote that fails frees the place for the next
/// candidate, on screen at once, audited, and in the exported ranking.
@Suite(.serialized) struct ReviewTerminalTests {
    @Test func aVoteThatFailsCascadesOnScreen() throws {
        let thidua = try ThiduaProcess()
        #expect(try thidua.run(["demo"]).status == 0)
        let terminal = try Tmux(command: "exec env THIDUA_DB='\(thidua.database)' TERM=xterm-256color '\(ThiduaProcess.executable.path)' --screen ranking --cluster HP-KH --year 2023")
        var screen = try terminal.waitFor("Thủy Nguyên")
        #expect(Self.line(screen, "Thủy Nguyên").contains("Cờ tỉnh"))
        #expect(Self.line(screen, "An Lão").contains("BK toàn diện"))

        // The city flag proposed for Thủy Nguyên: 8 present, 2 for, 6 against.
        try terminal.send("Down")
        try terminal.type("b")
        try terminal.waitFor("Biểu quyết: Cờ thi đua của UBND")
        try terminal.send("Tab")
        try terminal.type("2")
        try terminal.send("Tab")
        try terminal.type("6")
        try terminal.send("Enter")
        screen = try terminal.waitFor("không thông qua.")
        screen = try terminal.waitFor("1 biểu quyết")
        // The place is freed: no other unit is excellent, so no city flag; Thủy Nguyên takes the
        // next award down, which pushes Kiến Thụy to the specialised certificate.
        for unit in ["Vĩnh Bảo", "Thủy Nguyên", "An Lão", "Kiến Thụy", "Tiên Lãng", "An Dương", "Cát Hải", "Bạch Long Vĩ"] {
            #expect(!Self.line(screen, unit).contains("Cờ tỉnh"), "\(unit)")
        }
        #expect(Self.line(screen, "Thủy Nguyên").contains("BK toàn diện"))
        #expect(Self.line(screen, "An Lão").contains("BK toàn diện"))
        #expect(Self.line(screen, "Kiến Thụy").contains("BK chuyên đề"))

        // The why panel says so in words.
        try terminal.send("Enter")
        try terminal.waitFor("tán thành 2, không tán thành 6")

        let ranking = try thidua.run(["export", "ranking", "--cluster", "HP-KH", "--year", "2023", "--format", "csv"]).stdout
        let row = ranking.components(separatedBy: "\r\n").first { $0.hasPrefix("2,Thủy Nguyên,") } ?? ""
        #expect(row.contains(",xuất sắc,BK toàn diện,"), "\(row)")
        let verify = try thidua.run(["verify"])
        #expect(verify.status == 0, "\(verify.stderr)")
    }

    static func line(_ screen: String, _ unit: String) -> String {
        screen.components(separatedBy: "\n").first { $0.contains(" " + unit + " ") } ?? ""
    }
}
