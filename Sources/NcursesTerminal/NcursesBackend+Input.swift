import CNcurses
import Glibc
import TerminalUI

extension NcursesBackend {
    public func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent? {
        let window = cn_stdscr()
        let blocking = timeoutMilliseconds < 0
        while true {
            guard !stopped, !HangUpSignal.requested else { return .hangUp }
            wtimeout(window, blocking ? -1 : timeoutMilliseconds)
            var code: wint_t = 0
            errno = 0
            let result = wget_wch(window, &code)
            if result == ERR {
                // The terminal is gone (EIO, or a closed pty seen by poll), or SIGHUP/SIGTERM
                // interrupted the read (their handlers have no SA_RESTART for that reason).
                if errno == EIO || HangUpSignal.requested || inputHungUp() { return .hangUp }
                // Another signal with a handler: read again.
                if errno == EINTR { continue }
                // A timed read fails on every timeout; a blocking one only when input is broken.
                return blocking ? .hangUp : nil
            }
            if result == CN_KEY_CODE_YES {
                // ncurses has already resized its windows (resizeterm) when it reports this.
                if Int32(code) == KEY_RESIZE { return .resize(size) }
                if let key = KeyDecoding.decode(keyCode: Int32(code), extended: extendedKeys) { return .key(key) }
            } else if let key = KeyDecoding.decode(wideChar: UInt32(code)) {
                return .key(key)
            }
            // A key with no meaning here (Ctrl-\, F13, a mouse report): wait for the next one.
            // The timeout restarts, which only delays an idle tick by at most one timeout.
        }
    }

    /// A closed pty reports POLLHUP; a plain timeout does not.
    private func inputHungUp() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }
}
