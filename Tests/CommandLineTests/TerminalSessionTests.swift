import Foundation
import Testing

/// The built program in a real terminal (tmux at 80×24), as a new user meets it.
@Suite(.serialized) struct TerminalSessionTests {
    func command(_ thidua: ThiduaProcess, _ arguments: String = "") -> String {
        "exec env THIDUA_DB='\(thidua.database)' TERM=xterm-256color '\(ThiduaProcess.executable.path)' \(arguments)"
    }

    @Test func newUserLoadsTheDemoFindsAUnitSwitchesThemeAndQuits() throws {
        let thidua = try ThiduaProcess()
        let terminal = try Tmux(command: "env THIDUA_DB='\(thidua.database)' TERM=xterm-256color '\(ThiduaProcess.executable.path)'; echo EXITED=$?; sleep 30")
        try terminal.waitFor("Cơ sở dữ liệu còn trống")
        try terminal.send("d")
        try terminal.waitFor("HP-KH   2023")
        try terminal.type("/vinh bao")
        try terminal.waitFor("Vĩnh Bảo  — đơn vị, HP-KH 2023")
        try terminal.send("Enter")
        try terminal.waitFor("Đang chọn: Vĩnh Bảo")
        // Every screen is reached: by number, by F-key and by letter.
        for (key, title) in [("3", "Σ1"), ("F7", "Đề nghị"), ("s", "Phiếu điểm: Vĩnh Bảo (1/8)"), ("F6", "Giao ước thi đua năm 2023"), ("m", "Kết quả xếp hạng thi đua năm 2023"), ("h", "Các cụm thi đua"), ("F3", "Điều kiện khen thưởng")] {
            try terminal.send(key)
            try terminal.waitFor(title)
        }
        try terminal.send("?")
        try terminal.waitFor("Trợ giúp — các phím")
        try terminal.send("Escape")
        try terminal.type(":theme high")
        try terminal.send("Tab", "Enter")
        try terminal.waitFor("Đã đổi giao diện màu: high-contrast")
        try terminal.send("q")
        try terminal.waitFor("EXITED=0")
        #expect(try terminal.display("#{alternate_on}") == "0", "the terminal left the alternate screen")
        #expect(try terminal.display("#{cursor_flag}") == "1", "the cursor is visible again")
    }

    @Test func resizingBelowTheMinimumShowsOneLineAndRecovers() throws {
        let thidua = try withDemo()
        let terminal = try Tmux(command: command(thidua, "--screen grid --cluster HP-KH --year 2023"))
        try terminal.waitFor("Bạch Long Vĩ")
        try terminal.tmux(["resize-window", "-t", terminal.session, "-x", "50", "-y", "12"])
        let small = try terminal.waitFor("quá nhỏ")
        #expect(small.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count == 1)
        for (columns, rows) in [(70, 20), (55, 30), (100, 40), (61, 17)] {
            try terminal.tmux(["resize-window", "-t", terminal.session, "-x", "\(columns)", "-y", "\(rows)"])
        }
        try terminal.tmux(["resize-window", "-t", terminal.session, "-x", "80", "-y", "24"])
        let screen = try terminal.waitFor("Bạch Long Vĩ")
        #expect(screen.contains("nhóm 1/3"))
        #expect(!screen.contains("quá nhỏ"))
    }

    @Test func killingThePaneEndsTheProgramAndLeavesTheDatabaseSound() throws {
        let thidua = try withDemo()
        let terminal = try Tmux(command: command(thidua, "--screen ranking --cluster HP-KH --year 2023"))
        try terminal.waitFor("Vĩnh Bảo")
        let pid = try Int32(terminal.display("#{pane_pid}")) ?? 0
        #expect(pid > 0 && kill(pid, 0) == 0)
        try terminal.tmux(["kill-pane", "-t", terminal.session])
        // A liveness bound, not a timing claim: the program must notice the hang-up and end.
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline && kill(pid, 0) == 0 { Thread.sleep(forTimeInterval: 0.05) }
        #expect(kill(pid, 0) != 0, "thidua still running after its terminal went away")
        #expect(try thidua.run(["verify"]).status == 0)
    }

