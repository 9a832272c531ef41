import Emulation
import Foundation
import Testing
@testable import Documents

@Suite struct TextTableTests {
    @Test func plainTablesAlignVietnameseByDisplayColumns() {
        let table = TextTable(header: ["Đơn vị", "Tổng"], rows: [["Vĩnh Bảo", "96,50"], ["An Lão", "8,00"]], rightAligned: [1])
        let lines = table.plain().split(separator: "\n").map(String.init)
        #expect(lines == ["Đơn vị     Tổng", "────────  ─────", "Vĩnh Bảo  96,50", "An Lão     8,00"])
        #expect(Set(lines.map(DisplayWidth.of)).count == 1)
    }

    @Test func markdownEscapesPipes() {
        let table = TextTable(header: ["a"], rows: [["x|y"]])
        #expect(table.markdown() == "| a |\n| --- |\n| x\\|y |\n")
    }
}
