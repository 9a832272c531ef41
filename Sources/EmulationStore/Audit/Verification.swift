import GRDB

/// The result of `thidua verify`.
public struct VerificationReport: Hashable, Sendable {
    public enum Failure: Hashable, Sendable {
        /// `PRAGMA integrity_check` did not answer "ok".
        case integrity([String])
        /// The row's own hash does not match its content: it was edited.
        case rowEdited(id: Int64)
        /// The row does not point at the row before it: a row was removed or inserted.
        case chainBroken(id: Int64)
        /// Rows after `lastID` were removed (the id counter went further than the rows).
        case rowsMissingAtEnd(lastID: Int64, expected: Int64)
    }

    public var auditRows: Int
    public var failure: Failure?

    public var passed: Bool { failure == nil }
}

extension EmulationStore {
    /// Checks the SQLite file and the whole audit chain; stops at the first bad row.
    public func verify() throws -> VerificationReport {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] { return VerificationReport(auditRows: 0, failure: .integrity(integrity)) }
            var previousHash = AuditEntry.genesisHash
            var count = 0
            var lastID: Int64 = 0
            let rows = try StoredAudit.order(\.id).fetchCursor(db)
            while let entry = try rows.next()?.entry {
                count += 1
                if entry.previousHash != previousHash { return VerificationReport(auditRows: count, failure: .chainBroken(id: entry.id)) }
                if entry.hash != entry.expectedHash { return VerificationReport(auditRows: count, failure: .rowEdited(id: entry.id)) }
                previousHash = entry.hash
                lastID = entry.id
            }
            // Deleting the newest rows leaves an intact chain; SQLite's AUTOINCREMENT counter
            // still remembers how far it went.
            let issued = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'audit'") ?? 0
            if issued != lastID {
                return VerificationReport(auditRows: count, failure: .rowsMissingAtEnd(lastID: lastID, expected: issued))
            }
            return VerificationReport(auditRows: count, failure: nil)
        }
    }

    /// The newest audit rows first.
    public func auditEntries(limit: Int = 100) throws -> [AuditEntry] {
        try read { db in
            try StoredAudit.order(\.id.desc).limit(limit).fetchAll(db).map(\.entry)
        }
    }
}
