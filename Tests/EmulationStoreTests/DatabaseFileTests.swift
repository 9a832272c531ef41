import Emulation
import Foundation
import GRDB
import Testing
@testable import EmulationStore

@Suite struct DatabaseFileTests {
    @Test func createsTheFileAndItsDirectoryInWALMode() throws {
        let database = try TemporaryDatabase()
        let nested = database.directory.appendingPathComponent("a/b/thidua.sqlite").path
        let store = try EmulationStore(path: nested, login: "t")
        #expect(FileManager.default.fileExists(atPath: nested))
        let mode = try store.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let foreignKeys = try store.pool.read { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") }
        #expect(foreignKeys == true)
    }

    /// Every connection keeps SQLite's page cache small (a screen's memory at a province's
    /// size), the writing one and a read-only one alike.
    @Test func everyConnectionHasTheSmallPageCache() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let writing = try store.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA cache_size") }
        let reading = try ReadOnlyFile(path: database.path, busyTimeout: 1, mayCreateSideFiles: true).read { db in
            try Int.fetchOne(db, sql: "PRAGMA cache_size")
        }
        #expect(writing == -DatabaseOpener.pageCacheKiB && reading == -DatabaseOpener.pageCacheKiB && DatabaseOpener.pageCacheKiB < 2_000)
    }

    @Test func refusesAFileThatIsNotADatabaseAndLeavesItUntouched() throws {
        let database = try TemporaryDatabase()
        let text = Data("unit,1.1\nVĩnh Bảo,9\n".utf8)
        try text.write(to: URL(fileURLWithPath: database.path))
        #expect(throws: StoreError.notThiduaDatabase(path: database.path)) { try database.open() }
        #expect(try Data(contentsOf: URL(fileURLWithPath: database.path)) == text)
        #expect(!FileManager.default.fileExists(atPath: database.path + "-wal"))
    }

