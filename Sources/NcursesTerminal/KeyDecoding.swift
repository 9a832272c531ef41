import CNcurses
import TerminalUI

/// Turns what `get_wch` returns into a `Key`. Pure, so every mapping is tested without a
/// terminal; nil means "no key the application knows", and the backend reads on.
enum KeyDecoding {
    /// A character from `get_wch` (it returned OK). The terminal is in raw mode, so control
    /// bytes arrive as themselves: Ctrl-C is `.control("c")`, never a signal.
    static func decode(wideChar value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        // raw() keeps ncurses' nl() translation, so Enter usually arrives as "\n"; "\r" too
        // when the terminal sends CR and translation is off.
        case 10, 13: return .enter
        case 27: return .escape
        // Terminals disagree on what Backspace sends: DEL (xterm, tmux) or Ctrl-H (some
        // Windows terminals); when it matches terminfo's kbs, ncurses turns it into KEY_BACKSPACE.
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        // NUL (Ctrl-Space), Ctrl-\ ... Ctrl-_, and C1 controls have no meaning here.
        case 0, 28...31, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }  // a lone surrogate
            return .character(Character(scalar))
        }
    }

    /// A key code from `get_wch` (it returned KEY_CODE_YES). `extended` holds the codes
    /// ncurses assigned at start-up to the terminal's extended keys (Ctrl-Home, ...), which
    /// differ from terminal to terminal.
    static func decode(keyCode code: Int32, extended: [Int32: Key] = [:]) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        // Keypad corners (A1, C1), xterm's shifted Home/End (kHOM, kEND), and the
        // "Find"/"Select" that vt220-style terminfo entries give the Home/End keys.
        case KEY_HOME, KEY_A1, KEY_SHOME, KEY_FIND: return .home
        case KEY_END, KEY_C1, KEY_SEND, KEY_SELECT: return .end
        case KEY_BTAB: return .backTab
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case cn_key_f(1)...cn_key_f(12): return .function(Int(code - cn_key_f(0)))
        default: return extended[code]
        }
    }

    /// xterm-style modified Home/End ("kHOM5" is Ctrl-Home). `Key` has no modifiers, so they
    /// mean plain Home/End rather than nothing.
    static let extendedKeyNames: [(name: String, key: Key)] =
        (3...8).flatMap { modifier in [("kHOM\(modifier)", Key.home), ("kEND\(modifier)", Key.end)] }

    /// The VT100 numeric keypad in application mode ("ESC O p" is 0). smkx switches the keypad
    /// to that mode, but tmux-256color and screen describe none of its keys, so through tmux
    /// every keypad digit and keypad Enter arrived as Esc, "O", a letter. The backend teaches
    /// ncurses the sequences its terminfo left out: digits as characters, Enter as KEY_ENTER.
    static let keypadSequences: [(sequence: String, code: Int32)] =
        [("\u{1B}OM", KEY_ENTER)] + Array(zip("pqrstuvwxynlkmjoX", "0123456789.,+-*/=")).map { letter, result in
            ("\u{1B}O\(letter)", Int32(result.asciiValue!))
        }
}
