/// What the run loop needs from a terminal. The ncurses backend implements it; tests use an
/// in-memory one (TestSupport's `MemoryTerminal`). Every call comes from one thread.
public protocol TerminalBackend: AnyObject {
    var size: Size { get }
    /// The depth the terminal supports (before NO_COLOR or a mono theme is applied).
    var colorDepth: ColorDepth { get }
    /// Sets the colours of every role; the next draw repaints everything.
    func apply(theme: Theme, depth: ColorDepth)
    /// Shows the buffer, sending only the cells that differ from the previous frame.
    func draw(_ buffer: Buffer)
    /// Waits for the next key, resize or hang-up; nil when `timeoutMilliseconds` passed first
    /// (a negative timeout waits for ever).
    func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent?
    /// Throws away keys typed ahead and not yet read: after a save that could not be made, the
    /// keys typed after it were meant for a screen that is no longer there.
    func discardTypeAhead()
    /// Ctrl-Z: gives the terminal back, stops the process, and redraws everything on resume.
    func suspend()
    /// Restores the terminal as it was. Safe to call twice.
    func stop()
}
