import Testing
@testable import thidua

/// What the commands print is checked for control characters byte by byte: it must find exactly
/// the texts that hold a scalar it replaces, whatever else they hold.
@Suite struct TerminalSafeTests {
    @Test func theByteScanFindsWhatTheScalarsHold() {
        var generator = SystemRandomNumberGenerator()
        // Controls of every kind, their neighbours (U+00A0, U+0100, U+0780 end in bytes 80…9F),
        // Vietnamese, a combining mark, CJK, emoji, and what stays (tab, line breaks).
        let scalars: [Unicode.Scalar] = ["\u{0}", "\u{1B}", "\u{7}", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{9B}", "\u{9F}", "\u{A0}",
                                         "\u{100}", "\u{780}", "\u{2028}", "\t", "\n", "\r", " ", "a", "q", "ậ", "Đ", "\u{301}", "漢",
                                         "😀", "\u{10FFFF}"]
        let texts = (0..<20_000).map { _ in
            String(String.UnicodeScalarView((0..<Int.random(in: 0...8, using: &generator)).map { _ in scalars.randomElement(using: &generator)! }))
        }
        for text in texts + ["Chậm báo cáo quý III", "Xã \u{1B}]2;pwned\u{7}Độc", "\u{C2}"] {
            #expect(TerminalSafe.holdsReplaced(text) == text.unicodeScalars.contains(where: TerminalSafe.replaced), "\(text.unicodeScalars.map(\.value))")
        }
    }
}
