import Emulation
import EmulationStore
import Foundation
import GRDB

// Many clerks run thidua as separate processes on one SQLite file (issue 10). This starts N
// worker processes of this executable (LoadWorker.swift), each a clerk writing back-to-back
// on the same fresh file for S seconds, then checks that nothing was lost and prints what the
// file took. Usage: swift run -c release thidua-bench load [--processes N] [--seconds S]
// (default: 10 then 50 processes, 60 s each).

enum LoadBenchmarkError: Error, CustomStringConvertible {
    case usage(String)
    case rosterTooShort(units: Int, worker: Int)
    case roster(String)

    var description: String {
        switch self {
        case .usage(let text): return text
        case .rosterTooShort(let units, let worker): return "the roster has \(units) units, none for worker \(worker)"
        case .roster(let text): return "roster: \(text)"
        }
    }
}

enum LoadBenchmark {
    static let clusterCode = "LOAD"
    static let year = 2025
    static let usage = "usage: thidua-bench load [--processes N] [--seconds S]   (default: 10 then 50 processes, 60 s each)"

    /// Runs the benchmark; the exit status is 1 when a run failed a write, lost one or broke the audit chain.
    static func main(_ arguments: [String]) -> Int32 {
        var processes: [Int] = [10, 50]
        var seconds = 60.0
        var rest = arguments[...]
        while let name = rest.popFirst() {
            switch (name, rest.popFirst()) {
            case ("--processes", let value?) where Int(value).map({ $0 > 0 }) == true: processes = [Int(value)!]
            case ("--seconds", let value?) where Double(value).map({ $0 > 0 }) == true: seconds = Double(value)!
            default:
                print(usage)
                return 2
            }
        }
        var clean = true
        for count in processes {
            do {
                clean = try run(processes: count, seconds: seconds) && clean
            } catch {
                print("load, \(count) processes: could not run: \(error)")
                clean = false
            }
        }
        return clean ? 0 : 1
    }

