import CNcurses
import Glibc

/// The terminal, taken over by ncurses. The only type in the project that calls ncurses.
///
/// Deliberately not `Sendable`: ncurses keeps global state (SP, stdscr, its input FIFO)
/// with no locking, so every call must come from one thread. Keeping the class
/// non-Sendable lets the compiler refuse to hand it to another isolation domain.
public final class NcursesScreen {
    /// 0 (no colour), 8 or 256.
    public let colorCount: Int
    private let screen: OpaquePointer
    private var stopped = false
    private var blocking = true

    private init(screen: OpaquePointer, colorCount: Int) {
        self.screen = screen
        self.colorCount = colorCount
    }

    deinit { stop() }

    /// Takes over the terminal. `escDelayMs` is how long ncurses waits after ESC for the rest
    /// of an escape sequence (its default is a whole second); `$ESCDELAY` wins when set.
    public static func start(escDelayMs: Int32 = 25) throws(NcursesTerminalError) -> NcursesScreen {
        useUTF8Locale()
        // Exported LINES/COLUMNS freeze the size ncurses reports and stop KEY_RESIZE.
        unsetenv("LINES")
        unsetenv("COLUMNS")

        // TERM first: it is decided by the environment alone, so it is checked the same way
        // whether or not a terminal is attached.
        let term = getenv("TERM").map { String(cString: $0) }
        guard let term, !term.isEmpty, term != "dumb" else {
            throw .unsupportedTerminal(term)
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw .notATerminal
        }

        HangUpSignal.install()
        // newterm, unlike initscr, returns nil for an unknown TERM instead of exiting.
        guard let screen = newterm(nil, cn_stdout(), cn_stdin()) else {
            throw .unsupportedTerminal(term)
        }
        if getenv("ESCDELAY") == nil {
            _ = set_escdelay(escDelayMs)
        }
        let window = cn_stdscr()
        _ = raw()
        _ = noecho()
        _ = keypad(window, true)
        _ = curs_set(0)  // ERR on terminals that cannot hide the cursor; harmless.

        var colors = 0
        if has_colors() {
            _ = start_color()
            _ = use_default_colors()  // lets colour -1 mean "the terminal's own background"
            colors = cn_colors() >= 256 ? 256 : 8
        }
        return NcursesScreen(screen: screen, colorCount: colors)
    }

    /// Gives the terminal back as it was. Safe to call more than once.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        _ = endwin()
        delscreen(screen)  // every later call is guarded by `stopped`: stdscr now dangles
    }

    public var size: (rows: Int, columns: Int) {
        guard !stopped else { return (0, 0) }
        return (Int(cn_rows()), Int(cn_cols()))
    }

    /// True once SIGHUP or SIGTERM arrived.
    public var hangUpRequested: Bool { HangUpSignal.requested }

    /// Draws `text` starting at a cell; ncurses gives wide characters two cells and puts
    /// combining marks on the previous cell. Text past the right edge is cut off.
    public func put(row: Int, column: Int, text: String, bold: Bool) {
        let (rows, columns) = size
        guard row >= 0, row < rows, column >= 0, column < columns else { return }
        // wchar_t is UTF-32 on Linux, so each scalar is one wchar_t.
        var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        let window = cn_stdscr()
        _ = wattrset(window, Int32(bitPattern: bold ? CN_A_BOLD : CN_A_NORMAL))
        _ = mvwaddwstr(window, Int32(row), Int32(column), wide)
        _ = wattrset(window, Int32(bitPattern: CN_A_NORMAL))
    }

    public func refresh() {
        guard !stopped else { return }
        _ = wrefresh(cn_stdscr())
    }

    /// Makes `readKey` give up after `milliseconds` (returning `.none`); negative blocks.
    public func setReadTimeout(milliseconds: Int32) {
        guard !stopped else { return }
        blocking = milliseconds < 0
        wtimeout(cn_stdscr(), milliseconds)
    }

    /// Waits for one key (or the timeout set with `setReadTimeout`).
    public func readKey() -> RawKey {
        guard !stopped, !hangUpRequested else { return .hangUp }
        var code: wint_t = 0
        errno = 0
        let result = wget_wch(cn_stdscr(), &code)
        if result == ERR {
            // Blocking reads only fail when the terminal is gone (EIO) or a signal
            // interrupted them; a timed read fails on every timeout, so ask the fd.
            if blocking || errno == EIO || hangUpRequested || inputHungUp() { return .hangUp }
            return .none
        }
        if result == CN_KEY_CODE_YES {
            return Int32(code) == KEY_RESIZE ? .resize : .functionKey(Int32(code))
        }
        guard let scalar = Unicode.Scalar(UInt32(code)) else { return .none }
        return .character(Character(scalar))
    }

    /// A closed pty reports POLLHUP; a plain timeout does not.
    private func inputHungUp() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }
}

@available(*, unavailable, message: "ncurses must be used from one thread")
extension NcursesScreen: Sendable {}

/// Vietnamese needs a UTF-8 LC_CTYPE, or ncurses prints escapes and wcwidth returns -1.
/// The user's locale is kept when it is UTF-8; otherwise (it does not exist on this machine,
/// or it is plain "C"/"POSIX") only the character type falls back to C.UTF-8.
private func useUTF8Locale() {
    let applied = setlocale(LC_ALL, "") != nil
    let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
    if !applied || codeset != "UTF-8" {
        _ = setlocale(LC_CTYPE, "C.UTF-8")
    }
}
