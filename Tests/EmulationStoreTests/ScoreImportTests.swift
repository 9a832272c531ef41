import Emulation
import Foundation
import GRDB
import Testing
@testable import EmulationStore

/// A score import is made faster without changing what it does. These pin what the import
/// did when it looked each cell's item and unit name up anew: the same refusals, with the same
/// errors, and the same audit rows, byte for byte.
@Suite struct ScoreImportTests {
    /// The demo's HP-KH 2023, its audit trail written with the fixed clock of `TemporaryDatabase`.
    func demo() throws -> (TemporaryDatabase, EmulationStore, YearSnapshot) {
        let database = try TemporaryDatabase()
        let store = try database.open()
        _ = try store.loadDemo(today: CalendarDate(year: 2026, month: 11, day: 30)!)
        return (database, store, try store.snapshot(code: "HP-KH", year: 2023))
    }

    /// Something to write into a cell: another value than the one stored.
    func other(_ points: Points?) -> Points { points == Points(1) ? Points(2) : Points(1) }

    @Test func anUnknownItemIsRefusedWhereverItIsAndNothingIsWritten() throws {
        let (database, store, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        let (first, second) = (snapshot.units[0], snapshot.units[1])
        let rows = try store.verify().auditRows
        let entries = [
            ScoreEntry(unitID: first.id, item: "1.1", round: .cluster, points: other(snapshot.scores[first.id]?.cluster["1.1"])),
            ScoreEntry(unitID: second.id, item: "1.1", round: .cluster, points: other(snapshot.scores[second.id]?.cluster["1.1"])),
            ScoreEntry(unitID: second.id, item: "9.9", round: .cluster, points: Points(1)),
        ]
        #expect(throws: StoreError.invalidScore(.unknownItem("9.9"))) {
            try store.importScores(snapshot.reference, entries: entries, adjustments: [], reason: "unknown item")
        }
        #expect(try store.verify().auditRows == rows)
        #expect(try store.snapshot(code: "HP-KH", year: 2023).scores == snapshot.scores)
    }

    /// A unit id the file does not have: SQLite's foreign key refuses the score, as it did when
    /// the name was looked up with each cell.
    @Test func anUnknownUnitIsRefusedAndNothingIsWritten() throws {
        let (database, store, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        let unit = snapshot.units[0]
        let rows = try store.verify().auditRows
        let entries = [
            ScoreEntry(unitID: unit.id, item: "1.1", round: .cluster, points: other(snapshot.scores[unit.id]?.cluster["1.1"])),
            ScoreEntry(unitID: 999_999, item: "1.1", round: .cluster, points: Points(1)),
        ]
        #expect(throws: StoreError.refused(message: "FOREIGN KEY constraint failed")) {
            try store.importScores(snapshot.reference, entries: entries, adjustments: [], reason: "unknown unit")
        }
        #expect(try store.verify().auditRows == rows)
        #expect(try store.snapshot(code: "HP-KH", year: 2023).scores == snapshot.scores)
    }

    /// The item's maximum is read once: every cell of the item is still held to it.
    @Test func everyCellOfAnItemIsHeldToItsMaximum() throws {
        let (database, store, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        let maximum = try #require(snapshot.tree.items.first { $0.code == "1.1" }).maximum
        let above = maximum + Points(hundredths: 1)
        let entries = [
            ScoreEntry(unitID: snapshot.units[0].id, item: "1.1", round: .cluster, points: maximum),
            ScoreEntry(unitID: snapshot.units[1].id, item: "1.1", round: .cluster, points: above),
        ]
        #expect(throws: StoreError.invalidScore(.outOfRange(item: "1.1", value: above, maximum: maximum))) {
            try store.importScores(snapshot.reference, entries: entries, adjustments: [], reason: "above")
        }
        #expect(try store.snapshot(code: "HP-KH", year: 2023).scores == snapshot.scores)
    }

