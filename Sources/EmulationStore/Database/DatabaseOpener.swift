import Foundation
import GRDB

/// Opens the shared SQLite file. A file that is not a thidua database, or one written by a
/// newer thidua, is refused before anything is written to it (not even the switch to WAL).
enum DatabaseOpener {
    static func openPool(path: String) throws -> DatabasePool {
        let url = URL(fileURLWithPath: path)
        if FileManager.default.fileExists(atPath: path) {
            try inspectExisting(path: path)
        } else {
            try createParentDirectory(of: url, path: path)
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Clerks on the same server share the file: wait for a writer rather than fail at once.
        configuration.busyMode = .timeout(5)
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try Schema.migrator.migrate(pool)
            return pool
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        }
    }

    /// Reads the existing file without writing: its application id and the migrations it has.
    private static func inspectExisting(path: String) throws {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size == 0 { return } // an empty file is an empty database: it becomes ours
        // The header alone tells most foreign files apart, without SQLite opening them (which
        // could leave -shm/-wal files beside them).
        if let header = FileHandle(forReadingAtPath: path).flatMap({ handle in defer { try? handle.close() }; return try? handle.read(upToCount: 72) }) {
            let bytes = [UInt8](header)
            guard bytes.count >= 72, bytes.starts(with: Array("SQLite format 3\u{0}".utf8)) else {
                throw StoreError.notThiduaDatabase(path: path)
            }
            let applicationID = bytes[68..<72].reduce(Int32(0)) { $0 << 8 | Int32($1) }
            // 0 may still be ours: a new database's header can wait in the WAL until a checkpoint.
            if applicationID != 0 && applicationID != Schema.applicationID { throw StoreError.notThiduaDatabase(path: path) }
        }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            try queue.read { db in
                let applicationID = try Int32(Int.fetchOne(db, sql: "PRAGMA application_id") ?? 0)
                let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if applicationID != Schema.applicationID {
                    // A blank SQLite file with no tables may become ours; anything else is someone else's.
                    if applicationID != 0 || tableCount > 0 { throw StoreError.notThiduaDatabase(path: path) }
                    return
                }
                guard try db.tableExists("grdb_migrations") else { return }
                let applied = try Set(String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
                let unknown = applied.subtracting(Schema.knownMigrations)
                if !unknown.isEmpty {
                    throw StoreError.newerSchema(path: path, unknownMigrations: unknown.sorted())
                }
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            // The header said SQLite: what SQLite cannot read is damaged.
            throw StoreError(error, path: path)
        }
    }

    private static func createParentDirectory(of url: URL, path: String) throws {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw StoreError.cannotOpen(path: path, message: error.localizedDescription)
        }
    }
}
