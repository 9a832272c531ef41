import Emulation
import Foundation
import GRDB
import Testing
@testable import EmulationStore

/// Many clerks on one file (issue 10): separate stores are separate connections, as separate
/// processes are; a raw GRDB connection plays the clerk who holds the lock.
@Suite struct ManyConnectionsTests {
    static let today = CalendarDate(year: 2026, month: 1, day: 1)!

    /// Another connection to the file that takes its lock with `sql` and keeps it until released.
    struct LockHolder {
        let queue: DatabaseQueue

        init(path: String, sql: String) throws {
            var configuration = Configuration()
            configuration.allowsUnsafeTransactions = true
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
        }

        /// Ends the transaction and closes the connection (an exclusive locking mode keeps its
        /// lock until then), as the clerk's process ending its command would.
        func release() {
            try? queue.writeWithoutTransaction { db in if db.isInsideTransaction { try db.execute(sql: "COMMIT") } }
            try? queue.close()
        }

        /// Releases from another thread a little later, while the test waits in SQLite.
        func release(after seconds: Double) {
            let queue = queue
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { LockHolder(queue: queue).release() }
        }

        private init(queue: DatabaseQueue) { self.queue = queue }
    }

    /// The file as every process leaves it: WAL mode, up to date, no -wal or -shm beside it.
    func closedDemoFile() throws -> TemporaryDatabase {
        let database = try TemporaryDatabase()
        do { _ = try database.open().loadDemo(today: Self.today) }
        #expect(!FileManager.default.fileExists(atPath: database.path + "-wal"))
        return database
    }

    static let holds = [
        "BEGIN IMMEDIATE; PRAGMA user_version = 1",
        "BEGIN EXCLUSIVE; PRAGMA user_version = 1",
        // What the last connection to the file does while it closes: no one may even read.
        "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; PRAGMA user_version = 1",
        // The same with a commit in the -wal, which a reader must read through.
        "PRAGMA locking_mode = EXCLUSIVE; PRAGMA user_version = 1; BEGIN EXCLUSIVE",
    ]

    @Test(arguments: holds)
    func aStoreOpenedWhileAnotherHoldsTheLockWaitsAndWrites(hold: String) throws {
        let database = try closedDemoFile()
        let holder = try LockHolder(path: database.path, sql: hold)
        holder.release(after: 0.3)
        let store = try database.open()
        _ = try store.createCluster(Cluster(code: "QA", name: "Cụm thử", kind: .cluster, authority: ""))
        #expect(try store.clusters().map(\.cluster.code).contains("QA"))
    }

    @Test(arguments: holds.prefix(2))
    func anOpenStoreWaitsForABriefLockInsteadOfFailing(hold: String) throws {
        let database = try closedDemoFile()
        let store = try database.open()
        let holder = try LockHolder(path: database.path, sql: hold)
        holder.release(after: 0.3)
        _ = try store.createCluster(Cluster(code: "QA", name: "Cụm thử", kind: .cluster, authority: ""))
        #expect(try store.clusters().count == 4)
    }

    /// Opening an up-to-date file takes no write lock (GRDB's DatabasePool wanted it whenever the
    /// -wal file was absent or empty), and reading never waits for a writer.
    @Test func openingAndReadingNeedNoWriteLock() throws {
        let database = try closedDemoFile()
        let holder = try LockHolder(path: database.path, sql: "BEGIN IMMEDIATE; PRAGMA user_version = 1")
        defer { holder.release() }
        // A busy timeout too short to wait for anything.
        let store = try database.open(busyTimeout: 0.05)
        #expect(try store.clusters().count == 3)
        #expect(try store.snapshot(code: "HP-KH", year: 2023).units.count == 8)
        #expect(try store.verify().passed)
    }

