import CNcurses
import Glibc
import TerminalUI

/// The terminal, taken over by ncurses: the only type in the project that calls ncurses.
///
/// Deliberately not `Sendable`: ncurses keeps global state (SP, stdscr, its input FIFO)
/// with no locking, so every call must come from one thread. Keeping the class
/// non-Sendable lets the compiler refuse to hand it to another isolation domain.
public final class NcursesBackend: TerminalBackend {
    public let colorDepth: ColorDepth
    let screen: OpaquePointer
    var stopped = false
    /// Whether `use_default_colors` worked, so colour -1 means "the terminal's own".
    let hasDefaultColors: Bool
    /// Codes ncurses gave this terminal's extended keys (Ctrl-Home, ...).
    let extendedKeys: [Int32: Key]
    /// What terminfo says a mouse report starts with (kmous), as scalars: ncurses reports
    /// KEY_MOUSE for it but, with the mouse never switched on, leaves the rest of the report unread.
    let mousePrefix: [UInt32]?
    /// Read from ncurses but not yet delivered: what followed an ESC without belonging to its
    /// sequence. Read before ncurses, so no key is lost or reordered.
    var pendingInput: [RawInput] = []
    /// Where input comes from, to tell a hang-up from a timeout.
    let inputDescriptor: Int32

    /// How each role is drawn, set by `apply`; missing roles are plain.
    var styles: [StyleRole: (attributes: attr_t, pair: Int16)] = [:]
    /// The frame on the terminal; nil forces the next draw to send every cell.
    var previous: Buffer?
    /// The sizes of the last frame and of the screen it was drawn on: a change of either is
    /// the only reason to erase.
    var drawnSize: (buffer: Size, screen: Size)?
    /// nil when unknown, so the next draw sets it.
    var cursorVisible: Bool?

    private init(screen: OpaquePointer, colorDepth: ColorDepth, hasDefaultColors: Bool, extendedKeys: [Int32: Key],
                 mousePrefix: [UInt32]?, inputDescriptor: Int32) {
        self.screen = screen
        self.colorDepth = colorDepth
        self.hasDefaultColors = hasDefaultColors
        self.extendedKeys = extendedKeys
        self.mousePrefix = mousePrefix
        self.inputDescriptor = inputDescriptor
    }

    deinit { stop() }

    /// Takes over the terminal. `escapeDelayMilliseconds` is how long ncurses waits after ESC
    /// for the rest of an escape sequence (its default is a whole second); `$ESCDELAY` wins.
    public static func start(escapeDelayMilliseconds: Int32 = 25) throws(NcursesTerminalError) -> NcursesBackend {
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
        guard let backend = start(term: term, output: cn_stdout(), input: cn_stdin(),
                                  escapeDelayMilliseconds: escapeDelayMilliseconds) else {
            throw .unsupportedTerminal(term)
        }
        return backend
    }

    /// Takes over the terminal `term` on the given streams: standard ones when run, a pty in
    /// tests. nil when terminfo does not know `term`.
    static func start(term: String, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
                      escapeDelayMilliseconds: Int32) -> NcursesBackend? {
        // newterm, unlike initscr, returns nil for an unknown TERM instead of exiting.
        guard let screen = newterm(term, output, input) else { return nil }
        if getenv("ESCDELAY") == nil {
            _ = set_escdelay(escapeDelayMilliseconds)
        }
        let window = cn_stdscr()
        _ = raw()
        _ = noecho()
        _ = keypad(window, true)
        // What this TERM's terminfo left out, so the terminal actually in use is understood
        // (PuTTY's Home under TERM=xterm); what terminfo defines, even differently, stays.
        for (sequence, code) in EscapeSequences.known where key_defined(sequence) == 0 {
            _ = define_key(sequence, code)
        }
        // The frame fills the whole screen: writing its bottom-right cell must not scroll it.
        _ = scrollok(window, false)
        _ = idlok(window, false)
        _ = curs_set(0)  // ERR on terminals that cannot hide the cursor; harmless.

        var depth = ColorDepth.monochrome
        var hasDefaultColors = false
        if has_colors() {
            _ = start_color()
            hasDefaultColors = use_default_colors() == OK
            depth = cn_colors() >= 256 ? .full : .eight
        }
        // ncurses (6.4) holds a new screen as "initial" until it has been suspended once, and
        // in that state flushes its output at every cursor move: a frame went out as one write
        // per place changed (five for an arrow key, dozens for a first frame), each a packet of
        // its own over SSH. Suspended and resumed once, before anything is drawn, it sends each
        // frame in one write, as it does after Ctrl-Z.
        _ = endwin()
        _ = doupdate()
        var extendedKeys: [Int32: Key] = [:]
        for (name, key) in KeyDecoding.extendedKeyNames {
            let code = cn_key_code_for(name)
            if code > 0 { extendedKeys[code] = key }
        }
        let mousePrefix = cn_string_capability("kmous").map { String(cString: $0).unicodeScalars.map(\.value) }
        return NcursesBackend(screen: screen, colorDepth: depth, hasDefaultColors: hasDefaultColors,
                              extendedKeys: extendedKeys, mousePrefix: mousePrefix, inputDescriptor: fileno(input))
    }

    public var size: Size {
        guard !stopped else { return Size(rows: 0, columns: 0) }
        return Size(rows: Int(cn_rows()), columns: Int(cn_cols()))
    }

    /// Gives the terminal back as it was. Safe to call more than once.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        _ = endwin()
        delscreen(screen)  // every later call is guarded by `stopped`: stdscr now dangles
    }

    /// Ctrl-Z. Raw mode turns it into a key, so the process stops itself, the way a shell
    /// expects, and comes back here when continued (`fg`).
    public func suspend() {
        guard !stopped else { return }
        _ = endwin()
        // ncurses installs its own SIGTSTP handler, which would call endwin and refresh
        // from inside a signal handler; the default action simply stops the process.
        var stopAction = sigaction()  // zeroed: SIG_DFL, no flags
        var saved = sigaction()
        sigemptyset(&stopAction.sa_mask)
        _ = sigaction(SIGTSTP, &stopAction, &saved)
        _ = kill(getpid(), SIGTSTP)  // returns once continued (at once in an orphaned group)
        _ = sigaction(SIGTSTP, &saved, nil)

        // The shell has written over the screen: repaint it all now, and resend every cell
        // on the next draw.
        _ = clearok(cn_curscr(), true)
        _ = doupdate()  // also puts the terminal back in raw, keypad mode
        previous = nil
        cursorVisible = nil
    }
}

@available(*, unavailable, message: "ncurses must be used from one thread")
extension NcursesBackend: Sendable {}

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
