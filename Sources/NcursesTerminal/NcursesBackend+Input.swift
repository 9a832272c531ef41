import CNcurses
import Glibc
import TerminalUI

extension NcursesBackend {
    /// One thing `get_wch` returned: a character (OK) or a key code (KEY_CODE_YES).
    enum RawInput: Equatable {
        case character(UInt32)
        case keyCode(Int32)
    }

    public func discardTypeAhead() {
        pendingInput.removeAll()
        flushinp()
    }

    public func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent? {
        let window = cn_stdscr()
        let blocking = timeoutMilliseconds < 0
        while true {
            guard !stopped, !HangUpSignal.requested else { return .hangUp }
            if !pendingInput.isEmpty {
                if let event = event(for: pendingInput.removeFirst()) { return event }
                continue
            }
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
            let input: RawInput = result == CN_KEY_CODE_YES ? .keyCode(Int32(code)) : .character(UInt32(code))
            if let event = event(for: input) { return event }
            // A key with no meaning here (Ctrl-\, F13, a swallowed sequence): wait for the next
            // one. The timeout restarts, which only delays an idle tick by at most one timeout.
        }
    }

    private func event(for input: RawInput) -> TerminalEvent? {
        switch input {
        // ncurses has already resized its windows (resizeterm) when it reports this.
        case .keyCode(KEY_RESIZE): return .resize(size)
        case .keyCode(KEY_MOUSE):
            if let mousePrefix { _ = readEscapeSequence(startingWith: mousePrefix) }
            return nil
        case .keyCode(let code): return KeyDecoding.decode(keyCode: code, extended: extendedKeys).map(TerminalEvent.key)
        // A bare ESC: ncurses matched no key it knows. Esc itself, or the start of a sequence
        // it does not know, which must not turn into keys.
        case .character(0x1B): return readEscapeSequence(startingWith: [0x1B])
        case .character(let value): return KeyDecoding.decode(wideChar: value).map(TerminalEvent.key)
        }
    }

    /// Reads the rest of the sequence `prefix` starts, decodes it whole, and keeps whatever
    /// came after it for the next events. nil when the sequence means nothing here.
    private func readEscapeSequence(startingWith prefix: [UInt32]) -> TerminalEvent? {
        var input = prefix
        while true {
            if let parsed = EscapeSequenceParser.parse(input, atEnd: false) {
                return finish(input, parsed)
            }
            // ncurses has already waited ESCDELAY for the byte after ESC, so that one must be
            // there now; the bytes of one sequence are sent together, so waiting ESCDELAY more
            // only covers a sequence split in transit.
            switch readMore(timeoutMilliseconds: input.count == 1 ? 0 : get_escdelay()) {
            case .character(let value)?:
                input.append(value)
            case .keyCode(let code)? where input == [0x1B]:
                // ESC then a key ncurses decoded: rxvt's and PuTTY's Alt with that key.
                return event(for: .keyCode(code))
            case .keyCode(let code)?:
                pendingInput.insert(.keyCode(code), at: 0)
                return finish(input, EscapeSequenceParser.parse(input, atEnd: true))
            case nil:
                return finish(input, EscapeSequenceParser.parse(input, atEnd: true))
            }
        }
    }

    private func finish(_ input: [UInt32], _ parsed: EscapeSequenceParser.Parsed?) -> TerminalEvent? {
        let parsed = parsed ?? EscapeSequenceParser.Parsed(key: nil, length: input.count)
        pendingInput.insert(contentsOf: input[min(parsed.length, input.count)...].map(RawInput.character), at: 0)
        return parsed.key.map(TerminalEvent.key)
    }

    /// The next input of a sequence, if it comes within the timeout. An error is treated as
    /// the end of the sequence; the next `nextEvent` read sees it again and reports it.
    private func readMore(timeoutMilliseconds: Int32) -> RawInput? {
        if !pendingInput.isEmpty { return pendingInput.removeFirst() }
        let window = cn_stdscr()
        wtimeout(window, timeoutMilliseconds)
        var code: wint_t = 0
        let result = wget_wch(window, &code)
        if result == ERR { return nil }
        return result == CN_KEY_CODE_YES ? .keyCode(Int32(code)) : .character(UInt32(code))
    }

    /// A closed pty reports POLLHUP; a plain timeout does not.
    private func inputHungUp() -> Bool {
        var descriptor = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }
}
