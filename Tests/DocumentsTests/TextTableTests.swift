import Emulation
import Foundation
import Testing
@testable import Documents
import TestSupport

@Suite struct TextTableTests {
    @Test func plainTablesAlignVietnameseByDisplayColumns() {
        let table = TextTable(header: ["Đơn vị", "Tổng"], rows: [["Vĩnh Bảo", "96,50"], ["An Lão", "8,00"]], rightAligned: [1])
        let lines = table.plain().split(separator: "\n").map(String.init)
        #expect(lines == ["Đơn vị     Tổng", "────────  ─────", "Vĩnh Bảo  96,50", "An Lão     8,00"])
        #expect(Set(lines.map(DisplayWidth.of)).count == 1)
    }

    /// The one-pass measure (`DisplayWidth.ofPrintable`, sanitizing only the cells that need
    /// it) lays out every table as sanitizing and measuring every cell did: random cells of
    /// letters, NFD Vietnamese, controls (ESC, BEL, DEL, C1), soft hyphens, CJK and emoji.
    @Test func measuringPrintableCellsOnceGivesWhatSanitizingEveryCellGave() {
        let cells = RandomMixes.texts(of: ["a", "Đ", "ệ", "e\u{302}\u{301}", " ", "9,5", "\u{1B}[2J", "\u{7}", "\u{7F}", "\u{85}", "\u{AD}",
                                           "中", "🇻🇳", "|", "─"], count: 3_000, seed: 18)
        var cursor = 0
        func cell() -> String {
            defer { cursor = (cursor + 1) % cells.count }
            return cells[cursor]
        }
        for columns in 1...5 {
            for rowCount in [0, 1, 7, 40] {
                let table = TextTable(header: (0..<columns).map { _ in cell() }, rows: (0..<rowCount).map { _ in (0..<columns).map { _ in cell() } },
                                      rightAligned: Set((0..<columns).filter { $0 % 2 == 1 }))
                #expect(table.plain() == Self.sanitizingEveryCell(table), "\(table.header) \(table.rows)")
            }
        }
        for text in cells {
            #expect(DisplayWidth.ofPrintable(text).map { $0 == DisplayWidth.of(text) && DisplayWidth.sanitized(text) == text } ?? true,
                    "\(RandomMixes.scalars(text))")
        }
    }

    /// The layout as it was written before, every cell sanitized and then measured.
    static func sanitizingEveryCell(_ table: TextTable) -> String {
        let all = ([table.header] + table.rows).map { $0.map(DisplayWidth.sanitized) }
        let widths = table.header.indices.map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            var text = cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(cell)))
                return table.rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ")
            while text.utf8.last == UInt8(ascii: " ") { text = String(decoding: text.utf8.dropLast(), as: UTF8.self) }
            return text + "\n"
        }
        return line(all[0]) + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n" + all.dropFirst().map(line).joined()
    }

    @Test func markdownEscapesPipes() {
        let table = TextTable(header: ["a"], rows: [["x|y"]])
        #expect(table.markdown() == "| a |\n| --- |\n| x\\|y |\n")
    }
}
