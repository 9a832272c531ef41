import Emulation
import EmulationStore
import Foundation
import GRDB
import TerminalUI

/// `thidua-bench province [--units N] [--runs R]`: a whole province's year in one file, built by
/// the real `thidua` (create, import roster, import both rounds' grids), and the figures a clerk
/// feels on it, each beside the figure before this work and its goal: the first screen of the
/// grid, `thidua rank`, a grid's import, the UI's peak memory, a key's first byte and the bytes
/// per ↓ (through `Benchmarks/Scripts/pty_probe.py`, the real binary in a pseudo-terminal), and a
/// confirmed cell at 5,000 units (in process). Then what is under them: the bytes of a ↓ within
/// the page and of one that scrolls a row in, with the characters among them, and what SQLite
/// alone takes to read the year's scores and to insert a grid's rows (`storageFloors`). Needs
/// the release `thidua` beside this program.
enum ProvinceBenchmark {
    static let cluster = "VN"
    static let year = 2025

    static func main(_ arguments: [String]) -> Int32 {
        guard let options = BenchmarkOptions(arguments, valued: ["--units", "--runs", "--program"], flags: ["--keep"]),
              let units = options.number("--units", default: 10_000), let runs = options.number("--runs", default: 5) else {
            FileHandle.standardError.write(Data("usage: thidua-bench province [--units N] [--runs R] [--keep] [--program PATH-TO-THIDUA]\n".utf8))
            return 2
        }
        let keep = options.has("--keep")
        let program = options.text("--program")
        do {
            try run(units: units, runs: runs, keep: keep, program: program)
            return 0
        } catch {
            FileHandle.standardError.write(Data("province benchmark: \(error)\n".utf8))
            return 1
        }
    }

    /// One row of the table: what is measured, the figure before this work, now, and the goal.
    struct Row {
        let what: String
        let before: String
        let now: String
        let met: Bool
        let goal: String
    }

