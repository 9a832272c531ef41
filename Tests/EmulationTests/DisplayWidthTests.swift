import Foundation
import Testing
import TestSupport
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

    /// Latin and Vietnamese text is measured scalar by scalar, without breaking it into grapheme
    /// clusters (a frame measures every string it shows): on any mix of letters, combining
    /// marks, wide characters, emoji sequences and controls it must give what measuring each
    /// cluster gives.
    @Test func measuringByScalarsGivesWhatMeasuringByClustersGives() {
        let pieces = ["a", "Z", " ", "Đ", "ệ", "ữ", "\u{301}", "\u{323}", "\u{309}", "\r", "\n", "\r\n", "\u{1B}", "\u{85}", "\u{7F}",
                      "中", "한", "😀", "\u{200D}", "\u{FE0F}", "👩\u{200D}💻", "ñ", "ʼ", "\u{2E9}", "…", "Σ"]
        for text in RandomMixes.texts(of: pieces, seed: 2026) {
            let byClusters = text.reduce(0) { $0 + DisplayWidth.of($1) }
            #expect(DisplayWidth.of(text) == byClusters, "\(RandomMixes.scalars(text))")
        }
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        let hostile = "Xã \u{1B}]52;c;ZXZpbA==\u{07}A\u{9B}2J"
        let shown = DisplayWidth.sanitized(hostile)
        #expect(!shown.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(shown.contains("\u{FFFD}]52;c;ZXZpbA=="))
    }
}
