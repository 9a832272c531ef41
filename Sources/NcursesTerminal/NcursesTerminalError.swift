/// Why the terminal could not be taken over. Turned into words by the executable.
public enum NcursesTerminalError: Error, Equatable, Sendable {
    /// Standard input or output is not a terminal (a pipe, a file, /dev/null).
    case notATerminal
    /// `TERM` is unset, "dumb", or unknown to terminfo; carries the value (nil when unset).
    case unsupportedTerminal(String?)
}
