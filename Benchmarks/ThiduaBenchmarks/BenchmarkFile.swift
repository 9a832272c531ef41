import Emulation
import EmulationStore
import Foundation

/// A scratch file in the temporary folder holding the cluster BENCH's year 2025 with `units`
/// synthetic units put on its roster by the importer, as a clerk's roster file would.
struct BenchmarkFile {
    let folder: URL
    let store: EmulationStore
    let reference: ClusterYearReference
    let year: (units: [MemberUnit], scores: [MemberUnit.ID: UnitScores])
    /// How long the roster's import took (ms).
    let rosterImport: Double

    init(units: Int) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try EmulationStore(path: folder.appendingPathComponent("bench.sqlite").path, login: "bench")
        try store.createCluster(Cluster(code: "BENCH", name: "Cụm đo", kind: .cluster, authority: ""))
        let reference = try store.createYear(clusterCode: "BENCH", year: 2025)
        self.reference = reference
        year = syntheticYear(units: units)
        let roster = "name\n" + year.units.map(\.name).joined(separator: "\n") + "\n"
        guard case .success(let rows) = RosterCSV.parse(data: Data(roster.utf8), file: "roster.csv") else { fatalError("roster") }
        let store = store
        rosterImport = try median(1) { try store.importRoster(reference, rows: rows) }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