    static func run(units: Int, runs: Int, keep: Bool, program: String?) throws {
        let thidua = try thiduaProgram(program)
        let probe = probeScript
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-province-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // --keep leaves the file for a profiler.
        defer { if keep { print("kept: \(folder.path)") } else { try? FileManager.default.removeItem(at: folder) } }
        let file = folder.appendingPathComponent("province.sqlite").path
        // The global options follow the subcommand.
        func thiduaArguments(_ database: String, _ rest: [String]) -> [String] { [thidua] + rest + ["--db", database] }
        let yearOptions = ["--cluster", cluster, "--year", String(year)]

        print("thidua-bench province — \(units) units × 15 items × 2 rounds, built through the importer; medians of \(runs) runs")
        var started = DispatchTime.now().uptimeNanoseconds
        func step(_ what: String) {
            let now = DispatchTime.now().uptimeNanoseconds
            print(String(format: "  %@ (%.1f s)", what, Double(now - started) / 1e9))
            started = now
        }
        try ProgramRun.run(thiduaArguments(file, ["create", "--cluster", cluster, "--name", "Tỉnh đo", "--year", String(year)]))
        let synthetic = syntheticYear(units: units)
        let rosterFile = folder.appendingPathComponent("roster.csv")
        try Data(("name\n" + synthetic.units.map(\.name).joined(separator: "\n") + "\n").utf8).write(to: rosterFile)
        try ProgramRun.run(thiduaArguments(file, ["import", "roster", rosterFile.path] + yearOptions))
        step("roster imported")

        // The grids are what the export writes, filled with the synthetic scores. Read from a copy
        // of the file: this build's store would bring the file itself to its own schema, which an
        // earlier build (--program) refuses to open.
        let scratch = folder.appendingPathComponent("export.sqlite").path
        try FileManager.default.copyItem(atPath: file, toPath: scratch)
        var snapshot = try EmulationStore(path: scratch, login: NSUserName()).snapshot(code: cluster, year: year)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: scratch + suffix) }
        for (position, unit) in snapshot.units.enumerated() {
            snapshot.scores[unit.id] = synthetic.scores[MemberUnit.ID(position + 1)]
        }
        var grids: [ScoreRound: String] = [:]
        for round in ScoreRound.allCases {
            let path = folder.appendingPathComponent("grid-\(round.rawValue).csv").path
            try Data(GridCSV.export(snapshot, round: round).utf8).write(to: URL(fileURLWithPath: path))
            grids[round] = path
        }
        func importGrid(_ database: String, _ round: ScoreRound) throws -> Double {
            try ProgramRun.timed(thiduaArguments(database, ["import", "scores", grids[round]!, "--round", round.rawValue] + yearOptions)).milliseconds
        }
        _ = try importGrid(file, .selfAssessment)
        step("self-assessment grid imported")

        // The cluster's grid, imported into a fresh copy of the file each run.
        let beforeCluster = folder.appendingPathComponent("before-cluster.sqlite").path
        try FileManager.default.copyItem(atPath: file, toPath: beforeCluster)
        var importTimes: [Double] = []
        for run in 0..<runs {
            let target = run == runs - 1 ? file : folder.appendingPathComponent("import-\(run).sqlite").path
            if target == file { try FileManager.default.removeItem(atPath: file) }
            try FileManager.default.copyItem(atPath: beforeCluster, toPath: target)
            importTimes.append(try importGrid(target, .cluster))
            if target != file { try FileManager.default.removeItem(atPath: target) }
        }
        step("cluster grid imported \(runs) times")

        // `thidua rank`, beyond what starting the program costs (`thidua --help`, which opens no file).
        var rankTimes: [Double] = []
        var startTimes: [Double] = []
        for _ in 0..<runs {
            startTimes.append(try ProgramRun.timed([thidua, "--help"]).milliseconds)
            rankTimes.append(try ProgramRun.timed(thiduaArguments(file, ["rank"] + yearOptions)).milliseconds)
        }
        step("rank run \(runs) times")

        // The screen, as a terminal sees it.
        var probes: [ProbeResult] = []
        for size in [Size(rows: 24, columns: 80), Size(rows: 60, columns: 200)] {
            for _ in 0..<runs {
                probes.append(try probeRun(probe: probe, size: size,
                                           command: thiduaArguments(file, ["ui", "--screen", "grid"] + yearOptions)))
            }
        }
        step("pseudo-terminal probe run \(runs) times at 80×24 and 200×60")

        let confirm = try confirmedCell(file: file, units: min(units, 5_000))
        step("confirmed cell timed")

        let floors = try storageFloors(file: file, beforeCluster: beforeCluster, folder: folder, runs: runs)
        step("SQLite alone timed")

        let small = probes.filter { $0.columns == 80 }
        let large = probes.filter { $0.columns == 200 }
        let rankBeyondStart = medianOf(rankTimes) - medianOf(startTimes)
        let rows = [
            Row(what: "first full screen of `thidua ui --screen grid` (80×24)", before: "1.7–2.3 s",
                now: milliseconds(medianOf(small.map(\.firstScreen))), met: medianOf(small.map(\.firstScreen)) <= 150, goal: "≤ 150 ms"),
            Row(what: "`thidua rank`, work beyond process start", before: "≈ 1.9 s",
                now: milliseconds(rankBeyondStart) + " (" + milliseconds(medianOf(rankTimes)) + " − " + milliseconds(medianOf(startTimes)) + ")",
                met: rankBeyondStart <= 50, goal: "≤ 50 ms"),
            Row(what: "import a \(units)-row grid CSV (\(units * 15) scores, audited)", before: "9–13 s",
                now: milliseconds(medianOf(importTimes)), met: medianOf(importTimes) <= 1_500, goal: "≤ 1.5 s"),
            Row(what: "peak memory of the UI (80×24)", before: "134 MiB",
                now: String(format: "%.0f MiB", medianOf(small.map(\.peakMiB))), met: medianOf(small.map(\.peakMiB)) <= 60, goal: "≤ 60 MiB"),
            Row(what: "key to first byte written, 80×24", before: "2.6 ms",
                now: milliseconds(medianOf(small.flatMap(\.firstBytes))), met: medianOf(small.flatMap(\.firstBytes)) <= 0.5, goal: "≤ 0.5 ms"),
            Row(what: "key to first byte written, 200×60", before: "9.3 ms",
                now: milliseconds(medianOf(large.flatMap(\.firstBytes))), met: medianOf(large.flatMap(\.firstBytes)) <= 0.5, goal: "≤ 0.5 ms"),
            Row(what: "bytes written per ↓ in the grid, 80×24", before: "380",
                now: String(format: "%.0f", medianOf(small.flatMap(\.bytes))), met: medianOf(small.flatMap(\.bytes)) <= 100, goal: "≤ 100"),
            Row(what: "bytes written per ↓ in the grid, 200×60", before: "656",
                now: String(format: "%.0f", medianOf(large.flatMap(\.bytes))), met: medianOf(large.flatMap(\.bytes)) <= 100, goal: "≤ 100"),
            Row(what: "a confirmed cell (5, Enter, frame), \(min(units, 5_000)) units", before: "140 ms",
                now: milliseconds(confirm), met: confirm <= 5, goal: "≤ 5 ms"),
        ]
        print("")
        print("| what | before | now | goal | met |")
        print("| --- | --- | --- | --- | --- |")
        for row in rows {
            print("| \(row.what) | \(row.before) | \(row.now) | \(row.goal) | \(row.met ? "yes" : "no") |")
        }
        print("")
        print(String(format: "(the first screen at 200×60: %@; its peak memory %.0f MiB; %d keys per probe run)",
                     milliseconds(medianOf(large.map(\.firstScreen))), medianOf(large.map(\.peakMiB)), small.first?.firstBytes.count ?? 0))
        print("")
        print("What is under the rows above, measured in the same run:")
        for probes in [small, large] {
            guard let size = probes.first else { continue }
            let (within, scrolling) = (probes.map { $0.keys(scrolling: false) }, probes.map { $0.keys(scrolling: true) })
            let describe = { (keys: [(bytes: [Double], text: [Double])]) -> String in
                let bytes = keys.flatMap(\.bytes)
                guard !bytes.isEmpty else { return "none" }
                return String(format: "%d keys, %.0f bytes each, %.0f of them text", bytes.count / probes.count, medianOf(bytes),
                              medianOf(keys.flatMap(\.text)))
            }
            print("- ↓ at \(size.columns) columns: within the page \(describe(within)); scrolling a row in \(describe(scrolling)); "
                  + String(format: "text alone %.0f bytes per ↓", medianOf(probes.map { $0.textBytes.reduce(0, +) / Double(max(1, $0.textBytes.count)) })))
        }
        print("- SQLite alone reading the year's \(units * 30) scores (one statement sums them, no row handed out): "
              + milliseconds(floors.read))
        print("- SQLite alone inserting the cluster grid's \(units * 15) score rows (one INSERT … SELECT, its checks and foreign keys, "
              + "no audit, no CSV): " + milliseconds(floors.insert))
    }

    /// What SQLite alone takes for the work under `rank`'s and the import's rows, medians of
    /// `runs`: reading every score of the year inside one statement (the least any load of the
    /// year can cost in this schema), and inserting the cluster round's rows with one
    /// INSERT … SELECT from the self-assessment's, into a copy of the file before that import
    /// (the least its import can cost before its audit rows, its parsing and its checks).
    static func storageFloors(file: String, beforeCluster: String, folder: URL, runs: Int) throws -> (read: Double, insert: Double) {
        let reading = try DatabaseQueue(path: file, configuration: { var configuration = Configuration(); configuration.readonly = true; return configuration }())
        let yearID = try reading.read { db in
            try Int64.fetchOne(db, sql: "SELECT clusterYear.id FROM clusterYear JOIN cluster ON cluster.id = clusterYear.clusterId WHERE code = ? AND year = ?",
                               arguments: [cluster, year])
        }
        var reads: [Double] = []
        for _ in 0..<runs {
            let started = DispatchTime.now().uptimeNanoseconds
            _ = try reading.read { db in
                try Int64.fetchOne(db, sql: "SELECT sum(unitId + criterionId + length(round) + hundredths) FROM score WHERE clusterYearId = ?",
                                   arguments: [yearID])
            }
            reads.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
        }
        try reading.close()
        var inserts: [Double] = []
        for run in 0..<runs {
            let copy = folder.appendingPathComponent("floor-\(run).sqlite").path
            try FileManager.default.copyItem(atPath: beforeCluster, toPath: copy)
            defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) } }
            let writing = try DatabaseQueue(path: copy)
            let started = DispatchTime.now().uptimeNanoseconds
            try writing.write { db in
                try db.execute(sql: """
                    INSERT INTO score (clusterYearId, unitId, criterionId, round, hundredths)
                    SELECT clusterYearId, unitId, criterionId, ?, hundredths FROM score WHERE clusterYearId = ? AND round = ?
                    """, arguments: [ScoreRound.cluster.rawValue, yearID, ScoreRound.selfAssessment.rawValue])
            }
            inserts.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
            try writing.close()
        }
        return (medianOf(reads), medianOf(inserts))
    }

    /// The release `thidua` beside this program, or another build's (an earlier commit's, for a
    /// before-and-after) given with --program.
    static func thiduaProgram(_ program: String?) throws -> String {
        let thidua = program ?? Bundle.main.executableURL!.deletingLastPathComponent().appendingPathComponent("thidua").path
        guard FileManager.default.isExecutableFile(atPath: thidua) else {
            throw SSHBenchmarkError.commandFailed(command: thidua, output: "not built: swift build -c release --product thidua")
        }
        return thidua
    }

    /// `Benchmarks/Scripts/pty_probe.py`: the real binary in a pseudo-terminal.
    static let probeScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scripts/pty_probe.py").path

    static func medianOf(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    static func milliseconds(_ value: Double) -> String {
        value >= 1_000 ? String(format: "%.2f s", value / 1_000) : value >= 10 ? String(format: "%.0f ms", value) : String(format: "%.2f ms", value)
    }

    struct ProbeResult: Decodable {
        let columns: Int
        let firstScreen: Double
        let firstBytes: [Double]
        let bytes: [Double]
        /// Per key, the bytes that are characters on the screen, and whether the answer scrolled.
        let textBytes: [Double]
        let scrolled: [Bool]
        let peakKiB: Double
        var peakMiB: Double { peakKiB / 1_024 }

        /// The keys' bytes and text bytes, of the keys that scrolled or did not.
        func keys(scrolling: Bool) -> (bytes: [Double], text: [Double]) {
            let chosen = scrolled.indices.filter { scrolled[$0] == scrolling }
            return (chosen.map { bytes[$0] }, chosen.map { textBytes[$0] })
        }

        enum CodingKeys: String, CodingKey {
            case columns, firstScreen = "first_screen_ms", firstBytes = "first_byte_ms", bytes, textBytes = "text_bytes", scrolled,
                 peakKiB = "peak_kib"
        }
    }

    static func probeRun(probe: String, size: Size, command: [String], keys: Int = 30) throws -> ProbeResult {
        let output = try ProgramRun.run(["/usr/bin/python3", probe, "--rows", String(size.rows), "--columns", String(size.columns), "--keys", String(keys), "--"]
                                        + command)
        do {
            return try JSONDecoder().decode(ProbeResult.self, from: Data(output.utf8))
        } catch {
            throw SSHBenchmarkError.commandFailed(command: "pty_probe.py", output: output)
        }
    }

    /// Typing 5 and Enter on the grid and drawing the frame, in process, on the file's first
    /// `units` units.
    static func confirmedCell(file: String, units: Int) throws -> Double {
        var snapshot = try EmulationStore(path: file, login: NSUserName()).snapshot(code: cluster, year: year)
        snapshot.units = Array(snapshot.units.prefix(units))
        snapshot.memberships = Array(snapshot.memberships.prefix(units))
        var state = AppState(size: Size(rows: 24, columns: 80), language: .vietnamese, themeName: "default", availableThemes: [])
        _ = App.update(&state, .homeLoaded([]))
        _ = App.update(&state, .yearLoaded(snapshot))
        state.screen = .grid
        // As the run loop does after each frame: the review is worked out (the grid's frame at
        // 80 columns reads none of it), so each confirmed cell updates it.
        state.shared.workOutReview()
        return median(11) {
            _ = App.update(&state, .event(.key(.character("5"))))
            _ = App.update(&state, .event(.key(.enter)))
            _ = App.render(state)
            state.shared.workOutReview()
        }
    }
}
