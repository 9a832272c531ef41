import Emulation
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// Issue 12's figures for serving over OpenSSH: N clerks log in at once through a private sshd on
// loopback, each with `ssh -tt` on a terminal of its own, and type scores into their own unit on
// the grid for S seconds. Then every clerk's last confirmed value is looked for in the file, and
// the report gives failed logins, keys and values, key-to-echo latency, each session's memory and
// what `server keys` (sshd's AuthorizedKeysCommand, run at every login) costs per call.
// Usage: swift run -c release thidua-bench ssh [--clients N] [--seconds S] (default 50, 60 s).
// Needs root and OpenSSH, as the serving tests do; uses the `thidua` built beside thidua-bench.

enum SSHBenchmarkError: Error, CustomStringConvertible {
    case usage(String)
    case unavailable(String)
    case commandFailed(command: String, output: String)
    case sshdDidNotStart(log: String)
    case setup(String)

    var description: String {
        switch self {
        case .usage(let text): return text
        case .unavailable(let reason): return "ssh: cannot run here: \(reason)"
        case .commandFailed(let command, let output): return "\(command) failed: \(output.trimmingCharacters(in: .whitespacesAndNewlines))"
        case .sshdDidNotStart(let log): return "sshd did not start:\n\(log)"
        case .setup(let text): return text
        }
    }
}

enum SSHServingBenchmark {
    static let usage = "usage: thidua-bench ssh [--clients N] [--seconds S]   (default: 50 clients, 60 s; needs root and OpenSSH)"
    /// Logins in flight at once, under sshd's default MaxStartups of 10.
    static let loginsInFlight = 5
    /// Calls of `server keys` timed for each kind of key.
    static let keysCalls = 50

    /// Runs the benchmark; the exit status is 1 when a login failed, a clerk stopped early or a
    /// confirmed value is not in the file, 2 when it cannot run here.
    static func main(_ arguments: [String]) -> Int32 {
        var clients = 50
        var seconds = 60.0
        var rest = arguments[...]
        while let name = rest.popFirst() {
            switch (name, rest.popFirst()) {
            case ("--clients", let value?) where Int(value).map({ $0 > 0 }) == true: clients = Int(value)!
            case ("--seconds", let value?) where Double(value).map({ $0 > 0 }) == true: seconds = Double(value)!
            default:
                print(usage)
                return 2
            }
        }
        let program = LoadBenchmark.executable().deletingLastPathComponent().appendingPathComponent("thidua").path
        if let reason = PrivateSSHServer.unavailable ?? (FileManager.default.isExecutableFile(atPath: program)
            ? nil : "\(program) is missing (build it first: swift build -c release --product thidua)") {
            print(SSHBenchmarkError.unavailable(reason))
            return 2
        }
        do {
            return try run(clients: clients, seconds: seconds, program: program) ? 0 : 1
        } catch {
            print("ssh, \(clients) clients: could not run: \(error)")
            return 1
        }
    }

