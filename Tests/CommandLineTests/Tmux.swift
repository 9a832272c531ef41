import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// A private tmux server running the built `thidua` in a real terminal of a given size.
final class Tmux {
    let socket = "thidua-test-\(UUID().uuidString.prefix(8))"
    let session = "t"

    init(command: String, columns: Int = 80, rows: Int = 24) throws {
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "\(columns)", "-y", "\(rows)", command])
        // Esc must arrive at once, as the README tells users to configure.
        try tmux(["set-option", "-s", "escape-time", "10"])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        // Through system(3), not Foundation's Process: a tmux server started from a Process child
        // dies as soon as the client exits (seen with swift-corelibs-foundation on Linux).
        // Output goes through a file, which the daemonised server cannot hold open.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let line = (["tmux", "-L", socket] + arguments).map(Self.quoted).joined(separator: " ")
        let status = system(line + " </dev/null >" + Self.quoted(file) + " 2>/dev/null")
        if status != 0 && arguments.first != "kill-server" {
            throw TmuxError(command: line, status: status)
        }
        return (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
    }

    struct TmuxError: Error {
        var command: String
        var status: Int32
    }

    static func quoted(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", session] + keys) }

    /// Types text literally (no key names).
    func type(_ text: String) throws { try tmux(["send-keys", "-t", session, "-l", text]) }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", session]) }

    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", session, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the screen contains `text` and has stopped changing, so that what the test then
    /// reads is the whole frame, not the part drawn so far (a loaded machine draws a frame in several
    /// writes); records an issue with the screen if the text never appears.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        var previous: String?
        while Date() < deadline {
            last = try screen()
            if last.contains(text) {
                if last == previous { return last }
                previous = last
            } else {
                previous = nil
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        if last.contains(text) { return last }
        Issue.record("\"\(text)\" never appeared; the screen was:\n\(last)", sourceLocation: sourceLocation)
        return last
    }
}
