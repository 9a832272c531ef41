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

    /// A change that other processes made since `since` (PRAGMA data_version is cheap).
    public func dataVersion() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }

    /// Runs `work` in one write transaction, turning SQLite's refusals into StoreError.
    func write<T>(_ work: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(work)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, message: error.message ?? error.description)
        }
    }

    func read<T>(_ work: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(work)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, message: error.message ?? error.description)
        }
    }
}
