import Emulation
import EmulationStore
import Foundation
import TerminalUI

// Timings of the work that must stay instant on a cluster of thousands of units.
// Prints medians over repeated runs, and the ratio between sizes, so a noisy shared machine
// still shows whether the cost grows linearly. Usage: swift run -c release thidua-bench [units]
// `thidua-bench load [--processes N] [--seconds S]` is the multi-process load benchmark
// (LoadBenchmark.swift); `thidua-bench worker …` is one of its clerks (LoadWorker.swift).
// `thidua-bench ssh [--clients N] [--seconds S]` is clerks typing over OpenSSH (SSHServingBenchmark.swift).
// `thidua-bench excel [--units N]` is the grid's round trip as xlsx beside CSV (ExcelBenchmark.swift).
// `thidua-bench province [--units N] [--runs R]` is a province's file as a clerk feels it (ProvinceBenchmark.swift).
// `thidua-bench clusters [--units N] [--size S] [--runs R]` is the same units as a province's many small clusters (ClustersBenchmark.swift).
// `thidua-bench frame [--units N] [--keys K]` is what a key costs in process: update and frame (FrameBenchmark.swift).
switch CommandLine.arguments.dropFirst().first {
case "load": exit(LoadBenchmark.main(Array(CommandLine.arguments.dropFirst(2))))
case "ssh": exit(SSHServingBenchmark.main(Array(CommandLine.arguments.dropFirst(2))))
case "worker": exit(LoadWorker.main(Array(CommandLine.arguments.dropFirst(2))))
case "excel": exit(ExcelBenchmark.main(Array(CommandLine.arguments.dropFirst(2))))
case "province": exit(ProvinceBenchmark.main(Array(CommandLine.arguments.dropFirst(2))))
case "clusters": exit(ClustersBenchmark.main(Array(CommandLine.arguments.dropFirst(2))))
case "frame": exit(FrameBenchmark.main(Array(CommandLine.arguments.dropFirst(2))))
default: break
}

func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    return times.sorted()[times.count / 2]
}

func syntheticYear(units count: Int) -> (units: [MemberUnit], scores: [MemberUnit.ID: UnitScores]) {
    var state: UInt64 = 42
    func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
    var units: [MemberUnit] = []
    var scores: [MemberUnit.ID: UnitScores] = [:]
    for index in 0..<count {
        let id = MemberUnit.ID(index + 1)
        units.append(MemberUnit(id: id, name: "Xã số \(index + 1)"))
        // Laid out like the tree, as a loaded year is.
        var unitScores = UnitScores(layout: CriteriaTree.standard.layout)
        for item in CriteriaTree.standard.items {
            let value = Points(hundredths: next(item.maximum.hundredths + 1))
            unitScores.set(value, item: item.code, round: .cluster)
            unitScores.set(value, item: item.code, round: .selfAssessment)
        }
        scores[id] = unitScores
    }
    return (units, scores)
}

let large = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 5_000
let small = max(1, large / 10)
print("thidua benchmarks — medians (ms); \(small) and \(large) units × 15 items")

var reviewTimes: [Int: Double] = [:]
for size in [small, large] {
    let year = syntheticYear(units: size)
    reviewTimes[size] = median(7) {
        _ = Review(units: year.units, scores: year.scores, tree: .standard, rules: .standard, registrations: [:])
    }
    print(String(format: "review (totals, ranking, awards), %5d units: %8.2f ms", size, reviewTimes[size]!))
}
print(String(format: "  ratio %d/%d units: %.1f× (linear would be %.0f×)", large, small,
             reviewTimes[large]! / reviewTimes[small]!, Double(large) / Double(small)))
do {
    // What a confirmed cell recomputes: one unit's result, its place, the award walk.
    let year = syntheticYear(units: large)
    let review = Review(units: year.units, scores: year.scores, tree: .standard, rules: .standard, registrations: [:])
    let unit = year.units[large / 2]
    var scores = year.scores[unit.id] ?? UnitScores()
    var flip = false
    let updateTime = median(21) {
        flip.toggle()
        scores.cluster["1.1"] = Points(flip ? 3 : 9)
        _ = review.updating(unit: unit, scores: scores, tree: .standard, rules: .standard, registrations: [:], votes: [])
    }
    print(String(format: "review after one unit's change (incremental), %5d units: %8.2f ms", large, updateTime))
}

let file = try BenchmarkFile(units: large)
defer { file.remove() }
let (store, reference, year) = (file.store, file.reference, file.year)
print(String(format: "import roster of %d units (one transaction, audited): %8.2f ms", large, file.rosterImport))

var snapshot = try store.snapshot(code: "BENCH", year: 2025)
var entries: [ScoreEntry] = []
for unit in snapshot.units {
    for item in snapshot.tree.items {
        entries.append(ScoreEntry(unitID: unit.id, item: item.code, round: .cluster, points: year.scores[MemberUnit.ID(unit.id)]?.cluster[item.code]))
    }
}
let importTime = try median(1) { try store.importScores(reference, entries: entries, adjustments: [], reason: "bench") }
print(String(format: "import %d scores (one transaction, audited):   %8.2f ms", entries.count, importTime))