    /// This program's own file, to start the workers from.
    static func executable() -> URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        if let url = Bundle.main.executableURL { return url }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    }

    /// A fresh file holding one cluster-year at the review stage (votes need it; scores, notes
    /// and the pledge are still writable), with a roster of `units` units.
    static func prepare(path: String, units: Int, workers: Int) throws {
        let store = try EmulationStore(path: path, login: "load-setup")
        // Each worker is a clerk with every right (the load is about the file, not the roles).
        for index in 0..<workers {
            try store.addAccount(login: "clerk-\(index)", fullName: "Cán bộ \(index)")
            try store.grant(RoleGrant(role: .admin), to: "clerk-\(index)")
        }
        let reference = try store.createClusterWithYear(Cluster(code: clusterCode, name: "Cụm đo tải", kind: .cluster, authority: ""), year: year)
        let rosterCSV = "name\n" + (1...units).map { "Xã số \($0)" }.joined(separator: "\n") + "\n"
        switch RosterCSV.parse(data: Data(rosterCSV.utf8), file: "roster.csv") {
        case .success(let rows): try store.importRoster(reference, rows: rows)
        case .failure(let error): throw LoadBenchmarkError.roster(String(describing: error))
        }
        try store.setStatus(reference, to: .scoring)
        try store.setStatus(reference, to: .review)
    }

    /// One run: N workers for S seconds on a fresh file. True when nothing failed or was lost.
    static func run(processes: Int, seconds: Double) throws -> Bool {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-load-\(UUID().uuidString)")
        let results = folder.appendingPathComponent("results")
        try FileManager.default.createDirectory(at: results, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("load.sqlite").path
        let unitCount = max(processes, 20)
        try prepare(path: path, units: unitCount, workers: processes)

        // Every worker is started, has opened the file and read the year before the clock starts.
        let spawnedAt = Date().timeIntervalSince1970
        let start = spawnedAt + 2 + 0.1 * Double(processes)
        let deadline = start + seconds
        let program = executable()
        var workers: [Process] = []
        for index in 0..<processes {
            let process = Process()
            process.executableURL = program
            process.arguments = ["worker", "--db", path, "--index", String(index), "--start", String(start),
                                 "--deadline", String(deadline), "--out", results.path]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            workers.append(process)
        }
        for process in workers { process.waitUntilExit() }
        let finishedAt = Date().timeIntervalSince1970

        var reports: [LoadWorkerResult] = []
        var problems: [String] = []
        for (index, process) in workers.enumerated() {
            let file = results.appendingPathComponent("worker-\(index).json")
            guard let data = try? Data(contentsOf: file), let report = try? JSONDecoder().decode(LoadWorkerResult.self, from: data) else {
                problems.append("worker \(index) left no result (exit status \(process.terminationStatus))")
                continue
            }
            if let error = report.setupError { problems.append("worker \(index) could not start: \(error)") }
            reports.append(report)
        }
        let late = reports.filter { $0.setupError == nil && $0.readyAt > start }
        if !late.isEmpty { problems.append("\(late.count) workers were ready only after the start: \(late.map(\.index))") }

        // The file as the workers left it, read by a process that writes nothing.
        let store = try EmulationStore(path: path, login: "load-setup")
        let snapshot = try store.snapshot(code: clusterCode, year: year)
        let verification = try store.verify()
        var configuration = Configuration()
        configuration.readonly = true
        let reader = try DatabaseQueue(path: path, configuration: configuration)
        let auditRows = try reader.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT actor, count(*) AS rows FROM audit GROUP BY actor").map {
                ($0["actor"] as String, $0["rows"] as Int)
            })
        }
        try reader.close()

        let lost = lostWrites(reports, snapshot: snapshot, auditRows: auditRows)
        print(report(processes: processes, units: unitCount, seconds: seconds, measured: finishedAt - start, readyMargin: start - (reports.map(\.readyAt).max() ?? start),
                     reports: reports, lost: lost, verification: verification, problems: problems))
        let failed = reports.reduce(0) { $0 + $1.tallies.values.reduce(0) { $0 + $1.failed } }
        return failed == 0 && lost.total == 0 && verification.passed && problems.isEmpty
    }

    struct Lost {
        /// Things a worker alone writes whose stored value is not the last one it saved.
        var values: [String] = []
        /// Workers whose audit rows differ in number from the writes they counted as saved.
        var auditCounts: [String] = []
        var missingRows = 0
        var extraRows = 0
        var total: Int { values.count + missingRows + extraRows }
    }

    static func lostWrites(_ reports: [LoadWorkerResult], snapshot: YearSnapshot, auditRows: [String: Int]) -> Lost {
        var lost = Lost()
        let tasks = Dictionary(uniqueKeysWithValues: zip(snapshot.pledge.taskIDs.map(String.init), snapshot.pledge.tasks))
        for report in reports where report.setupError == nil {
            let unit = snapshot.units[report.index].id
            func check<Value: Equatable>(_ what: String, believed: Value?, stored: Value?) {
                if believed != stored {
                    lost.values.append("\(report.actor) \(what): saved \(believed.map { "\($0)" } ?? "nothing"), stored \(stored.map { "\($0)" } ?? "nothing")")
                }
            }
            for item in snapshot.tree.items.map(\.code) {
                check("self-score \(item) (hundredths)", believed: report.selfScores[item], stored: snapshot.scores[unit]?.selfAssessment[item]?.hundredths)
                check("note \(item)", believed: report.notes[item], stored: snapshot.notes[unit]?[item])
            }
            for (id, text) in report.tasks { check("task #\(id)", believed: text, stored: tasks[id]) }
            for award in RuleSet.standard.awards.map(\.code) {
                let stored = snapshot.votes.first { $0.unitID == unit && $0.award == award }
                    .map { LoadWorkerResult.Vote(present: $0.present, votesFor: $0.votesFor, votesAgainst: $0.votesAgainst) }
                check("vote \(award)", believed: report.votes[award], stored: stored)
            }
            let rows = auditRows[report.actor] ?? 0
            if rows != report.saved {
                lost.auditCounts.append("\(report.actor): \(rows) audit rows, \(report.saved) writes saved")
                if rows < report.saved { lost.missingRows += report.saved - rows } else { lost.extraRows += rows - report.saved }
            }
        }
        return lost
    }

    /// The nearest-rank percentile of `micros`, in milliseconds.
    static func percentile(_ sorted: [Int], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let rank = max(1, Int((fraction * Double(sorted.count)).rounded(.up)))
        return Double(sorted[min(rank, sorted.count) - 1]) / 1_000
    }

    static func report(processes: Int, units: Int, seconds: Double, measured: Double, readyMargin: Double, reports: [LoadWorkerResult],
                       lost: Lost, verification: VerificationReport, problems: [String]) -> String {
        var tallies: [String: LoadWorkerResult.Tally] = [:]
        var errors: [String: Int] = [:]
        var readErrors: [String: Int] = [:]
        for report in reports {
            for (kind, tally) in report.tallies {
                var total = tallies[kind] ?? LoadWorkerResult.Tally()
                total.attempted += tally.attempted
                total.saved += tally.saved
                total.conflicts += tally.conflicts
                total.failed += tally.failed
                total.savedMicros += tally.savedMicros
                total.conflictMicros += tally.conflictMicros
                total.failedMicros += tally.failedMicros
                tallies[kind] = total
            }
            errors.merge(report.errors, uniquingKeysWith: +)
            readErrors.merge(report.readErrors, uniquingKeysWith: +)
        }
        let all = tallies.values
        let attempted = all.reduce(0) { $0 + $1.attempted }
        let saved = all.reduce(0) { $0 + $1.saved }
        let conflicts = all.reduce(0) { $0 + $1.conflicts }
        let failed = all.reduce(0) { $0 + $1.failed }
        let sharedConflicts = tallies[LoadKind.clusterScore]?.conflicts ?? 0
        let ownConflicts = reports.reduce(0) { $0 + $1.conflictsOnOwnData }
        let notReal = reports.reduce(0) { $0 + $1.conflictsNotReal }
        let savedMicros = all.flatMap(\.savedMicros).sorted()
        let conflictMicros = all.flatMap(\.conflictMicros).sorted()

        var lines: [String] = []
        func line(_ label: String, _ value: String) { lines.append("  " + label.padding(toLength: 26, withPad: " ", startingAt: 0) + value) }
        lines.append("load: \(processes) processes × \(Int(seconds)) s on one SQLite file, each writing back-to-back (a stress test: real clerks pause between writes)")
        line("roster", "\(units) units; every worker ready \(String(format: "%.2f", readyMargin)) s before the start; ran \(String(format: "%.1f", measured)) s")
        line("writes attempted", "\(attempted)   (\(Int((Double(attempted) / seconds).rounded())) per second)")
        line("saved", "\(saved)   (\(Int((Double(saved) / seconds).rounded())) per second)")
        line("refused as conflicts", "\(conflicts)   (on shared cells \(sharedConflicts); on a worker's own data \(ownConflicts), must be 0; not real \(notReal))")
        line("failed", "\(failed)" + (failed == 0 ? "" : "   (must be 0)"))
        for (message, count) in errors.sorted(by: { $0.value > $1.value }) { lines.append("      \(count) × \(message)") }
        let failedMicros = all.flatMap(\.failedMicros).sorted()
        if !failedMicros.isEmpty {
            lines.append(String(format: "      the failed calls took p50 %.0f ms, max %.0f ms", percentile(failedMicros, 0.5), Double(failedMicros.last!) / 1_000))
        }
        line("lost", "\(lost.total)   (final value ≠ last saved: \(lost.values.count); audit rows missing: \(lost.missingRows), extra: \(lost.extraRows))")
        for detail in (lost.values + lost.auditCounts).prefix(10) { lines.append("      " + detail) }
        if lost.values.count + lost.auditCounts.count > 10 { lines.append("      …") }
        switch verification.failure {
        case nil: line("verify", "audit chain intact, \(verification.auditRows) rows")
        case let failure?: line("verify", "FAILED: \(failure) (\(verification.auditRows) rows read)")
        }
        line("commit latency (saved)", String(format: "p50 %.2f ms, p99 %.2f ms, max %.2f ms", percentile(savedMicros, 0.5), percentile(savedMicros, 0.99),
                                                 Double(savedMicros.last ?? 0) / 1_000))
        line("conflict refusal", String(format: "p50 %.2f ms, p99 %.2f ms", percentile(conflictMicros, 0.5), percentile(conflictMicros, 0.99)))
        line("year reloads", "\(reports.reduce(0) { $0 + $1.snapshotReloads })" + (readErrors.isEmpty ? "" : ", failed: \(readErrors.values.reduce(0, +))"))
        for (message, count) in readErrors.sorted(by: { $0.value > $1.value }) { lines.append("      \(count) × \(message)") }
        lines.append("  " + "by kind".padding(toLength: 26, withPad: " ", startingAt: 0) + "attempted    saved  conflicts  failed  p50 ms  p99 ms")
        for kind in LoadKind.all {
            guard let tally = tallies[kind] else { continue }
            let micros = tally.savedMicros.sorted()
            lines.append("    " + kind.padding(toLength: 24, withPad: " ", startingAt: 0)
                + String(format: "%9d %8d %10d %7d %7.2f %7.2f", tally.attempted, tally.saved, tally.conflicts, tally.failed,
                         percentile(micros, 0.5), percentile(micros, 0.99)))
        }
        for problem in problems { lines.append("  ! " + problem) }
        return lines.joined(separator: "\n")
    }
}
