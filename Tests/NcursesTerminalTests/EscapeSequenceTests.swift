import CNcurses
import Testing
import TerminalUI
@testable import NcursesTerminal

/// What each terminal sends, from its terminfo entry (`infocmp -1`, Debian 12, ncurses 6.4)
/// or its documentation, decoded by the parser whatever TERM says.
enum TerminalSequences {
    static let esc = "\u{1B}"
    static let vt220FunctionKeys = zip([11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24], 1...12).map { ("\(esc)[\($0)~", Key.function($1)) }
    static let pfKeys = zip("PQRS", 1...4).map { ("\(esc)O\($0)", Key.function($1)) }
    static let fiveToTwelve = Array(vt220FunctionKeys.dropFirst(4))
    static let editing = [("\(esc)[2~", Key.insert), ("\(esc)[3~", .delete), ("\(esc)[5~", .pageUp), ("\(esc)[6~", .pageDown)]
    /// Normal cursor mode and application mode (after smkx).
    static let arrows = zip("ABCD", [Key.up, .down, .right, .left]).flatMap { [("\(esc)[\($0)", $1), ("\(esc)O\($0)", $1)] }
    static let vt220HomeEnd = [("\(esc)[1~", Key.home), ("\(esc)[4~", .end)]
    static let xtermHomeEnd = [("\(esc)[H", Key.home), ("\(esc)[F", .end), ("\(esc)OH", .home), ("\(esc)OF", .end)]
    static let backTab = [("\(esc)[Z", Key.backTab)]

    static let byTerminal: [(terminal: String, sequences: [(String, Key)])] = [
        // putty: khome=\E[1~ kend=\E[4~ kf1=\E[11~ … kf12=\E[24~, kcuu1=\EOA; normal mode \E[A.
        ("PuTTY (default)", vt220HomeEnd + vt220FunctionKeys + editing + arrows + backTab),
        // PuTTY manual 4.4.4: "Xterm R6" sends F1–F4 as ESC OP … ESC OS, the rest as default.
        ("PuTTY (Xterm R6)", vt220HomeEnd + pfKeys + fiveToTwelve + editing + arrows + backTab),
        // ms-terminal: khome=\EOH kend=\EOF kf1=\EOP; \E[H \E[F in normal mode. Windows' OpenSSH
        // on its own console (tncon.c) sends Home/End as VT220 Find/Select.
        ("Windows Terminal / OpenSSH", xtermHomeEnd + vt220HomeEnd + pfKeys + fiveToTwelve + editing + arrows + backTab),
        // xterm: khome=\EOH kend=\EOF kf1=\EOP kf5=\E[15~; xterm-r6: kf1=\E[11~ kfnd=\E[1~ kslt=\E[4~.
        ("xterm", xtermHomeEnd + vt220HomeEnd + pfKeys + vt220FunctionKeys + editing + arrows + backTab),
        // rxvt, rxvt-unicode: khome=\E[7~ kend=\E[8~ kf1=\E[11~ kcuu1=\E[A.
        ("rxvt / urxvt", [("\(esc)[7~", .home), ("\(esc)[8~", .end)] + vt220FunctionKeys + editing + arrows + backTab),
        // vte: khome=\EOH kend=\EOF kfnd=\E[1~ kslt=\E[4~ kf1=\EOP.
        ("VTE (GNOME Terminal)", xtermHomeEnd + vt220HomeEnd + pfKeys + fiveToTwelve + editing + arrows + backTab),
        // linux: khome=\E[1~ kend=\E[4~ kf1=\E[[A … kf5=\E[[E kf6=\E[17~ kcuu1=\E[A.
        ("Linux console", vt220HomeEnd + zip("ABCDE", 1...5).map { ("\(esc)[[\($0)", Key.function($1)) }
            + Array(vt220FunctionKeys.dropFirst(5)) + editing + zip("ABCD", [Key.up, .down, .right, .left]).map { ("\(esc)[\($0)", $1) }),
        // screen: khome=\E[1~ kend=\E[4~ kf1=\EOP kf5=\E[15~ kcuu1=\EOA.
        ("screen", vt220HomeEnd + pfKeys + fiveToTwelve + editing + arrows + backTab),
        // tmux 3.3a, as it writes to the pane: Home \E[1~, End \E[4~, F1 \EOP, F5 \E[15~, Up \E[A.
        ("tmux", vt220HomeEnd + pfKeys + fiveToTwelve + editing + arrows + backTab),
    ]

