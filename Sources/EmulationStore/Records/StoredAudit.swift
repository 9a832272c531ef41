import GRDB

/// A row of `audit`: one link of the chained audit trail (see `AuditEntry`).
struct StoredAudit: StoredRecord, PersistableRecord, Hashable {
    static let databaseTableName = "audit"

    var id: Int64
    var at: String
    var actor: String
    var action: String
    var entity: String
    var oldValue: String?
    var newValue: String?
    var reason: String
    var previousHash: String
    var hash: String

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let action = Column(CodingKeys.action)
        static let entity = Column(CodingKeys.entity)
    }
}

extension StoredAudit {
    var entry: AuditEntry {
        AuditEntry(id: id, at: at, actor: actor, action: action, entity: entity, oldValue: oldValue, newValue: newValue, reason: reason,
                   previousHash: previousHash, hash: hash)
    }
}
