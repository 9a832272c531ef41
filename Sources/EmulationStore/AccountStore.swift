import Emulation
import Foundation
import GRDB

/// Accounts and roles: who the store acts for, whether they may, and the admin's commands that
/// add, grant, revoke and remove. Every check reads the roles inside the write's own
/// transaction, so a role revoked a moment ago no longer counts, whoever still has a screen open.
extension EmulationStore {
    /// Who is acting, with their roles as the file says now.
    public func currentAccount() throws -> Account {
        try read { db in try actingAccount(db) }
    }

    /// Every account, by login (admin only).
    public func accounts() throws -> [Account] {
        try read { db in
            try authorize(db, .manageAccounts, in: nil)
            return try StoredAccount.order(StoredAccount.Columns.login).fetchAll(db).map { stored in
                Account(login: stored.login, fullName: stored.fullName, grants: try StoredAccountRole.grants(db, accountID: stored.rowID))
            }
        }
    }

    /// Adds an account with its first roles and SSH keys, in one transaction: a role naming an
    /// unknown cluster or unit, or a key of another account, leaves no account behind.
    public func addAccount(login: String, fullName: String, grants: [RoleGrant] = [], keys: [SSHPublicKey] = []) throws {
        try write(.manageAccounts, in: nil) { db in
            try Self.insertAccount(db, login: login, fullName: fullName, audit: audit)
            let stored = try Self.requiredAccount(db, login: login)
            for grant in grants {
                let row = try Self.storedRole(db, grant, accountID: stored.rowID)
                try row.insertRow(db)
                try audit.append(db, action: "role.grant", entity: Self.accountEntity(login), old: nil, new: try Self.describe(db, row))
            }
            _ = try Self.insertKeys(db, keys, account: stored, audit: audit)
        }
    }

    /// Removes an account, its roles and its SSH keys; the audit trail keeps what it did.
    public func removeAccount(login: String) throws {
        try write(.manageAccounts, in: nil) { db in
            let stored = try Self.requiredAccount(db, login: login)
            let grants = try StoredAccountRole.grants(db, accountID: stored.rowID)
            if grants.contains(where: { $0.role == .admin }) { try Self.requireAnotherAdmin(db, than: stored) }
            try Self.deleteKeys(of: stored, db, audit: audit)
            try StoredAccountRole.filter(StoredAccountRole.Columns.accountId == stored.rowID).deleteAll(db)
            try StoredAccount.deleteOne(db, key: stored.id)
            try audit.append(db, action: "account.remove", entity: Self.accountEntity(login), old: Self.describe(stored, grants), new: nil)
        }
    }

    public func grant(_ grant: RoleGrant, to login: String) throws {
        try write(.manageAccounts, in: nil) { db in
            let stored = try Self.requiredAccount(db, login: login)
            let row = try Self.storedRole(db, grant, accountID: stored.rowID)
            let existing = try Self.matchingRoles(db, row)
            guard existing.isEmpty else { return }
            try row.insertRow(db)
            try audit.append(db, action: "role.grant", entity: Self.accountEntity(login), old: nil, new: try Self.describe(db, row))
        }
    }

    /// Removes the matching role (every clerk role in the cluster when no unit is named);
    /// returns how many were removed (0: the account had no such role).
    @discardableResult
    public func revoke(_ grant: RoleGrant, from login: String) throws -> Int {
        try write(.manageAccounts, in: nil) { db in
            let stored = try Self.requiredAccount(db, login: login)
            let row = try Self.storedRole(db, grant, accountID: stored.rowID, unitOptional: true)
            let matching = try Self.matchingRoles(db, row)
            guard !matching.isEmpty else { return 0 }
            if grant.role == .admin { try Self.requireAnotherAdmin(db, than: stored) }
            for role in matching {
                let text = try Self.describe(db, role)
                try StoredAccountRole.deleteOne(db, key: role.id)
                try audit.append(db, action: "role.revoke", entity: Self.accountEntity(login), old: text, new: nil)
            }
            return matching.count
        }
    }

    // MARK: - Checks

    /// The acting account as stored now; an admin recording on its behalf must still be one.
    func actingAccount(_ db: Database) throws -> Account {
        var account = try Self.loadAccount(db, login: identity.login)
        if let recorder = identity.recordedBy {
            guard try Self.loadAccount(db, login: recorder).isAdmin else { throw StoreError.onBehalfNeedsAdmin(login: recorder) }
            account.recordedBy = recorder
        }
        return account
    }

    /// Throws `notAllowed`, naming the role needed, unless the acting account may take `action`.
    /// Reads check too: a cluster is read by those with a role in it.
    func authorize(_ db: Database, _ action: GuardedAction, in cluster: String?) throws {
        if let refusal = try actingAccount(db).refusal(action, in: cluster) { throw StoreError.notAllowed(refusal) }
    }

    /// The acting account's roles, read once for a write of many parts.
    struct AccessCheck {
        let account: Account

        func require(_ action: GuardedAction, in cluster: String?) throws {
            if let refusal = account.refusal(action, in: cluster) { throw StoreError.notAllowed(refusal) }
        }
    }

    static func loadAccount(_ db: Database, login: String) throws -> Account {
        guard let stored = try StoredAccount.find(db, login: login) else {
            throw StoreError.noAccount(login: login, admins: try adminLogins(db))
        }
        return Account(login: stored.login, fullName: stored.fullName, grants: try StoredAccountRole.grants(db, accountID: stored.rowID))
    }