    @Test func aLockHeldLongerThanTheBusyTimeoutIsLockedInWords() throws {
        let database = try closedDemoFile()
        let store = try database.open(busyTimeout: 0.05)
        let holder = try LockHolder(path: database.path, sql: "BEGIN IMMEDIATE; PRAGMA user_version = 1")
        defer { holder.release() }
        #expect(throws: StoreError.locked(path: database.path)) {
            try store.createCluster(Cluster(code: "QA", name: "Cụm thử", kind: .cluster, authority: ""))
        }
    }

    /// A transaction that reads, then writes: had it begun DEFERRED, another connection could
    /// commit in between, and the write would fail at once (SQLITE_BUSY_SNAPSHOT, no busy
    /// handler), at every try. IMMEDIATE takes the write lock before the first read.
    @Test func aTransactionThatReadsThenWritesHoldsTheLockFromItsFirstRead() throws {
        let database = try closedDemoFile()
        let store = try database.open()
        let other = try DatabaseQueue(path: database.path)
        var othersCommits = 0
        try store.write(.editCluster, in: "HP-KH") { db in
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM cluster")
            if (try? other.write({ db in try db.execute(sql: "PRAGMA user_version = 7") })) != nil { othersCommits += 1 }
            try db.execute(sql: "UPDATE cluster SET authority = 'UBND' WHERE code = 'HP-KH'")
            // Every change commits with its audit row.
            try store.audit.append(db, action: "cluster.update", entity: "cluster HP-KH", old: nil, new: "UBND")
        }
        #expect(othersCommits == 0)
        #expect(try store.snapshot(code: "HP-KH", year: 2023).cluster.authority == "UBND")
    }

    /// Where SQLite answers "busy" without waiting (a race its busy handler does not cover), the
    /// lost transaction was rolled back whole: it is tried again, a few times.
    @Test func aTransactionThatLosesARaceIsTriedAgainAFewTimes() throws {
        let database = try closedDemoFile()
        let store = try database.open()
        var attempts = 0
        let seen = try store.write(.editCluster, in: "HP-KH") { db -> [Int] in
            attempts += 1
            let before = try Int.fetchAll(db, sql: "SELECT user_version FROM pragma_user_version")
            try db.execute(sql: "PRAGMA user_version = \(attempts)")
            if attempts < 3 { throw DatabaseError(resultCode: ResultCode(rawValue: 517)) } // SQLITE_BUSY_SNAPSHOT
            return before
        }
        #expect(attempts == 3)
        #expect(seen == [0], "each lost attempt was rolled back")
        var tries = 0
        #expect(throws: StoreError.locked(path: database.path)) {
            try store.write(.editCluster, in: "HP-KH") { _ in
                tries += 1
                throw DatabaseError(resultCode: .SQLITE_BUSY)
            }
        }
        #expect(tries == EmulationStore.maximumAttempts)
    }

    @Test func aFullDiskIsDiskFull() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        // SQLite's own limit stands in for a full disk: the file may not grow by a page.
        try store.pool.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        #expect(throws: StoreError.diskFull(path: database.path)) { try store.loadDemo(today: Self.today) }
        #expect(try store.clusters().isEmpty)
    }

    @Test func aFileWithAnSQLiteHeaderAndGarbledPagesIsDamaged() throws {
        let database = try closedDemoFile()
        // Keep the 100-byte header (SQLite, WAL, thidua's application id); garble the rest of
        // page 1, the root of the schema.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: database.path))
        try handle.seek(toOffset: 100)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 4_096 - 100))
        try handle.close()
        #expect(throws: StoreError.damaged(path: database.path)) { try database.open() }
    }

    @Test func sqliteResultCodesBecomeStoreErrorsInOnePlace() {
        let path = "/srv/thidua.sqlite"
        let cases: [(ResultCode, StoreError)] = [
            (.SQLITE_BUSY, .locked(path: path)), (ResultCode(rawValue: 517), .locked(path: path)), // BUSY_SNAPSHOT
            (.SQLITE_LOCKED, .locked(path: path)), (.SQLITE_FULL, .diskFull(path: path)),
            (.SQLITE_READONLY, .readOnly(path: path)), (ResultCode(rawValue: 1544), .readOnly(path: path)), // READONLY_DIRECTORY
            (.SQLITE_CORRUPT, .damaged(path: path)), (.SQLITE_NOTADB, .damaged(path: path)),
            (.SQLITE_CONSTRAINT, .refused(message: "m")), (.SQLITE_CANTOPEN, .cannotOpen(path: path, message: "m")),
        ]
        for (code, expected) in cases {
            #expect(StoreError(DatabaseError(resultCode: code, message: "m"), path: path) == expected, "\(code)")
        }
    }
}
