import Emulation
import Foundation
import TestSupport
import Testing

/// Issue 11 in a real terminal at 80×24: the demo file (whose owner, who runs the tests, is its
/// admin) with a unit's clerk and a viewer, each opened by the admin recording as them
/// (`thidua ui --as LOGIN`: that account's roles apply). The clerk types only their own unit's
/// self-assessment; the viewer changes nothing.
@Suite(.serialized) struct RoleTerminalTests {
    static let clerk = "tran.thi.b"
    static let viewer = "pham.van.d"

    /// The demo, with Thủy Nguyên's clerk and a viewer of HP-KH, added by its admin.
    func demoWithAccounts() throws -> ThiduaProcess {
        let thidua = try withDemo()
        for arguments in [[Self.clerk, "--name", "Trần Thị B", "--role", "clerk", "--cluster", "HP-KH", "--unit", "Thủy Nguyên"],
                          [Self.viewer, "--name", "Phạm Văn D", "--role", "viewer", "--cluster", "HP-KH"]] {
            let added = try thidua.run(["account", "add"] + arguments)
            #expect(added.status == 0, "\(added.stderr)")
        }
        return thidua
    }

    func ui(_ thidua: ThiduaProcess, as login: String, _ arguments: String) throws -> Tmux {
        try Tmux(command: "exec env THIDUA_DB='\(thidua.database)' TERM=xterm '\(ThiduaProcess.executable.path)' ui --as \(login) \(arguments)")
    }

    /// Everything the screens could change, as the admin exports it.
    func stored(_ thidua: ThiduaProcess) throws -> [String] {
        try [["grid", "--round", "self"], ["grid", "--round", "cluster"], ["roster"], ["pledge", "--format", "csv"]].map { what in
            let output = try thidua.run(["export"] + what + ["--cluster", "HP-KH", "--year", "2023"])
            #expect(output.status == 0, "\(output.stderr)")
            return output.stdout
        }
    }

    func selfScores(_ thidua: ThiduaProcess) throws -> [String] {
        try thidua.run(["export", "grid", "--cluster", "HP-KH", "--year", "2023", "--round", "self"]).stdout.components(separatedBy: "\r\n")
    }

