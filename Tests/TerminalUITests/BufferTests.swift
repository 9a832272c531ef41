import Emulation
import Testing
import TestSupport
@testable import TerminalUI

/// What a frame is written with: text into cells, fast for Latin and Vietnamese, and a row
/// found unchanged without comparing characters.
@Suite struct BufferTests {
    /// Latin and precomposed Vietnamese text is written scalar by scalar (every frame writes
    /// every string it shows): on any mix of letters, combining marks, wide characters, emoji
    /// sequences and controls, at any column and limit, it must give the cells and the width
    /// that writing each grapheme cluster gives.
    @Test func writingByScalarsGivesWhatWritingByCharactersGives() {
        let pieces = ["a", "Z", " ", "7", ",", "Đ", "đ", "ệ", "Ữ", "ơ", "ư", "Ă", "é", "ñ", "ÿ", "\u{301}", "\u{323}", "\u{309}", "\u{1AB}",
                      "\r", "\n", "\r\n", "\u{1B}", "\u{85}", "\u{7F}", "\u{AD}", "中", "😀", "\u{200D}", "\u{FE0F}", "👩\u{200D}💻",
                      "ʼ", "\u{2E9}", "…", "Σ", "\u{24F}", "\u{250}", "\u{1EF9}", "\u{1EFA}"]
        for (index, text) in RandomMixes.texts(of: pieces, seed: 1201).enumerated() {
            let column = index % 7 - 2
            let limit = index % 5 == 0 ? nil : index % 13
            var byScalars = Buffer(size: Size(rows: 1, columns: 24))
            let written = byScalars.write(text, row: 0, column: column, role: .accent, limit: limit)
            var byCharacters = Buffer(size: Size(rows: 1, columns: 24))
            let end = min(24, column + (limit ?? 24))
            let expected = byCharacters.writeCharacters(DisplayWidth.sanitized(text), row: 0, column: column, end: end, role: .accent)
            #expect(written == expected && byScalars == byCharacters, "\(RandomMixes.scalars(text)) at \(column), limit \(String(describing: limit))")
        }
    }

    /// The fast check holds only for rows written alike, and never across a change: each row of
    /// a frame is compared with its own row, to its last cell.
    @Test func aRowIsBitwiseEqualOnlyToTheSameCells() {
        let size = Size(rows: 4, columns: 10)
        func frame() -> Buffer {
            var buffer = Buffer(size: size)
            for row in 0..<size.rows { buffer.write("Hàng \(row) Đông", row: row, column: 0, role: row == 1 ? .selected : .normal) }
            return buffer
        }
        let previous = frame()
        // No padding in a cell: its bytes are its fields, so two cells written alike are the same bits.
        #expect(MemoryLayout<Cell>.size == MemoryLayout<Cell>.stride)
        for row in 0..<size.rows { #expect(frame().isBitwiseEqual(to: previous, row: row)) }
        for row in 0..<size.rows {
            for column in [0, size.columns - 1] {
                var next = frame()
                next[row, column].role = .focusedCell
                #expect(!next.isBitwiseEqual(to: previous, row: row), "row \(row), column \(column)")
                #expect((0..<size.rows).filter { !next.isBitwiseEqual(to: previous, row: $0) } == [row])
            }
        }
    }

    /// A cell is plain bits (every frame makes, copies, compares and frees thousands), and it
    /// still gives back the character written into it: any cluster of up to three scalars
    /// (a letter with two marks, a flag, a keycap) as it was, a longer one as U+FFFD.
    @Test func aCellIsPlainBitsAndKeepsItsCharacter() {
        #expect(_isPOD(Cell.self))
        let pieces = ["a", "Đ", "ệ", "e\u{302}\u{323}", "Vi\u{303}", "中", "😀", "🇻🇳", "1\u{FE0F}\u{20E3}", "👩\u{200D}💻", "\u{301}", "…"]
        for text in RandomMixes.texts(of: pieces, seed: 1202) {
            for character in text {
                let cell = Cell(character: character, width: 1, role: .accent)
                let expected: Character = character.unicodeScalars.count <= 3 ? character : "\u{FFFD}"
                #expect(cell.character == expected && cell.width == 1 && cell.role == .accent, "\(RandomMixes.scalars(String(character)))")
                #expect(cell.unicodeScalars == Array(expected.unicodeScalars))
                #expect(cell.singleScalar == (expected.unicodeScalars.count == 1 ? expected.unicodeScalars.first : nil))
            }
        }
    }

    /// Every cell of a table is written padded to its column: the fast measure of Latin and
    /// Vietnamese text must pad, align and clip as measuring grapheme clusters does.
    @Test func paddingByScalarsGivesWhatPaddingByCharactersGives() {
        let pieces = ["a", "7", ",", " ", "Đ", "ệ", "ơ", "\u{AD}", "\u{301}", "\u{1B}", "\u{85}", "中", "😀", "…", "Σ", "\u{1EF9}", "\u{250}"]
        for (index, text) in RandomMixes.texts(of: pieces, seed: 1203).enumerated() {
            let column = index % 9 - 2
            let width = index % 11
            let alignRight = index % 2 == 0
            let row = index % 4 - 1  // -1 and 2 are outside the buffer
            var fast = Buffer(size: Size(rows: 2, columns: 16))
            fast.writePadded(text, row: row, column: column, width: width, role: .accent, alignRight: alignRight)
            var general = Buffer(size: Size(rows: 2, columns: 16))
            if width > 0 { general.writePaddedCharacters(text, row: row, column: column, width: width, role: .accent, alignRight: alignRight) }
            #expect(fast == general, "\(RandomMixes.scalars(text)) at \(row):\(column), width \(width), right \(alignRight)")
        }
    }

    /// A fill is clipped to the buffer, whatever part of the rectangle lies outside it.
    @Test func aFillTouchesOnlyTheCellsOfItsRectangleInsideTheBuffer() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let rect = Rect(row: Int.random(in: -4...8, using: &generator), column: Int.random(in: -6...20, using: &generator),
                            rows: Int.random(in: 0...8, using: &generator), columns: Int.random(in: 0...24, using: &generator))
            var buffer = Buffer(size: Size(rows: 5, columns: 12))
            buffer.fill(rect, role: .accent)
            for row in 0..<5 {
                for column in 0..<12 {
                    let inside = row >= rect.row && row < rect.row + rect.rows && column >= rect.column && column < rect.column + rect.columns
                    #expect(buffer[row, column] == Cell(character: " ", role: inside ? .accent : .normal), "\(rect) at \(row):\(column)")
                }
            }
        }
    }
}
