import Foundation
import Testing

/// A cluster of three units on a fresh file, and a clerk's grid on it in tmux.
enum SharedFile {
    static func cluster() throws -> ThiduaProcess {
        let thidua = try ThiduaProcess()
        #expect(try thidua.run(["create", "--cluster", "QA", "--name", "Cụm thử", "--year", "2024"]).status == 0)
        try thidua.write("roster.csv", "name\nVĩnh Bảo\nThủy Nguyên\nAn Lão\n")
        #expect(try thidua.run(["import", "roster", "roster.csv", "--cluster", "QA", "--year", "2024"]).status == 0)
        // Two more people with every right, for an admin (the test, the file's owner) to record as.
        for (login, name) in [("tran.thi.b", "Trần Thị B"), ("nguyen.van.a", "Nguyễn Văn A")] {
            #expect(try thidua.run(["account", "add", login, "--name", name, "--role", "admin"]).status == 0)
        }
        return thidua
    }

    /// The self-assessment grid of QA 2024, recorded as the account `actor` when given.
    static func grid(_ thidua: ThiduaProcess, as actor: String? = nil) throws -> Tmux {
        let name = actor.map { " --as '\($0)'" } ?? ""
        let terminal = try Tmux(command: "exec env THIDUA_DB='\(thidua.database)' TERM=xterm '\(ThiduaProcess.executable.path)'\(name) --screen grid --cluster QA --year 2024")
        try terminal.waitFor("Vĩnh Bảo")
        return terminal
    }

    /// The exported self-assessment grid, line by line.
    static func exportedLines(_ thidua: ThiduaProcess) throws -> [String] {
        try thidua.run(["export", "grid", "--cluster", "QA", "--year", "2024", "--round", "self"]).stdout.components(separatedBy: "\r\n")
    }
}

/// Two clerks on one file, one of them in a real terminal: nothing typed is lost to the other
/// clerk, and nothing the other clerk saved is overwritten unseen.
@Suite(.serialized) struct SharedFileTerminalTests {
    static let header = "unit,1.1,1.2,1.3,1.4,1.5,1.6,1.7,2.1,2.2,2.3,2.4,2.5,3.1,3.2,3.3,bonus,bonus_reason,deduction,deduction_reason"

    /// Clerk A imports a file setting Vĩnh Bảo's 1.1 to 2,00.
    func importByA(_ thidua: ThiduaProcess, as actor: String? = nil) throws {
        try thidua.write("a.csv", Self.header + "\nVĩnh Bảo,2" + String(repeating: ",", count: 18) + "\n")
        let named = actor.map { ["--as", $0] } ?? []
        #expect(try thidua.run(["import", "scores", "a.csv", "--cluster", "QA", "--year", "2024", "--round", "self"] + named).status == 0)
    }

    func selfScore11(_ thidua: ThiduaProcess, unit: String) throws -> String {
        let line = try SharedFile.exportedLines(thidua).first { $0.hasPrefix(unit + ",") } ?? ""
        // "Vĩnh Bảo,\"2,00\",,…": the first field after the name, its quotes dropped.
        let rest = line.dropFirst(unit.count + 1)
        if rest.hasPrefix("\"") { return String(rest.dropFirst().prefix { $0 != "\"" }) }
        return String(rest.prefix { $0 != "," })
    }

    /// Issue 10, item 1 exactly: clerk B types 8 into 1.1; clerk A imports a file setting it to
    /// 2,00; B's screen refreshes; B presses Enter. Before, 8,00 was saved over A's value with
    /// no warning. Now nothing is written, B sees A's value and name beside their own 8, and
    /// only a second Enter (keep mine) writes it.
    @Test func aRefreshMidEditNeverTurnsAConflictIntoASilentOverwrite() throws {
        let thidua = try SharedFile.cluster()
        let terminal = try SharedFile.grid(thidua, as: "tran.thi.b")
        try terminal.type("8")
        try importByA(thidua, as: "nguyen.van.a")
        // The refresh says at once that the very cell being typed into changed.
        try terminal.waitFor("đổi thành «2,00»")
        try terminal.send("Enter")
        let screen = try terminal.waitFor("Nguyễn Văn A")
        #expect(screen.contains("«2,00»") && screen.contains("Chưa ghi của bạn") && screen.contains("Giữ của bạn"),
                "the clerk sees both values and what Enter does:\n\(screen)")
        #expect(try selfScore11(thidua, unit: "Vĩnh Bảo") == "2,00", "A's value was overwritten")
        // The clerk's 8 is still in the cell: Enter keeps it, over exactly A's write.
        try terminal.send("Enter")
        try terminal.waitFor("8,00")
        #expect(try selfScore11(thidua, unit: "Vĩnh Bảo") == "8,00")
        #expect(try thidua.run(["verify"]).status == 0)
    }

    /// Esc after a conflict takes the other clerk's value: the typed one is dropped on purpose only.
    @Test func escapeAfterAConflictKeepsTheOtherClerksValue() throws {
        let thidua = try SharedFile.cluster()
        let terminal = try SharedFile.grid(thidua)
        try terminal.type("8")
        try importByA(thidua)
        try terminal.waitFor("đổi thành «2,00»")
        try terminal.send("Enter")
        try terminal.waitFor("Chưa ghi của bạn")
        try terminal.send("Escape")
        try terminal.send("F5") // any key; then the screen settles
        #expect(try selfScore11(thidua, unit: "Vĩnh Bảo") == "2,00")
    }
}

/// Another process holds the file's write lock (as a long import does) while a clerk confirms
/// cells: the screen says it is waiting, the typed values and the keys after them are kept,
/// and everything is saved, in order, when the lock goes.
@Suite(.serialized) struct HeldLockTerminalTests {
    /// `sqlite3` holding BEGIN EXCLUSIVE on the file until `release()`.
    final class LockHolder {
        let process = Process()
        let input = Pipe()

