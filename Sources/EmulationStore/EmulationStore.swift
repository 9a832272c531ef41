import Emulation
import Foundation
import GRDB

/// The one door to the SQLite file: every change is a short transaction that writes its audit
/// row with it.
public final class EmulationStore: Sendable {
    let pool: DatabasePool
    let audit: AuditTrail
    public let path: String

    /// Opens (or creates) the database at `path`; `actor` is who the audit rows name.
    public init(path: String, actor: String, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        self.pool = try DatabaseOpener.openPool(path: path)
        self.audit = AuditTrail(actor: actor, clock: clock)
        self.path = path
    }

    /// Runs `work` in one write transaction, turning SQLite's refusals into StoreError.
    func write<T>(_ work: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(work)
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        }
    }

    func read<T>(_ work: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(work)
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        }
    }
}

extension EmulationStore {
    /// The id of the newest audit row. Every change writes one, so when this moves, someone
    /// (this process or another clerk's) changed the data. Cheap: one row of sqlite_sequence.
    public func lastChange() throws -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'audit'") ?? 0 }
    }
}
