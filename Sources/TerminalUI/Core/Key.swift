/// A key as the screens see it, whatever terminal it came from.
public enum Key: Hashable, Sendable {
    /// A printable character, including Vietnamese letters typed with an input method.
    case character(Character)
    /// Ctrl with a letter: `.control("r")` for Ctrl-R.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace, delete, insert
    /// F1–F12.
    case function(Int)
}

/// What the run loop feeds the application.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    case resize(Size)
    /// The terminal went away (SSH dropped, SIGHUP, SIGTERM): leave at once.
    case hangUp
}