    static func run(clients: Int, seconds: Double, program: String) throws -> Bool {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-ssh-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cluster = try SSHServedCluster(program: program, folder: folder, clerks: clients)
        let server = try PrivateSSHServer(database: cluster.database, program: program, directory: folder)
        defer { server.stop() }
        let items = try gridItems(cluster)

        let loginGate = DispatchSemaphore(value: loginsInFlight)
        let loginsDone = DispatchGroup()
        let finished = DispatchGroup()
        let start = ClerkStart()
        let results = ClerkResults()
        let command = "ui --screen grid --cluster \(SSHServedCluster.code) --year \(SSHServedCluster.year)"
        for (index, account) in cluster.clerks.enumerated() {
            let clerk = SSHClerk(index: index, ssh: server.ssh(key: account.keyPath, command: command), items: items)
            loginsDone.enter()
            finished.enter()
            // A thread per clerk: each waits on its own terminal, as its person would.
            Thread {
                results.add(clerk.run(loginGate: loginGate, loginsDone: loginsDone, start: start))
                finished.leave()
            }.start()
        }
        loginsDone.wait()
        let begin = Date().addingTimeInterval(1)
        let deadline = begin.addingTimeInterval(seconds)
        start.open(start: begin, deadline: deadline)
        // Near the end, with every session long past its start and still typing.
        let sampledAt = max(begin, deadline.addingTimeInterval(-2))
        Thread.sleep(until: sampledAt)
        let memory = ServedSessionMemory.sample(database: cluster.database)
        finished.wait()

        let clerks = results.all
        let check = try lastValuesInFile(clerks, cluster: cluster)
        let known = try timeServerKeys(cluster, base64: cluster.clerks[0].keyBase64, expectAnswer: true)
        let stranger = try SSHServedCluster.newKey(folder.appendingPathComponent("stranger").path, comment: "stranger")
        let unknown = try timeServerKeys(cluster, base64: stranger.base64, expectAnswer: false)

        print(report(clients: clients, seconds: seconds, clerks: clerks, check: check, memory: memory,
                     memoryAt: sampledAt.timeIntervalSince(begin), known: known, unknown: unknown))
        let failed = clerks.filter { $0.failure != nil }.count
        return failed == 0 && check.missing.isEmpty && known.wrongAnswers == 0 && unknown.wrongAnswers == 0
    }

    /// The grid's item columns in order, with their maxima: the file's criteria are the standard
    /// tree (`thidua create` makes it), which the export's header confirms (bonus and deduction follow the items).
    static func gridItems(_ cluster: SSHServedCluster) throws -> [SSHClerk.Item] {
        let codes = try cluster.itemCodes()
        let standard = CriteriaTree.standard.items
        guard Array(codes.prefix(standard.count)) == standard.map(\.code) else {
            throw SSHBenchmarkError.setup("the grid's items \(codes) are not the standard tree's \(standard.map(\.code))")
        }
        return standard.map { SSHClerk.Item(code: $0.code, maximum: $0.maximum.hundredths / 100) }
    }

    struct FileCheck {
        var expected = 0
        var found = 0
        var missing: [String] = []
    }

    /// Each clerk's last confirmed value per item, looked for in the file after every session ended.
    static func lastValuesInFile(_ clerks: [SSHClerkResult], cluster: SSHServedCluster) throws -> FileCheck {
        let scores = try cluster.selfScores()
        var check = FileCheck()
        for clerk in clerks {
            let account = cluster.clerks[clerk.index]
            for (code, value) in clerk.lastValues.sorted(by: { $0.key < $1.key }) {
                check.expected += 1
                let stored = scores[account.unit]?[code]
                if stored == value {
                    check.found += 1
                } else {
                    check.missing.append("\(account.login) \(code): confirmed \(points(value)), the file has \(stored.map(points) ?? "nothing")")
                }
            }
        }
        return check
    }

    static func points(_ hundredths: Int) -> String { String(format: "%d,%02d", hundredths / 100, hundredths % 100) }

    struct KeysTiming {
        var medianMilliseconds: Double
        /// Calls whose answer was not what sshd should get: a line for a known key, nothing for a stranger's.
        var wrongAnswers: Int
    }

    /// `thidua server keys` run directly as sshd runs it (`%u %t %k`), `keysCalls` times, after the
    /// clients have gone: the whole call (a process start, the file opened, one lookup) is what
    /// every login waits for.
    static func timeServerKeys(_ cluster: SSHServedCluster, base64: String, expectAnswer: Bool) throws -> KeysTiming {
        let arguments = [cluster.program, "server", "keys", "--db", cluster.database, String(cString: getpwuid(getuid())!.pointee.pw_name),
                         "ssh-ed25519", base64]
        var times: [Double] = []
        var wrong = 0
        for _ in 0..<keysCalls {
            let call = try ProgramRun.timed(arguments)
            times.append(call.milliseconds)
            if call.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == expectAnswer { wrong += 1 }
        }
        return KeysTiming(medianMilliseconds: times.sorted()[times.count / 2], wrongAnswers: wrong)
    }