    @Test func aUnitsClerkTypesOnlyTheirOwnUnitsSelfAssessment() throws {
        let thidua = try demoWithAccounts()
        let before = try stored(thidua)
        let terminal = try ui(thidua, as: Self.clerk, "--screen grid --cluster HP-KH --year 2023")
        // The whole frame, footer included (the name alone can arrive before the footer on a busy machine).
        var screen = try terminal.waitFor("Vĩnh Bảo")
        let drawn = Date().addingTimeInterval(10)
        while !screen.contains("0-9 Nhập") && Date() < drawn { screen = try terminal.screen() }
        #expect(screen.contains("0-9 Nhập"), "the grid opens on their own unit's row:\n\(screen)")
        try terminal.send("Up")
        let moved = Date().addingTimeInterval(10)
        repeat { screen = try terminal.screen() } while screen.contains("0-9 Nhập") && Date() < moved
        #expect(!screen.contains("0-9 Nhập"), "another unit's row offers no typing:\n\(screen)")
        // Vĩnh Bảo's self-assessment: the digit says why, Enter does nothing.
        try terminal.type("5")
        screen = try terminal.waitFor("Cán bộ đơn vị chỉ được nhập điểm tự chấm của đơn vị mình.")
        #expect(screen.contains("Bảng điểm"), "5 did not switch to the pledge:\n\(screen)")
        try terminal.send("Enter")
        try terminal.send("Delete")
        // Their own unit, the cluster round.
        try terminal.send("Down")
        try terminal.type("v")
        try terminal.waitFor("[cụm chấm]")
        try terminal.type("5")
        try terminal.waitFor("Không ai được nhập điểm cụm chấm của chính đơn vị mình.")
        try terminal.send("Enter")
        try terminal.send("Delete")
        #expect(try stored(thidua) == before, "nothing was written")
        // Their own unit's self-assessment is theirs.
        try terminal.type("vv")
        screen = try terminal.waitFor("[tự chấm]")
        #expect(screen.contains("0-9 Nhập"), "their own row offers typing:\n\(screen)")
        try terminal.type("9")
        try terminal.send("Enter")
        let deadline = Date().addingTimeInterval(10)
        var lines = try selfScores(thidua)
        while Date() < deadline && !lines.contains(where: { $0.hasPrefix("Thủy Nguyên,\"9,00\"") }) {
            Thread.sleep(forTimeInterval: 0.1)
            lines = try selfScores(thidua)
        }
        #expect(lines.contains { $0.hasPrefix("Thủy Nguyên,\"9,00\"") }, "\(lines.joined(separator: "\n"))")
        let after = try stored(thidua)
        #expect(after.dropFirst() == before.dropFirst(), "only the self-assessment changed")
        #expect(Set(after[0].components(separatedBy: "\r\n")).subtracting(before[0].components(separatedBy: "\r\n")).map { $0.prefix(12) } == ["Thủy Nguyên,"],
                "and in it only Thủy Nguyên's row")
        // Home says who they are, and that the admin records for them.
        try terminal.type("h")
        screen = try terminal.waitFor("Bạn: Trần Thị B (tran.thi.b) · cán bộ HP-KH – Thủy Nguyên · do \(String(cString: getpwuid(getuid())!.pointee.pw_name)) ghi thay")
        #expect(!screen.contains("HN-10"), "only their cluster is listed:\n\(screen)")
        #expect(try thidua.run(["verify"]).status == 0)
    }

    @Test func aViewerChangesNothing() throws {
        let thidua = try demoWithAccounts()
        let before = try stored(thidua)
        let terminal = try ui(thidua, as: Self.viewer, "--screen roster --cluster HP-KH --year 2023")
        var screen = try terminal.waitFor("Vĩnh Bảo")
        let lines = screen.components(separatedBy: "\n")
        #expect(lines[1].hasSuffix("chỉ xem"), "the tab bar says read only:\n\(screen)")
        #expect(lines[23].contains("f Lọc") && !lines[23].contains("a Thêm") && !lines[23].contains("Del"), "no editing key in the footer:\n\(screen)")
        // The roster's editing keys do nothing.
        try terminal.type("a")
        try terminal.send("Enter")
        try terminal.send("Delete")
        try terminal.type("iJ")
        // The grid: a digit says why.
        try terminal.type("3")
        try terminal.waitFor("[tự chấm]")
        try terminal.type("7")
        screen = try terminal.waitFor("Chỉ cán bộ đơn vị được nhập điểm tự chấm.")
        try terminal.send("Enter")
        try terminal.type("t")
        // The pledge, the ranking and its year menu: documents only.
        try terminal.type("p")
        try terminal.waitFor("Giao ước")
        try terminal.type("ce")
        try terminal.send("Enter")
        try terminal.type("x")
        try terminal.waitFor("Xếp hạng")
        try terminal.type("b")
        try terminal.type("y")
        screen = try terminal.waitFor("Xuất trang in")
        #expect(!screen.contains("Đóng năm") && !screen.contains("Bàn giao") && screen.contains("Xuất"), "the menu holds the documents only:\n\(screen)")
        try terminal.send("Escape")
        // Help lists no editing key either.
        try terminal.type("?")
        screen = try terminal.waitFor("Trợ giúp — các phím")
        #expect(screen.contains("│   w            Bật/tắt"), "the ranking's help:\n\(screen)")
        #expect(!screen.contains("│   b            "), "without the vote:\n\(screen)")
        try terminal.send("Escape")
        try terminal.type("h")
        screen = try terminal.waitFor("Bạn: Phạm Văn D (pham.van.d) · người xem cụm HP-KH")
        #expect(screen.components(separatedBy: "\n")[1].hasSuffix("chỉ xem"), "\(screen)")
        #expect(try stored(thidua) == before, "nothing was written")
        #expect(try thidua.run(["verify"]).status == 0)
    }
}
