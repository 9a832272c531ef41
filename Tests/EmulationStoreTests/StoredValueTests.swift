import Emulation
import Foundation
import GRDB
import Testing
@testable import EmulationStore

/// A value this build cannot read is named (table, column, rowid, value), never read as
/// something else: before the records, an unknown role was loaded as a member, an unknown stage
/// as the pledge, an unknown round as self-assessment, and a bad date made a signature vanish.
@Suite struct StoredValueTests {
    /// One value written behind thidua's back, as sqlite3 with the CHECKs off can (or a newer
    /// thidua whose migration widened them): the row is the first of `table` in HP-KH 2023.
    struct Written: Sendable, CustomTestStringConvertible {
        var table: String
        var column: String
        var value: DatabaseValue
        /// How the error words the value.
        var text: String
        var testDescription: String { "\(table).\(column) = \(text)" }

        init(_ table: String, _ column: String, _ value: some DatabaseValueConvertible & CustomStringConvertible) {
            self.table = table
            self.column = column
            self.value = value.databaseValue
            self.text = value.description
        }

        /// Which rows of the table belong to the year (or its cluster).
        func scope(_ reference: ClusterYearReference) -> String {
            switch table {
            case "cluster": "id = \(reference.clusterID)"
            case "clusterYear": "id = \(reference.id)"
            case "headHandover": "clusterId = \(reference.clusterID)"
            default: "clusterYearId = \(reference.id)"
            }
        }
    }

    static let written: [Written] = [
        Written("membership", "role", "chairman"),
        Written("membership", "ineligibleCause", "bribery"),
        Written("clusterYear", "status", "archived"),
        Written("clusterYear", "rules", "{\"bonusMaximum\": \"a lot\"}"),
        Written("cluster", "kind", "phuong"),
        Written("score", "round", "external"),
        Written("score", "hundredths", -50),
        Written("adjustment", "kind", "penalty"),
        Written("adjustment", "hundredths", -100),
        Written("headHandover", "method", "lottery"),
        Written("headHandover", "date", "20/13/2023"),
        Written("signature", "date", "yesterday"),
        Written("signature", "tasksVersion", 0),
        Written("pledge", "date", "soon"),
        Written("pledge", "tasksVersion", -1),
        Written("pledgeDrive", "startDate", "2023-02-30"),
        Written("vote", "present", -1),
        Written("vote", "votesAgainst", -3),
        Written("meeting", "date", "Thứ hai"),
    ]

    /// The demo's HP-KH 2023 (at the review stage) with a row in every table a year has.
    func demo() throws -> (TemporaryDatabase, EmulationStore, ClusterYearReference) {
        let database = try TemporaryDatabase()
        let store = try database.open()
        _ = try store.loadDemo(today: CalendarDate(year: 2026, month: 11, day: 30)!)
        let reference = try store.clusterYear(code: "HP-KH", year: 2023)
        let unit = try store.snapshot(code: "HP-KH", year: 2023).units[0]
        try store.setAdjustment(reference, unitID: unit.id, kind: .bonus, Adjustment(points: Points(1), reason: "Sáng kiến cấp tỉnh"))
        try store.recordVote(reference, VoteTally(unitID: unit.id, award: RuleSet.governmentFlag, present: 8, votesFor: 6, votesAgainst: 2))
        try store.saveMeeting(reference, MeetingRecord(date: CalendarDate(year: 2023, month: 12, day: 20), place: "Vĩnh Bảo"))
        return (database, store, reference)
    }