    /// An item row this build cannot read fails the import when the import uses the item, as
    /// it did cell by cell; an import that does not use it is not refused for it.
    @Test func anItemRowThisBuildCannotReadFailsAnImportThatUsesIt() throws {
        let (database, store, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        let rowID = try store.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            defer { try? db.execute(sql: "PRAGMA ignore_check_constraints = OFF") }
            try db.execute(sql: "UPDATE criterion SET maxHundredths = 0 WHERE clusterYearId = ? AND code = '1.2'", arguments: [snapshot.reference.id])
            return try #require(try Int64.fetchOne(db, sql: "SELECT id FROM criterion WHERE clusterYearId = ? AND code = '1.2'",
                                                   arguments: [snapshot.reference.id]))
        }
        let unit = snapshot.units[0]
        let oneOne = ScoreEntry(unitID: unit.id, item: "1.1", round: .cluster, points: other(snapshot.scores[unit.id]?.cluster["1.1"]))
        let oneTwo = ScoreEntry(unitID: unit.id, item: "1.2", round: .cluster, points: Points(1))
        #expect(throws: StoreError.unknownStoredValue(table: "criterion", column: "maxHundredths", rowID: rowID, value: "0")) {
            try store.importScores(snapshot.reference, entries: [oneOne, oneTwo], adjustments: [], reason: "bad item")
        }
        #expect(try store.importScores(snapshot.reference, entries: [oneOne], adjustments: [], reason: "good item").scores.changed == 1)
    }

    /// The stored score a cell replaces is still read through its record.
    @Test func aStoredScoreThisBuildCannotReadFailsTheImportOfItsCell() throws {
        let (database, store, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        let unit = snapshot.units[0]
        let rowID = try store.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            defer { try? db.execute(sql: "PRAGMA ignore_check_constraints = OFF") }
            let arguments: StatementArguments = [unit.id, snapshot.reference.id]
            try db.execute(sql: """
                UPDATE score SET hundredths = -50 WHERE unitId = ? AND round = 'cluster'
                AND criterionId = (SELECT id FROM criterion WHERE clusterYearId = ? AND code = '1.1')
                """, arguments: arguments)
            return try #require(try Int64.fetchOne(db, sql: """
                SELECT rowid FROM score WHERE unitId = ? AND round = 'cluster'
                AND criterionId = (SELECT id FROM criterion WHERE clusterYearId = ? AND code = '1.1')
                """, arguments: arguments))
        }
        let entry = ScoreEntry(unitID: unit.id, item: "1.1", round: .cluster, points: Points(1))
        #expect(throws: StoreError.unknownStoredValue(table: "score", column: "hundredths", rowID: rowID, value: "-50")) {
            try store.importScores(snapshot.reference, entries: [entry], adjustments: [], reason: "bad score")
        }
    }

    /// The audit rows of an import, field by field: one per unit's run of cells, listing the
    /// cells it changed (a cell changed, one cleared, one copied from the other round); a unit
    /// whose cells are all unchanged has none; a bonus has its own. Each row holds the image of
    /// every score row it changed, and the chain still verifies.
    @Test func anImportWritesTheseAuditRows() throws {
        let (database, store, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        let (vinhBao, thuyNguyen) = (snapshot.units[0], snapshot.units[1])
        #expect([vinhBao.name, thuyNguyen.name] == ["Vĩnh Bảo", "Thủy Nguyên"])
        let cluster = { (unit: MemberUnit, item: String) in snapshot.scores[unit.id]?.cluster[item] }
        let entries = [
            ScoreEntry(unitID: vinhBao.id, item: "1.1", round: .cluster, points: Points(1)),
            ScoreEntry(unitID: vinhBao.id, item: "1.2", round: .cluster, points: nil),
            ScoreEntry(unitID: thuyNguyen.id, item: "2.1", round: .selfAssessment, points: cluster(thuyNguyen, "2.1")),
            ScoreEntry(unitID: thuyNguyen.id, item: "1.1", round: .cluster, points: cluster(thuyNguyen, "1.1")),
            ScoreEntry(unitID: snapshot.units[2].id, item: "1.1", round: .cluster, points: cluster(snapshot.units[2], "1.1")),
        ]
        let rows = try store.verify().auditRows
        let summary = try store.importScores(snapshot.reference, entries: entries,
                                             adjustments: [(thuyNguyen.id, .bonus, Adjustment(points: Points(hundredths: 150), reason: "Mô hình hay"))],
                                             reason: "nhập lại")
        #expect(summary.scores == ImportSummary.Counts(changed: 2, unchanged: 2, cleared: 1))
        let expected: [[String?]] = [
            ["score.import", "HP-KH/2023/Vĩnh Bảo", "1.1/cluster 9,70; 1.2/cluster 7,76", "1.1/cluster 1,00; 1.2/cluster —", "nhập lại"],
            ["score.import", "HP-KH/2023/Thủy Nguyên", "2.1/self 8,00", "2.1/self 7,97", "nhập lại"],
            ["bonus.set", "HP-KH/2023/Thủy Nguyên", nil, "1,50 (Mô hình hay)", "Mô hình hay"],
        ]
        let written = try store.auditEntries(limit: expected.count + 1).reversed().dropFirst()
        #expect(written.map { [$0.action, $0.entity, $0.oldValue, $0.newValue, $0.reason] } == expected)
        let images = try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT auditId, tableName, image IS NULL FROM auditImage WHERE auditId >= ? ORDER BY auditId, seq",
                             arguments: [written.first!.id])
                .map { [$0[0] as Int64 - written.first!.id, $0[1] as String, $0[2] as Bool] as [AnyHashable] }
        }
        // Vĩnh Bảo's 1.1 rewritten and 1.2 deleted; Thủy Nguyên's 2.1; the bonus's row.
        #expect(images == [[0, "score", false], [0, "score", true], [1, "score", false], [2, "adjustment", false]])
        #expect(written.allSatisfy { $0.actor == "tester" && $0.at == "2023-11-14T22:13:20.000Z" })
        #expect(try store.verify().auditRows == rows + expected.count)
        #expect(try store.verify().passed)
    }

    /// The store takes entries as given: a cell named twice in a unit's run (new, then changed,
    /// then cleared and set again) ends as the last entry says, each step read from the one before.
    @Test func aCellNamedTwiceInAUnitsRunEndsAsItsLastEntrySays() throws {
        let (database, store, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        let unit = snapshot.units[0]
        let cell = { (points: Int?) -> ScoreEntry in
            ScoreEntry(unitID: unit.id, item: "1.1", round: .selfAssessment, points: points.map { Points($0) })
        }
        try store.importScores(snapshot.reference, entries: [cell(nil)], adjustments: [], reason: "trống")
        let summary = try store.importScores(snapshot.reference, entries: [cell(5), cell(6), cell(nil), cell(7)], adjustments: [], reason: "lặp")
        #expect(summary.scores == ImportSummary.Counts(changed: 3, unchanged: 0, cleared: 1))
        #expect(try store.snapshot(code: snapshot.reference.clusterCode, year: snapshot.reference.year).scores[unit.id]?.selfAssessment["1.1"] == Points(7))
        #expect(try store.auditEntries(limit: 1)[0].newValue == "1.1/self 5,00; 1.1/self 6,00; 1.1/self —; 1.1/self 7,00")
        #expect(try store.verify().passed)
    }

    /// New cells of a line are written together, but every change keeps its place: a line of
    /// new, changed, cleared and again new cells is captured in the line's order (its images'
    /// keys, seq by seq), and stores what it says.
    @Test func aLineOfNewChangedAndClearedCellsIsWrittenInItsOrder() throws {
        let (database, store, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        let unit = snapshot.units[0]
        let cell = { (item: String, points: Points?) in ScoreEntry(unitID: unit.id, item: item, round: .selfAssessment, points: points) }
        try store.importScores(snapshot.reference, entries: [cell("1.1", nil), cell("1.2", nil), cell("1.5", nil)], adjustments: [], reason: "trống")
        let stored = { (item: String) in snapshot.scores[unit.id]?.selfAssessment[item] }
        let entries = [cell("1.1", Points(5)), cell("1.3", other(stored("1.3"))), cell("1.2", Points(4)), cell("1.4", nil), cell("1.5", Points(3)),
                       cell("1.6", stored("1.6"))]
        let summary = try store.importScores(snapshot.reference, entries: entries, adjustments: [], reason: "thứ tự")
        #expect(summary.scores == ImportSummary.Counts(changed: 4, unchanged: 1, cleared: 1))
        let keys = try store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT json_extract(rowKey, '$[1]') || '/' || ifnull(image IS NULL, '') FROM auditImage WHERE auditId = (SELECT max(id) FROM audit) ORDER BY seq")
        }
        let criterion = try store.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, code FROM criterion WHERE clusterYearId = ?", arguments: [snapshot.reference.id])
                .map { (String($0[0] as Int64), $0[1] as String) })
        }
        #expect(keys.map { key in key.split(separator: "/").map(String.init).enumerated().map { $0 == 0 ? criterion[$1]! : $1 }.joined(separator: "/") }
                == ["1.1/0", "1.3/0", "1.2/0", "1.4/1", "1.5/0"])
        let after = try store.snapshot(code: "HP-KH", year: 2023).scores[unit.id]?.selfAssessment
        #expect(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"].map { after?[$0] } == [Points(5), Points(4), other(stored("1.3")), nil, Points(3), stored("1.6")])
        #expect(try store.verify().passed)
    }

    /// More new cells than one statement takes are written in several, every one of them.
    @Test func newCellsBeyondOneStatementAreAllWritten() throws {
        let (database, store, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        let criteria = try store.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM criterion WHERE clusterYearId = ? AND id NOT IN (SELECT parentId FROM criterion WHERE parentId IS NOT NULL)", arguments: [snapshot.reference.id]) }
        let rows = snapshot.units.flatMap { unit in
            criteria.flatMap { criterion in
                ScoreRound.allCases.map { StoredScore(clusterYearId: snapshot.reference.id, unitId: unit.id, criterionId: criterion, round: $0, hundredths: 1) }
            }
        }
        #expect(rows.count > 2 * StoredScore.rowsPerInsert)
        let count = try store.pool.write { db in
            try db.execute(sql: "DELETE FROM score WHERE clusterYearId = ?", arguments: [snapshot.reference.id])
            try StoredScore.insertCells(rows, db)
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM score WHERE clusterYearId = ? AND hundredths = 1", arguments: [snapshot.reference.id])
        }
        #expect(count == rows.count)
    }

    /// A cell is written through a statement of its own, not GRDB's `insert`: with the columns
    /// and values the record's encoding gives.
    @Test func aCellIsWrittenAsItsRecordEncodesIt() throws {
        for round in ScoreRound.allCases {
            let row = StoredScore(clusterYearId: 3, unitId: 5, criterionId: 7, round: round, hundredths: 950)
            #expect(Dictionary(uniqueKeysWithValues: zip(StoredScore.insertColumns, row.insertValues.map { $0?.databaseValue ?? .null })) == (try row.databaseDictionary))
        }
    }

    /// A score row is read by hand, not through Codable: every score of the demo reads as the
    /// Codable reading reads it (the refusals are `StoredValueTests`').
    @Test func aScoreRowReadsAsItsCodableReadingDoes() throws {
        let (database, store, _) = try demo()
        defer { withExtendedLifetime(database) {} }
        let (byHand, byCodable) = try store.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT *, rowid AS rowid FROM score")
            return (try rows.map(StoredScore.init(row:)), try rows.map { try FetchableRecordDecoder().decode(StoredScore.self, from: $0) })
        }
        #expect(byHand.count > 100)
        #expect(byHand == byCodable)
        // A year's load reads its rows with SQLite's own calls: the same records, year by year,
        // a row stored as a real number among them (read through the record, as before).
        try store.pool.writeWithoutTransaction { db in
            try db.execute(sql: "UPDATE score SET hundredths = CAST(hundredths AS REAL) WHERE rowid = (SELECT min(rowid) FROM score)")
        }
        let (rows, byCursor) = try store.read { db in
            var read: [StoredScore] = []
            for year in try Int64.fetchAll(db, sql: "SELECT id FROM clusterYear ORDER BY id") {
                try StoredScore.forEach(ofYear: year, db) { read.append($0) }
            }
            return (try Row.fetchAll(db, sql: "SELECT *, rowid AS rowid FROM score"), read)
        }
        let order = { (score: StoredScore) in "\(score.unitId)/\(score.criterionId)/\(score.round.rawValue)" }
        #expect(try rows.map(StoredScore.init(row:)).sorted { order($0) < order($1) } == byCursor.sorted { order($0) < order($1) })
        #expect(byCursor.count == byHand.count)
    }

    /// A row's hash, pinned: SHA-256 of its fields joined by U+001F, in lowercase hex (computed
    /// outside Swift). A faster hash that wrote other text would break every file's chain.
    @Test func aRowsHashIsThisSHA256() {
        let hash = AuditEntry.computeHash(id: 42, at: "2023-11-14T22:13:20.000Z", actor: "tester", action: "score.set",
                                          entity: "HP-KH/2023/Vĩnh Bảo/1.1/cluster", oldValue: "9,5", newValue: nil, reason: "nhập lại",
                                          previousHash: AuditEntry.genesisHash)
        #expect(hash == "9043a9498db9bbac399c6189f3d7b2e1bb54bd73cfe131a6ce75065eba623d5c")
        let empty = AuditEntry.computeHash(id: 1, at: "", actor: "", action: "", entity: "", oldValue: "", newValue: nil, reason: "",
                                           previousHash: "")
        #expect(empty == "1088842b82d46fad5c8a197d20754d8626df1848bc17ffe084770e9a324138e7")
    }
}
