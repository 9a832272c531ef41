import Emulation
import Foundation
import Testing
@testable import EmulationStore

/// No stored text holds a control character, whatever write brings it: each path is refused
/// naming the field, and nothing is written.
@Suite struct StoredTextTests {
    static let escape = "Nhiệm vụ \u{1B}[2J"

    func year() throws -> (TemporaryDatabase, EmulationStore, ClusterYearReference, Int64) {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let reference = try store.createClusterWithYear(Cluster(code: "QA", name: "Cụm thử", kind: .cluster, authority: ""), year: 2024)
        let unit = try store.addUnit(reference, MemberUnit(id: 0, name: "Vĩnh Bảo"), role: .head)
        return (database, store, reference, unit)
    }

    @Test func everyPathRefusesAControlCharacterNamingTheField() throws {
        let (_, store, reference, unit) = try year()
        let before = try store.auditEntries(limit: 1).first?.id
        #expect(throws: StoreError.controlCharacterStored(column: "pledgeTask.text")) { try store.saveTask(reference, id: nil, text: Self.escape) }
        #expect(throws: StoreError.controlCharacterStored(column: "pledge.title")) {
            try store.savePledgeHeader(reference, PledgeHeader(title: "Giao ước\u{7}"))
        }
        #expect(throws: StoreError.controlCharacterStored(column: "pledgeModel.name")) {
            try store.setModels(reference, unitID: unit, models: ["Mô hình\u{9B}31m"])
        }
        #expect(throws: StoreError.controlCharacterStored(column: "signature.signer")) {
            try store.sign(reference, unitID: unit, signer: "Phạm\tVăn D", position: "", date: CalendarDate(year: 2024, month: 1, day: 2)!)
        }
        #expect(throws: StoreError.controlCharacterStored(column: "meeting.place")) {
            try store.saveMeeting(reference, MeetingRecord(place: "Hội trường\u{1B}]0;x\u{7}"))
        }
        #expect(throws: StoreError.controlCharacterStored(column: "cluster.name")) {
            try store.updateCluster(Cluster(code: "QA", name: "Cụm\u{7F}", kind: .cluster, authority: ""))
        }
        try store.setStatus(reference, to: .scoring)
        let after = try #require(try store.auditEntries(limit: 1).first?.id)
        #expect(throws: StoreError.controlCharacterStored(column: "audit.reason")) { try store.unlockCriteria(reference, reason: "Sửa\u{1B}[0m") }
        #expect(throws: StoreError.controlCharacterStored(column: "itemNote.note")) {
            try store.setNote(reference, unitID: unit, item: "1.1", note: "Minh chứng\u{1B}P")
        }
        #expect(try store.auditEntries(limit: 1).first?.id == after, "nothing refused was written")
        #expect(before != nil)
    }

    @Test func theAttendeesKeepOnePerLineButNoOtherControl() throws {
        let (_, store, reference, _) = try year()
        try store.saveMeeting(reference, MeetingRecord(attendees: ["Lãnh đạo UBND huyện Vĩnh Bảo", "Ban Thi đua – Khen thưởng"]))
        #expect(try store.snapshot(code: "QA", year: 2024).meeting.attendees.count == 2)
        #expect(throws: StoreError.controlCharacterStored(column: "meeting.attendees")) {
            try store.saveMeeting(reference, MeetingRecord(attendees: ["Lãnh đạo\u{1B}[31m"]))
        }
    }

    /// The guard (and the capture of changes) is made before a connection's first write, not
    /// when it opens: a command that only reads never parses it. A write the guard refuses is
    /// rolled back; the guard stays, made outside that transaction.
    @Test func theGuardIsMadeAtTheFirstWriteAndOutlivesARefusedOne() throws {
        let (database, _, reference, _) = try year()
        let reader = try database.open()
        #expect(try reader.snapshot(code: "QA", year: 2024).units.count == 1)
        #expect(try !reader.pool.read(WriteGuards.areInstalled))
        #expect(throws: StoreError.controlCharacterStored(column: "pledgeTask.text")) { try reader.saveTask(reference, id: nil, text: Self.escape) }
        #expect(try reader.pool.read(WriteGuards.areInstalled))
        try reader.pool.write { db in
            #expect(throws: (any Error).self) { try db.execute(sql: "UPDATE cluster SET name = 'Cụm\u{1B}[0m'") }
        }
        #expect(try reader.snapshot(code: "QA", year: 2024).cluster.name == "Cụm thử")
    }
}
