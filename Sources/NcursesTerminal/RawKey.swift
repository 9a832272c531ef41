import CNcurses

/// One key as ncurses reports it, before the UI gives it a meaning.
public enum RawKey: Equatable, Sendable {
    /// A Unicode character, including control characters (Enter is "\n", because ncurses keeps `nl()` on; Esc is "\u{1B}"; Ctrl-C is "\u{03}").
    case character(Character)
    /// An ncurses key code (`KEY_UP`, `KEY_F(1)` = `cn_key_f(1)`, `KEY_BACKSPACE`, ...), not an F-key number.
    case functionKey(Int32)
    /// The terminal changed size; read `NcursesScreen.size` again.
    case resize
    /// The terminal went away or SIGHUP/SIGTERM arrived: restore and leave.
    case hangUp
    /// No key within the read timeout (only after `setReadTimeout`).
    case none
}
