import Emulation
import EmulationStore
import Foundation
import TerminalUI

/// `thidua-bench frame [--units N] [--keys K] [--db FILE --cluster C --year Y]`: what a key
/// costs the program before the terminal gets a byte, in process and split in two: the update
/// (the key routed and applied) and the frame rendered whole. ↓ twenty times, then ↑ twenty
/// times, within the grid's page (no scrolling), as `pty_probe.py` sends them. Medians over K
/// keys at 80×24 and at 200×60. Without `--db`, a year of N synthetic units is made through the
/// store (roster and cluster scores imported).
enum FrameBenchmark {
    static func main(_ arguments: [String]) -> Int32 {
        func option(_ name: String) -> String? {
            arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
        }
        let keys = option("--keys").flatMap(Int.init) ?? 2_000
        let pause = option("--pause").flatMap(UInt32.init) ?? 0
        do {
            let snapshot: YearSnapshot
            var scratch: BenchmarkFile?
            if let path = option("--db") {
                guard let cluster = option("--cluster"), let year = option("--year").flatMap(Int.init) else {
                    print("frame: --db needs --cluster and --year")
                    return 2
                }
                snapshot = try EmulationStore(path: path, login: NSUserName()).snapshot(code: cluster, year: year)
            } else {
                let units = option("--units").flatMap(Int.init) ?? 10_000
                let file = try BenchmarkFile(units: units)
                scratch = file
                var loaded = try file.store.snapshot(code: "BENCH", year: 2025)
                let entries = loaded.units.flatMap { unit in
                    loaded.tree.items.map { item in
                        ScoreEntry(unitID: unit.id, item: item.code, round: .cluster,
                                   points: file.year.scores[MemberUnit.ID(unit.id)]?.cluster[item.code])
                    }
                }
                _ = try file.store.importScores(file.reference, entries: entries, adjustments: [], reason: "bench")
                loaded = try file.store.snapshot(code: "BENCH", year: 2025)
                snapshot = loaded
            }
            defer { scratch?.remove() }
            print("thidua-bench frame — \(snapshot.units.count) units, grid screen, \(keys) keys (↓ ×20, ↑ ×20), medians in µs")
            for size in [Size(rows: 24, columns: 80), Size(rows: 60, columns: 200)] {
                var state = AppState(size: size, language: .vietnamese, themeName: "default", availableThemes: [])
                _ = App.update(&state, .homeLoaded([]))
                _ = App.update(&state, .yearLoaded(snapshot))
                state.screen = .grid
                _ = App.render(state)
                var updates: [Double] = []
                var renders: [Double] = []
                updates.reserveCapacity(keys)
                renders.reserveCapacity(keys)
                for index in 0..<keys {
                    let key: Key = (index / 20) % 2 == 0 ? .down : .up
                    if pause > 0 { usleep(pause * 1_000) }
                    let start = DispatchTime.now().uptimeNanoseconds
                    _ = App.update(&state, .event(.key(key)))
                    let updated = DispatchTime.now().uptimeNanoseconds
                    _ = App.render(state)
                    let rendered = DispatchTime.now().uptimeNanoseconds
                    updates.append(Double(updated - start) / 1_000)
                    renders.append(Double(rendered - updated) / 1_000)
                }
                func middle(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
                print(String(format: "  %d×%d: update %6.1f µs, render %6.1f µs, both %6.1f µs", size.columns, size.rows,
                             middle(updates), middle(renders), middle(zip(updates, renders).map(+))))
            }
            return 0
        } catch {
            print("frame: \(error)")
            return 1
        }
    }
}
