import Emulation
import Foundation
import GRDB

/// The SSH keys accounts log in with when the file is served over OpenSSH: an admin adds and
/// revokes them (audited, one row per key), and sshd asks who owns a key (`keyOwner`) at every
/// login, without writing anything.
extension EmulationStore {
    /// How long `keyOwner` waits for a writer's lock: sshd waits for the answer, the person too.
    static let keyOwnerBusyTimeout: TimeInterval = 2

    /// Adds keys to an account (admin only), one audit row each; returns those that were new.
    /// A key the account already has is left as it is; one of another account is refused,
    /// naming that account, and nothing is added.
    @discardableResult
    public func addKeys(_ keys: [SSHPublicKey], to login: String) throws -> [SSHPublicKey] {
        try write(.manageAccounts, in: nil) { db in
            try Self.insertKeys(db, keys, account: try Self.requiredAccount(db, login: login), audit: audit)
        }
    }

    /// Removes the account's key named by its fingerprint ("SHA256:…") or by the key itself
    /// (admin only); returns how many were removed (0: the account has no such key).
    @discardableResult
    public func revokeKey(_ keyOrFingerprint: String, from login: String) throws -> Int {
        let fingerprint = try SSHPublicKey.fingerprint(of: keyOrFingerprint)
        return try write(.manageAccounts, in: nil) { db in
            let account = try Self.requiredAccount(db, login: login)
            let rows = try StoredAccountKey
                .filter(StoredAccountKey.Columns.accountId == account.rowID && StoredAccountKey.Columns.fingerprint == fingerprint)
                .fetchAll(db)
            for row in rows { try Self.deleteKey(row, of: account, db, audit: audit) }
            return rows.count
        }
    }

    /// The account's keys, oldest first: an admin reads anyone's, an account its own.
    public func keys(of login: String) throws -> [AccountKey] {
        try read { db in
            if try actingAccount(db).login != login { try authorize(db, .manageAccounts, in: nil) }
            let account = try Self.requiredAccount(db, login: login)
            return try Self.storedKeys(db, of: account).map { row in
                guard let date = AuditTrail.date(row.addedAt) else {
                    throw StoreError.unknownStoredValue(table: StoredAccountKey.databaseTableName, column: "addedAt", rowID: row.rowID,
                                                        value: row.addedAt)
                }
                return AccountKey(type: row.keyType, fingerprint: row.fingerprint, comment: row.comment, addedAt: date)
            }
        }
    }

    /// How many keys each account has, by login (admin only); an account with none is absent.
    public func keyCounts() throws -> [String: Int] {
        try read { db in
            try authorize(db, .manageAccounts, in: nil)
            let rows = try Row.fetchAll(db, sql: "SELECT a.login, count(*) FROM accountKey k JOIN account a ON a.id = k.accountId GROUP BY a.login")
            return Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as String, $0[1] as Int) })
        }
    }

    /// Writes in the audit trail that the acting account opened a session ("ssh 192.0.2.7 port
    /// 50122, khóa SHA256:…"): any account records its own, whatever its roles. No data changes.
    public func recordSession(_ description: String) throws {
        try Self.requireText(description, field: "session", maximum: TextRule.nameMaximum)
        // No role is needed: loading the acting account inside the transaction is the check
        // (an account removed meanwhile is refused).
        try writeCheckingEach { db, check in
            try audit.append(db, action: "session.open", entity: Self.accountEntity(check.account.login), old: nil, new: description)
        }
    }

    /// The login whose account has this key, or nil (no such key, or the account is gone, or the
    /// file predates keys): what sshd's `AuthorizedKeysCommand` asks at every SSH login. It
    /// writes nothing, not even the files beside the database: no migration, no first account,
    /// no checkpoint (a read-only connection never makes one), no audit row; it waits at most
    /// `keyOwnerBusyTimeout` for a writer, and readers never wait for one in WAL mode.
    public static func keyOwner(path: String, type: String, base64: String) throws -> String? {
        // sshd passes the key as OpenSSH prints it; anything else is the same key re-encoded, or none.
        guard let blob = Data(base64Encoded: base64), !blob.isEmpty else { return nil }
        guard try DatabaseOpener.header(path: path) != nil else { throw StoreError.notThiduaDatabase(path: path) }
        let file = ReadOnlyFile(path: path, busyTimeout: keyOwnerBusyTimeout, mayCreateSideFiles: FilePermission.of(databaseAt: path) == .readWrite)
        do {
            return try file.read { db in
                guard try Int32(Int.fetchOne(db, sql: "PRAGMA application_id") ?? 0) == Schema.applicationID else {
                    throw StoreError.notThiduaDatabase(path: path)
                }
                guard try db.tableExists(StoredAccountKey.databaseTableName) else { return nil }
                return try String.fetchOne(db, sql: """
                    SELECT a.login FROM accountKey k JOIN account a ON a.id = k.accountId WHERE k.keyBase64 = ? AND k.keyType = ?
                    """, arguments: [blob.base64EncodedString(), type])
            }
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        }
    }

    // MARK: - Rows

    /// Inserts the keys `account` does not have yet, each with its audit row; returns them.
    static func insertKeys(_ db: Database, _ keys: [SSHPublicKey], account: StoredAccount, audit: AuditTrail) throws -> [SSHPublicKey] {
        var added: [SSHPublicKey] = []
        for key in keys {
            if let comment = key.comment { try requireText(comment, field: "accountKey.comment", maximum: TextRule.nameMaximum) }
            if let existing = try StoredAccountKey.find(db, key: ["keyBase64": key.base64]) {
                guard existing.accountId == account.rowID else {
                    let owner = try StoredAccount.required(db, id: existing.accountId)
                    throw StoreError.keyOfAnotherAccount(fingerprint: key.fingerprint, login: owner.login)
                }
                continue
            }
            let row = StoredAccountKey(id: nil, accountId: account.rowID, keyType: key.type, keyBase64: key.base64, fingerprint: key.fingerprint,
                                       comment: key.comment, addedAt: AuditTrail.timestamp(audit.clock()))
            try row.insertRow(db)
            try audit.append(db, action: "key.add", entity: accountEntity(account.login), old: nil, new: describe(row))
            added.append(key)
        }
        return added
    }

    /// Deletes every key of `account` (which is being removed), each with its audit row.
    static func deleteKeys(of account: StoredAccount, _ db: Database, audit: AuditTrail) throws {
        for row in try storedKeys(db, of: account) { try deleteKey(row, of: account, db, audit: audit) }
    }

    private static func deleteKey(_ row: StoredAccountKey, of account: StoredAccount, _ db: Database, audit: AuditTrail) throws {
        try StoredAccountKey.deleteOne(db, key: row.id)
        try audit.append(db, action: "key.revoke", entity: accountEntity(account.login), old: describe(row), new: nil)
    }

    private static func storedKeys(_ db: Database, of account: StoredAccount) throws -> [StoredAccountKey] {
        try StoredAccountKey.filter(StoredAccountKey.Columns.accountId == account.rowID).order(StoredAccountKey.Columns.id).fetchAll(db)
    }

    /// "ssh-ed25519 SHA256:… an@laptop": the audit text of a key.
    private static func describe(_ row: StoredAccountKey) -> String {
        ([row.keyType, row.fingerprint] + (row.comment.map { [$0] } ?? [])).joined(separator: " ")
    }
}
