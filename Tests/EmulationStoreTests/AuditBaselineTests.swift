import Emulation
import Foundation
import GRDB
import Testing
@testable import EmulationStore

/// A file made before audit images gets a baseline row carrying the image of every data row, so
/// it verifies, and from that row on the trail proves its data.
@Suite struct AuditBaselineTests {
    /// The migration that adds images, and the one before it (whatever its name).
    static let imagesMigration = "v9-audit-images"
    static var before: String {
        let all = Schema.migrator.migrations
        return all[all.firstIndex(of: imagesMigration)! - 1]
    }

    /// A file as thidua left it before images: data, and one audit row of the old kind.
    func olderFile(_ database: TemporaryDatabase) throws {
        let queue = try DatabaseQueue(path: database.path)
        try Schema.migrator.migrate(queue, upTo: Self.before)
        let rules = String(decoding: try JSONEncoder().encode(RuleSet.standard), as: UTF8.self)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO cluster (id, code, name, kind) VALUES (1, 'OLD', 'Cụm cũ', 'cum');
                INSERT INTO clusterYear (id, clusterId, year, status, rules) VALUES (1, 1, 2025, 'scoring', ?);
                INSERT INTO criterion (id, clusterYearId, code, title, maxHundredths, position) VALUES (1, 1, '1', 'TC1', 1000, 1), (2, 1, '1.1', 'a', 1000, 2);
                UPDATE criterion SET parentId = 1 WHERE id = 2;
                INSERT INTO unit (id, clusterId, name) VALUES (1, 1, 'Đơn vị A'), (2, 1, 'Đơn vị B');
                INSERT INTO membership (clusterYearId, unitId, role, position) VALUES (1, 1, 'head', 1), (1, 2, 'member', 2);
                INSERT INTO score (clusterYearId, unitId, criterionId, round, hundredths) VALUES (1, 1, 2, 'self', 950), (1, 2, 2, 'cluster', 700);
                """, arguments: [rules])
            let hash = AuditEntry.computeHash(id: 1, at: "2025-01-01T00:00:00.000+0700", actor: "old", action: "cluster.create", entity: "cluster OLD",
                                              oldValue: nil, newValue: "Cụm cũ", reason: "", previousHash: AuditEntry.genesisHash)
            try db.execute(sql: """
                INSERT INTO audit (id, at, actor, action, entity, oldValue, newValue, reason, previousHash, hash)
                VALUES (1, '2025-01-01T00:00:00.000+0700', 'old', 'cluster.create', 'cluster OLD', NULL, 'Cụm cũ', '', ?, ?)
                """, arguments: [AuditEntry.genesisHash, hash])
        }
        try queue.close()
    }

    @Test func anOlderFileVerifiesFromItsBaselineOn() throws {
        let database = try TemporaryDatabase()
        try olderFile(database)
        let store = try database.open()
        let report = try store.verify()
        #expect(report.passed)
        #expect(report.auditRows == 4, "the old row, the baseline, then the file owner's account and admin role")
        #expect(report.baselineID == 2)
        let baseline = try #require(try store.auditEntries(limit: 10).first { $0.id == 2 })
        #expect(baseline.action == "baseline" && baseline.actor == "thidua")
        let images = try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM auditImage WHERE auditId = 2")! }
        #expect(images == 1 + 1 + 2 + 2 + 2 + 2, "cluster, year, items, units, members, scores")
        try database.editOutside("UPDATE score SET hundredths = 1000 WHERE unitId = 2")
        let tampered = try store.verify()
        #expect(tampered.findings.map(\.table) == ["score"])
        #expect(tampered.findings.first?.unit == "Đơn vị B")
    }

    @Test func aNewFileHasNoBaseline() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        #expect(try store.auditEntries().map(\.action) == ["role.grant", "account.add"], "only the owner's account, no baseline")
        _ = try store.createClusterWithYear(Cluster(code: "QA", name: "Cụm thử", kind: .cluster, authority: ""), year: 2025)
        let report = try store.verify()
        #expect(report.passed && report.baselineID == nil)
    }
}
