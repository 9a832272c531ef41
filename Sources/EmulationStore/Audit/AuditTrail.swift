import Foundation
import GRDB

/// Appends chained audit rows inside the caller's write transaction, so a change and its
/// audit row are committed together or not at all.
struct AuditTrail {
    var actor: String
    var clock: @Sendable () -> Date

    func append(_ db: Database, action: String, entity: String, old: String?, new: String?, reason: String = "") throws {
        // Cached statements, the insert too (not a StoredAudit record, whose SQL GRDB would
        // write anew for every row): a bulk import appends tens of thousands of rows in one
        // transaction.
        let previousHash = try String.fetchOne(db.cachedStatement(sql: "SELECT hash FROM audit ORDER BY id DESC LIMIT 1"))
            ?? AuditEntry.genesisHash
        // AUTOINCREMENT never reuses an id, so the id that SQLite will give is known here
        // (it is part of the hash, so rows cannot be reordered unnoticed).
        let nextID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT seq FROM sqlite_sequence WHERE name = 'audit'")).map { $0 + 1 } ?? 1
        let at = Self.timestamp(clock())
        let hash = AuditEntry.computeHash(id: nextID, at: at, actor: actor, action: action, entity: entity,
                                          oldValue: old, newValue: new, reason: reason, previousHash: previousHash)
        try db.cachedStatement(sql: """
            INSERT INTO audit (id, at, actor, action, entity, oldValue, newValue, reason, previousHash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [nextID, at, actor, action, entity, old, new, reason, previousHash, hash])
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(timestampStyle)
    }

    /// Made once: building the style anew for every audit row cost two thirds as much again as
    /// formatting the date with it.
    private static let timestampStyle = Date.ISO8601FormatStyle.iso8601.year().month().day().time(includingFractionalSeconds: true)
        .timeZone(separator: .omitted)
}
