import Foundation
import Testing

/// A clerk typing scores in a real terminal: every value by keystrokes alone.
@Suite(.serialized) struct ScoreEntryTerminalTests {
    static let units = ["Vĩnh Bảo", "Thủy Nguyên", "An Lão", "Kiến Thụy", "Tiên Lãng", "An Dương", "Cát Hải", "Bạch Long Vĩ"]
    static let maxima = [10, 8, 7, 7, 6, 6, 6, 8, 6, 5, 6, 5, 8, 6, 6]

    /// A new cluster of 8 units with no scores yet.
    func emptyCluster() throws -> ThiduaProcess {
        let thidua = try ThiduaProcess()
        #expect(try thidua.run(["create", "--cluster", "QA", "--name", "Cụm thử", "--year", "2024"]).status == 0)
        try thidua.write("roster.csv", "name\n" + Self.units.joined(separator: "\n") + "\n")
        #expect(try thidua.run(["import", "roster", "roster.csv", "--cluster", "QA", "--year", "2024"]).status == 0)
        return thidua
    }

    /// Deterministic scores within each item's maximum, with decimal commas and points.
    static func value(unit: Int, item: Int) -> (typed: String, exported: String) {
        let hundredths = (maxima[item] * 100 * (60 + (unit * 7 + item * 3) % 40)) / 100 / 5 * 5
        let whole = hundredths / 100
        let fraction = hundredths % 100
        let exported = "\(whole)," + (fraction < 10 ? "0" : "") + "\(fraction)"
        let typed: String
        if fraction == 0 { typed = "\(whole)" }
        else if fraction % 10 == 0 { typed = "\(whole)" + (item % 2 == 0 ? "," : ".") + "\(fraction / 10)" }
        else { typed = "\(whole)" + (item % 2 == 0 ? "," : ".") + (fraction < 10 ? "0" : "") + "\(fraction)" }
        return (typed, exported)
    }

    @Test func aWholeSelfRoundTypedByKeystrokesIsExactlyWhatIsExported() throws {
        let thidua = try emptyCluster()
        let terminal = try Tmux(command: "exec env THIDUA_DB='\(thidua.database)' TERM=xterm-256color '\(ThiduaProcess.executable.path)' --screen grid --cluster QA --year 2024")
        try terminal.waitFor("đã nhập 0/120")
        // Only the digits, the decimal marks and one confirming key per cell are sent.
        for unit in 0..<8 {
            for item in 0..<15 {
                let typed = Self.value(unit: unit, item: item).typed
                try terminal.type(typed)
                try terminal.send("Tab") // confirms and moves right
            }
            try terminal.send("Tab", "Tab") // past the bonus and the deduction, untouched
        }
        try terminal.waitFor("đã nhập 120/120")
        let exported = try thidua.run(["export", "grid", "--cluster", "QA", "--year", "2024", "--round", "self"]).stdout
        let lines = exported.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 9)
        for (unit, name) in Self.units.enumerated() {
            let cells = (0..<15).map { "\"" + Self.value(unit: unit, item: $0).exported + "\"" }
            #expect(lines[unit + 1] == name + "," + cells.joined(separator: ",") + ",,,,")
        }
        #expect(try thidua.run(["verify"]).status == 0)
    }

    @Test func everyConfirmedValueSurvivesSIGKILL() throws {
        let thidua = try emptyCluster()
        let terminal = try Tmux(command: "exec env THIDUA_DB='\(thidua.database)' TERM=xterm-256color '\(ThiduaProcess.executable.path)' --screen grid --cluster QA --year 2024")
        try terminal.waitFor("đã nhập 0/120")
        for typed in ["9,5", "7.25", "6"] {
            try terminal.type(typed)
            try terminal.send("Enter") // down the 1.1 column
        }
        try terminal.type("4") // typed but never confirmed
        try terminal.waitFor("đã nhập 3/120")
        let pid = try Int32(terminal.display("#{pane_pid}")) ?? 0
        #expect(pid > 0)
        kill(pid, SIGKILL)
        let deadline = Date().addingTimeInterval(2)
        while Date() < deadline && kill(pid, 0) == 0 { Thread.sleep(forTimeInterval: 0.05) }
        let exported = try thidua.run(["export", "grid", "--cluster", "QA", "--year", "2024", "--round", "self"]).stdout
        #expect(exported.contains("Vĩnh Bảo,\"9,50\","))
        #expect(exported.contains("Thủy Nguyên,\"7,25\","))
        #expect(exported.contains("An Lão,\"6,00\","))
        #expect(exported.contains("Kiến Thụy,,"), "a value never confirmed is not stored")
        #expect(try thidua.run(["verify"]).status == 0)
    }
}
