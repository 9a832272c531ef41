import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program run on a pseudoterminal of its own, as in a clerk's terminal window: `ssh -tt` then
/// finds a real terminal of 80×24 on its standard input, puts it in raw mode and sends that size to
/// sshd, which gives it to the session's own pty. From a pipe ssh would send a size of 0×0 and the
/// session would guess. This side types into the master and reads what the program draws.
///
/// Used from one thread only, the clerk's that made it.
final class PseudoterminalProcess {
    let pid: pid_t
    private let master: Int32
    /// The program's side is gone (it exited, or closed the terminal): nothing more will be read.
    private(set) var isClosed = false
    private var exitStatus: Int32?
    /// Everything read so far, for saying why a login failed.
    private(set) var transcript: [UInt8] = []

    struct Trouble: Error, CustomStringConvertible {
        var description: String
    }

    /// A pty is made, marked close-on-exec and handed to its child under this lock: a child
    /// spawned meanwhile by another clerk's thread would otherwise inherit this terminal's slave,
    /// and the master would never see the program end.
    private static let spawning = NSLock()

    init(_ arguments: [String], environment: [String: String], rows: UInt16 = 24, columns: UInt16 = 80) throws {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        var master: Int32 = -1
        var slave: Int32 = -1
        var pid: pid_t = 0
        Self.spawning.lock()
        defer { Self.spawning.unlock() }
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw Trouble(description: "openpty: \(String(cString: strerror(errno)))")
        }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 clears close-on-exec on the copies: the program gets the terminal as 0, 1 and 2 only.
        for descriptor: Int32 in [0, 1, 2] { posix_spawn_file_actions_adddup2(&actions, slave, descriptor) }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let status = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
        // This side keeps only the master: once the program exits, reading it fails (EIO) and we know.
        close(slave)
        guard status == 0 else {
            close(master)
            throw Trouble(description: "\(arguments[0]): \(String(cString: strerror(status)))")
        }
        self.master = master
        self.pid = pid
    }

    deinit {
        close(master)
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
    }

    /// Types `text`; false once the program's side is gone.
    @discardableResult
    func type(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBufferPointer { Glibc.write(master, $0.baseAddress, $0.count) }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { return false }
            written += result
        }
        return true
    }

    /// Waits up to `timeout` seconds for output and reads what is there: the number of bytes
    /// (0 when nothing came in time), or nil once the program's side is closed.
    func read(timeout: TimeInterval) -> Int? {
        guard !isClosed else { return nil }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(max(0, (timeout * 1_000).rounded(.up))))
        if ready == 0 || (ready < 0 && errno == EINTR) { return 0 }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
        // Linux answers EIO on the master once the last holder of the slave has closed it.
        guard count > 0 else {
            isClosed = true
            return nil
        }
        transcript += buffer[0..<count]
        if transcript.count > 1 << 20 { transcript.removeFirst(transcript.count - (1 << 16)) }
        return count
    }

    /// Reads until the output has paused for `gap` seconds (a frame is written in one burst),
    /// giving up after `limit` seconds. False once the program's side is closed.
    func waitForQuiet(gap: TimeInterval, limit: TimeInterval) -> Bool {
        let end = Date().addingTimeInterval(limit)
        while Date() < end {
            guard let count = read(timeout: min(gap, end.timeIntervalSinceNow)) else { return false }
            if count == 0 { return true }
        }
        return !isClosed
    }

    /// Waits up to `timeout` for the first output, in microseconds from now; nil when the
    /// program's side closed or nothing came in time.
    func microsecondsToFirstOutput(timeout: TimeInterval) -> Int? {
        let start = DispatchTime.now().uptimeNanoseconds
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            guard let count = read(timeout: end.timeIntervalSinceNow) else { return nil }
            if count > 0 { return Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000) }
        }
        return nil
    }

    /// Reads whatever is already waiting, without waiting for more.
    func drain() {
        while let count = read(timeout: 0), count > 0 {}
    }

    /// Waits up to `timeout` for the program to end by itself, then ends it (SIGTERM, then
    /// SIGKILL). True when it ended by itself.
    @discardableResult
    func waitForExit(timeout: TimeInterval) -> Bool {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            if reap(options: WNOHANG) { return true }
            // Reading keeps the pty from filling up while the program says goodbye.
            if read(timeout: 0.05) == nil { Thread.sleep(forTimeInterval: 0.01) }
        }
        if reap(options: WNOHANG) { return true }
        kill(pid, SIGTERM)
        Thread.sleep(forTimeInterval: 0.5)
        if !reap(options: WNOHANG) {
            kill(pid, SIGKILL)
            _ = reap(options: 0)
        }
        return false
    }

    private func reap(options: Int32) -> Bool {
        if exitStatus != nil { return true }
        var status: Int32 = 0
        let result = waitpid(pid, &status, options)
        guard result == pid else { return false }
        exitStatus = status
        return true
    }

    /// The last `count` characters read, with control sequences left out, to show why it failed.
    func lastWords(_ count: Int = 200) -> String {
        let text = String(decoding: transcript.suffix(4_096), as: UTF8.self)
        let printable = text.replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: " ", options: .regularExpression)
            .unicodeScalars.filter { !($0.properties.generalCategory == .control) }
        let words = String(String.UnicodeScalarView(printable)).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return String(words.suffix(count))
    }
}
