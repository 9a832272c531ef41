import Emulation
import EmulationStore
import Foundation
import TestSupport
import Testing

/// A cluster-year of three units on a temporary file (WAL, as every clerk's), removed when the
/// test is done: what the clerks' run loops open, and where the tests read what was stored.
final class SharedYear {
    static let code = "QA"
    static let year = 2024
    static let units = ["Vĩnh Bảo", "Thủy Nguyên", "An Lão"]

    let directory: URL
    var path: String { directory.appendingPathComponent("thidua.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-runloop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try open(as: "setup")
        let reference = try store.createClusterWithYear(Cluster(code: Self.code, name: "Cụm thử", kind: .cluster, authority: ""), year: Self.year)
        for name in Self.units {
            try store.addUnit(reference, MemberUnit(id: 0, name: name), role: .member)
        }
        // The tests' reader has its account before any lock is held (adding one is a write).
        _ = try open(as: "reader")
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// The file as `actor` opens it. A statement waits `busyTimeout` for another connection's
    /// lock, a quarter of a second as on the screens, so a save under a held lock soon says so.
    func open(as actor: String, busyTimeout: TimeInterval = 0.25) throws -> EmulationStore {
        try EmulationStore.opening(path, as: actor, busyTimeout: busyTimeout)
    }

    /// What is stored in a unit's self-assessment cell of item `item`, as a person writes it ("7,00").
    func selfScore(_ unit: String, item: String = "1.1") throws -> String? {
        let snapshot = try open(as: "reader").snapshot(code: Self.code, year: Self.year)
        guard let id = snapshot.units.first(where: { $0.name == unit })?.id else { return nil }
        return snapshot.scores[id]?.selfAssessment[item].map { DecimalText.format($0) }
    }

    /// The audit rows, oldest first, of the self-assessment cell (unit, item).
    func scoreAudit(_ unit: String, item: String = "1.1") throws -> [AuditEntry] {
        try open(as: "reader").auditEntries(limit: 1_000).reversed()
            .filter { $0.action == "score.set" && $0.entity == "\(Self.code)/\(Self.year)/\(unit)/\(item)/self" }
    }

    /// Another clerk's write of a self-assessment cell, as an import or a command makes it (no check).
    func write(_ points: Int, to unit: String, item: String = "1.1", as actor: String) throws {
        let store = try open(as: actor)
        let reference = try store.clusterYear(code: Self.code, year: Self.year)
        let snapshot = try store.snapshot(code: Self.code, year: Self.year)
        let id = try #require(snapshot.units.first { $0.name == unit }?.id)
        try store.setScore(reference, ScoreEntry(unitID: id, item: item, round: .selfAssessment, points: Points(hundredths: points * 100)))
    }

    /// The same, as a step of a clerk's script: the other clerk saves between two of their keys.
    func written(_ points: Int, to unit: String, item: String = "1.1", by actor: String) -> MemoryTerminal.Step {
        .run { try self.write(points, to: unit, item: item, as: actor) }
    }
}