    /// Writes `written` into the first row of its table in the year, with the schema's CHECKs
    /// off; returns the row's rowid.
    func write(_ written: Written, _ store: EmulationStore, _ reference: ClusterYearReference) throws -> Int64 {
        try store.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            defer { try? db.execute(sql: "PRAGMA ignore_check_constraints = OFF") }
            let rowID = try Int64.fetchOne(db, sql: "SELECT min(rowid) FROM \(written.table) WHERE \(written.scope(reference))")
            guard let rowID else { throw StoreError.missingRow(table: written.table, rowID: 0) }
            try db.execute(sql: "UPDATE \(written.table) SET \(written.column) = ? WHERE rowid = ?", arguments: [written.value, rowID])
            return rowID
        }
    }

    @Test(arguments: written)
    func loadingAYearNamesTheValueItCannotRead(_ written: Written) throws {
        let (database, store, reference) = try demo()
        defer { withExtendedLifetime(database) {} }
        let rowID = try write(written, store, reference)
        let expected = StoreError.unknownStoredValue(table: written.table, column: written.column, rowID: rowID, value: written.text)
        #expect(throws: expected) { try store.snapshot(code: "HP-KH", year: 2023) }
    }

    /// Two of the year's members made ineligible, with a cause and its note: the readings meet
    /// the roster's optional column set.
    func makeTwoMembersIneligible(_ db: Database, _ reference: ClusterYearReference) throws {
        try db.execute(sql: "UPDATE membership SET ineligibleCause = 'discipline', ineligibleNote = 'Kỷ luật' WHERE rowid IN (SELECT rowid FROM membership WHERE clusterYearId = ? LIMIT 2)",
                       arguments: [reference.id])
    }

    /// Members and units are read by hand, not through Codable (a province's roster has 10,000
    /// of each): every row of the demo, some set ineligible, reads as the Codable reading reads it.
    @Test func rosterRowsReadAsTheirCodableReadingDoes() throws {
        let (database, store, reference) = try demo()
        defer { withExtendedLifetime(database) {} }
        try store.pool.write { db in
            try makeTwoMembersIneligible(db, reference)
            try db.execute(sql: "UPDATE unit SET womenMajority = 1, shortName = 'AL' WHERE rowid = (SELECT min(rowid) FROM unit)")
        }
        try store.read { db in
            let members = try Row.fetchAll(db, sql: "SELECT *, rowid AS rowid FROM membership")
            #expect(members.count >= 20)
            #expect(try members.map(StoredMembership.init(row:)) == members.map { try FetchableRecordDecoder().decode(StoredMembership.self, from: $0) })
            #expect(try members.map(StoredMembership.init(row:)).contains { $0.ineligibleCause == .discipline })
            let units = try Row.fetchAll(db, sql: "SELECT *, rowid AS rowid FROM unit")
            #expect(units.count >= 20)
            #expect(try units.map(StoredUnit.init(row:)) == units.map { try FetchableRecordDecoder().decode(StoredUnit.self, from: $0) })
            #expect(try units.map(StoredUnit.init(row:)).contains { $0.womenMajority })
        }
    }

    /// A year's roster and its cluster's units are read with SQLite's own calls: the same rows,
    /// in the same order, as the record reads them, a row in another storage class among them
    /// (read afterwards through the record, keeping its place on the roster).
    @Test func theRosterAndItsUnitsReadAsTheirRecordsRead() throws {
        let (database, store, reference) = try demo()
        defer { withExtendedLifetime(database) {} }
        try store.pool.writeWithoutTransaction { db in
            try makeTwoMembersIneligible(db, reference)
            try db.execute(sql: "UPDATE membership SET position = 100 - position WHERE clusterYearId = ? AND position % 3 = 0", arguments: [reference.id])
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            defer { try? db.execute(sql: "PRAGMA ignore_check_constraints = OFF") }
            try db.execute(sql: "UPDATE membership SET ineligibleNote = CAST(ineligibleNote AS BLOB) WHERE rowid IN (SELECT rowid FROM membership WHERE clusterYearId = ? ORDER BY position LIMIT 1 OFFSET 3)",
                           arguments: [reference.id])
            try db.execute(sql: "UPDATE unit SET name = CAST(name AS BLOB), womenMajority = 1 WHERE id = (SELECT min(unitId) FROM membership WHERE clusterYearId = ?)",
                           arguments: [reference.id])
        }
        try store.read { db in
            let members = try Row.fetchAll(db, sql: "SELECT *, rowid AS rowid FROM membership WHERE clusterYearId = ? ORDER BY position, unitId", arguments: [reference.id])
                .map { try FetchableRecordDecoder().decode(StoredMembership.self, from: $0) }
            #expect(members.count >= 8)
            #expect(try StoredMembership.rosterRows(reference.id, db) == members)
            let clusterID = try Int64.fetchOne(db, sql: "SELECT clusterId FROM clusterYear WHERE id = ?", arguments: [reference.id])!
            let units = try Row.fetchAll(db, sql: "SELECT *, rowid AS rowid FROM unit WHERE clusterId = ?", arguments: [clusterID])
                .map { try FetchableRecordDecoder().decode(StoredUnit.self, from: $0) }
            #expect(units.count >= 8)
            #expect(try StoredUnit.byRowID(ofCluster: clusterID, db) == Dictionary(uniqueKeysWithValues: units.map { ($0.rowID, $0) }))
            #expect(units.contains { $0.womenMajority })
        }
    }

    /// A score row thidua would not have written but can read (its round stored as a BLOB of
    /// the same letters, as another tool might) is not read by the fast path of a year's load:
    /// it is read afterwards through the record, and the year loads as before.
    @Test func aScoreInAnotherStorageClassStillLoads() throws {
        let (database, store, _) = try demo()
        defer { withExtendedLifetime(database) {} }
        let before = try store.snapshot(code: "HP-KH", year: 2023)
        let changed = try store.pool.writeWithoutTransaction { db in
            // The CHECK compares text: the schema would refuse the BLOB a hand edit can store.
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            defer { try? db.execute(sql: "PRAGMA ignore_check_constraints = OFF") }
            try db.execute(sql: "UPDATE score SET round = CAST(round AS BLOB) WHERE rowid IN (SELECT rowid FROM score ORDER BY rowid LIMIT 3)")
            return db.changesCount
        }
        #expect(changed == 3)
        let after = try store.snapshot(code: "HP-KH", year: 2023)
        #expect(after.scores == before.scores)
        #expect(after.review().ranking.entries.map(\.result.total) == before.review().ranking.entries.map(\.result.total))
    }

    /// The headline case: a role no thidua writes is not read as "member".
    @Test func aChairmanIsNotLoadedAsAMember() throws {
        let (database, store, reference) = try demo()
        defer { withExtendedLifetime(database) {} }
        let head = try store.snapshot(code: "HP-KH", year: 2023).memberships.first { $0.role == .head }!
        let rowID = try store.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE membership SET role = 'chairman' WHERE clusterYearId = ? AND unitId = ?", arguments: [reference.id, head.unitID])
            try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
            return try Int64.fetchOne(db, sql: "SELECT rowid FROM membership WHERE clusterYearId = ? AND unitId = ?", arguments: [reference.id, head.unitID])!
        }
        let named = StoreError.unknownStoredValue(table: "membership", column: "role", rowID: rowID, value: "chairman")
        #expect(throws: named) { try store.snapshot(code: "HP-KH", year: 2023) }
        // A write that reads the row refuses as well, and writes nothing (not even its audit row).
        let rows = try store.verify().auditRows
        #expect(throws: named) { try store.setMembership(reference, unitID: head.unitID, role: .member, position: head.position) }
        #expect(try store.verify().auditRows == rows)
    }

    /// Home lists every year with its stage: a stage this build does not know is named there too,
    /// not shown as "pledge".
    @Test func anUnknownStageIsNamedOnHome() throws {
        let (database, store, reference) = try demo()
        defer { withExtendedLifetime(database) {} }
        let rowID = try write(Written("clusterYear", "status", "archived"), store, reference)
        let named = StoreError.unknownStoredValue(table: "clusterYear", column: "status", rowID: rowID, value: "archived")
        #expect(throws: named) { try store.yearSummaries() }
        #expect(throws: named) { try store.clusters() }
        #expect(throws: named) { try store.clusterYear(code: "HP-KH", year: 2023) }
    }

    /// The reference comes from the caller: one whose rows are not in the file (another file's,
    /// or a year deleted outside thidua) is named, where the load used to trap on a force unwrap.
    @Test func aSnapshotOfRowsNotInTheFileNamesTheMissingRow() throws {
        let (database, store, reference) = try demo()
        defer { withExtendedLifetime(database) {} }
        var otherYear = reference
        otherYear.id = 999_999
        #expect(throws: StoreError.missingRow(table: "clusterYear", rowID: 999_999)) {
            try store.read { db in try EmulationStore.snapshot(db, otherYear) }
        }
        var otherCluster = reference
        otherCluster.clusterID = 999_998
        #expect(throws: StoreError.missingRow(table: "cluster", rowID: 999_998)) {
            try store.read { db in try EmulationStore.snapshot(db, otherCluster) }
        }
    }
}
