import Foundation
import GRDB

/// Opens the shared SQLite file. A file that is not a thidua database, or one written by a
/// newer thidua, is refused before anything is written to it (not even the switch to WAL).
///
/// Opening an existing, up-to-date file never takes the write lock, so a command that only
/// reads never waits for another clerk's write: the file is read first, and only a new file is
/// switched to WAL and only missing migrations are applied. (GRDB's DatabasePool cannot do this:
/// it switches to WAL on every open and, whenever the `-wal` file is absent or empty, creates
/// and drops a table, which is a write.)
enum DatabaseOpener {
    static func open(path: String, busyTimeout: TimeInterval) throws -> EmulationStore.Access {
        if !FileManager.default.fileExists(atPath: path) {
            try createFile(path: path)
        }
        let permission = FilePermission.of(databaseAt: path)
        let file = ReadOnlyFile(path: path, busyTimeout: busyTimeout, mayCreateSideFiles: permission == .readWrite)
        let existing = try inspect(file)
        switch permission {
        case .readOnlyFile, .readOnlyFolder:
            // A file that needs migrating cannot be read by code that expects the new schema.
            guard existing.migrationsComplete else { throw StoreError.readOnly(path: path) }
            return .readOnly(file)
        case .readWrite:
            return .readWrite(try openForWriting(path: path, existing: existing, busyTimeout: busyTimeout))
        }
    }

    /// What the file holds, read without writing anything.
    struct Inspection {
        var isWAL: Bool
        var migrationsComplete: Bool
    }

    private static func openForWriting(path: String, existing: Inspection, busyTimeout: TimeInterval) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Clerks on the same server share the file: wait for a writer rather than fail at once.
        configuration.busyMode = .timeout(busyTimeout)
        // A setting of this connection, not of the file: it takes no lock. Safe in WAL mode
        // (a power cut may lose the last commits, never the file).
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A statement's journal (kept so that a failing statement undoes only itself, for
            // every insert an import makes under its triggers) held in memory, not in a
            // temporary file: each page a statement changes was first written there, a system
            // call apiece (a province's grid import: 376,000 writes, 0.6 s of system time, with
            // the index by year; 47,000 and 0.2 s so).
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            try limitPageCache(db)
        }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            if !existing.isWAL {
                try queue.writeWithoutTransaction { db in
                    let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                    if mode != "wal" { throw StoreError.cannotOpen(path: path, message: "journal_mode = \(mode ?? "?")") }
                }
            }
            if !existing.migrationsComplete {
                do {
                    try Schema.migrator.migrate(queue)
                } catch let error as DatabaseError {
                    // Two clerks opening a new file at once both try to migrate it; the one who
                    // lost finds the work done.
                    guard try queue.read(Schema.appliedMigrations(_:)).isSuperset(of: Schema.knownMigrations) else { throw error }
                }
            }
            // The connection's capture of its changes and its text guard are made before its
            // first write (WriteGuards), not here.
            return queue
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        }
    }

    /// SQLite's own page cache for a connection, in KiB (its default is 2,000). A year is read
    /// in one pass over its scores, which no cache of this size holds at a province's size
    /// anyway, and the system keeps the file's pages: the default's 2 MB only added to each
    /// screen's memory (a 10,000-unit grid: 62 → 58 MiB at its peak), and an import of
    /// 150,000 scores takes as long with 512 KiB (`thidua-bench province`).
    static let pageCacheKiB = 512

    static func limitPageCache(_ db: Database) throws {
        try db.execute(sql: "PRAGMA cache_size = -\(pageCacheKiB)")
    }

    /// What a file's first bytes say.
    struct Header {
        var isWAL: Bool
    }

    /// Reads the file's header, without SQLite; nil for an empty file. A file that cannot be
    /// read, or that is no SQLite file or another application's, is refused.
    static func header(path: String) throws -> Header? {
        guard access(path, R_OK) == 0 else {
            throw StoreError.cannotOpen(path: path, message: String(cString: strerror(errno)))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size == 0 { return nil }
        // The header alone tells most foreign files apart, without SQLite opening them.
        let header = FileHandle(forReadingAtPath: path).flatMap { handle in
            defer { try? handle.close() }
            return try? handle.read(upToCount: 72)
        }
        let bytes = [UInt8](header ?? Data())
        guard bytes.count >= 72, bytes.starts(with: Array("SQLite format 3\u{0}".utf8)) else {
            throw StoreError.notThiduaDatabase(path: path)
        }
        let applicationID = bytes[68..<72].reduce(Int32(0)) { $0 << 8 | Int32($1) }
        // 0 may still be ours: a new database's header can wait in the WAL until a checkpoint.
        if applicationID != 0 && applicationID != Schema.applicationID { throw StoreError.notThiduaDatabase(path: path) }
        // The file format's write and read versions are 2 in WAL mode.
        return Header(isWAL: bytes[18] == 2 && bytes[19] == 2)
    }

    /// Reads the existing file without writing: its header, application id and migrations.
    private static func inspect(_ file: ReadOnlyFile) throws -> Inspection {
        let path = file.path
        // An empty file is an empty database: it becomes ours.
        guard let isWAL = try header(path: path)?.isWAL else { return Inspection(isWAL: false, migrationsComplete: false) }
        do {
            return try file.read { db in
                let applicationID = try Int32(Int.fetchOne(db, sql: "PRAGMA application_id") ?? 0)
                let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if applicationID != Schema.applicationID {
                    // A blank SQLite file with no tables may become ours; anything else is someone else's.
                    if applicationID != 0 || tableCount > 0 { throw StoreError.notThiduaDatabase(path: path) }
                    return Inspection(isWAL: isWAL, migrationsComplete: false)
                }
                let applied = try Schema.appliedMigrations(db)
                let unknown = applied.subtracting(Schema.knownMigrations)
                if !unknown.isEmpty {
                    throw StoreError.newerSchema(path: path, unknownMigrations: unknown.sorted())
                }
                return Inspection(isWAL: isWAL, migrationsComplete: applied == Schema.knownMigrations)
            }
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        }
    }

    /// A new file is created here rather than by SQLite, so that its mode follows the user's
    /// umask like any other file's (SQLite creates 0644 whatever the umask, and a folder shared
    /// by a group gets no group write); SQLite then gives `-wal` and `-shm` the file's own mode.
    private static func createFile(path: String) throws {
        do {
            try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw StoreError.cannotOpen(path: path, message: error.localizedDescription)
        }
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw StoreError.cannotOpen(path: path, message: String(cString: strerror(errno))) }
        close(descriptor)
    }
}
