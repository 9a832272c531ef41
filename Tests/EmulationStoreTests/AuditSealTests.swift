import Emulation
import Foundation
import GRDB
import Testing
@testable import EmulationStore

/// The seal a document carries (row count and the start of the head's hash) finds a rewrite of
/// the whole chain, which the chain alone cannot.
@Suite struct AuditSealTests {
    func demo(_ database: TemporaryDatabase) throws -> EmulationStore {
        let store = try database.open()
        _ = try store.loadDemo(today: CalendarDate(year: 2026, month: 11, day: 23)!)
        return store
    }

    @Test func aSealIsTheRowCountAndTheStartOfTheHeadsHash() throws {
        let database = try TemporaryDatabase()
        let store = try demo(database)
        let seal = try store.seal()
        let head = try store.auditEntries(limit: 1)[0]
        #expect(seal.count == (try store.verify().auditRows))
        #expect(seal.hash == String(head.hash.prefix(12)))
        #expect(seal.description == "\(seal.count):\(seal.hash)")
        #expect(AuditSeal(seal.description) == seal)
    }

    @Test(arguments: ["", "1234", "1234:", ":3fa9c2e01b7d", "0:3fa9c2e01b7d", "-3:3fa9c2e01b7d", "12:3fa", "12:3fa9c2e01b7g", "12:3f:a9", "a:3fa9c2e01b7d"])
    func aSealThatIsNotCountColonHashIsRefused(text: String) {
        #expect(AuditSeal(text) == nil)
    }

    @Test func aSealIsReadInEitherCase() {
        #expect(AuditSeal(" 1234:3FA9C2e01b7d ") == AuditSeal(count: 1234, hash: "3fa9c2e01b7d"))
    }

    @Test func theCurrentSealAndAnEarlierOnePass() throws {
        let database = try TemporaryDatabase()
        let store = try demo(database)
        let earlier = try store.seal()
        let reference = try store.clusterYear(code: "HN-10", year: 2020)
        try store.setNote(reference, unitID: try store.snapshot(code: "HN-10", year: 2020).units[0].id, item: "1.1", note: "Có minh chứng")
        let report = try store.verify(seal: earlier)
        #expect(report.passed && report.sealProblem == nil && report.seal == earlier)
        #expect(try store.verify(seal: try store.seal()).passed)
    }

    @Test func aSealBeyondTheChainFails() throws {
        let database = try TemporaryDatabase()
        let store = try demo(database)
        let seal = try store.seal()
        let further = AuditSeal(count: seal.count + 3, hash: seal.hash)
        let report = try store.verify(seal: further)
        #expect(!report.passed)
        #expect(report.sealProblem == .fewerRows(seal: further, rows: seal.count))
    }

    /// A forger changes a score, its audit row's text and image, and recomputes every later
    /// hash: the chain and the data agree again, and only the seal tells.
    @Test func aFullRewriteOfTheChainPassesWithoutTheSealAndFailsWithIt() throws {
        let database = try TemporaryDatabase()
        let store = try demo(database)
        let seal = try store.seal()
        let id = try Forger(database: database).changeScore(cluster: "HP-KH", year: 2023, unit: "Thủy Nguyên", item: "1.1", round: "cluster",
                                                            to: 1000, text: "10,00")
        let unsealed = try store.verify()
        #expect(unsealed.passed, "\(unsealed)")
        let sealed = try store.verify(seal: seal)
        #expect(!sealed.passed)
        guard case .hashDiffers(let checked, let rowID, let hash)? = sealed.sealProblem else {
            Issue.record("expected the seal's row to differ, got \(String(describing: sealed.sealProblem))")
            return
        }
        #expect(checked == seal && rowID == Int64(seal.count) && !hash.hasPrefix(seal.hash))
        #expect(id < rowID)
    }
}
