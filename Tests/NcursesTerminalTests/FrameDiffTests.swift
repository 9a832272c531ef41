import Testing
import TerminalUI
@testable import NcursesTerminal

struct FrameDiffTests {
    /// Widths as glibc gives them in a UTF-8 locale, for the characters used here.
    static let width: FrameDiff.ScalarWidth = { scalar in
        switch scalar.value {
        case 0x0300...0x036F: 0
        case 0x6F22, 0x1F600: 2
        case 0x00...0x1F: -1
        default: 1
        }
    }

    static func runs(_ previous: Buffer?, _ next: Buffer, visible: Size? = nil) -> [DrawRun] {
        FrameDiff.runs(from: previous, to: next, visible: visible ?? next.size, width: width)
    }

    @Test func firstFrameSendsEveryRowAsOneRunPerRole() {
        var buffer = Buffer(size: Size(rows: 2, columns: 6))
        buffer.write("ab", row: 0, column: 2, role: .header)
        #expect(Self.runs(nil, buffer) == [
            DrawRun(row: 0, column: 0, text: "  ", columns: 2, role: .normal),
            DrawRun(row: 0, column: 2, text: "ab", columns: 2, role: .header),
            DrawRun(row: 0, column: 4, text: "  ", columns: 2, role: .normal),
            DrawRun(row: 1, column: 0, text: "      ", columns: 6, role: .normal),
        ])
    }

    @Test func unchangedFrameSendsNothing() {
        var buffer = Buffer(size: Size(rows: 3, columns: 10))
        buffer.write("Vĩnh Bảo 漢", row: 1, column: 0, role: .normal)
        #expect(Self.runs(buffer, buffer).isEmpty)
    }

    /// Moving a highlight one cell: two one-cell runs, nothing else.
    @Test func onlyChangedCellsAreSent() {
        var before = Buffer(size: Size(rows: 2, columns: 5))
        before.write("abcde", row: 0, column: 0, role: .normal)
        before.setRole(.focusedCell, in: Rect(row: 0, column: 1, rows: 1, columns: 1))
        var after = before
        after.setRole(.normal, in: Rect(row: 0, column: 1, rows: 1, columns: 1))
        after.setRole(.focusedCell, in: Rect(row: 0, column: 2, rows: 1, columns: 1))
        #expect(Self.runs(before, after) == [
            DrawRun(row: 0, column: 1, text: "b", columns: 1, role: .normal),
            DrawRun(row: 0, column: 2, text: "c", columns: 1, role: .focusedCell),
        ])
    }

    /// A wide character is sent whole (its continuation cell is not sent on its own), and a
    /// change of only its second half still redraws it.
    @Test func wideCharactersAreDrawnWhole() {
        var before = Buffer(size: Size(rows: 1, columns: 6))
        before.write("a漢b", row: 0, column: 0, role: .normal)
        #expect(Self.runs(nil, before) == [DrawRun(row: 0, column: 0, text: "a漢b  ", columns: 6, role: .normal)])
        var after = before
        after[0, 2] = Cell(character: " ", width: 0, role: .normal)  // same; then change the role only
        after[0, 2].role = .accent
        #expect(Self.runs(before, after) == [DrawRun(row: 0, column: 1, text: "漢", columns: 2, role: .normal)])
    }

    /// Decomposed Vietnamese keeps its marks in the cell of its letter.
    @Test func combiningMarksStayWithTheirLetter() {
        var buffer = Buffer(size: Size(rows: 1, columns: 4))
        buffer.write("Vi\u{0303}nh", row: 0, column: 0, role: .normal)
        let runs = Self.runs(nil, buffer)
        #expect(runs.count == 1)
        #expect(runs.first?.text.unicodeScalars.count == 5)
        #expect(runs.first?.columns == 4)
    }

    @Test func aDifferentSizeRedrawsEverything() {
        let small = Buffer(size: Size(rows: 1, columns: 3))
        let large = Buffer(size: Size(rows: 1, columns: 4))
        #expect(Self.runs(small, large) == [DrawRun(row: 0, column: 0, text: "    ", columns: 4, role: .normal)])
    }

    /// A frame larger than the screen is cut at its edge; a wide character that no longer fits
    /// becomes a blank rather than wrapping.
    @Test func clippedToTheScreen() {
        var buffer = Buffer(size: Size(rows: 3, columns: 4))
        buffer.write("ab漢", row: 0, column: 0, role: .normal)
        #expect(Self.runs(nil, buffer, visible: Size(rows: 1, columns: 3)) == [
            DrawRun(row: 0, column: 0, text: "ab ", columns: 3, role: .normal),
        ])
    }

    /// Glyphs always take the columns the buffer gave them, or the rest of the run would shift.
    @Test(arguments: [
        (Cell(character: "a"), 1, "a"),
        (Cell(character: "漢", width: 2), 2, "漢"),
        (Cell(character: "x", width: 2), 2, "x "),              // buffer says wide, glibc narrow
        (Cell(character: "😀", width: 1), 1, "\u{FFFD}"),        // buffer says narrow, glibc wide
        (Cell(character: "\u{1B}"), 1, "\u{FFFD}"),              // never send a control character
        (Cell(character: "\u{0303}"), 1, "\u{FFFD}"),            // a lone mark would join the cell before
        (Cell(character: " ", width: 0), 1, " "),                // a continuation with no head
        (Cell(character: "漢", width: 2), 1, " "),               // cut at the edge
    ])
    func glyphWidthsMatchTheBuffer(cell: Cell, span: Int, expected: String) {
        #expect(FrameDiff.glyph(cell, span: span, width: Self.width) == expected)
    }
}
