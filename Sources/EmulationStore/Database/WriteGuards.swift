import GRDB

/// The TEMP objects the store's connection needs before it writes: the capture of its data
/// changes for their audit rows (ChangeCapture) and the refusal of control characters
/// (TextGuard). They are made before the connection's first write, not when it opens: parsing
/// their few hundred statements was most of what opening a file cost (`thidua rank` on an
/// unknown cluster: 56 → 29 ms), and a command or screen that only reads never needs them.
enum WriteGuards {
    /// Makes them unless this connection has them; called outside any transaction, so that a
    /// write rolled back does not take them with it. One savepoint: made whole or not at all.
    static func installIfNeeded(_ db: Database) throws {
        guard try !areInstalled(db) else { return }
        try db.inSavepoint {
            try TextGuard.install(db)
            try ChangeCapture.install(db)
            return .commit
        }
    }

    /// Whether this connection has them: the capture table is made in the same savepoint.
    static func areInstalled(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT count(*) > 0 FROM sqlite_temp_master WHERE type = 'table' AND name = ?"),
                          arguments: [ChangeCapture.table]) ?? false
    }
}

extension DatabaseQueue {
    /// GRDB's `write`, with the write guards made first, outside its transaction: every write
    /// of the store goes through here.
    func guardedWrite<T>(_ updates: (Database) throws -> T) throws -> T {
        try writeWithoutTransaction(WriteGuards.installIfNeeded)
        return try write(updates)
    }
}
