import Foundation
import Testing
@testable import Emulation

@Suite struct DisplayWidthTests {
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
}
