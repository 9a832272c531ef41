import Foundation
import Testing

/// The keys of terminals whose sequences TERM does not describe, as the built program gets
/// them: PuTTY says TERM=xterm but sends `ESC [1~`/`ESC [4~` for Home/End and `ESC [11~` for
/// F1, which xterm's terminfo does not list. Before, each arrived as ESC, "[", a digit, "~":
/// End jumped to screen 4, Home to screen 1, and the next score landed in the wrong cell.
@Suite(.serialized) struct TerminalKeySequenceTests {
    /// PuTTY's bytes (its default "ESC[n~" keyboard), sent raw so tmux adds nothing of its own.
    enum PuTTY {
        static let home = ["1b", "5b", "31", "7e"]
        static let end = ["1b", "5b", "34", "7e"]
        static let f1 = ["1b", "5b", "31", "31", "7e"]
        static let f5 = ["1b", "5b", "31", "35", "7e"]
    }

    func open(_ thidua: ThiduaProcess, term: String, screen: String) throws -> Tmux {
        try Tmux(command: "exec env THIDUA_DB='\(thidua.database)' TERM=\(term) '\(ThiduaProcess.executable.path)' --screen \(screen) --cluster HP-KH --year 2023")
    }

    func sendRaw(_ terminal: Tmux, _ bytes: [String]) throws {
        try terminal.tmux(["send-keys", "-t", terminal.session, "-H"] + bytes)
    }

    /// The title at the right of the first line names the screen shown.
    func title(_ terminal: Tmux) throws -> String {
        (try terminal.screen().split(separator: "\n").first.map(String.init) ?? "").trimmingCharacters(in: .whitespaces)
    }

    /// The self-assessed score of one unit's item 1.1, as exported.
    func selfScore(_ thidua: ThiduaProcess, _ unit: String) throws -> String? {
        let exported = try thidua.run(["export", "grid", "--cluster", "HP-KH", "--year", "2023", "--round", "self"]).stdout
        let row = exported.components(separatedBy: "\r\n").first { $0.hasPrefix(unit + ",") }
        guard let cells = row?.dropFirst(unit.count + 1) else { return nil }
        // "7,20" is quoted: its decimal comma is not a separator.
        return cells.hasPrefix("\"") ? String(cells.dropFirst().prefix { $0 != "\"" }) : String(cells.prefix { $0 != "," })
    }

