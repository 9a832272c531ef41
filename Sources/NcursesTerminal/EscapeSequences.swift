import CNcurses
import TerminalUI

/// Every escape sequence the terminals clerks use send for the keys thidua knows, whatever
/// TERM claims. Terminfo describes one terminal; the client is often another (PuTTY says
/// TERM=xterm but sends `ESC [1~` for Home, which xterm's entry lacks, and ncurses then
/// returned ESC, "[", "1", "~" as four keys). The backend teaches ncurses every sequence its
/// terminfo left out, and the parser decodes the ones that still get through.
///
/// Sources: `infocmp -1` of Debian 12's entries (ncurses 6.4: putty, xterm, xterm-r6,
/// xterm-vt220, rxvt, rxvt-unicode, vte, ms-terminal, linux, screen, tmux), PuTTY's manual
/// (4.4.3 Home and End, 4.4.4 function keys), and Win32-OpenSSH's tncon.c for Windows' own
/// console.
enum EscapeSequences {
    /// Sequence and the ncurses code `define_key` binds it to (a `KEY_*` code, or a character
    /// for the keypad's digits), so the parser and ncurses agree on what each one means.
    static let known: [(sequence: String, code: Int32)] =
        arrows + homeAndEnd + editing + functionKeys + [("\u{1B}[Z", KEY_BTAB)] + KeyDecoding.keypadSequences

    /// `ESC [ A` in normal cursor mode, `ESC O A` once smkx asks for application mode (xterm,
    /// VTE, PuTTY, Windows Terminal, screen, tmux); rxvt and the Linux console send `ESC [ A`
    /// in both modes.
    static let arrows: [(sequence: String, code: Int32)] =
        zip("ABCD", [KEY_UP, KEY_DOWN, KEY_RIGHT, KEY_LEFT]).flatMap { letter, code in
            [("\u{1B}[\(letter)", code), ("\u{1B}O\(letter)", code)]
        }

    static let homeAndEnd: [(sequence: String, code: Int32)] = [
        // VT220 Find/Select: PuTTY's default, the Linux console, screen, tmux, Windows'
        // OpenSSH on its own console (tncon.c: VK_HOME → FIND_KEY), xterm-r6, VTE's kfnd/kslt.
        ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END),
        // rxvt and urxvt.
        ("\u{1B}[7~", KEY_HOME), ("\u{1B}[8~", KEY_END),
        // xterm, VTE, Windows Terminal in normal cursor mode; PuTTY's "rxvt" Home.
        ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END),
        // The same in application cursor mode (xterm's khome/kend).
        ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END),
    ]

    /// Insert, Delete, PgUp, PgDn: the VT220 numbers, the same on every terminal listed.
    static let editing: [(sequence: String, code: Int32)] = [
        ("\u{1B}[2~", KEY_IC), ("\u{1B}[3~", KEY_DC), ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE),
    ]

    /// VT220 numbering skips 16 and 22, so F6 is 17 and F11 is 23.
    static let vt220FunctionNumbers = [11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24]

    static let functionKeys: [(sequence: String, code: Int32)] =
        // F1–F12 as `ESC [ n ~`: PuTTY's default, rxvt, urxvt, xterm-r6; F5–F12 everywhere.
        vt220FunctionNumbers.enumerated().map { index, number in ("\u{1B}[\(number)~", cn_key_f(Int32(index + 1))) }
        // F1–F4 as the VT100 PF keys: xterm, VTE, Windows Terminal, screen, tmux, PuTTY's "Xterm R6".
        + zip("PQRS", 1...4).map { letter, number in ("\u{1B}O\(letter)", cn_key_f(Int32(number))) }
        // F1–F5 on the Linux console and in PuTTY's "Linux" mode.
        + zip("ABCDE", 1...5).map { letter, number in ("\u{1B}[[\(letter)", cn_key_f(Int32(number))) }

    /// What a sequence means: a known one decodes as its ncurses code would; Home and End with
    /// modifiers mean plain Home and End (as `kHOM5` does); anything else is nil, to be
    /// swallowed. `sequence` is whole, ESC included.
    static func key(for sequence: [UInt32]) -> Key? {
        if let code = table[sequence] {
            return code >= KEY_MIN ? KeyDecoding.decode(keyCode: code) : KeyDecoding.decode(wideChar: UInt32(code))
        }
        return modifiedHomeOrEnd(sequence)
    }

    private static let table: [[UInt32]: Int32] = Dictionary(
        known.map { (Array($0.sequence.unicodeScalars.map(\.value)), $0.code) }, uniquingKeysWith: { first, _ in first })

    /// xterm's `ESC [1;5H`, `ESC [1;2F`, `ESC O5H`; VT220-style `ESC [1;5~`, `ESC [4;2~` (PuTTY
    /// in xterm mode, tmux); rxvt's `ESC [7^` (Ctrl), `ESC [7$` (Shift), `ESC [7@` (both).
    private static func modifiedHomeOrEnd(_ sequence: [UInt32]) -> Key? {
        guard sequence.count >= 3, let final = sequence.last.flatMap(Unicode.Scalar.init).map(Character.init) else { return nil }
        let introducer = sequence[1]
        let parameters = String(String.UnicodeScalarView(sequence[2..<sequence.count - 1].compactMap(Unicode.Scalar.init)))
            .split(separator: ";", omittingEmptySubsequences: false)
        guard parameters.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        switch (introducer, final, parameters.count) {
        case (0x5B, "H", 2) where parameters[0] == "1", (0x4F, "H", 1): return .home
        case (0x5B, "F", 2) where parameters[0] == "1", (0x4F, "F", 1): return .end
        case (0x5B, "~", 2), (0x5B, "$", 1), (0x5B, "^", 1), (0x5B, "@", 1):
            switch parameters[0] {
            case "1", "7": return .home
            case "4", "8": return .end
            default: return nil
            }
        default: return nil
        }
    }
}
