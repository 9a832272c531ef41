import Emulation
import Foundation
import GRDB
import Testing
@testable import EmulationStore

/// No data change is committed without an audit row after it, which carries its image.
@Suite struct AuditedWritesTests {
    static let cluster = Cluster(code: "QA", name: "Cụm thử", kind: .cluster, authority: "UBND tỉnh")

    func authority(_ store: EmulationStore) throws -> String {
        try store.pool.read { db in try String.fetchOne(db, sql: "SELECT authority FROM cluster WHERE code = 'QA'") ?? "" }
    }

    @Test func aChangeAfterTheTransactionsLastAuditRowRollsItAllBack() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        try store.createCluster(Self.cluster)
        let before = try store.lastChange()
        #expect(throws: StoreError.unauditedChange(table: "cluster")) {
            try store.write(.editCluster, in: "QA") { db in
                try store.audit.append(db, action: "cluster.update", entity: "cluster QA", old: nil, new: "UBND huyện")
                try db.execute(sql: "UPDATE cluster SET authority = 'UBND huyện' WHERE code = 'QA'")
            }
        }
        #expect(try store.lastChange() == before)
        #expect(try authority(store) == "UBND tỉnh")
        #expect(try store.verify().passed)
    }

    @Test func aChangeWithNoAuditRowIsRolledBack() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        try store.createCluster(Self.cluster)
        #expect(throws: StoreError.unauditedChange(table: "cluster")) {
            try store.write(.editCluster, in: "QA") { db in try db.execute(sql: "UPDATE cluster SET authority = 'UBND huyện' WHERE code = 'QA'") }
        }
        #expect(try authority(store) == "UBND tỉnh")
    }

    /// The audit row takes the image of the change made before it, in the same transaction.
    @Test func anAuditRowCarriesTheImagesOfTheChangesBeforeIt() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        try store.createCluster(Self.cluster)
        try store.updateCluster(Cluster(code: "QA", name: "Cụm thử", kind: .cluster, authority: "UBND huyện"))
        let images = try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT tableName, rowKey, image FROM auditImage WHERE auditId = (SELECT max(id) FROM audit)")
        }
        #expect(images.count == 1)
        #expect(images.first?["tableName"] == "cluster")
        #expect(images.first?["rowKey"] == "[1]")
        #expect((images.first?["image"] as String?)?.contains("\"authority\":\"UBND huyện\"") == true)
    }

    /// What a tool changes on the store's own connection outside a store write is no store
    /// change: the next audit row does not take it, and `verify` finds it.
    @Test func aChangeOutsideAStoreWriteIsNotTakenByTheNextAuditRow() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let reference = try store.createClusterWithYear(Self.cluster, year: 2025)
        try store.pool.write { db in try db.execute(sql: "UPDATE cluster SET authority = 'giả mạo' WHERE code = 'QA'") }
        _ = try store.addUnit(reference, MemberUnit(id: 0, name: "An Lão"), role: .member)
        let report = try store.verify()
        #expect(report.failure == nil)
        #expect(report.findings.map(\.table) == ["cluster"])
    }

    // MARK: Writes whose audit row comes after everything they change

    @Test func removingAUnitFromTheMiddleThatStaysInTheClusterAuditsTheNewPlaces() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let reference = try store.createClusterWithYear(Self.cluster, year: 2025)
        let ids = try ["Vĩnh Bảo", "An Lão", "Cát Hải"].map { try store.addUnit(reference, MemberUnit(id: 0, name: $0), role: .member) }
        let next = try store.openNextYear(after: reference)
        try store.removeUnit(next, unitID: ids[1])
        #expect(try store.snapshot(code: "QA", year: 2026).memberships.map(\.position) == [1, 2])
        #expect(try store.auditEntries(limit: 1).map(\.action) == ["membership.remove"])
        #expect(try store.verify().passed)
    }

    /// An old file where members share a place: a move out of range changes nothing, not even
    /// the numbering, which no audit row would follow.
    @Test func aMoveOutOfRangeOnAnOldRosterChangesNothing() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let reference = try store.createClusterWithYear(Self.cluster, year: 2025)
        let ids = try ["Vĩnh Bảo", "An Lão", "Cát Hải"].map { try store.addUnit(reference, MemberUnit(id: 0, name: $0), role: .member) }
        try database.editOutside("UPDATE membership SET position = 1")
        let before = try store.lastChange()
        try store.moveUnit(reference, unitID: ids[2], by: 1)
        #expect(try store.lastChange() == before)
        #expect(try store.snapshot(code: "QA", year: 2025).memberships.map(\.position) == [1, 1, 1])
        try store.moveUnit(reference, unitID: ids[2], by: -1)
        #expect(try store.snapshot(code: "QA", year: 2025).units.map(\.name) == ["Vĩnh Bảo", "Cát Hải", "An Lão"])
    }

    /// The same for the pledge's tasks, numbered with gaps.
    @Test func aTaskMovedOutOfRangeOnAnOldPledgeChangesNothing() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let reference = try store.createClusterWithYear(Self.cluster, year: 2025)
        try store.savePledge(reference, title: "Giao ước thi đua", slogan: "", date: nil, place: "", tasks: ["Một", "Hai"], drives: [])
        try database.editOutside("UPDATE pledgeTask SET position = position * 2")
        let last = try store.pool.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM pledgeTask ORDER BY position DESC LIMIT 1")! }
        let before = try store.lastChange()
        try store.moveTask(reference, id: last, by: 1)
        #expect(try store.lastChange() == before)
        #expect(try store.pool.read { db in try Int.fetchAll(db, sql: "SELECT position FROM pledgeTask ORDER BY position") } == [2, 4])
    }
}