    /// Waits until `condition` holds on the screen; records an issue with the screen if it never does.
    func waitUntil(_ terminal: Tmux, _ what: String, sourceLocation: SourceLocation = #_sourceLocation,
                   _ condition: (String) -> Bool) throws {
        let deadline = Date().addingTimeInterval(5)
        var last = ""
        while Date() < deadline {
            last = try terminal.screen()
            if condition(last) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("\(what) never happened; the screen was:\n\(last)", sourceLocation: sourceLocation)
    }

    /// The unit's line: its name after a blank, or after the grid's mark of the selected row.
    static func line(_ screen: String, _ unit: String) -> String {
        screen.components(separatedBy: "\n").first { $0.contains(" " + unit + " ") || $0.contains("›" + unit + " ") } ?? ""
    }

    @Test func puttysEndAndHomeMoveTheFocusInTheGrid() throws {
        let thidua = try withDemo()
        let terminal = try open(thidua, term: "xterm", screen: "grid")
        try terminal.waitFor("Bạch Long Vĩ")
        #expect(try selfScore(thidua, "Vĩnh Bảo") == "7,20")

        // End: the last unit; 3 Enter scores its 1.1, on the grid still.
        try sendRaw(terminal, PuTTY.end)
        try terminal.type("3")
        try terminal.send("Enter")
        try waitUntil(terminal, "Bạch Long Vĩ's 1.1 became 3,00") { Self.line($0, "Bạch Long Vĩ").contains(" 3,00 ") }
        #expect(try title(terminal).hasSuffix("Bảng điểm"))
        #expect(try selfScore(thidua, "Bạch Long Vĩ") == "3,00")
        #expect(try selfScore(thidua, "Vĩnh Bảo") == "7,20", "End must not reach the first unit")

        // Home: back to the first unit.
        try sendRaw(terminal, PuTTY.home)
        try terminal.type("4")
        try terminal.send("Enter")
        try waitUntil(terminal, "Vĩnh Bảo's 1.1 became 4,00") { Self.line($0, "Vĩnh Bảo").contains(" 4,00 ") }
        #expect(try title(terminal).hasSuffix("Bảng điểm"))
        #expect(try selfScore(thidua, "Vĩnh Bảo") == "4,00")
        #expect(try selfScore(thidua, "Bạch Long Vĩ") == "3,00")
        #expect(try thidua.run(["verify"]).status == 0)
    }

    @Test func puttysEndAndHomeMoveTheFocusOnTheSheet() throws {
        let thidua = try withDemo()
        let terminal = try open(thidua, term: "xterm", screen: "sheet")
        try terminal.waitFor("Phiếu điểm: Vĩnh Bảo (1/8)")
        try terminal.waitFor("› TC 1 · 1.1 ")

        // End: the last line, the deduction, which asks for a reason before it takes a value.
        try sendRaw(terminal, PuTTY.end)
        try terminal.type("3")
        try terminal.send("Enter")
        let asked = try terminal.waitFor("Cần ghi lý do cho điểm thưởng hoặc điểm trừ")
        #expect(asked.contains("Phiếu điểm: Vĩnh Bảo (1/8)"), "still Vĩnh Bảo's sheet")
        #expect(try title(terminal).hasSuffix("Phiếu điểm"))
    }

    @Test func puttysHomeGoesToTheFirstItemOfTheSheet() throws {
        let thidua = try withDemo()
        let terminal = try open(thidua, term: "xterm", screen: "sheet")
        try terminal.waitFor("› TC 1 · 1.1 ")
        try terminal.send("Down", "Down")
        try terminal.waitFor("› TC 1 · 1.3 ")

        try sendRaw(terminal, PuTTY.home)
        let home = try terminal.waitFor("› TC 1 · 1.1 ")
        #expect(home.contains("Phiếu điểm: Vĩnh Bảo (1/8)"), "still Vĩnh Bảo's sheet")
        #expect(try title(terminal).hasSuffix("Phiếu điểm"))
        try terminal.type("3")
        try terminal.send("Enter")
        try terminal.waitFor("› TC 1 · 1.2 ")
        #expect(try selfScore(thidua, "Vĩnh Bảo") == "3,00")
        #expect(try selfScore(thidua, "Bạch Long Vĩ") == "8,25")
    }

    @Test func puttysF1OpensHelp() throws {
        let thidua = try withDemo()
        let terminal = try open(thidua, term: "xterm", screen: "grid")
        try terminal.waitFor("Bạch Long Vĩ")
        try sendRaw(terminal, PuTTY.f1)
        try terminal.waitFor("Trợ giúp — các phím")
    }

    /// vt100's terminfo has F5 as `ESC O t`; PuTTY, xterm and most others send `ESC [15~`.
    @Test func f5UnderVT100OpensTheSheetNotThePledge() throws {
        let thidua = try withDemo()
        let terminal = try open(thidua, term: "vt100", screen: "grid")
        try terminal.waitFor("Bạch Long Vĩ")
        try sendRaw(terminal, PuTTY.f5)
        try terminal.waitFor("Phiếu điểm: Vĩnh Bảo (1/8)")
        #expect(try title(terminal).hasSuffix("Phiếu điểm"))
    }

    /// Bracketed paste, Ctrl-F1, mouse reports (SGR and X10) and a focus event mean nothing to
    /// thidua: the grid stays as it was, and the next key still works.
    @Test func unknownSequencesAreSwallowedWhole() throws {
        let thidua = try withDemo()
        let terminal = try open(thidua, term: "xterm", screen: "grid")
        try terminal.waitFor("Bạch Long Vĩ")
        let before = try terminal.screen()
        let sequences = [
            "\u{1B}[200~", "\u{1B}[201~", "\u{1B}[1;5P", "\u{1B}[<0;10;5M", "\u{1B}[<0;10;5m", "\u{1B}[M !!", "\u{1B}[I",
        ]
        for sequence in sequences {
            try sendRaw(terminal, sequence.utf8.map { String(format: "%02x", $0) })
        }
        try terminal.type("5")
        try terminal.send("Enter")
        try waitUntil(terminal, "Vĩnh Bảo's 1.1 became 5,00") { Self.line($0, "Vĩnh Bảo").contains(" 5,00 ") }
        #expect(try title(terminal).hasSuffix("Bảng điểm"))
        #expect(try selfScore(thidua, "Vĩnh Bảo") == "5,00")
        // Enter moved the selection's mark down to it: the rest of its line is as it was.
        #expect(Self.line(before, "Thủy Nguyên").dropFirst() == Self.line(try terminal.screen(), "Thủy Nguyên").dropFirst(), "nothing else changed")
    }
}
