import Emulation
import Foundation
import GRDB
import Testing
@testable import EmulationStore

/// `verify` replays the audit trail against the data: a row changed, added or deleted outside
/// thidua (here by a connection of its own, as sqlite3 would) is a finding that names it.
@Suite struct DataReplayTests {
    /// The demo, with HP-KH 2023's meeting, two votes and a note recorded through the store, so
    /// that every kind of data has a row to tamper with.
    static func demo(_ database: TemporaryDatabase) throws -> EmulationStore {
        let store = try database.open()
        _ = try store.loadDemo(today: CalendarDate(year: 2026, month: 11, day: 23)!)
        let reference = try store.clusterYear(code: "HP-KH", year: 2023)
        try store.saveMeeting(reference, MeetingRecord(date: CalendarDate(year: 2023, month: 12, day: 20), place: "Hội trường UBND huyện Vĩnh Bảo",
                                                       chair: "Nguyễn Văn A", secretary: "Trần Thị B", attendees: ["Lãnh đạo 8 huyện"], note: ""))
        let unit = { (name: String) in try store.snapshot(code: "HP-KH", year: 2023).units.first { $0.name == name }!.id }
        try store.recordVote(reference, VoteTally(unitID: try unit("Vĩnh Bảo"), award: RuleSet.governmentFlag, present: 8, votesFor: 8, votesAgainst: 0))
        try store.recordVote(reference, VoteTally(unitID: try unit("Thủy Nguyên"), award: RuleSet.provincialFlag, present: 8, votesFor: 3, votesAgainst: 5))
        try store.setNote(reference, unitID: try unit("Thủy Nguyên"), item: "1.1", note: "Có minh chứng")
        return store
    }

    static let year = "(SELECT clusterYear.id FROM clusterYear JOIN cluster ON cluster.id = clusterYear.clusterId WHERE code = 'HP-KH' AND year = 2023)"
    static let unit = "(SELECT id FROM unit WHERE name = 'Thủy Nguyên')"
    static func item(_ code: String) -> String { "(SELECT id FROM criterion WHERE clusterYearId = \(year) AND code = '\(code)')" }

    /// One change made behind thidua's back, and what `verify` must say about it.
    struct Tamper: CustomTestStringConvertible, Sendable {
        var name: String
        var sql: String
        var table: String
        var change: DataFinding.Change
        var cluster = "HP-KH"
        var year: Int? = 2023
        var unit: String? = "Thủy Nguyên"
        var item: String?
        var columns: [String]

        var testDescription: String { name }
    }

    static let tampers: [Tamper] = [
        Tamper(name: "score UPDATE", sql: "UPDATE score SET hundredths = hundredths / 2 WHERE unitId = \(unit) AND criterionId = \(item("1.1")) AND round = 'cluster'",
               table: "score", change: .changed, item: "1.1", columns: ["hundredths"]),
        Tamper(name: "score INSERT", sql: "INSERT INTO score VALUES (\(year), \(unit), \(item("1")), 'self', 100)",
               table: "score", change: .added, item: "1", columns: ["hundredths"]),
        Tamper(name: "score DELETE", sql: "DELETE FROM score WHERE unitId = \(unit) AND criterionId = \(item("1.2")) AND round = 'self'",
               table: "score", change: .deleted, item: "1.2", columns: ["hundredths"]),
        Tamper(name: "adjustment INSERT", sql: "INSERT INTO adjustment VALUES (\(year), \(unit), 'bonus', 300, 'Tự thêm')",
               table: "adjustment", change: .added, columns: ["hundredths", "reason"]),
        Tamper(name: "note UPDATE", sql: "UPDATE itemNote SET note = 'Không có minh chứng' WHERE unitId = \(unit)",
               table: "itemNote", change: .changed, item: "1.1", columns: ["note"]),
        Tamper(name: "unit UPDATE", sql: "UPDATE unit SET womenMajority = 1 WHERE id = \(unit)",
               table: "unit", change: .changed, year: nil, columns: ["womenMajority"]),
        Tamper(name: "membership UPDATE", sql: "UPDATE membership SET role = 'head' WHERE unitId = \(unit) AND clusterYearId = \(year)",
               table: "membership", change: .changed, columns: ["role"]),
        Tamper(name: "membership DELETE", sql: "DELETE FROM membership WHERE unitId = \(unit) AND clusterYearId = \(year)",
               table: "membership", change: .deleted, columns: ["role", "position", "ineligibleCause", "ineligibleNote", "active"]),
        Tamper(name: "pledge UPDATE", sql: "UPDATE pledge SET title = 'Giao ước khác' WHERE clusterYearId = \(year)",
               table: "pledge", change: .changed, unit: nil, columns: ["title"]),
        Tamper(name: "vote UPDATE", sql: "UPDATE vote SET votesFor = 8, votesAgainst = 0 WHERE unitId = \(unit)",
               table: "vote", change: .changed, columns: ["votesFor", "votesAgainst"]),
        Tamper(name: "meeting UPDATE", sql: "UPDATE meeting SET place = 'Nơi khác' WHERE clusterYearId = \(year)",
               table: "meeting", change: .changed, unit: nil, columns: ["place"]),
        Tamper(name: "stage UPDATE", sql: "UPDATE clusterYear SET status = 'scoring' WHERE id = \(year)",
               table: "clusterYear", change: .changed, unit: nil, columns: ["status"]),
        Tamper(name: "rules UPDATE", sql: "UPDATE clusterYear SET rules = json_set(rules, '$.bands.excellent', 8000) WHERE id = \(year)",
               table: "clusterYear", change: .changed, unit: nil, columns: ["rules"]),
        Tamper(name: "grid UPDATE", sql: "UPDATE criterion SET maxHundredths = 2000 WHERE id = \(item("1.1"))",
               table: "criterion", change: .changed, unit: nil, item: "1.1", columns: ["maxHundredths"]),
    ]

