import Emulation
import Foundation
import GRDB
import Testing
@testable import EmulationStore

@Suite struct AuditChainTests {
    func demoStore(_ database: TemporaryDatabase) throws -> EmulationStore {
        let store = try database.open()
        _ = try store.loadDemo(today: CalendarDate(year: 2026, month: 11, day: 23)!)
        return store
    }

    @Test func untouchedChainVerifies() throws {
        let database = try TemporaryDatabase()
        let report = try demoStore(database).verify()
        #expect(report.passed)
        #expect(report.auditRows > 50)
    }

    @Test func everyRowPointsAtThePreviousOne() throws {
        let database = try TemporaryDatabase()
        let entries = try demoStore(database).auditEntries(limit: 1_000).reversed().map { $0 }
        #expect(entries.first?.previousHash == AuditEntry.genesisHash)
        for (previous, next) in zip(entries, entries.dropFirst()) {
            #expect(next.previousHash == previous.hash)
            #expect(next.id == previous.id + 1)
        }
    }

    @Test(arguments: ["newValue = '10,00'", "actor = 'someone else'", "reason = 'x'", "at = '2020-01-01T00:00:00Z'", "oldValue = 'forged'"])
    func editingAnyFieldOfARowIsDetectedAtThatRow(change: String) throws {
        let database = try TemporaryDatabase()
        let store = try demoStore(database)
        try store.pool.write { db in try db.execute(sql: "UPDATE audit SET \(change) WHERE id = 20") }
        #expect(try store.verify().failure == .rowEdited(id: 20))
    }

    @Test func deletingARowBreaksTheChainAtTheNextRow() throws {
        let database = try TemporaryDatabase()
        let store = try demoStore(database)
        try store.pool.write { db in try db.execute(sql: "DELETE FROM audit WHERE id = 7") }
        #expect(try store.verify().failure == .chainBroken(id: 8))
    }

    @Test func deletingTheNewestRowsIsDetected() throws {
        let database = try TemporaryDatabase()
        let store = try demoStore(database)
        let last = try store.auditEntries(limit: 1)[0].id
        try store.pool.write { db in try db.execute(sql: "DELETE FROM audit WHERE id > ?", arguments: [last - 5]) }
        #expect(try store.verify().failure == .rowsMissingAtEnd(lastID: last - 5, expected: last))
    }

    @Test func rewritingARowWithAFreshHashStillBreaksTheChain() throws {
        let database = try TemporaryDatabase()
        let store = try demoStore(database)
        let row = try store.auditEntries(limit: 1_000).first { $0.id == 12 }!
        let forged = AuditEntry.computeHash(id: row.id, at: row.at, actor: "forger", action: row.action, entity: row.entity,
                                            oldValue: row.oldValue, newValue: row.newValue, reason: row.reason, previousHash: row.previousHash)
        try store.pool.write { db in try db.execute(sql: "UPDATE audit SET actor = 'forger', hash = ? WHERE id = 12", arguments: [forged]) }
        #expect(try store.verify().failure == .chainBroken(id: 13))
    }

    @Test func chainContinuesAcrossProcessesAndReopen() throws {
        let database = try TemporaryDatabase()
        _ = try demoStore(database)
        let store = try database.open(actor: "second")
        let reference = try store.clusterYear(code: "HN-10", year: 2020)
        let unit = try store.snapshot(code: "HN-10", year: 2020).units[1]
        try store.setAdjustment(reference, unitID: unit.id, kind: .bonus, Adjustment(points: Points(2), reason: "Mô hình tiêu biểu"))
        #expect(try store.verify().passed)
        #expect(try store.auditEntries(limit: 1)[0].actor == "second")
    }
}
