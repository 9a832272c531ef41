import Foundation
import Testing

/// The issue's "done when" in a real terminal at 80×24: the clerk writes the blank grid from the
/// year menu, a unit fills it in a spreadsheet (openpyxl), the clerk imports it as it comes back,
/// and a second clerk's grid shows the scores.
@Suite(.serialized, .enabled(if: OpenpyxlScript.available, "openpyxl is missing: apt-get install python3-openpyxl"))
struct ExcelTerminalTests {
    @Test func theBlankGridGoesOutFromTheMenuAndComesBackFilled() throws {
        let thidua = try ThiduaProcess()
        #expect(try thidua.run(["demo"]).status == 0)
        let hn = ["--cluster", "HN-10", "--year", "2020"]
        let command = "cd '\(thidua.path(""))' && exec env THIDUA_DB='\(thidua.database)' TERM=xterm-256color '\(ThiduaProcess.executable.path)'"
            + " --screen grid --cluster HN-10 --year 2020"
        let clerk = try Tmux(command: command)
        try clerk.waitFor("Sóc Sơn")
        try clerk.type("y")
        var screen = try clerk.waitFor("Xuất bảng điểm trống để đơn vị tự chấm (xlsx)")
        let line = try #require(screen.split(separator: "\n").first { $0.contains("Xuất bảng điểm trống") })
        let number = try #require(line.split(separator: " ").first { Int($0) != nil })
        try clerk.type(String(number))
        screen = try clerk.waitFor("HN-10-2020-grid-blank.xlsx")
        let blank = thidua.path("HN-10-2020-grid-blank.xlsx")
        let book = try OpenpyxlScript.read(blank)
        #expect(book.validations.count == 17, "each item, the bonus and the deduction")
        let header = try #require(book.rows.firstIndex { $0.first?.text == "unit" })
        let socSon = try #require(book.rows.firstIndex { $0.first?.text == "Sóc Sơn" })
        #expect(socSon > header)

        // Sóc Sơn fills its row; its reason is Vietnamese full of letters that are keys elsewhere.
        let row = String(socSon + 1)
        let filled: [String: Any] = ["B" + row: 9.5, "C" + row: 7.25, "Q" + row: 1.5, "R" + row: "Mô hình “Dân vận khéo” – đạt giải nhất"]
        try OpenpyxlScript.run(["fill", blank, thidua.path("reply.xlsx"), String(decoding: try JSONSerialization.data(withJSONObject: filled), as: UTF8.self)])
        let second = try Tmux(command: command)
        try second.waitFor("Sóc Sơn")
        let imported = try thidua.run(["import", "scores", "reply.xlsx", "--round", "self"] + hn)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("2 giá trị đã đổi"), "\(imported.stdout)")
        // Both clerks' grids reload on their own and show the unit's scores.
        for terminal in [clerk, second] {
            screen = try terminal.waitFor("9,50")
            let socSonLine = try #require(screen.split(separator: "\n").first { $0.contains("Sóc Sơn") })
            #expect(socSonLine.contains("9,50") && socSonLine.contains("7,25"), "\(socSonLine)")
        }
        #expect(try thidua.run(["verify"]).status == 0)
    }
}
