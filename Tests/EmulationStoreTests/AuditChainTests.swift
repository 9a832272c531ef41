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

    /// The data images an audit row carries, as its hash takes them.
    static func images(_ store: EmulationStore, auditID: Int64) throws -> [AuditImage] {
        try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT seq, tableName, rowKey, image FROM auditImage WHERE auditId = ? ORDER BY seq", arguments: [auditID])
                .map { AuditImage(seq: $0[0], tableName: $0[1], rowKey: $0[2], image: $0[3]) }
        }
    }

    /// An audit row's images are stored up to `rowsPerInsert` in a statement: more than that
    /// (a tree of 100 items with its bonus and deduction, a year copied) are all stored, in
    /// order, with their texts and a deleted row's missing image, across the statements.
    @Test(arguments: [1, AuditImage.rowsPerInsert, AuditImage.rowsPerInsert + 1, 2 * AuditImage.rowsPerInsert + 37])
    func everyImageOfARowIsStoredInOrder(count: Int) throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let images = (1...count).map { (seq: Int) -> AuditImage in
            let table = seq % 3 == 0 ? "adjustment" : "score"
            let image: String? = seq % 5 == 0 ? nil : "{\"hundredths\":\(seq)}"
            return AuditImage(seq: Int64(seq), tableName: table, rowKey: "[\(seq),7,\"cluster\"]", image: image)
        }
        try store.pool.write { db in try AuditImage.insert(images, auditID: 42, db) }
        #expect(try Self.images(store, auditID: 42) == images)
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
                                            oldValue: row.oldValue, newValue: row.newValue, reason: row.reason, previousHash: row.previousHash,
                                            images: try Self.images(store, auditID: 12))
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

    /// A row with no images hashes exactly as rows did before images existed, so the chains of
    /// older files still verify (the expected value computed apart, from the fields joined by U+001F).
    @Test func aRowWithoutImagesHashesAsBefore() {
        let hash = AuditEntry.computeHash(id: 1, at: "2024-01-01T00:00:00.000+0700", actor: "tester", action: "score.set",
                                          entity: "HP-KH/2023/Vĩnh Bảo/1.1/cluster", oldValue: "9,65", newValue: nil, reason: "demo",
                                          previousHash: AuditEntry.genesisHash)
        #expect(hash == "6a0a4f960db18ba9a950c50395fefb52a17bd09d563e5718a913146b1d2f29e1")
    }

    /// The same bytes, authenticated with a key: HMAC-SHA-256 (computed apart).
    @Test func aKeyedRowIsAnHMACOfTheSameBytes() throws {
        let key = try #require(AuditKey(bytes: Data(repeating: UInt8(ascii: "k"), count: 32)))
        let hash = AuditEntry.computeHash(id: 1, at: "2024-01-01T00:00:00.000+0700", actor: "tester", action: "score.set",
                                          entity: "HP-KH/2023/Vĩnh Bảo/1.1/cluster", oldValue: "9,65", newValue: nil, reason: "demo",
                                          previousHash: AuditEntry.genesisHash, key: key)
        #expect(hash == "3315190c9ae1e439b81a6c92af95a4a5993d98d1b9dff9cd69989df8827b7f9b")
        #expect(AuditKey(bytes: Data(repeating: 1, count: 31)) == nil)
    }

    @Test func everyFieldOfAnImageIsPartOfItsRowsHash() {
        let image = AuditImage(seq: 1, tableName: "score", rowKey: "[1,2,\"cluster\"]", image: "{\"hundredths\":965}")
        let hash = { (images: [AuditImage]) in
            AuditEntry.computeHash(id: 1, at: "t", actor: "a", action: "score.set", entity: "e", oldValue: nil, newValue: "9,65", reason: "",
                                   previousHash: AuditEntry.genesisHash, images: images)
        }
        var variants = [[], [image]]
        for change in [{ (i: inout AuditImage) in i.seq = 2 }, { $0.tableName = "adjustment" }, { $0.rowKey = "[1,2,\"self\"]" },
                       { $0.image = "{\"hundredths\":966}" }, { $0.image = nil }, { $0.image = "" }] {
            var changed = image
            change(&changed)
            variants.append([changed])
        }
        variants.append([image, image])
        #expect(Set(variants.map(hash)).count == variants.count)
    }
}
