import Emulation
import EmulationStore
import Foundation
import TerminalUI

/// `thidua-bench clusters [--units N] [--size S] [--runs R] [--keep] [--program PATH]`: a
/// province's file as it really is, many clusters of `size` units (8–30 in the seeds), both
/// rounds scored, built by the real `thidua` (create, import roster, import both grids, for each
/// cluster); then what a clerk of one cluster feels in it: `thidua rank`, the first screen of the
/// grid and a key's first byte (`Benchmarks/Scripts/pty_probe.py`), and the import of the
/// cluster's grid. `province` measures one cluster of all the units; this, the same units
/// spread as a province has them. `--program` runs an earlier build's `thidua` throughout.
enum ClustersBenchmark {
    static let year = 2025

    static func main(_ arguments: [String]) -> Int32 {
        guard let options = BenchmarkOptions(arguments, valued: ["--units", "--size", "--runs", "--program"], flags: ["--keep"]),
              let units = options.number("--units", default: 10_000), let size = options.number("--size", default: 20, minimum: 2),
              let runs = options.number("--runs", default: 5) else { return usage() }
        let keep = options.has("--keep")
        let program = options.text("--program")
        do {
            try run(units: units, size: size, runs: runs, keep: keep, program: program)
            return 0
        } catch {
            FileHandle.standardError.write(Data("clusters benchmark: \(error)\n".utf8))
            return 1
        }
    }

    static func usage() -> Int32 {
        FileHandle.standardError.write(Data("usage: thidua-bench clusters [--units N] [--size S] [--runs R] [--keep] [--program PATH-TO-THIDUA]\n".utf8))
        return 2
    }

    static func code(_ cluster: Int) -> String { String(format: "C%04d", cluster + 1) }

    static func run(units: Int, size: Int, runs: Int, keep: Bool, program: String?) throws {
        let thidua = try ProvinceBenchmark.thiduaProgram(program)
        let probe = ProvinceBenchmark.probeScript
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-clusters-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if keep { print("kept: \(folder.path)") } else { try? FileManager.default.removeItem(at: folder) } }
        let file = folder.appendingPathComponent("province.sqlite").path
        let clusters = max(1, units / size)

        print("thidua-bench clusters — \(clusters) clusters × \(size) units × 15 items × 2 rounds, built through the importer; medians of \(runs) runs")
        let started = DispatchTime.now().uptimeNanoseconds
        let synthetic = syntheticYear(units: clusters * size)
        let header = GridCSV.header(tree: .standard).joined(separator: ",")
        func gridPath(_ cluster: Int, _ round: ScoreRound) -> String { folder.appendingPathComponent("grid-\(cluster)-\(round.rawValue).csv").path }
        for cluster in 0..<clusters {
            let members = synthetic.units[(cluster * size)..<((cluster + 1) * size)]
            // Unit names unique in the file, as a province's are ("Xã số 12" of cluster 3 would
            // not be "Xã số 12" of cluster 4).
            let names = members.map { "\($0.name) (cụm \(cluster + 1))" }
            let roster = folder.appendingPathComponent("roster-\(cluster).csv")
            try Data(("name\n" + names.joined(separator: "\n") + "\n").utf8).write(to: roster)
            for round in ScoreRound.allCases {
                let lines = zip(members, names).map { unit, name in
                    let scores = synthetic.scores[unit.id] ?? UnitScores()
                    let cells = CriteriaTree.standard.items.map { "\"" + DecimalText.format(scores.score($0.code, in: round) ?? .zero) + "\"" }
                    return ([name] + cells + ["", "", "", ""]).joined(separator: ",")
                }
                try Data(([header] + lines).joined(separator: "\n").appending("\n").utf8).write(to: URL(fileURLWithPath: gridPath(cluster, round)))
            }
            let options = ["--cluster", code(cluster), "--year", String(year), "--db", file]
            _ = try ProgramRun.timed([thidua, "create", "--cluster", code(cluster), "--name", "Cụm thi đua số \(cluster + 1)", "--year", String(year), "--db", file])
            _ = try ProgramRun.timed([thidua, "import", "roster", roster.path] + options)
            for round in ScoreRound.allCases {
                _ = try ProgramRun.timed([thidua, "import", "scores", gridPath(cluster, round), "--round", round.rawValue] + options)
            }
        }
        print(String(format: "  file built (%.1f s)", Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9))

        // A cluster in the middle of the file: neither the first written nor the last.
        let middle = clusters / 2
        let options = ["--cluster", code(middle), "--year", String(year), "--db", file]
        var rankTimes: [Double] = []
        var startTimes: [Double] = []
        for _ in 0..<runs {
            startTimes.append(try ProgramRun.timed([thidua, "--help"]).milliseconds)
            rankTimes.append(try ProgramRun.timed([thidua, "rank"] + options).milliseconds)
        }
        var probes: [ProvinceBenchmark.ProbeResult] = []
        for _ in 0..<runs {
            probes.append(try ProvinceBenchmark.probeRun(probe: probe, size: Size(rows: 24, columns: 80),
                                                         command: [thidua, "ui", "--screen", "grid"] + options, keys: min(15, size - 1)))
        }
        // The cluster's grid imported again into a copy of the file each run (every value
        // changed: the self-assessment's values over the cluster's).
        var importTimes: [Double] = []
        for run in 0..<runs {
            let copy = folder.appendingPathComponent("import-\(run).sqlite").path
            try FileManager.default.copyItem(atPath: file, toPath: copy)
            importTimes.append(try ProgramRun.timed([thidua, "import", "scores", gridPath(middle, .selfAssessment), "--round", "cluster",
                                                     "--cluster", code(middle), "--year", String(year), "--db", copy]).milliseconds)
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) }
        }

        let median = ProvinceBenchmark.medianOf
        let milliseconds = ProvinceBenchmark.milliseconds
        print("")
        print("| what (one cluster of \(size) in a file of \(clusters)) | now |")
        print("| --- | --- |")
        print("| `thidua rank`, work beyond process start | \(milliseconds(median(rankTimes) - median(startTimes))) (\(milliseconds(median(rankTimes))) − \(milliseconds(median(startTimes)))) |")
        print("| first full screen of `thidua ui --screen grid` (80×24) | \(milliseconds(median(probes.map(\.firstScreen)))) |")
        print("| key to first byte written, 80×24 | \(milliseconds(median(probes.flatMap(\.firstBytes)))) |")
        print("| import the cluster's grid (\(size) rows, \(size * 15) scores, audited) | \(milliseconds(median(importTimes))) |")
        print("| peak memory of the UI (80×24) | \(String(format: "%.0f MiB", median(probes.map(\.peakMiB)))) |")
    }
}
