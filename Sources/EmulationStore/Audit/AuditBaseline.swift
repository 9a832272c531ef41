import Foundation
import GRDB

/// The audit row that carries the image of every data row as it is, so that the trail proves
/// the data from that row on. The `v9-audit-images` migration writes one in every file made
/// before images existed; a later migration that changes a data table's rows or columns must
/// write one too, or `verify` finds every row it changed.
enum AuditBaseline {
    static let action = "baseline"
    static let actor = "thidua"

    /// Writes the baseline row, unless the file is new (no audit row and no data): then the
    /// trail proves the data from its first row.
    static func write(_ db: Database, reason: String, clock: Date = Date()) throws {
        let tables = try DataTable.all(db)
        let hasAudit = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM audit)") ?? false
        var rows = 0
        for table in tables {
            rows += try Int.fetchOne(db, sql: "SELECT count(*) FROM main.\(DataTable.identifier(table.name))") ?? 0
        }
        guard hasAudit || rows > 0 else { return }
        let auditID = try AuditTrail.nextAuditID(db)
        var seq = 0
        for table in tables {
            try db.execute(sql: """
                INSERT INTO \(AuditImage.tableName) (auditId, seq, tableName, rowKey, image)
                SELECT ?, ? + row_number() OVER (), ?, \(table.keySQL("t")), \(table.imageSQL("t")) FROM main.\(DataTable.identifier(table.name)) AS t
                """, arguments: [auditID, seq, table.name])
            seq += try Int.fetchOne(db, sql: "SELECT count(*) FROM main.\(DataTable.identifier(table.name))") ?? 0
        }
        // The hash is that of the images as stored, read back in their order: one pass, however
        // large the file.
        let previousHash = try String.fetchOne(db, sql: "SELECT hash FROM audit ORDER BY id DESC LIMIT 1") ?? AuditEntry.genesisHash
        let at = AuditTrail.timestamp(clock)
        let entity = AuditTrail.chainEntity
        let new = "\(rows) rows, \(tables.count) tables"
        var hasher = ChainHasher(key: nil)
        hasher.addRow(id: auditID, at: at, actor: actor, action: action, entity: entity, oldValue: nil, newValue: new, reason: reason,
                      previousHash: previousHash)
        let images = try Row.fetchCursor(db, sql: "SELECT seq, tableName, rowKey, image FROM \(AuditImage.tableName) WHERE auditId = ? ORDER BY seq",
                                         arguments: [auditID])
        while let row = try images.next() {
            hasher.add(AuditImage(seq: row[0], tableName: row[1], rowKey: row[2], image: row[3]))
        }
        try db.execute(sql: """
            INSERT INTO audit (id, at, actor, action, entity, oldValue, newValue, reason, previousHash, hash)
            VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)
            """, arguments: [auditID, at, actor, action, entity, new, reason, previousHash, hasher.finalize()])
    }
}