let loadTime = try median(5) { snapshot = try store.snapshot(code: "BENCH", year: 2025) }
print(String(format: "load the year (snapshot), %d units:           %8.2f ms", large, loadTime))

let csv = GridCSV.export(snapshot, round: .cluster)
let parseTime = median(5) { _ = GridCSV.parse(data: Data(csv.utf8), file: "grid.csv", snapshot: snapshot, round: .cluster) }
print(String(format: "parse and check a grid CSV of %d lines:       %8.2f ms", large, parseTime))

let unit = snapshot.units[0]
var toggle = false
let saveTime = try median(21) {
    toggle.toggle()
    try store.setScore(reference, ScoreEntry(unitID: unit.id, item: "1.1", round: .selfAssessment, points: Points(toggle ? 5 : 6)))
}
print(String(format: "save one cell (transaction + audit row):         %8.2f ms", saveTime))

let verifyTime = try median(3) { _ = try store.verify() }
print(String(format: "verify the chain and replay it on the data (%d rows): %8.2f ms", try store.verify().auditRows, verifyTime))

// A key press on a screen of 5,000 units: update plus a whole frame rendered (the backend then
// sends only the changed cells).
var state = AppState(size: Size(rows: 24, columns: 80), language: .vietnamese, themeName: "default", availableThemes: [])
_ = App.update(&state, .homeLoaded([]))
_ = App.update(&state, .yearLoaded(snapshot))
for screen in [ScreenID.grid, .ranking, .roster, .pledge] {
    state.screen = screen
    let keyTime = median(21) {
        _ = App.update(&state, .event(.key(.down)))
        _ = App.render(state)
    }
    print(String(format: "key ↓ and a full 80×24 frame on %@, %d units:  %8.3f ms", screen.rawValue, large, keyTime))
}

// The roster is sorted (Vietnamese collation) and filtered when the year loads or the order or
// filter changes, never on a frame.
state.screen = .roster
// The review is worked out when first read (the run loop reads it right after the first frame).
let loadedTime = median(11) {
    _ = App.update(&state, .yearLoaded(snapshot))
    state.shared.workOutReview()
}
print(String(format: "year loaded into the screens (review + roster sort), %d units: %8.3f ms", large, loadedTime))
let orderTime = median(11) {
    // There and back: roster order, then A–Z (the sort), each with its frame.
    for _ in 0..<2 {
        _ = App.update(&state, .event(.key(.character("o"))))
        _ = App.render(state)
    }
}
print(String(format: "roster to roster order and back to A–Z, two frames, %d units: %8.3f ms", large, orderTime))
_ = App.update(&state, .event(.key(.character("f"))))
var filterToggle = false
let filterTime = median(11) {
    filterToggle.toggle()
    _ = App.update(&state, .event(.key(filterToggle ? .character("9") : .backspace)))
    _ = App.render(state)
}
print(String(format: "a filter keystroke (diacritics folded) and a frame, %d units: %8.3f ms", large, filterTime))
_ = App.update(&state, .event(.key(.escape)))

// The ranking with the why panel open, and the meeting presentation's pages.
state.screen = .ranking
_ = App.update(&state, .event(.key(.enter)))
let whyTime = median(21) {
    _ = App.update(&state, .event(.key(.down)))
    _ = App.render(state)
}
print(String(format: "key ↓ with the why panel open on ranking, %d units:  %8.3f ms", large, whyTime))
_ = App.update(&state, .event(.key(.enter)))
state.screen = .meeting
let meetingTime = median(21) {
    _ = App.update(&state, .event(.key(.character(" "))))
    _ = App.render(state)
}
print(String(format: "Space (next page) and a full frame in meeting mode, %d units: %8.3f ms", large, meetingTime))
// A trial score in what-if mode recomputes the whole review on the scratch copy.
state.screen = .ranking
_ = App.update(&state, .event(.key(.character("w"))))
let whatIfTime = median(11) {
    _ = App.update(&state, .event(.key(.character("e"))))
    _ = App.update(&state, .event(.key(.control("u"))))
    _ = App.update(&state, .event(.key(.character("7"))))
    _ = App.update(&state, .event(.key(.enter)))
    _ = App.render(state)
}
print(String(format: "a what-if score (review on the scratch copy) and a frame, %d units: %8.3f ms", large, whatIfTime))
_ = App.update(&state, .event(.key(.character("w"))))

// Confirming a cell recomputes the review (totals, ranks, awards) so the screen follows at once.
state.screen = .grid
let confirmTime = median(11) {
    _ = App.update(&state, .event(.key(.character("5"))))
    _ = App.update(&state, .event(.key(.enter)))
    _ = App.render(state)
    state.shared.workOutReview()  // as the run loop does after each frame
}
print(String(format: "type 5, Enter and a full frame on the grid, %d units:  %8.3f ms", large, confirmTime))