    static func adminLogins(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT a.login FROM account a JOIN accountRole r ON r.accountId = a.id WHERE r.role = 'admin' ORDER BY a.login
            """)
    }

    // MARK: - Opening

    /// Who opens the file. The first account of a file is its owner's, as admin: `thidua` on a
    /// laptop works with no set-up, and nobody else can make themself admin of a file they do
    /// not own.
    static func identify(_ access: Access, path: String, login: String, recordingFor: String?, clock: @escaping @Sendable () -> Date,
                         key: AuditKey?) throws -> Account {
        guard LoginRule.isValid(login) else { throw StoreError.invalidLogin(login) }
        if let recordingFor, !LoginRule.isValid(recordingFor) { throw StoreError.invalidLogin(recordingFor) }
        func load(_ db: Database) throws -> Account {
            var account = try loadAccount(db, login: login)
            if let recordingFor {
                guard account.isAdmin else { throw StoreError.onBehalfNeedsAdmin(login: login) }
                account = try loadAccount(db, login: recordingFor)
                account.recordedBy = login
            }
            return account
        }
        do {
            switch access {
            case .readOnly(let file):
                return try file.read(load)
            case .readWrite(let queue):
                // Opening takes no write lock unless the file has no account yet.
                if try queue.read({ db in try StoredAccount.fetchCount(db) > 0 }) { return try queue.read(load) }
                return try queue.guardedWrite { db in
                    let empty = try StoredAccount.fetchCount(db) == 0
                    if empty && FileOwner.isCurrentUser(ownerOf: path) {
                        try ChangeCapture.reset(db)
                        let audit = AuditTrail(actor: login, clock: clock, key: key)
                        try insertAccount(db, login: login, fullName: FileOwner.fullName(of: login) ?? login, audit: audit)
                        let stored = try requiredAccount(db, login: login)
                        let row = StoredAccountRole(id: nil, accountId: stored.rowID, role: .admin, clusterId: nil, unitId: nil)
                        try row.insertRow(db)
                        try audit.append(db, action: "role.grant", entity: accountEntity(login), old: nil, new: try describe(db, row),
                                         reason: "chủ tệp") // the file's owner
                    }
                    return try load(db)
                }
            }
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        }
    }

    // MARK: - Rows

    static func insertAccount(_ db: Database, login: String, fullName: String, audit: AuditTrail) throws {
        guard LoginRule.isValid(login) else { throw StoreError.invalidLogin(login) }
        let name = fullName.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw StoreError.accountNameRequired }
        try requireText(name, field: "fullName", maximum: TextRule.nameMaximum)
        guard try StoredAccount.find(db, login: login) == nil else { throw StoreError.accountExists(login: login) }
        try StoredAccount(id: nil, login: login, fullName: name).insertRow(db)
        try audit.append(db, action: "account.add", entity: accountEntity(login), old: nil, new: name)
    }

    static func requiredAccount(_ db: Database, login: String) throws -> StoredAccount {
        guard let stored = try StoredAccount.find(db, login: login) else { throw StoreError.unknownAccount(login: login) }
        return stored
    }

    /// The row a grant names, its cluster and unit looked up; a clerk's unit must be in that
    /// cluster (on its roster in any year).
    static func storedRole(_ db: Database, _ grant: RoleGrant, accountID: Int64, unitOptional: Bool = false) throws -> StoredAccountRole {
        if let problem = grant.problem, !(unitOptional && problem == .unitRequired) { throw StoreError.invalidGrant(problem) }
        var clusterID: Int64?
        var unit: Int64?
        if let code = grant.cluster {
            let cluster = try Self.clusterID(db, code: code)
            clusterID = cluster
            if let name = grant.unitName {
                guard let id = try unitID(db, clusterID: cluster, named: name) else { throw StoreError.unknownUnit(name: name) }
                unit = id
            } else {
                unit = grant.unitID
            }
        }
        return StoredAccountRole(id: nil, accountId: accountID, role: grant.role, clusterId: clusterID, unitId: unit)
    }

    /// The stored roles equal to `row`; with no unit, every unit's.
    private static func matchingRoles(_ db: Database, _ row: StoredAccountRole) throws -> [StoredAccountRole] {
        try StoredAccountRole.filter(StoredAccountRole.Columns.accountId == row.accountId && StoredAccountRole.Columns.role == row.role.rawValue)
            .fetchAll(db)
            .filter { $0.clusterId == row.clusterId && (row.unitId == nil || $0.unitId == row.unitId) }
    }

    private static func requireAnotherAdmin(_ db: Database, than account: StoredAccount) throws {
        if try adminLogins(db).allSatisfy({ $0 == account.login }) { throw StoreError.lastAdmin(login: account.login) }
    }

    static func accountEntity(_ login: String) -> String { "account/\(login)" }

    /// "secretary HP-KH (Thủy Nguyên)": the audit text of a role.
    static func describe(_ db: Database, _ row: StoredAccountRole) throws -> String {
        var text = row.role.rawValue
        if let clusterID = row.clusterId { text += " " + (try StoredCluster.required(db, id: clusterID).code) }
        if let unitID = row.unitId { text += " (" + (try unitName(db, unitID: unitID)) + ")" }
        return text
    }

    private static func describe(_ account: StoredAccount, _ grants: [RoleGrant]) -> String {
        ([account.fullName] + grants.map { grant in
            [grant.role.rawValue, grant.cluster, grant.unitName.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
        }).joined(separator: "; ")
    }

    /// A stored one-line text: no control character or line break, and at most `maximum` characters.
    static func requireText(_ text: String, field: String, maximum: Int? = nil) throws {
        if let problem = TextRule.problem(in: text, maximum: maximum) { throw StoreError.invalidText(field: field, value: text, problem: problem) }
    }
}
