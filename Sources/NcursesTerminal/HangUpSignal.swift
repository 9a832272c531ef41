import Glibc

// Written by the signal handler, read by the one UI thread. A Swift global is the only
// place a capture-less @convention(c) handler can reach. It is not in shim.h on purpose:
// a `static` C variable in a header gets one copy per Swift object file, so the handler and
// the reader could see different copies.
// - The literal initializer is emitted as static data (checked with objdump: no swift_once,
//   debug or release), so the handler never runs lazy global initialization.
// - `@exclusivity(unchecked)`: otherwise every access calls swift_beginAccess, and a signal
//   landing while `requested` is reading would make the handler's write a "simultaneous
//   access" and crash the process; the runtime's access tracking is not signal-safe anyway.
// - `nonisolated(unsafe)`: a signal handler cannot take a lock; storing a sig_atomic_t is
//   the one thing POSIX lets it do.
@exclusivity(unchecked) nonisolated(unsafe) private var hangUpFlag: sig_atomic_t = 0

enum HangUpSignal {
    /// SIGHUP/SIGTERM only set the flag. No SA_RESTART, so a blocking `get_wch` returns
    /// ERR (EINTR) and the run loop sees the hang-up instead of waiting for a key forever.
    /// Installed before `newterm`: ncurses only adds its own SIGTERM handler (which exits
    /// the process) where the disposition is still the default.
    static func install() {
        hangUpFlag = 0
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in hangUpFlag = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        _ = sigaction(SIGHUP, &action, nil)
        _ = sigaction(SIGTERM, &action, nil)
    }

    static var requested: Bool { hangUpFlag != 0 }
}