        init(database: String) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["sqlite3", database]
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            input.fileHandleForWriting.write(Data("BEGIN EXCLUSIVE;\nSELECT count(*) FROM audit;\n".utf8))
        }

        /// Runs SQL inside the held transaction (committed on release).
        func execute(_ sql: String) {
            input.fileHandleForWriting.write(Data((sql + "\n").utf8))
        }

        func release() {
            input.fileHandleForWriting.write(Data("COMMIT;\n.quit\n".utf8))
            process.waitUntilExit()
        }
    }

    /// The clerk's grid with the lock taken, `7 Enter 5 Enter` typed, and the wait on screen.
    func confirmTwoCellsUnderALock() throws -> (ThiduaProcess, Tmux, LockHolder, String) {
        let thidua = try SharedFile.cluster()
        let terminal = try SharedFile.grid(thidua)
        let lock = try LockHolder(database: thidua.database)
        Thread.sleep(forTimeInterval: 0.3)
        try terminal.type("7")
        try terminal.send("Enter")
        try terminal.type("5")
        try terminal.send("Enter")
        return (thidua, terminal, lock, try terminal.waitFor("Đang chờ lưu"))
    }

    /// Issue 10, item 3: `7 Enter 5 Enter` under a held lock. Before, the screen froze 5 s, the
    /// first value went back to the stored one with "database is locked", and the second
    /// hint hid the error. Now both are saved once the lock goes, the first before the second.
    @Test func valuesConfirmedUnderAHeldLockAreSavedWhenItGoesAndNothingAfterIsLost() throws {
        let (thidua, terminal, lock, waiting) = try confirmTwoCellsUnderALock()
        #expect(waiting.contains("Ctrl-C Thôi chờ") && !waiting.contains("q Thoát"), "the clerk is told why and how to stop:\n\(waiting)")
        #expect(!(try SharedFile.exportedLines(thidua)).contains { $0.hasPrefix("Vĩnh Bảo,\"7,00\"") }, "nothing is written under the lock")
        Thread.sleep(forTimeInterval: 1.5)
        lock.release()
        let deadline = Date().addingTimeInterval(15)
        var lines: [String] = []
        while Date() < deadline {
            lines = try SharedFile.exportedLines(thidua)
            if lines.contains(where: { $0.hasPrefix("Thủy Nguyên,\"5,00\"") }) { break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        #expect(lines.contains { $0.hasPrefix("Vĩnh Bảo,\"7,00\"") }, "the first value is saved:\n\(lines.joined(separator: "\n"))")
        #expect(lines.contains { $0.hasPrefix("Thủy Nguyên,\"5,00\"") }, "the value typed after it is saved too")
        let screen = try terminal.screen()
        #expect(!screen.contains("Đang chờ lưu") && !screen.contains("locked"), "no stale message:\n\(screen)")
        #expect(try thidua.run(["verify"]).status == 0)
    }

    /// Ctrl-C stops waiting: the value is back in its cell, unsaved, the keys typed after it are
    /// dropped and said to be; Enter once the lock is gone saves it.
    @Test func stoppingTheWaitGivesTheValueBackAndDropsWhatWasTypedAfter() throws {
        let (thidua, terminal, lock, _) = try confirmTwoCellsUnderALock()
        try terminal.send("C-c")
        let screen = try terminal.waitFor("Chưa lưu")
        #expect(screen.contains("Đã bỏ phím gõ") && screen.contains("Enter Thử lưu lại"), "why, what was dropped, what Enter does:\n\(screen)")
        lock.release()
        try terminal.send("Enter")
        try terminal.waitFor("7,00")
        let lines = try SharedFile.exportedLines(thidua)
        #expect(lines.contains { $0.hasPrefix("Vĩnh Bảo,\"7,00\"") })
        #expect(!lines.contains { $0.hasPrefix("Thủy Nguyên,\"5,00\"") }, "the dropped keys were not applied")
    }

    /// A conflict met once the lock goes: the Enter typed meanwhile (meant for the next row) is
    /// dropped, not taken as "keep mine" over the other write the clerk has not yet seen.
    @Test func keysTypedWhileWaitingNeverAnswerTheConflictThatFollows() throws {
        let thidua = try SharedFile.cluster()
        let terminal = try SharedFile.grid(thidua)
        let lock = try LockHolder(database: thidua.database)
        // The lock holder writes the very cell, then the clerk confirms it and presses Enter again.
        lock.execute("""
            INSERT INTO score (clusterYearId, unitId, criterionId, round, hundredths)
            SELECT cy.id, u.id, c.id, 'self', 200 FROM clusterYear cy JOIN cluster cl ON cl.id = cy.clusterId
            JOIN unit u ON u.clusterId = cl.id AND u.name = 'Vĩnh Bảo' JOIN criterion c ON c.clusterYearId = cy.id AND c.code = '1.1'
            WHERE cl.code = 'QA' AND cy.year = 2024;
            """)
        Thread.sleep(forTimeInterval: 0.3)
        try terminal.type("7")
        try terminal.send("Enter")
        try terminal.waitFor("Đang chờ lưu")
        try terminal.send("Enter")
        lock.release()
        let screen = try terminal.waitFor("Chưa ghi của bạn")
        Thread.sleep(forTimeInterval: 1)
        #expect(try SharedFile.exportedLines(thidua).contains { $0.hasPrefix("Vĩnh Bảo,\"2,00\"") }, "the other write stands")
        #expect(try terminal.screen().contains("Đã bỏ phím gõ"), "the dropped Enter is said:\n\(screen)")
    }
}