    @Test(arguments: tampers)
    func aChangeOutsideThiduaIsANamedFinding(tamper: Tamper) throws {
        let database = try TemporaryDatabase()
        let store = try Self.demo(database)
        #expect(try store.verify().passed)
        try database.editOutside(tamper.sql)
        let report = try store.verify()
        #expect(!report.passed)
        #expect(report.failure == nil, "the chain itself is intact")
        let finding = try #require(report.findings.first)
        #expect(report.findings.count == 1)
        #expect(finding.table == tamper.table)
        #expect(finding.change == tamper.change)
        #expect(finding.cluster == tamper.cluster)
        #expect(finding.year == tamper.year)
        #expect(finding.unit == tamper.unit)
        #expect(finding.item == tamper.item)
        #expect(finding.differences.map(\.column) == tamper.columns)
    }

    @Test func aScoreFindingShowsBothValuesAsPointsAndNamesItsRound() throws {
        let database = try TemporaryDatabase()
        let store = try Self.demo(database)
        let old = try store.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT hundredths FROM score WHERE unitId = \(Self.unit) AND criterionId = \(Self.item("1.1")) AND round = 'cluster'")!
        }
        try database.editOutside("UPDATE score SET hundredths = ? WHERE unitId = \(Self.unit) AND criterionId = \(Self.item("1.1")) AND round = 'cluster'",
                                 arguments: [old + 34])
        let finding = try #require(try store.verify().findings.first)
        #expect(finding.key == [DataFinding.KeyPart(column: "round", value: "cluster")])
        #expect(finding.differences == [DataFinding.Difference(column: "hundredths", stored: DecimalText.format(Points(hundredths: old + 34)),
                                                               audited: DecimalText.format(Points(hundredths: old)))])
        #expect(finding.differences[0].stored?.contains(",") == true)
    }

    @Test func everyFindingIsListed() throws {
        let database = try TemporaryDatabase()
        let store = try Self.demo(database)
        try database.editOutside("UPDATE score SET hundredths = 0 WHERE unitId = \(Self.unit)")
        try database.editOutside("UPDATE meeting SET chair = 'Người khác'")
        let findings = try store.verify().findings
        let scores = try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM score WHERE unitId = \(Self.unit)")! }
        #expect(findings.filter { $0.table == "score" }.count == scores)
        #expect(findings.filter { $0.table == "meeting" }.count == 1)
    }

    /// Thidua's own writes after a change outside it do not cover it up.
    @Test func aLaterWriteOfAnotherRowDoesNotHideAChange() throws {
        let database = try TemporaryDatabase()
        let store = try Self.demo(database)
        try database.editOutside("UPDATE meeting SET place = 'Nơi khác'")
        let reference = try store.clusterYear(code: "HP-KH", year: 2023)
        try store.saveMeeting(reference, MeetingRecord(date: CalendarDate(year: 2023, month: 12, day: 21), place: "Nơi khác",
                                                       chair: "Nguyễn Văn A", secretary: "Trần Thị B", attendees: ["Lãnh đạo 8 huyện"], note: ""))
        #expect(try store.verify().passed, "thidua wrote the whole row anew, audited")
        try database.editOutside("UPDATE vote SET votesFor = votesFor - 1")
        try store.setNote(reference, unitID: try store.snapshot(code: "HP-KH", year: 2023).units[0].id, item: "1.2", note: "Mới")
        #expect(try store.verify().findings.map(\.table) == ["vote", "vote"])
    }

    /// A table dropped behind thidua's back: each row its images hold is deleted, listed after
    /// the findings of the tables the file still has.
    @Test func aTableDroppedOutsideThiduaHasEachOfItsRowsDeleted() throws {
        let database = try TemporaryDatabase()
        let store = try Self.demo(database)
        try database.editOutside("UPDATE meeting SET place = 'Nơi khác'")
        try database.editOutside("DROP TABLE itemNote")
        let findings = try store.verify().findings
        #expect(findings.map(\.table) == ["meeting", "itemNote"])
        let note = try #require(findings.last)
        #expect(note.change == .deleted)
        #expect(note.unit == "Thủy Nguyên" && note.item == "1.1")
    }

    // MARK: The trail's own end

    @Test func deletingTheLastAuditRowWithItsImagesAndCounterLeavesItsChangeUnaudited() throws {
        let database = try TemporaryDatabase()
        let store = try Self.demo(database)
        try database.editOutside("""
            DELETE FROM auditImage WHERE auditId = (SELECT max(id) FROM audit);
            DELETE FROM audit WHERE id = (SELECT max(id) FROM audit);
            UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'audit';
            """)
        let report = try store.verify()
        #expect(report.failure == nil)
        #expect(!report.passed)
        // The last write was the note.
        #expect(report.findings.map(\.table) == ["itemNote"])
        #expect(report.findings.first?.change == .added)
        #expect(report.findings.first?.unit == "Thủy Nguyên")
    }

    @Test func deletingTheLastAuditRowWithItsCounterLeavesItsImages() throws {
        let database = try TemporaryDatabase()
        let store = try Self.demo(database)
        let last = try store.lastChange()
        try database.editOutside("DELETE FROM audit WHERE id = \(last); UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'audit';")
        #expect(try store.verify().failure == .imagesWithoutRow(auditID: last))
    }

    @Test func emptyingTheAuditTableIsFound() throws {
        let database = try TemporaryDatabase()
        let store = try Self.demo(database)
        try database.editOutside("DELETE FROM audit; DELETE FROM sqlite_sequence WHERE name = 'audit';")
        #expect(try store.verify().failure == .imagesWithoutRow(auditID: 1))
    }

    @Test func emptyingTheAuditTableAndItsImagesLeavesEveryRowUnaudited() throws {
        let database = try TemporaryDatabase()
        let store = try Self.demo(database)
        try database.editOutside("DELETE FROM audit; DELETE FROM auditImage; DELETE FROM sqlite_sequence WHERE name = 'audit';")
        let report = try store.verify()
        let rows = try store.pool.read { db in
            try DataTable.all(db).reduce(0) { $0 + (try Int.fetchOne(db, sql: "SELECT count(*) FROM \(DataTable.identifier($1.name))") ?? 0) }
        }
        #expect(report.auditRows == 0)
        #expect(!report.passed)
        #expect(report.findings.count == rows)
        #expect(report.findings.allSatisfy { $0.change == .added })
    }

    @Test func editingAnImageIsAnEditedRow() throws {
        let database = try TemporaryDatabase()
        let store = try Self.demo(database)
        let last = try store.lastChange()
        try database.editOutside("UPDATE auditImage SET image = replace(image, 'Có minh chứng', 'Khác') WHERE auditId = \(last)")
        #expect(try store.verify().failure == .rowEdited(id: last))
    }

    /// VACUUM may renumber the rowids of tables without an INTEGER PRIMARY KEY (as done here by
    /// hand); rows are keyed by their primary key, so such a file still verifies.
    @Test func renumberedRowidsChangeNothing() throws {
        let database = try TemporaryDatabase()
        let store = try Self.demo(database)
        try database.editOutside("""
            UPDATE score SET rowid = rowid + 1000000; UPDATE membership SET rowid = rowid + 1000000; UPDATE vote SET rowid = rowid + 1000000;
            """)
        #expect(try store.verify().passed)
    }
}