    static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
}

struct EscapeSequenceParserTests {
    @Test(arguments: TerminalSequences.byTerminal.map(\.terminal))
    func everyKeyOfTheTerminalDecodes(terminal: String) {
        let sequences = TerminalSequences.byTerminal.first { $0.terminal == terminal }!.sequences
        for (sequence, key) in sequences {
            // Followed by a "q" typed at once: the sequence ends where it should.
            let input = TerminalSequences.scalars(sequence + "q")
            let parsed = EscapeSequenceParser.parse(input, atEnd: false)
            #expect(parsed == .init(key: key, length: input.count - 1), "\(terminal): \(sequence.debugDescription)")
        }
    }

    /// Every sequence the backend teaches ncurses decodes the same way through the parser.
    @Test func theTableAndTheParserAgree() {
        for (sequence, code) in EscapeSequences.known {
            let expected = code >= KEY_MIN ? KeyDecoding.decode(keyCode: code) : KeyDecoding.decode(wideChar: UInt32(code))
            #expect(expected != nil)
            #expect(EscapeSequenceParser.parse(TerminalSequences.scalars(sequence), atEnd: false)?.key == expected, "\(sequence.debugDescription)")
        }
    }

    static let unknown: [String] = [
        "\u{1B}[200~", "\u{1B}[201~",                 // bracketed paste
        "\u{1B}[1;5P", "\u{1B}[15;2~", "\u{1B}[3;5~",  // Ctrl-F1, Shift-F5, Ctrl-Delete
        "\u{1B}[1;5A", "\u{1B}[a", "\u{1B}Oa",         // Ctrl-Up (xterm), Shift-Up and Ctrl-Up (rxvt)
        "\u{1B}[<0;10;5M", "\u{1B}[<0;10;5m",          // SGR mouse press and release
        "\u{1B}[M !!", "\u{1B}[M\u{FF}\u{1FF}\u{2FF}", // X10 mouse, its bytes anything
        "\u{1B}[I", "\u{1B}[O",                       // focus in and out
        "\u{1B}[?64;1;2c", "\u{1B}[12;40R",           // device attributes, cursor position replies
        "\u{1B}]11;rgb:0000/0000/0000\u{07}",         // OSC reply ended by BEL
        "\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\",       // … and by ST
        "\u{1B}P>|XTerm(390)\u{1B}\\",                // DCS reply
        "\u{1B}[16~", "\u{1B}[25~", "\u{1B}[[F", "\u{1B}OZ",
    ]