    @Test func refusesAnotherApplicationsSQLiteFileAndLeavesItUntouched() throws {
        let database = try TemporaryDatabase()
        let queue = try DatabaseQueue(path: database.path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('x')") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: database.path))
        #expect(throws: StoreError.notThiduaDatabase(path: database.path)) { try database.open() }
        #expect(try Data(contentsOf: URL(fileURLWithPath: database.path)) == before)
    }

    @Test func anotherApplicationsWALDatabaseIsRefusedWithoutLeavingFilesBeside() throws {
        let database = try TemporaryDatabase()
        let queue = try DatabaseQueue(path: database.path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA application_id = 42; CREATE TABLE notes (text TEXT)")
            _ = try db.checkpoint(.truncate)
        }
        try queue.close()
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database.path + suffix) }
        #expect(throws: StoreError.notThiduaDatabase(path: database.path)) { try database.open() }
        #expect(!FileManager.default.fileExists(atPath: database.path + "-shm"))
        #expect(!FileManager.default.fileExists(atPath: database.path + "-wal"))
    }

    @Test func refusesADatabaseFromANewerSchemaAndLeavesItUntouched() throws {
        let database = try TemporaryDatabase()
        do {
            let store = try database.open()
            try store.pool.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
            }
            try store.pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
            try store.pool.close()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: database.path))
        #expect(throws: StoreError.newerSchema(path: database.path, unknownMigrations: ["v99-from-the-future"])) { try database.open() }
        #expect(try Data(contentsOf: URL(fileURLWithPath: database.path)) == before)
    }

    @Test func anEmptyFileBecomesADatabase() throws {
        let database = try TemporaryDatabase()
        #expect(FileManager.default.createFile(atPath: database.path, contents: Data()))
        let store = try database.open()
        #expect(try store.clusters().isEmpty)
    }

    @Test func reopeningKeepsTheDataAndAppliesNoMigrationTwice() throws {
        let database = try TemporaryDatabase()
        do {
            let store = try database.open()
            _ = try store.loadDemo(today: CalendarDate(year: 2026, month: 1, day: 1)!)
        }
        let store = try database.open()
        #expect(try store.clusters().count == 3)
        let applied = try store.pool.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(Set(applied) == Schema.knownMigrations)
    }

    /// A database left at every earlier schema version migrates to the current one. The
    /// versions come from the migrator, so a new migration makes its predecessor one of them.
    @Test(arguments: Schema.migrator.migrations.dropLast())
    func migratesFromAnEarlierVersion(version: String) throws {
        let database = try TemporaryDatabase()
        let queue = try DatabaseQueue(path: database.path)
        try Schema.migrator.migrate(queue, upTo: version)
        try queue.close()
        let store = try database.open()
        let applied = try store.pool.read { db in try Set(String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")) }
        #expect(applied == Schema.knownMigrations)
    }

    /// v13 drops the index of audit images by row (an import's costliest write): a file made
    /// before it loses the index, and its trail still verifies.
    @Test func version12FilesLoseTheIndexOfImagesByRow() throws {
        let database = try TemporaryDatabase()
        let queue = try DatabaseQueue(path: database.path)
        try Schema.migrator.migrate(queue, upTo: "v12-decisions")
        let indexes = { (db: Database) in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'auditImage'") }
        #expect(try queue.read(indexes) == ["auditImageByRow"])
        try queue.close()
        let store = try database.open()
        #expect(try store.pool.read(indexes) == [])
        #expect(try store.verify().passed)
    }

    /// v14 indexes scores by year: a file made before it gains the index, and a year's load reads
    /// that index alone, not every score of the file (a table scan, as before it).
    @Test func version13FilesGainTheIndexOfScoresByYear() throws {
        let database = try TemporaryDatabase()
        let queue = try DatabaseQueue(path: database.path)
        try Schema.migrator.migrate(queue, upTo: "v13-audit-images-without-row-index")
        let indexes = { (db: Database) in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'score' AND sql IS NOT NULL")
        }
        // The load's statement, and its second pass for rows thidua would not have written.
        let plan = { (sql: String) in { (db: Database) in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: [1]).map { $0["detail"] as String }
        } }
        #expect(try queue.read(indexes) == [])
        #expect(try queue.read(plan(StoredScore.ofYearSQL)) == ["SCAN score"])
        try queue.close()
        let store = try database.open()
        #expect(try store.pool.read(indexes) == ["scoreByYear"])
        for sql in [StoredScore.ofYearSQL, StoredScore.ofYearWithRowIDsSQL] {
            #expect(try store.pool.read(plan(sql)) == ["SEARCH score USING COVERING INDEX scoreByYear (clusterYearId=?)"])
        }
    }

    /// A statement's journal is kept in memory (`temp_store = MEMORY`, 2): in a temporary file,
    /// an import wrote every page each of its statements changed there first, a system call
    /// apiece (376,000 for a province's grid).
    @Test func theWritingConnectionKeepsStatementJournalsInMemory() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        #expect(try store.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA temp_store") } == 2)
    }

    /// v2 moved notes from score rows to their own table: a v1 note must survive the move.
    @Test func version1NotesMoveToTheirOwnTable() throws {
        let database = try TemporaryDatabase()
        let queue = try DatabaseQueue(path: database.path)
        try Schema.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO cluster (id, code, name, kind) VALUES (1, 'OLD', 'Cụm cũ', 'cum');
                INSERT INTO clusterYear (id, clusterId, year, status, rules) VALUES (1, 1, 2022, 'scoring', '{}');
                INSERT INTO criterion (id, clusterYearId, code, title, maxHundredths, position) VALUES (1, 1, '1', 'TC1', 1000, 1), (2, 1, '1.1', 'a', 1000, 2);
                UPDATE criterion SET parentId = 1 WHERE id = 2;
                INSERT INTO unit (id, clusterId, name) VALUES (1, 1, 'Đơn vị A');
                INSERT INTO score (clusterYearId, unitId, criterionId, round, hundredths, note) VALUES (1, 1, 2, 'self', 900, 'Có minh chứng');
                """)
        }
        try queue.close()
        let store = try database.open()
        let notes = try store.pool.read { db in try String.fetchAll(db, sql: "SELECT note FROM itemNote") }
        #expect(notes == ["Có minh chứng"])
    }

    /// v7 drops two columns nothing used (unit.active, score.note): a v6 file loses them and
    /// keeps every unit, member and score, and what the columns held goes with them.
    @Test func version6FilesLoseTheUnusedColumnsAndKeepTheirData() throws {
        let database = try TemporaryDatabase()
        let queue = try DatabaseQueue(path: database.path)
        try Schema.migrator.migrate(queue, upTo: "v6-audit-by-entity")
        let rules = String(decoding: try JSONEncoder().encode(RuleSet.standard), as: UTF8.self)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO cluster (id, code, name, kind) VALUES (1, 'OLD', 'Cụm cũ', 'cum');
                INSERT INTO clusterYear (id, clusterId, year, status, rules) VALUES (1, 1, 2025, 'scoring', ?);
                INSERT INTO criterion (id, clusterYearId, code, title, maxHundredths, position) VALUES (1, 1, '1', 'TC1', 1000, 1), (2, 1, '1.1', 'a', 1000, 2);
                UPDATE criterion SET parentId = 1 WHERE id = 2;
                INSERT INTO unit (id, clusterId, name, leader, womenMajority, active) VALUES (1, 1, 'Đơn vị A', 'Nguyễn Văn A', 1, 0), (2, 1, 'Đơn vị B', '', 0, 1);
                INSERT INTO membership (clusterYearId, unitId, role, position) VALUES (1, 1, 'head', 1), (1, 2, 'member', 2);
                INSERT INTO score (clusterYearId, unitId, criterionId, round, hundredths, note) VALUES (1, 1, 2, 'self', 950, 'ghi chú cũ'), (1, 2, 2, 'cluster', 700, '');
                """, arguments: [rules])
        }
        try queue.close()
        let store = try database.open()
        let columns = try store.pool.read { db in
            (unit: try db.columns(in: "unit").map(\.name), score: try db.columns(in: "score").map(\.name))
        }
        #expect(!columns.unit.contains("active") && columns.unit.contains("womenMajority"))
        #expect(!columns.score.contains("note") && columns.score.contains("hundredths"))
        let snapshot = try store.snapshot(code: "OLD", year: 2025)
        #expect(snapshot.units.map(\.name) == ["Đơn vị A", "Đơn vị B"])
        #expect(snapshot.units.map(\.leader) == ["Nguyễn Văn A", ""] && snapshot.units.map(\.womenMajority) == [true, false])
        #expect(snapshot.memberships.map(\.role) == [.head, .member])
        #expect(snapshot.scores[1]?.selfAssessment["1.1"] == Points(hundredths: 950))
        #expect(snapshot.scores[2]?.cluster["1.1"] == Points(hundredths: 700))
        // What is left keeps its constraints, the score trigger too.
        #expect {
            try store.pool.write { db in try db.execute(sql: "UPDATE unit SET womenMajority = 2 WHERE id = 1") }
        } throws: { ($0 as? DatabaseError)?.resultCode == .SQLITE_CONSTRAINT }
        #expect {
            try store.pool.write { db in try db.execute(sql: "UPDATE score SET hundredths = 1001 WHERE unitId = 1") }
        } throws: { ($0 as? DatabaseError)?.resultCode == .SQLITE_CONSTRAINT }
    }

    /// v4 marks members inactive: every member of an earlier database stays active.
    @Test func version3MembersStayActive() throws {
        let database = try TemporaryDatabase()
        let queue = try DatabaseQueue(path: database.path)
        try Schema.migrator.migrate(queue, upTo: "v3-criteria-unlock")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO cluster (id, code, name, kind) VALUES (1, 'OLD', 'Cụm cũ', 'cum');
                INSERT INTO clusterYear (id, clusterId, year, status, rules) VALUES (1, 1, 2024, 'pledge', '{}');
                INSERT INTO unit (id, clusterId, name) VALUES (1, 1, 'Đơn vị A'), (2, 1, 'Đơn vị B');
                INSERT INTO membership (clusterYearId, unitId, role, position) VALUES (1, 1, 'head', 1), (1, 2, 'member', 2);
                """)
        }
        try queue.close()
        let store = try database.open()
        let active = try store.pool.read { db in try Bool.fetchAll(db, sql: "SELECT active FROM membership ORDER BY unitId") }
        #expect(active == [true, true])
        #expect(try store.yearSummaries().first?.unitNames == ["Đơn vị A", "Đơn vị B"])
        #expect {
            try store.pool.write { db in try db.execute(sql: "UPDATE membership SET active = 2") }
        } throws: { ($0 as? DatabaseError)?.resultCode == .SQLITE_CONSTRAINT }
    }
}
