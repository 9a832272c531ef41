import CNcurses
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