    @Test(arguments: unknown)
    func unknownSequencesAreSwallowedWhole(sequence: String) {
        let input = TerminalSequences.scalars(sequence + "q")
        #expect(EscapeSequenceParser.parse(input, atEnd: false) == .init(key: nil, length: input.count - 1))
        // Not yet complete: the parser asks for more rather than giving up part way.
        let cut = Array(input.dropLast(2))
        if cut.count > 1 { #expect(EscapeSequenceParser.parse(cut, atEnd: false) == nil, "\(sequence.debugDescription)") }
    }

    static let modifiedHomeAndEnd: [(String, Key)] = [
        ("\u{1B}[1;5H", .home), ("\u{1B}[1;2H", .home), ("\u{1B}[1;5F", .end), ("\u{1B}[1;8F", .end),  // xterm, VTE
        ("\u{1B}O5H", .home), ("\u{1B}O2F", .end),                                                       // old xterm
        ("\u{1B}[1;5~", .home), ("\u{1B}[4;2~", .end), ("\u{1B}[7;5~", .home), ("\u{1B}[8;3~", .end),   // VT220 style
        ("\u{1B}[7^", .home), ("\u{1B}[7$", .home), ("\u{1B}[7@", .home), ("\u{1B}[8^", .end), ("\u{1B}[8$", .end),  // rxvt
    ]

    /// As `kHOM5` already does: `Key` has no modifiers, so Ctrl-Home is Home.
    @Test(arguments: modifiedHomeAndEnd)
    func modifiedHomeAndEndMeanHomeAndEnd(sequence: String, key: Key) {
        let input = TerminalSequences.scalars(sequence + "q")
        #expect(EscapeSequenceParser.parse(input, atEnd: false) == .init(key: key, length: input.count - 1))
    }

    @Test func escapeOnItsOwnIsEscape() {
        #expect(EscapeSequenceParser.parse([0x1B], atEnd: true) == .init(key: .escape, length: 1))
        #expect(EscapeSequenceParser.parse([0x1B], atEnd: false) == nil)
        // Alt-x, or Esc typed just before x: Esc, then x as a key of its own.
        #expect(EscapeSequenceParser.parse(TerminalSequences.scalars("\u{1B}x"), atEnd: false) == .init(key: .escape, length: 1))
        #expect(EscapeSequenceParser.parse(TerminalSequences.scalars("\u{1B}3"), atEnd: false) == .init(key: .escape, length: 1))
        #expect(EscapeSequenceParser.parse(TerminalSequences.scalars("\u{1B}\u{1B}"), atEnd: true) == .init(key: .escape, length: 1))
        #expect(EscapeSequenceParser.parse(TerminalSequences.scalars("\u{1B}\u{1B}x"), atEnd: false) == .init(key: .escape, length: 1))
    }

    /// ESC before a sequence is Alt with that key (rxvt, PuTTY): the key.
    @Test func altWithAKeyIsTheKey() {
        #expect(EscapeSequenceParser.parse(TerminalSequences.scalars("\u{1B}\u{1B}[4~q"), atEnd: false) == .init(key: .end, length: 5))
        #expect(EscapeSequenceParser.parse(TerminalSequences.scalars("\u{1B}\u{1B}[200~q"), atEnd: false) == .init(key: nil, length: 7))
    }

    /// A sequence that stops part way (nothing more came in time) is dropped as far as it got;
    /// one broken by a byte outside its grammar is dropped up to that byte, which stays a key.
    @Test func cutSequencesAreDroppedNotTyped() {
        #expect(EscapeSequenceParser.parse(TerminalSequences.scalars("\u{1B}[1"), atEnd: false) == nil)
        #expect(EscapeSequenceParser.parse(TerminalSequences.scalars("\u{1B}[1"), atEnd: true) == .init(key: nil, length: 3))
        #expect(EscapeSequenceParser.parse(TerminalSequences.scalars("\u{1B}["), atEnd: true) == .init(key: nil, length: 2))
        #expect(EscapeSequenceParser.parse(TerminalSequences.scalars("\u{1B}O"), atEnd: true) == .init(key: nil, length: 2))
        #expect(EscapeSequenceParser.parse(TerminalSequences.scalars("\u{1B}[1\r"), atEnd: false) == .init(key: nil, length: 3))
        #expect(EscapeSequenceParser.parse(TerminalSequences.scalars("\u{1B}[1ả"), atEnd: false) == .init(key: nil, length: 3))
        #expect(EscapeSequenceParser.parse(TerminalSequences.scalars("\u{1B}[\u{1B}[A"), atEnd: false) == .init(key: nil, length: 2))
        #expect(EscapeSequenceParser.parse(TerminalSequences.scalars("\u{1B}]2;title\u{1B}[A"), atEnd: false) == .init(key: nil, length: 9))
        let endless = [0x1B, 0x5B] + Array(repeating: UInt32(0x31), count: EscapeSequenceParser.maximumLength)
        #expect(EscapeSequenceParser.parse(endless, atEnd: false) == .init(key: nil, length: endless.count))
    }
}
