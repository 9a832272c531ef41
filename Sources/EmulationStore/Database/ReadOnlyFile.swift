import Foundation
import GRDB

/// Reads a database file without writing it. For an account that may only read the file it
/// creates nothing beside it either; it is also how any existing file is inspected before it is
/// opened for writing.
///
/// A plain read-only SQLite connection is not enough: when `-wal` and `-shm` are absent (the
/// normal state once every process has exited) it creates them if the folder is writable, and
/// they then belong to the reader, so the owner can no longer write; if the folder is not
/// writable it fails ("attempt to write a readonly database"). So each read opens its own
/// connection, chosen by what is beside the file:
/// - an empty or absent `-wal`: everything committed is in the file itself. Read it as
///   `immutable=1` (no locks, nothing created), then check that the file did not change
///   meanwhile (a writer's checkpoint); if it did, read again.
/// - a `-wal` with content: read through it, waiting for locks like any reader. An account that
///   may only read never creates the `-shm` (`readonly_shm=1`); one that may write may, as its
///   own writes would.
struct ReadOnlyFile: Sendable {
    let path: String
    let busyTimeout: TimeInterval
    /// False for an account that may only read: nothing may appear beside the file.
    let mayCreateSideFiles: Bool

    private static let maximumAttempts = 5

    func read<T>(_ work: (Database) throws -> T) throws -> T {
        for attempt in 1...Self.maximumAttempts {
            let before = FileIdentity(path: path)
            let walInUse = FileIdentity(path: path + "-wal").map { $0.size > 0 } == true
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(busyTimeout)
            configuration.prepareDatabase(DatabaseOpener.limitPageCache)
            do {
                let query = !walInUse ? "immutable=1" : mayCreateSideFiles ? "mode=ro" : "readonly_shm=1"
                let queue = try DatabaseQueue(path: uri(query), configuration: configuration)
                defer { try? queue.close() }
                let result = try queue.read(work)
                if walInUse || FileIdentity(path: path) == before { return result }
            } catch let error as DatabaseError where walInUse && attempt < Self.maximumAttempts
                && (error.resultCode == .SQLITE_CANTOPEN || error.resultCode == .SQLITE_READONLY) {
                // The -wal and -shm went away between the look and the open (the last
                // connection to the file closed, after copying the WAL into it), or there is
                // no -shm to read: look again.
            }
        }
        // Written to at every attempt: as good as locked.
        throw StoreError.locked(path: path)
    }

    /// SQLite's URI form of the path (Debian's SQLite, like GRDB's in-memory databases, takes
    /// URIs), with every byte that could end the path escaped.
    private func uri(_ query: String) -> String {
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/".utf8)
        let escaped = path.utf8.map { byte in
            unreserved.contains(byte) ? String(UnicodeScalar(byte)) : String(format: "%%%02X", byte)
        }.joined()
        return "file:" + escaped + "?" + query
    }
}
