import Emulation
import Foundation
import GRDB
import Testing
@testable import EmulationStore

/// The review meeting's record (v5-meeting): saved, loaded with the snapshot, audited, refused on
/// a closed year, and added to databases of every earlier schema.
@Suite struct MeetingStoreTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 23)!
    static let meeting = MeetingRecord(date: CalendarDate(year: 2023, month: 12, day: 20), place: "Hội trường UBND huyện Vĩnh Bảo",
                                       chair: "Nguyễn Văn A", secretary: "Trần Thị B",
                                       attendees: ["Ban Thi đua – Khen thưởng thành phố", "Lãnh đạo 8 huyện"], note: "Họp trực tiếp")

    func demo(_ database: TemporaryDatabase) throws -> EmulationStore {
        let store = try database.open()
        _ = try store.loadDemo(today: Self.today)
        return store
    }

    @Test func aMeetingRoundTripsThroughTheSnapshot() throws {
        let database = try TemporaryDatabase()
        let store = try demo(database)
        #expect(try store.snapshot(code: "HP-KH", year: 2023).meeting == MeetingRecord())
        let reference = try store.clusterYear(code: "HP-KH", year: 2023)
        try store.saveMeeting(reference, Self.meeting)
        #expect(try store.snapshot(code: "HP-KH", year: 2023).meeting == Self.meeting)
        // Another year of the cluster, and another cluster, are untouched.
        #expect(try store.snapshot(code: "HN-10", year: 2020).meeting.isEmpty)
        // A second save replaces the record; clearing the date stores NULL, not an empty text.
        var changed = Self.meeting
        changed.date = nil
        changed.attendees = ["Chỉ một người"]
        try store.saveMeeting(reference, changed)
        #expect(try store.snapshot(code: "HP-KH", year: 2023).meeting == changed)
        let rows = try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM meeting WHERE date IS NULL") }
        #expect(rows == 1)
    }

    @Test func attendeesKeepTheirOrderAndALineBreakInANameDoesNotSplitIt() throws {
        let database = try TemporaryDatabase()
        let store = try demo(database)
        let reference = try store.clusterYear(code: "HP-KH", year: 2023)
        try store.saveMeeting(reference, MeetingRecord(attendees: ["Bạch Long Vĩ", "An Lão\nKiến Thụy", "  ", "Vĩnh Bảo"]))
        #expect(try store.snapshot(code: "HP-KH", year: 2023).meeting.attendees == ["Bạch Long Vĩ", "An Lão Kiến Thụy", "Vĩnh Bảo"])
    }

    @Test func savingWritesOneAuditRowWithOldAndNewAndAnUnchangedSaveWritesNone() throws {
        let database = try TemporaryDatabase()
        let store = try demo(database)
        let reference = try store.clusterYear(code: "HP-KH", year: 2023)
        let before = try store.verify().auditRows
        try store.saveMeeting(reference, Self.meeting)
        let first = try store.auditEntries(limit: 1)[0]
        #expect(first.action == "meeting.save" && first.entity == "HP-KH/2023" && first.actor == "tester")
        #expect(first.oldValue == nil)
        #expect(first.newValue?.contains("2023-12-20 | Hội trường UBND huyện Vĩnh Bảo | Nguyễn Văn A | Trần Thị B") == true)
        try store.saveMeeting(reference, Self.meeting)
        #expect(try store.verify().auditRows == before + 1, "saving the same record again changes nothing")
        var moved = Self.meeting
        moved.place = "Hội trường UBND huyện Cát Hải"
        try store.saveMeeting(reference, moved)
        let second = try store.auditEntries(limit: 1)[0]
        #expect(second.oldValue?.contains("Vĩnh Bảo") == true && second.newValue?.contains("Cát Hải") == true)
        let report = try store.verify()
        #expect(report.passed && report.auditRows == before + 2)
    }

    @Test func aClosedYearRefusesTheMeetingAndWritesNothing() throws {
        let database = try TemporaryDatabase()
        let store = try demo(database)
        let reference = try store.clusterYear(code: "TH-02", year: 2019)
        let rows = try store.verify().auditRows
        #expect(throws: StoreError.yearClosed(cluster: "TH-02", year: 2019)) { try store.saveMeeting(reference, Self.meeting) }
        #expect(try store.snapshot(code: "TH-02", year: 2019).meeting.isEmpty)
        #expect(try store.verify().auditRows == rows)
    }

    /// A database left at any earlier version gets the meeting table.
    @Test(arguments: ["v1", "v2-item-notes", "v3-criteria-unlock", "v4-membership-active"])
    func migratesFromAnEarlierVersion(version: String) throws {
        let database = try TemporaryDatabase()
        let queue = try DatabaseQueue(path: database.path)
        try Schema.migrator.migrate(queue, upTo: version)
        try queue.close()
        let store = try database.open()
        let applied = try store.pool.read { db in try Set(String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")) }
        #expect(applied == Schema.knownMigrations)
        #expect(applied.contains("v5-meeting"))
        #expect(try store.pool.read { db in try db.tableExists("meeting") })
    }

    /// A v4 database with a year in it: the year has no meeting until one is saved, then keeps it.
    @Test func aVersion4YearGetsAnEmptyMeetingAndCanRecordOne() throws {
        let database = try TemporaryDatabase()
        let queue = try DatabaseQueue(path: database.path)
        try Schema.migrator.migrate(queue, upTo: "v4-membership-active")
        let rules = String(decoding: try JSONEncoder().encode(RuleSet.standard), as: UTF8.self)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO cluster (id, code, name, kind) VALUES (1, 'OLD', 'Cụm cũ', 'cum');
                INSERT INTO clusterYear (id, clusterId, year, status, rules) VALUES (1, 1, 2024, 'review', ?);
                INSERT INTO unit (id, clusterId, name) VALUES (1, 1, 'Đơn vị A'), (2, 1, 'Đơn vị B');
                INSERT INTO membership (clusterYearId, unitId, role, position) VALUES (1, 1, 'head', 1), (1, 2, 'member', 2);
                """, arguments: [rules])
        }
        try queue.close()
        let store = try database.open()
        let snapshot = try store.snapshot(code: "OLD", year: 2024)
        #expect(snapshot.meeting == MeetingRecord())
        #expect(snapshot.units.map(\.name) == ["Đơn vị A", "Đơn vị B"])
        try store.saveMeeting(snapshot.reference, MeetingRecord(place: "Trụ sở", chair: "Đơn vị A"))
        #expect(try store.snapshot(code: "OLD", year: 2024).meeting == MeetingRecord(place: "Trụ sở", chair: "Đơn vị A"))
    }
}
