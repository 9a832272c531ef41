import CNcurses
import TerminalUI
import Glibc
import Testing
@testable import NcursesTerminal

/// What can be checked without taking over a terminal; the real-terminal behaviour is tested
/// in tmux.
@Suite(.serialized) struct NcursesBackendTests {
    /// TERM unset or dumb is refused before ncurses is touched, with a typed error.
    @Test func unsupportedTerminalsAreRefused() {
        let saved = getenv("TERM").map { String(cString: $0) }
        defer { if let saved { setenv("TERM", saved, 1) } else { unsetenv("TERM") } }

        setenv("TERM", "dumb", 1)
        #expect(throws: NcursesTerminalError.unsupportedTerminal("dumb")) { _ = try NcursesBackend.start() }
        unsetenv("TERM")
        #expect(throws: NcursesTerminalError.unsupportedTerminal(nil)) { _ = try NcursesBackend.start() }
    }

    @Test func shimTwinsOfMacrosHaveNcursesValues() {
        #expect(cn_key_f(1) == KEY_F0 + 1)
        #expect(cn_key_f(12) == KEY_F0 + 12)
        #expect(CN_A_BOLD != 0 && CN_A_REVERSE != 0 && CN_A_BOLD != CN_A_REVERSE)
        #expect(CN_WA_BOLD == CN_A_BOLD)
    }
}

/// The backend's real input path on a pty, for TERMs whose terminfo lacks what other terminals
/// send: what `define_key` taught ncurses and what the parser swallowed, in order, with the key
/// after each sequence intact. Only entries of ncurses-base, which every Debian has.
@Suite(.serialized) struct BackendInputTests {
    /// A pty, and the backend started on its terminal side with the given TERM.
    final class Pty {
        let controller: Int32
        let backend: NcursesBackend

        init?(term: String) {
            var controller: Int32 = -1
            var terminal: Int32 = -1
            guard openpty(&controller, &terminal, nil, nil, nil) == 0 else { return nil }
            self.controller = controller
            guard let input = fdopen(terminal, "r"), let output = fdopen(dup(terminal), "w"),
                  let backend = NcursesBackend.start(term: term, output: output, input: input, escapeDelayMilliseconds: 25) else { return nil }
            self.backend = backend
            _ = fcntl(controller, F_SETFL, O_NONBLOCK)
        }

        deinit {
            backend.stop()
            close(controller)
        }

        /// Types `bytes` as the terminal would, then reads every event until input stops.
        func events(after bytes: String) -> [TerminalEvent] {
            drainOutput()
            _ = Array(bytes.utf8).withUnsafeBytes { write(controller, $0.baseAddress, $0.count) }
            var events: [TerminalEvent] = []
            while let event = backend.nextEvent(timeoutMilliseconds: 200) { events.append(event) }
            return events
        }

        /// What ncurses wrote (smkx, the screen) must not fill the pty and block it.
        private func drainOutput() {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while read(controller, &buffer, buffer.count) > 0 {}
        }
    }

    static let cases: [(term: String, bytes: String, keys: [Key])] = [
        // PuTTY under TERM=xterm: Home, End, F1, then a digit that must stay a digit.
        ("xterm", "\u{1B}[1~\u{1B}[4~\u{1B}[11~3", [.home, .end, .function(1), .character("3")]),
        // What xterm's own terminfo already knows still works.
        ("xterm", "\u{1B}OH\u{1B}OF\u{1B}OP\u{1B}[15~", [.home, .end, .function(1), .function(5)]),
        // PuTTY's F5 and Home under vt100, whose F5 is ESC O t.
        ("vt100", "\u{1B}[15~\u{1B}[1~\u{1B}[4~5", [.function(5), .home, .end, .character("5")]),
        ("vt100", "\u{1B}Ot", [.function(5)]),
        // rxvt's Home/End and xterm's F1 under the Linux console's TERM, and the reverse.
        ("linux", "\u{1B}[7~\u{1B}[8~\u{1B}OP\u{1B}OA", [.home, .end, .function(1), .up]),
        ("rxvt-unicode", "\u{1B}[[A\u{1B}[[E\u{1B}[H\u{1B}[F", [.function(1), .function(5), .home, .end]),
        ("screen", "\u{1B}[H\u{1B}[F\u{1B}[11~", [.home, .end, .function(1)]),
        // Unknown sequences are swallowed whole, whatever ncurses' trie made of their start.
        ("xterm", "\u{1B}[200~q", [.character("q")]),
        ("xterm", "\u{1B}[1;5Pq", [.character("q")]),
        ("xterm", "\u{1B}[<0;10;5Mq", [.character("q")]),   // kmous is ESC [ <: ncurses says KEY_MOUSE
        ("xterm-r6", "\u{1B}[M !!q", [.character("q")]),    // kmous is ESC [ M
        ("xterm", "\u{1B}[M !!q", [.character("q")]),
        ("xterm", "\u{1B}[Iq\u{1B}[O", [.character("q")]),
        ("xterm", "\u{1B}[1;5H\u{1B}[7^", [.home, .home]),
        // Alt-x: Esc, then x; Esc alone.
        ("xterm", "\u{1B}x", [.escape, .character("x")]),
        ("xterm", "\u{1B}", [.escape]),
    ]

    @Test(arguments: cases)
    func keysArriveWhole(term: String, bytes: String, keys: [Key]) throws {
        let pty = try #require(Pty(term: term))
        #expect(pty.events(after: bytes) == keys.map(TerminalEvent.key), "TERM=\(term) \(bytes.debugDescription)")
    }
}

/// A frame reaches the terminal in one write: over SSH each write travels as a packet of its
/// own. The backend writes into one end of a socket pair that keeps each write a message.
@Suite(.serialized) struct FrameOutputTests {
    @Test func aFrameOfChangesInFourPlacesIsOneWrite() throws {
        var sockets: [Int32] = [-1, -1]
        try #require(socketpair(AF_UNIX, Int32(SOCK_SEQPACKET.rawValue), 0, &sockets) == 0)
        var controller: Int32 = -1
        var terminal: Int32 = -1
        try #require(openpty(&controller, &terminal, nil, nil, nil) == 0)
        defer { close(controller); close(sockets[1]) }
        let output = try #require(fdopen(sockets[0], "w"))
        let input = try #require(fdopen(terminal, "r"))
        let backend = try #require(NcursesBackend.start(term: "xterm", output: output, input: input, escapeDelayMilliseconds: 25))
        defer { backend.stop() }
        /// The writes waiting at the other end, and their bytes.
        func writes() -> [Int] {
            var sizes: [Int] = []
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = recv(sockets[1], &buffer, buffer.count, Int32(MSG_DONTWAIT))
                if count <= 0 { return sizes }
                sizes.append(count)
            }
        }
        var frame = Buffer(size: backend.size)
        for row in 0..<frame.size.rows { frame.write("Xã số \(row)  9,75  8,50", row: row, column: 0, role: .normal) }
        backend.draw(frame)
        _ = writes()
        for (row, column) in [(3, 5), (9, 20), (15, 2), (20, 30)] { frame.write("Đ", row: row, column: column, role: .selected) }
        backend.draw(frame)
        let sent = writes()
        #expect(sent.count == 1, "\(sent)")
        #expect(sent.reduce(0, +) > 4)
    }
}
