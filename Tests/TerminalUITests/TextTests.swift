import Foundation
import Testing
@testable import TerminalUI

@Suite struct TextTests {
    @Test(arguments: [
        ("Vĩnh Bảo", 8), ("abc", 3), ("中文", 4), ("", 0),
    ])
    func displayWidthCountsColumns(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func decomposedVietnameseTakesTheSameColumns() {
        let decomposed = "Thủy Nguyên".decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count > "Thủy Nguyên".unicodeScalars.count)
        #expect(DisplayWidth.of(decomposed) == 11)
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        let hostile = "Xã \u{1B}]52;c;ZXZpbA==\u{07}A\u{9B}2J"
        let shown = DisplayWidth.sanitized(hostile)
        #expect(!shown.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(shown.contains("\u{FFFD}]52;c;ZXZpbA=="))
    }

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
