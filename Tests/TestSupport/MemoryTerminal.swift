import Foundation
import TerminalUI
import Testing

/// The in-memory terminal `TerminalBackend` promises: the run loop runs against it as against
/// ncurses, with no terminal. It keeps every frame drawn, answers reads from a script, and
/// counts the calls a real terminal acts on (type-ahead thrown away, Ctrl-Z, stop).
///
/// Like `NcursesBackend`, not `Sendable`: one thread drives it, the test's.
public final class MemoryTerminal: TerminalBackend {
    /// What the clerk (or the world) does next, in the order the run loop reads.
    public enum Step {
        /// Typed (or happening) when the run loop waits for it. A poll with a zero timeout does
        /// not find it: the clerk types it after looking at the screen.
        case event(TerminalEvent)
        /// Typed before the run loop looks: even a poll with a zero timeout finds it, as it
        /// finds keys waiting in a real terminal's input.
        case typedAhead(TerminalEvent)
        /// Nothing is typed until the run loop draws again: each read meanwhile answers nil after
        /// its timeout, taking that time as a terminal would (a wait for a file lock counts real
        /// seconds, and may read more than once before its next frame).
        case timeout
        /// Runs `work` at this point, then goes on with the next step: another clerk's write, a
        /// lock taken or let go, between two keys. An error it throws fails the test.
        case run(() throws -> Void)
        /// Keeps the screen as the clerk sees it at this point (the last frame drawn) under
        /// `name`, in `seen`, then goes on with the next step.
        case look(String)
    }

    public private(set) var size: Size
    public let colorDepth: ColorDepth
    /// Every frame, in the order drawn.
    public private(set) var frames: [Buffer] = []
    /// The names of the themes applied, in order.
    public private(set) var themesApplied: [String] = []
    public private(set) var discardTypeAheadCalls = 0
    public private(set) var suspendCalls = 0
    public private(set) var stopCalls = 0
    /// The screens kept by `look` steps, as text, by name.
    public private(set) var seen: [String: String] = [:]
    /// Set when the run loop read on past the script, or past a hang-up for long: it was then
    /// answered Ctrl-C, so a loop that should have ended fails its test instead of hanging it.
    public private(set) var ranPastScript = false

    private var script: [Step]
    /// The number of frames drawn when the `timeout` step at the front began.
    private var idleSince: Int?
    private var hungUp = false
    private var readsAfterHangUp = 0
    /// Reads a real terminal would answer "hang-up" to before a loop is taken to ignore it.
    private static let hangUpPatience = 100

    public init(size: Size = Size(rows: 24, columns: 80), colorDepth: ColorDepth = .full, script: [Step] = []) {
        self.size = size
        self.colorDepth = colorDepth
        self.script = script
    }

    /// Adds steps after those not yet read.
    public func append(_ steps: [Step]) {
        script += steps
    }

    /// The last frame drawn, as text (rows joined by newlines); empty before the first.
    public var screen: String { frames.last?.text() ?? "" }

    /// The steps not yet read.
    public var unread: Int { script.count }

    public func apply(theme: Theme, depth: ColorDepth) {
        themesApplied.append(theme.name)
    }

    public func draw(_ buffer: Buffer) {
        frames.append(buffer)
    }

    public func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent? {
        // A terminal that went away reports it on every read, as ncurses does.
        if hungUp {
            readsAfterHangUp += 1
            guard readsAfterHangUp <= Self.hangUpPatience else { return ranOut() }
            return .hangUp
        }
        let poll = timeoutMilliseconds == 0
        while let step = script.first {
            switch step {
            case .run(let work):
                // Runs only when the clerk would be at this point: not during a poll for type-ahead.
                guard !poll else { return nil }
                script.removeFirst()
                do { try work() } catch { Issue.record(error, "a scripted step failed") }
            case .look(let name):
                guard !poll else { return nil }
                script.removeFirst()
                seen[name] = screen
            case .timeout:
                guard !poll else { return nil }
                if let since = idleSince, frames.count > since {
                    // A frame came since: the clerk has something new to look at.
                    idleSince = nil
                    script.removeFirst()
                    continue
                }
                idleSince = idleSince ?? frames.count
                if timeoutMilliseconds > 0 { Thread.sleep(forTimeInterval: Double(timeoutMilliseconds) / 1_000) }
                return nil
            case .event(let event):
                guard !poll else { return nil }
                script.removeFirst()
                return deliver(event)
            case .typedAhead(let event):
                script.removeFirst()
                return deliver(event)
            }
        }
        // A poll finds nothing; a wait past the end of the script is a loop that did not stop.
        return poll ? nil : ranOut()
    }

    public func discardTypeAhead() {
        discardTypeAheadCalls += 1
        // What was typed ahead is in the terminal's input now and goes; what comes after the
        // next wait is typed later.
        while case .typedAhead = script.first { script.removeFirst() }
    }

    public func suspend() {
        suspendCalls += 1
    }

    public func stop() {
        stopCalls += 1
    }

    private func deliver(_ event: TerminalEvent) -> TerminalEvent {
        switch event {
        case .resize(let newSize): size = newSize
        case .hangUp: hungUp = true
        case .key: break
        }
        return event
    }

    private func ranOut() -> TerminalEvent {
        ranPastScript = true
        return .key(.control("c"))
    }
}

extension MemoryTerminal.Step {
    public static func key(_ key: Key) -> MemoryTerminal.Step {
        .event(.key(key))
    }
}

extension MemoryTerminal {
    /// Each character of `text` typed as a key.
    public static func typing(_ text: String) -> [Step] {
        text.map { .event(.key(.character($0))) }
    }
}
