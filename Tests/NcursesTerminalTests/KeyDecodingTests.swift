import CNcurses
import Testing
import TerminalUI
@testable import NcursesTerminal

struct KeyDecodingTests {
    static let characters: [(UInt32, Key?)] = [
        (9, .tab), (10, .enter), (13, .enter), (27, .escape), (127, .backspace), (8, .backspace),
        (1, .control("a")), (3, .control("c")), (18, .control("r")), (26, .control("z")),
        (0, nil), (28, nil), (31, nil), (0x85, nil), (0xD800, nil),
        (32, .character(" ")), (65, .character("A")), (0x7E, .character("~")),
        (0x0129, .character("ĩ")), (0x1EA3, .character("ả")), (0x0110, .character("Đ")),
        (0x6F22, .character("漢")), (0x1F600, .character("😀")),
        // A combining mark typed on its own (NFD input) arrives as a character of its own.
        (0x0303, .character("\u{0303}")),
    ]

    @Test(arguments: characters)
    func wideCharacter(value: UInt32, expected: Key?) {
        #expect(KeyDecoding.decode(wideChar: value) == expected)
    }

    /// Control bytes 1...26 are Ctrl-letter except those with names of their own.
    @Test func everyControlLetter() {
        let named: Set<UInt32> = [8, 9, 10, 13]
        for value in UInt32(1)...26 where !named.contains(value) {
            let letter = Character(Unicode.Scalar(UInt8(0x60 + value)))
            #expect(KeyDecoding.decode(wideChar: value) == .control(letter))
        }
    }

    static let keyCodes: [(Int32, Key?)] = [
        (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
        (KEY_HOME, .home), (KEY_A1, .home), (KEY_SHOME, .home), (KEY_FIND, .home),
        (KEY_END, .end), (KEY_C1, .end), (KEY_SEND, .end), (KEY_SELECT, .end),
        (KEY_BTAB, .backTab), (KEY_DC, .delete), (KEY_IC, .insert),
        (KEY_BACKSPACE, .backspace), (KEY_ENTER, .enter),
        (cn_key_f(0), nil), (cn_key_f(13), nil), (KEY_MOUSE, nil), (KEY_B2, nil),
    ] + (1...12).map { (cn_key_f(Int32($0)), Key.function($0)) }

    @Test(arguments: keyCodes)
    func keyCode(code: Int32, expected: Key?) {
        #expect(KeyDecoding.decode(keyCode: code) == expected)
    }

    /// Codes ncurses assigns at run time to extended keys (Ctrl-Home) come from the table.
    @Test func extendedKeyCodes() {
        let assigned: Int32 = KEY_MAX + 7
        #expect(KeyDecoding.decode(keyCode: assigned) == nil)
        #expect(KeyDecoding.decode(keyCode: assigned, extended: [assigned: .home]) == .home)
        #expect(KeyDecoding.extendedKeyNames.contains { $0.name == "kHOM5" && $0.key == .home })
        #expect(KeyDecoding.extendedKeyNames.contains { $0.name == "kEND5" && $0.key == .end })
    }
}

/// The VT100 application keypad, taught to ncurses where terminfo (tmux-256color) leaves it out.
struct KeypadSequenceTests {
    static let expected: [(String, Int32)] = [
        ("\u{1B}OM", KEY_ENTER), ("\u{1B}Op", 0x30), ("\u{1B}Oy", 0x39), ("\u{1B}On", 0x2E), ("\u{1B}Ol", 0x2C),
        ("\u{1B}Ok", 0x2B), ("\u{1B}Om", 0x2D), ("\u{1B}Oj", 0x2A), ("\u{1B}Oo", 0x2F), ("\u{1B}OX", 0x3D),
    ]

    @Test(arguments: expected)
    func sequence(sequence: String, code: Int32) {
        #expect(KeyDecoding.keypadSequences.first { $0.sequence == sequence }?.code == code)
    }

    /// What they turn into decodes as the key printed on the keypad.
    @Test func decodedAsKeys() {
        #expect(KeyDecoding.keypadSequences.count == 18)
        #expect(KeyDecoding.decode(keyCode: KEY_ENTER) == .enter)
        #expect(KeyDecoding.decode(wideChar: 0x35) == .character("5"))
    }
}