    @Test func dumbOrMissingTerminalsGiveAClearMessageAndExitCode2() throws {
        let thidua = try ThiduaProcess()
        let dumb = try thidua.run([], environment: ["TERM": "dumb"])
        #expect(dumb.status == 2)
        #expect(dumb.stderr.contains("TERM"))
        // The test process's stdin is not a terminal.
        let piped = try thidua.run(["ui"], environment: ["TERM": "xterm-256color"])
        #expect(piped.status == 2)
        #expect(piped.stderr.contains("không phải là terminal"))
    }

    @Test func hostileTextIsShownAsPlaceholdersNotSentToTheTerminal() throws {
        let thidua = try withDemo()
        try thidua.write("roster.csv", "name\nXã Độc\n")
        let imported = try thidua.run(["import", "roster", "roster.csv", "--cluster", "HN-10", "--year", "2020"])
        #expect(imported.status == 0, "\(imported.stderr)")
        // A roster file with control characters is refused now; a database written before, or
        // edited behind thidua's back, may still hold them.
        try thidua.sqlite("UPDATE unit SET name = 'Xã ' || char(27) || ']2;pwned' || char(7) || 'Độc' WHERE name = 'Xã Độc'")
        let terminal = try Tmux(command: command(thidua, "--screen roster --cluster HN-10 --year 2020"))
        let screen = try terminal.waitFor("Độc")
        #expect(screen.contains("Xã �]2;pwned�Độc"))
        #expect(try terminal.display("#{pane_title}") != "pwned", "an escape sequence in a name reached the terminal")
    }

    @Test func ctrlZSuspendsAndTheScreenComesBackOnResume() throws {
        let thidua = try withDemo()
        let terminal = try Tmux(command: "env PS1='READY> ' bash --norc --noprofile")
        try terminal.type(command(thidua, "--screen ranking --cluster HP-KH --year 2023").replacingOccurrences(of: "exec ", with: ""))
        try terminal.send("Enter")
        try terminal.waitFor("Bạch Long Vĩ")
        try terminal.send("C-z")
        try terminal.waitFor("Stopped")
        try terminal.type("fg")
        try terminal.send("Enter")
        let back = try terminal.waitFor("Bạch Long Vĩ")
        #expect(back.contains("Xếp hạng"))
        try terminal.send("C-c")
        // Back at the shell's prompt, with the interface gone.
        let deadline = Date().addingTimeInterval(5)
        var lastLine = ""
        while Date() < deadline {
            lastLine = try terminal.screen().split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(String.init) ?? ""
            if lastLine.hasPrefix("READY>") { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(lastLine.hasPrefix("READY>"))
        #expect(!(try terminal.screen()).contains("Bạch Long Vĩ"), "the interface is gone after Ctrl-C")
    }

    @Test func anotherClerksChangeAppearsWithoutAKey() throws {
        let thidua = try withDemo()
        let terminal = try Tmux(command: command(thidua, "--screen ranking --cluster HP-KH --year 2023"))
        try terminal.waitFor("96,50")
        // Another clerk gives Vĩnh Bảo a 2-point deduction from the command line.
        try thidua.write("deduction.csv", CommandLineTests.header + "\nVĩnh Bảo" + String(repeating: ",", count: 18) + "2,Chậm báo cáo\n")
        let imported = try thidua.run(["import", "scores", "deduction.csv", "--cluster", "HP-KH", "--year", "2023", "--round", "cluster"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let screen = try terminal.waitFor("94,50")
        #expect(screen.contains("người khác cập nhật"))
    }

    @Test func anUnknownTerminalTypeGivesAClearMessageAndExitCode2() throws {
        let thidua = try ThiduaProcess()
        let terminal = try Tmux(command: "env THIDUA_DB='\(thidua.database)' TERM=no-such-terminal '\(ThiduaProcess.executable.path)'; echo EXITED=$?; sleep 30")
        let screen = try terminal.waitFor("EXITED=2")
        #expect(screen.contains("\"no-such-terminal\""))
    }
}
