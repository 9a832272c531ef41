import Foundation
import Testing

/// Reasons full of letters that are also keys, typed on a unit's sheet in a real terminal.
@Suite(.serialized) struct SheetTypingTerminalTests {
    /// The keystrokes, literally: a bonus and its reason, then a deduction of 3 and its
    /// reason "Chậm báo cáo quý III" (whose h, q and y are keys elsewhere). Before, the reason
    /// left the focus on the next row's reason column and thidua quit at the q.
    @Test func aDeductionAndItsReasonAreSavedAndNothingElseHappens() throws {
        let thidua = try ThiduaProcess()
        #expect(try thidua.run(["create", "--cluster", "QA", "--name", "Cụm thử", "--year", "2024"]).status == 0)
        try thidua.write("roster.csv", "name\nVĩnh Bảo\nThủy Nguyên\nAn Lão\n")
        #expect(try thidua.run(["import", "roster", "roster.csv", "--cluster", "QA", "--year", "2024"]).status == 0)
        let terminal = try Tmux(command: "exec env THIDUA_DB='\(thidua.database)' TERM=xterm '\(ThiduaProcess.executable.path)' --screen sheet --cluster QA --year 2024")
        try terminal.waitFor("Vĩnh Bảo")
        for _ in 0..<15 { try terminal.send("Down") } // past the 15 items to the bonus row
        try terminal.type("2")
        try terminal.send("Enter")
        try terminal.type("Mô hình tiêu biểu")
        try terminal.send("Enter")
        try terminal.waitFor("+2,00") // the reason column shows its start at 80 columns
        try terminal.type("3")
        try terminal.send("Enter")
        try terminal.type("Chậm báo cáo quý III")
        try terminal.send("Enter")
        let screen = try terminal.waitFor("−3,00")
        #expect(screen.contains("Phiếu điểm: Vĩnh Bảo") && screen.contains("Chậm báo cáo") && !screen.contains("Mã cụm"),
                "still on the sheet, no form opened:\n\(screen)")
        let exported = try thidua.run(["export", "grid", "--cluster", "QA", "--year", "2024", "--round", "cluster"]).stdout
        let line = exported.components(separatedBy: "\r\n").first { $0.hasPrefix("Vĩnh Bảo,") } ?? ""
        #expect(line.hasSuffix(",\"2,00\",Mô hình tiêu biểu,\"3,00\",Chậm báo cáo quý III"), "exported: \(line)")
        // Nothing else: one cluster, and the other units untouched.
        #expect(exported.contains("Thủy Nguyên,,,,,,,,,,,,,,,,,,,"))
        let clusters = try thidua.run(["rank", "--cluster", "G", "--year", "2024"])
        #expect(clusters.status != 0, "no cluster was created by typed letters")
        #expect(try thidua.run(["verify"]).status == 0)
    }
}
