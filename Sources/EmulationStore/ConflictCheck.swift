import Emulation
import GRDB

/// The one rule for every write of something a clerk saw: it names what it expects to replace,
/// and on a mismatch nothing is written and the clerk is told what is stored, by whom and when.
extension EmulationStore {
    /// Refuses (throws `StoreError.conflict`) unless `stored` is what the write expects.
    /// `entities` and `actions` find the audit rows of the thing written: who wrote it last;
    /// `importedRow`, a score cell that an import may have written too (`ImportedCells`).
    static func require<Value>(_ expected: Expected<Value>, stored: Value, _ db: Database, subject: WriteConflict.Subject,
                               entities: [String], actions: [String], importedRow: StoredScore.Cell? = nil, theirs: (Value) -> String?) throws {
        let last: StoredAudit?
        switch expected {
        case .anything:
            return
        case .value(let seen):
            if seen == stored { return }
            last = try lastWrite(db, entities: entities, actions: actions, importedRow: importedRow)
        case .overwriting(let auditID):
            // "Keep mine": only a write newer than the one the clerk was shown is a conflict.
            // No write at all is older than any the clerk was shown.
            last = try lastWrite(db, entities: entities, actions: actions, importedRow: importedRow, after: auditID)
            if (last?.id ?? 0) <= auditID { return }
        }
        throw StoreError.conflict(WriteConflict(subject: subject, theirs: theirs(stored), by: try last.map { try person(db, actor: $0.actor) },
                                                at: last?.at, auditID: last?.id ?? 0))
    }

    /// Who an audit row names, as a clerk knows them: the account's full name, else the name
    /// as recorded (an account since removed, a row from before accounts).
    /// An admin's record on someone's behalf keeps its "(ghi thay: …)" after the name.
    static func person(_ db: Database, actor: String) throws -> String {
        let login = actor.prefix { $0 != " " }
        guard let account = try StoredAccount.find(db, login: String(login)) else { return actor }
        return account.fullName + actor.dropFirst(login.count)
    }

    /// The newest audit row about one of `entities` (indexed by entity, so cheap on a long trail),
    /// or the newest import that changed `importedRow`, found by its image. Images have no index
    /// by row (Schema, v13): they are read newest first, back to the newer of the named row and
    /// `after` (a write the clerk was shown), so only the images written since then: a conflict
    /// is a recent write. An import older than both is never the answer, so the bound changes no
    /// result.
    static func lastWrite(_ db: Database, entities: [String], actions: [String], importedRow: StoredScore.Cell? = nil,
                          after shown: Int64 = 0) throws -> StoredAudit? {
        let named = try StoredAudit.filter { entities.contains($0.entity) && actions.contains($0.action) }.order(\.id.desc).fetchOne(db)
        guard let cell = importedRow else { return named }
        // The key as the capture triggers write it (`DataTable.keySQL`), made by the same SQL function.
        let imported = try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT auditImage.auditId FROM auditImage CROSS JOIN audit ON audit.id = auditImage.auditId
            WHERE auditImage.auditId > ? AND auditImage.tableName = ? AND auditImage.rowKey = json_array(?, ?, ?) AND audit.action = ?
            ORDER BY auditImage.auditId DESC LIMIT 1
            """), arguments: [max(named?.id ?? 0, shown), StoredScore.databaseTableName, cell.unitID, cell.criterionID, cell.round.rawValue,
                              ImportedCells.action])
        guard let imported else { return named }
        return try StoredAudit.fetchOne(db, key: imported)
    }
}
