import Foundation

/// One clerk of the SSH benchmark: `ssh -tt` on a terminal of its own to the grid screen, which
/// opens on the clerk's unit in the self-assessment round; waits for the common start, then
/// types scores into its own row until the deadline, timing each key, and quits with `q`.
struct SSHClerk: Sendable {
    /// An item of the grid's columns, in order, with the largest whole score it takes.
    struct Item: Sendable {
        var code: String
        var maximum: Int
    }

    var index: Int
    var ssh: [String]
    var items: [Item]

    /// A frame is written in one burst: this long without output means the screen is drawn.
    static let frameGap: TimeInterval = 0.1
    /// sshd, the key check and the first frame, with the other clerks logging in meanwhile.
    static let loginPatience: TimeInterval = 60
    /// A key not answered within this is a stalled session (a save waits up to 60 s for the file).
    static let keyPatience: TimeInterval = 70

    /// Typing `key` is answered when the session's first bytes after it come back: the digit's
    /// echo in its cell, or for Tab the frame after the save.
    private func timeKey(_ key: String, on terminal: PseudoterminalProcess) -> Int? {
        terminal.drain()
        guard terminal.type(key) else { return nil }
        return terminal.microsecondsToFirstOutput(timeout: Self.keyPatience)
    }

    func run(loginGate: DispatchSemaphore, loginsDone: DispatchGroup, start: ClerkStart) -> SSHClerkResult {
        var result = SSHClerkResult(index: index)
        // Fewer logins in flight than sshd's MaxStartups (10): more would be dropped before the key
        // exchange, which says nothing about thidua; clerks do not all press Enter in the same instant.
        loginGate.wait()
        var terminal: PseudoterminalProcess?
        do {
            terminal = try PseudoterminalProcess(ssh, environment: [
                "TERM": "xterm", "PATH": "/usr/bin:/bin", "HOME": NSHomeDirectory(), "LANG": "C.UTF-8",
            ])
        } catch {
            result.failure = "could not start ssh: \(error)"
        }
        if let terminal {
            let firstOutput = terminal.microsecondsToFirstOutput(timeout: Self.loginPatience)
            if firstOutput == nil || !terminal.waitForQuiet(gap: 0.3, limit: 10) {
                result.failure = "no screen: \(terminal.isClosed ? "ssh ended" : "nothing drawn") — \(terminal.lastWords())"
            } else {
                result.loginMicros = firstOutput
            }
        }
        loginGate.signal()
        loginsDone.leave()
        let window = start.wait()
        guard let terminal, result.failure == nil else { return result }

        Thread.sleep(until: window.start)
        type(on: terminal, until: window.deadline, into: &result)
        // The session ends as a clerk ends it; one that does not is ended with ssh.
        if !terminal.isClosed { terminal.type("q") }
        result.quitCleanly = terminal.waitForExit(timeout: 15)
        return result
    }

    /// The clerk's row, item by item: a digit (1 to 9 in turn, at most the item's maximum), then
    /// Tab, which confirms the cell and moves right; at the last item Shift-Tab confirms and moves
    /// back, so the focus stays on the items (past them are bonus and deduction, which ask for a
    /// reason) and on the clerk's own row (Enter would move down to the next unit's).
    private func type(on terminal: PseudoterminalProcess, until deadline: Date, into result: inout SSHClerkResult) {
        var column = 0
        var direction = 1
        var digit = 0
        while Date() < deadline {
            let item = items[column]
            digit = digit % 9 + 1
            let value = min(digit, item.maximum)
            guard let echo = timeKey(String(value), on: terminal) else {
                result.failure = stopped(terminal, "typing \(value) into \(item.code)")
                return
            }
            result.keys += 1
            result.echoMicros.append(echo)
            guard terminal.waitForQuiet(gap: Self.frameGap, limit: 5) else {
                result.failure = stopped(terminal, "after typing \(value) into \(item.code)")
                return
            }
            if !items.indices.contains(column + direction) { direction = -direction }
            guard let confirm = timeKey(direction > 0 ? "\t" : "\u{1B}[Z", on: terminal) else {
                result.failure = stopped(terminal, "confirming \(value) in \(item.code)")
                return
            }
            result.keys += 1
            result.confirmMicros.append(confirm)
            result.confirmed += 1
            result.lastValues[item.code] = value * 100
            column += direction
            guard terminal.waitForQuiet(gap: Self.frameGap, limit: 5) else {
                result.failure = stopped(terminal, "after confirming \(value) in \(item.code)")
                return
            }
        }
    }

    private func stopped(_ terminal: PseudoterminalProcess, _ doing: String) -> String {
        (terminal.isClosed ? "the session ended " : "no answer ") + doing + " — " + terminal.lastWords()
    }
}

/// What one clerk did, and the last value it saw confirmed in each item.
struct SSHClerkResult: Sendable {
    var index: Int
    /// Why the clerk stopped early (or never got a screen); nil when it typed to the deadline.
    var failure: String?
    /// From starting ssh to the session's first output (its screen being drawn).
    var loginMicros: Int?
    var keys = 0
    var confirmed = 0
    /// Key to first output, in microseconds: each digit (its echo) and each Tab (the frame after the save).
    var echoMicros: [Int] = []
    var confirmMicros: [Int] = []
    /// Item code to hundredths of a point.
    var lastValues: [String: Int] = [:]
    var quitCleanly = false

    var loggedIn: Bool { loginMicros != nil }
}

/// The moment every clerk starts typing, and stops: known only once every login has been tried.
final class ClerkStart: @unchecked Sendable {
    // @unchecked: `window` is only read and written with `condition` held.
    private let condition = NSCondition()
    private var window: (start: Date, deadline: Date)?

    func open(start: Date, deadline: Date) {
        condition.lock()
        window = (start, deadline)
        condition.broadcast()
        condition.unlock()
    }

    func wait() -> (start: Date, deadline: Date) {
        condition.lock()
        defer { condition.unlock() }
        while window == nil { condition.wait() }
        return window!
    }
}

/// The clerks' results as their threads finish.
final class ClerkResults: @unchecked Sendable {
    // @unchecked: `results` is only read and written with `lock` held.
    private let lock = NSLock()
    private var results: [SSHClerkResult] = []

    func add(_ result: SSHClerkResult) {
        lock.lock()
        results.append(result)
        lock.unlock()
    }

    var all: [SSHClerkResult] {
        lock.lock()
        defer { lock.unlock() }
        return results.sorted { $0.index < $1.index }
    }
}