    static func report(clients: Int, seconds: Double, clerks: [SSHClerkResult], check: FileCheck, memory: [ServedSessionMemory], memoryAt: Double,
                       known: KeysTiming, unknown: KeysTiming) -> String {
        let loggedIn = clerks.filter(\.loggedIn)
        let keys = clerks.reduce(0) { $0 + $1.keys }
        let confirmed = clerks.reduce(0) { $0 + $1.confirmed }
        let echo = clerks.flatMap(\.echoMicros).sorted()
        let confirm = clerks.flatMap(\.confirmMicros).sorted()
        let logins = loggedIn.compactMap(\.loginMicros).sorted()
        let percentile = LoadBenchmark.percentile
        var lines: [String] = []
        func line(_ label: String, _ value: String) { lines.append("  " + label.padding(toLength: 26, withPad: " ", startingAt: 0) + value) }
        lines.append("ssh: \(clients) clients × \(Int(seconds)) s over loopback, each `ssh -tt` on its own 80×24 pty to the grid, "
            + "typing scores into its own unit (one private sshd, one SQLite file)")
        line("logins", "\(loggedIn.count) of \(clients), failed \(clients - loggedIn.count)"
            + String(format: "; ssh start to first screen output p50 %.2f s, max %.2f s", percentile(logins, 0.5) / 1_000, Double(logins.last ?? 0) / 1_000_000))
        line("keys typed", "\(keys)   (\(Int((Double(keys) / seconds).rounded())) per second)")
        line("values confirmed", "\(confirmed)   (\(Int((Double(confirmed) / seconds).rounded())) per second)")
        line("values found in the file", "\(check.found) of \(check.expected)   (each clerk's last confirmed value per item, in `export grid --round self`)")
        for detail in check.missing.prefix(10) { lines.append("      " + detail) }
        if check.missing.count > 10 { lines.append("      … \(check.missing.count - 10) more") }
        line("key to echo", String(format: "p50 %.1f ms, p99 %.1f ms, max %.1f ms   (a digit, until its cell's first bytes come back)",
                                   percentile(echo, 0.5), percentile(echo, 0.99), Double(echo.last ?? 0) / 1_000))
        line("Tab to next frame", String(format: "p50 %.1f ms, p99 %.1f ms, max %.1f ms   (confirming: the save, then the frame)",
                                         percentile(confirm, 0.5), percentile(confirm, 0.99), Double(confirm.last ?? 0) / 1_000))
        let resident = memory.map(\.resident).sorted()
        let proportional = memory.map(\.proportional).sorted()
        line("memory per session", memory.isEmpty ? "no session found" : String(
            format: "VmRSS median %.1f MiB, max %.1f MiB; Pss median %.1f MiB, max %.1f MiB   (%d `thidua server session` processes at %.0f s)",
            resident[resident.count / 2], resident.last!, proportional[proportional.count / 2], proportional.last!, memory.count, memoryAt))
        line("server keys per call", String(format: "known key median %.1f ms, unknown key median %.1f ms   (%d calls each, run directly after the clients left)",
                                            known.medianMilliseconds, unknown.medianMilliseconds, keysCalls))
        if known.wrongAnswers + unknown.wrongAnswers > 0 {
            lines.append("  ! server keys answered wrongly: \(known.wrongAnswers) known-key calls without a line, \(unknown.wrongAnswers) unknown-key calls with one")
        }
        line("quit with q", "\(clerks.filter(\.quitCleanly).count) of \(loggedIn.count) sessions ended by themselves")
        for clerk in clerks {
            if let failure = clerk.failure { lines.append("  ! clerk \(clerk.index + 1): \(failure)") }
        }
        return lines.joined(separator: "\n")
    }
}
