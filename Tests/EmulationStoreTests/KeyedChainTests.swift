import Emulation
import Foundation
import GRDB
import Testing
@testable import EmulationStore

/// Where the program holds a key its users cannot read, the chain is HMAC-SHA-256 with it: a
/// forger who can edit the file but has not the key cannot recompute it.
@Suite struct KeyedChainTests {
    static let key = AuditKey(bytes: Data((0..<32).map { UInt8($0) }))!
    static let otherKey = AuditKey(bytes: Data((0..<32).map { UInt8(255 - $0) }))!

    func unitID(_ store: EmulationStore, _ name: String = "Sóc Sơn") throws -> Int64 {
        try store.snapshot(code: "HN-10", year: 2020).units.first { $0.name == name }!.id
    }

    func write(_ store: EmulationStore, note: String = "Có minh chứng") throws {
        try store.setNote(try store.clusterYear(code: "HN-10", year: 2020), unitID: try unitID(store), item: "1.1", note: note)
    }

    /// The demo, loaded by a store without a key (a plain chain).
    func plainDemo(_ database: TemporaryDatabase) throws {
        _ = try database.open().loadDemo(today: CalendarDate(year: 2026, month: 11, day: 23)!)
    }

    @Test func theFirstKeyedWriteMarksThePlainChainAndLaterRowsAreKeyed() throws {
        let database = try TemporaryDatabase()
        try plainDemo(database)
        let store = try database.open(auditKey: Self.key)
        try write(store)
        let rows = try store.auditEntries(limit: 2)
        #expect(rows.map(\.action) == ["note.set", "chain.keyed"])
        #expect(rows[1].newValue == Self.key.id && rows[1].entity == "audit chain")
        let report = try store.verify()
        #expect(report.passed, "\(report)")
        #expect(report.chain == .keyed(fromID: rows[1].id, keyID: Self.key.id, checked: true))
        try write(store, note: "Lần hai")
        #expect(try store.auditEntries(limit: 2).map(\.action) == ["note.set", "note.set"], "one marker")
        #expect(try store.verify().passed)
    }

    @Test func aKeyIdIsTheStartOfTheKeysSHA256() {
        #expect(Self.key.id.count == 16 && Self.key.id != Self.otherKey.id)
        #expect(Self.key.id.allSatisfy { $0.isHexDigit })
    }

    @Test func withoutTheKeyTheKeyedPartIsNotAPassAndCannotBeExtended() throws {
        let database = try TemporaryDatabase()
        try plainDemo(database)
        try write(try database.open(auditKey: Self.key))
        let store = try database.open()
        let report = try store.verify()
        #expect(report.failure == nil && report.findings.isEmpty)
        #expect(!report.passed)
        guard case .keyed(_, Self.key.id, checked: false) = report.chain else {
            Issue.record("expected an unchecked keyed chain, got \(report.chain)")
            return
        }
        let before = try store.lastChange()
        #expect(throws: StoreError.auditKeyRequired(fileKeyID: Self.key.id)) { try write(store, note: "Khác") }
        #expect(try store.lastChange() == before)
    }

    @Test func anotherKeyCanNeitherExtendNorCheckTheChain() throws {
        let database = try TemporaryDatabase()
        try plainDemo(database)
        try write(try database.open(auditKey: Self.key))
        let store = try database.open(auditKey: Self.otherKey)
        #expect(throws: StoreError.auditKeyMismatch(fileKeyID: Self.key.id, keyID: Self.otherKey.id)) { try write(store, note: "Khác") }
        #expect(try store.verify().failure == .keyMismatch(fileKeyID: Self.key.id, keyID: Self.otherKey.id))
    }

    @Test func aKeyOnAPlainChainFails() throws {
        let database = try TemporaryDatabase()
        try plainDemo(database)
        let report = try database.open(auditKey: Self.key).verify()
        #expect(report.failure == .chainNotKeyed(keyID: Self.key.id))
    }

    /// A forger who changes a value and recomputes the chain, with plain SHA-256 or with a
    /// wrong key, is caught at the first row they rehashed.
    @Test(arguments: [nil, otherKey])
    func aForgerWithoutTheKeyIsCaught(guess: AuditKey?) throws {
        let database = try TemporaryDatabase()
        let keyed = try database.open(auditKey: Self.key)
        _ = try keyed.loadDemo(today: CalendarDate(year: 2026, month: 11, day: 23)!)
        #expect(try keyed.verify().passed)
        let id = try Forger(database: database, key: guess).changeScore(cluster: "HP-KH", year: 2023, unit: "Thủy Nguyên", item: "1.1",
                                                                         round: "cluster", to: 1000, text: "10,00")
        #expect(try keyed.verify().failure == .rowEdited(id: id))
    }

    /// The forger drops the marker and rebuilds the whole chain plain: the server, which keys
    /// the chain, finds it plain.
    @Test func aChainRebuiltPlainFromTheStartIsFoundByTheServer() throws {
        let database = try TemporaryDatabase()
        let keyed = try database.open(auditKey: Self.key)
        _ = try keyed.loadDemo(today: CalendarDate(year: 2026, month: 11, day: 23)!)
        try Forger(database: database).rewrite(from: 1) { db in
            try db.execute(sql: """
                DELETE FROM audit WHERE action = 'chain.keyed';
                UPDATE audit SET id = id - 1;
                UPDATE auditImage SET auditId = auditId - 1;
                UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'audit';
                """)
        }
        #expect(try database.open().verify().passed, "locally the rebuilt chain looks sound")
        #expect(try keyed.verify().failure == .chainNotKeyed(keyID: Self.key.id))
    }
}
