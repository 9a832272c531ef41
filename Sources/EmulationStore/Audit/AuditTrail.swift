import Foundation
import GRDB

/// Appends chained audit rows inside the caller's write transaction, so a change and its
/// audit row are committed together or not at all. Each row takes the images of the data
/// changes made since the previous one (`ChangeCapture`): an audit row is appended after the
/// changes it describes.
struct AuditTrail {
    var actor: String
    var clock: @Sendable () -> Date
    /// The key of a keyed chain (HMAC-SHA-256), when this program holds one.
    var key: AuditKey?

    /// Where a chain is keyed: its marker row names the key, and every later row is HMAC'd with it.
    static let chainEntity = "audit chain"
    static let keyedAction = "chain.keyed"

    /// Set on a trail that appends many rows in one transaction (`batched()`): where the chain
    /// stands, read at its first row and then carried from row to row.
    private var position: ChainPosition?

    init(actor: String, clock: @escaping @Sendable () -> Date, key: AuditKey?) {
        self.actor = actor
        self.clock = clock
        self.key = key
    }

    /// The chain's key, last hash, next id and the time, read once for a whole import instead of
    /// with four statements and a formatted date for each of its tens of thousands of rows. Valid
    /// inside one write transaction, in which every row is appended through this trail (so on
    /// the database's one writing thread: hence unchecked).
    final class ChainPosition: @unchecked Sendable {
        var key: AuditKey?
        var at = ""
        var previousHash = ""
        var nextID: Int64 = 0
        var isRead = false
    }

    /// This trail, carrying the chain's position from row to row: for one write transaction.
    func batched() -> AuditTrail {
        var trail = self
        trail.position = ChainPosition()
        return trail
    }

    func append(_ db: Database, action: String, entity: String, old: String?, new: String?, reason: String = "") throws {
        guard let position else {
            let mac = try chainKey(db)
            try Self.appendRow(db, at: Self.timestamp(clock()), actor: actor, action: action, entity: entity, old: old, new: new, reason: reason,
                               images: ChangeCapture.take(db), key: mac)
            return
        }
        if !position.isRead {
            // The key first: marking the chain keyed appends a row of its own.
            position.key = try chainKey(db)
            position.at = Self.timestamp(clock())
            position.previousHash = try Self.lastHash(db)
            position.nextID = try Self.nextAuditID(db)
            position.isRead = true
        }
        position.previousHash = try Self.insertRow(db, id: position.nextID, previousHash: position.previousHash, at: position.at, actor: actor,
                                                   action: action, entity: entity, old: old, new: new, reason: reason,
                                                   images: ChangeCapture.take(db), key: position.key)
        position.nextID += 1
    }

    /// The key this row is to be HMAC'd with, nil for a plain chain. A keyed store's first write
    /// to a plain chain marks it keyed (the marker row itself is plain: a reader without the key
    /// can check the chain up to it). A file keyed with another key, or a keyed file and no key,
    /// cannot be extended.
    private func chainKey(_ db: Database) throws -> AuditKey? {
        let marker = try Self.keyMarker(db)
        switch (marker, key) {
        case (nil, nil):
            return nil
        case (nil, let key?):
            try Self.appendRow(db, at: Self.timestamp(clock()), actor: actor, action: Self.keyedAction, entity: Self.chainEntity, old: nil,
                               new: key.id, reason: "", images: [], key: nil)
            return key
        case (let marker?, nil):
            throw StoreError.auditKeyRequired(fileKeyID: marker.keyID)
        case (let marker?, let key?):
            guard marker.keyID == key.id else { throw StoreError.auditKeyMismatch(fileKeyID: marker.keyID, keyID: key.id) }
            return key
        }
    }

    /// The first row that marks the chain keyed, if any (found through the index by entity).
    static func keyMarker(_ db: Database) throws -> (id: Int64, keyID: String)? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT id, newValue FROM audit WHERE entity = ? AND action = ? ORDER BY id LIMIT 1"),
                         arguments: [chainEntity, keyedAction])
            .map { (id: $0[0], keyID: $0[1] ?? "") }
    }

    static func appendRow(_ db: Database, at: String, actor: String, action: String, entity: String, old: String?, new: String?,
                          reason: String, images: [AuditImage], key: AuditKey?) throws {
        // Cached statements, the insert too (not a StoredAudit record, whose SQL GRDB would
        // write anew for every row): a bulk import appends tens of thousands of rows in one
        // transaction.
        try insertRow(db, id: try nextAuditID(db), previousHash: try lastHash(db), at: at, actor: actor, action: action, entity: entity,
                      old: old, new: new, reason: reason, images: images, key: key)
    }

    /// Inserts row `id` after the row whose hash is `previousHash`, with its images; its hash.
    @discardableResult
    static func insertRow(_ db: Database, id: Int64, previousHash: String, at: String, actor: String, action: String, entity: String,
                          old: String?, new: String?, reason: String, images: [AuditImage], key: AuditKey?) throws -> String {
        let hash = AuditEntry.computeHash(id: id, at: at, actor: actor, action: action, entity: entity,
                                          oldValue: old, newValue: new, reason: reason, previousHash: previousHash, images: images, key: key)
        // Bound with SQLite's own calls: an import appends a row for each of its lines.
        try RawWrite.run(db.cachedStatement(sql: """
            INSERT INTO audit (id, at, actor, action, entity, oldValue, newValue, reason, previousHash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """), db) { row in
            RawWrite.integer(row, 1, id)
            for (index, text) in [at, actor, action, entity, old, new, reason, previousHash, hash].enumerated() {
                RawWrite.text(row, Int32(index + 2), text)
            }
        }
        try AuditImage.insert(images, auditID: id, db)
        return hash
    }

    /// The newest row's hash, or the genesis hash of an empty trail.
    static func lastHash(_ db: Database) throws -> String {
        try String.fetchOne(db.cachedStatement(sql: "SELECT hash FROM audit ORDER BY id DESC LIMIT 1")) ?? AuditEntry.genesisHash
    }

    /// AUTOINCREMENT never reuses an id, so the id that SQLite will give is known here (it is
    /// part of the hash, so rows cannot be reordered unnoticed).
    static func nextAuditID(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT seq FROM sqlite_sequence WHERE name = 'audit'")).map { $0 + 1 } ?? 1
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(timestampStyle)
    }

    /// The date a `timestamp` stands for; nil for text that is not one.
    static func date(_ timestamp: String) -> Date? {
        try? timestampStyle.parse(timestamp)
    }

    /// Made once: building the style anew for every audit row cost two thirds as much again as
    /// formatting the date with it.
    private static let timestampStyle = Date.ISO8601FormatStyle.iso8601.year().month().day().time(includingFractionalSeconds: true)
        .timeZone(separator: .omitted)
}
