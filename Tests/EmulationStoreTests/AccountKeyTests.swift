import Emulation
import Foundation
import GRDB
import Testing
import TestSupport
@testable import EmulationStore

/// SSH keys on accounts: an admin adds and revokes them, audited; sshd asks who owns a key, and
/// that question writes nothing, whatever state the file is in.
@Suite struct AccountKeyTests {
    let database: TemporaryDatabase
    let admin: EmulationStore
    let folder: URL

    init() throws {
        database = try TemporaryDatabase()
        admin = try database.open(actor: "tester")
        _ = try admin.createClusterWithYear(Cluster(code: "QA", name: "Cụm thử", kind: .cluster, authority: ""), year: 2024)
        folder = database.directory.appendingPathComponent("keys")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func key(_ name: String, type: String = "ed25519") throws -> (SSHPublicKey, GeneratedKey) {
        let generated = try GeneratedKey(type: type, comment: "\(name)@laptop", in: folder, name: name)
        return (try SSHPublicKey(parsing: generated.publicText), generated)
    }

    func owner(_ key: SSHPublicKey) throws -> String? {
        try EmulationStore.keyOwner(path: database.path, type: key.type, base64: key.base64)
    }

    @Test func keysAreAddedListedFoundAndRevoked() throws {
        let (ed, edFile) = try key("an")
        let (rsa, _) = try key("an-rsa", type: "rsa")
        try admin.addAccount(login: "an", fullName: "Nguyễn Văn An", keys: [ed])
        #expect(try owner(ed) == "an")
        #expect(try owner(rsa) == nil)
        #expect(try admin.addKeys([rsa, ed], to: "an") == [rsa], "the key it had already is left as it is")
        let listed = try admin.keys(of: "an")
        #expect(listed.map(\.fingerprint) == [edFile.fingerprint, rsa.fingerprint])
        #expect(listed.map(\.type) == ["ssh-ed25519", "ssh-rsa"])
        #expect(listed.map(\.comment) == ["an@laptop", "an-rsa@laptop"])
        #expect(listed.allSatisfy { $0.addedAt == Date(timeIntervalSince1970: 1_700_000_000) })
        #expect(try admin.keyCounts() == ["an": 2])
        // By fingerprint, then by the key line itself.
        #expect(try admin.revokeKey(edFile.fingerprint, from: "an") == 1)
        #expect(try admin.revokeKey(edFile.fingerprint, from: "an") == 0, "nothing left to revoke is no error")
        #expect(try owner(ed) == nil)
        #expect(try admin.revokeKey(rsa.line + " old comment", from: "an") == 1)
        #expect(try admin.keys(of: "an").isEmpty)
        let actions = try admin.auditEntries(limit: 5).reversed().map { "\($0.action) \($0.entity) \($0.oldValue ?? $0.newValue ?? "")" }
        #expect(actions == [
            "account.add account/an Nguyễn Văn An",
            "key.add account/an ssh-ed25519 \(edFile.fingerprint) an@laptop",
            "key.add account/an ssh-rsa \(rsa.fingerprint) an-rsa@laptop",
            "key.revoke account/an ssh-ed25519 \(edFile.fingerprint) an@laptop",
            "key.revoke account/an ssh-rsa \(rsa.fingerprint) an-rsa@laptop",
        ])
        #expect(try admin.verify().passed, "the key rows' images replay")
    }

    /// A key is one person's: sshd must be able to tell who logs in with it.
    @Test func aKeyOfAnotherAccountIsRefusedNamingIt() throws {
        let (ed, _) = try key("an")
        try admin.addAccount(login: "an", fullName: "An", keys: [ed])
        try admin.addAccount(login: "binh", fullName: "Bình")
        let refusal = StoreError.keyOfAnotherAccount(fingerprint: ed.fingerprint, login: "an")
        #expect(throws: refusal) { try admin.addKeys([ed], to: "binh") }
        #expect(throws: refusal) { try admin.addAccount(login: "chi", fullName: "Chi", keys: [ed]) }
        #expect(throws: StoreError.unknownAccount(login: "chi")) { try admin.keys(of: "chi") }
        #expect(try admin.keys(of: "binh").isEmpty)
        #expect(try owner(ed) == "an")
    }

    @Test func onlyAnAdminChangesKeysAndAnAccountReadsItsOwn() throws {
        let (ed, _) = try key("an")
        let (other, _) = try key("xem")
        try admin.addAccount("xem", RoleGrant(role: .viewer, cluster: "QA"))
        try admin.addAccount(login: "an", fullName: "An", keys: [ed])
        try admin.addKeys([other], to: "xem")
        let viewer = try EmulationStore(path: database.path, login: "xem")
        let needsAdmin = StoreError.notAllowed(Refusal(action: .manageAccounts, reason: .needsRole, cluster: nil))
        #expect(throws: needsAdmin) { try viewer.addKeys([ed], to: "xem") }
        #expect(throws: needsAdmin) { try viewer.revokeKey(other.fingerprint, from: "xem") }
        #expect(throws: needsAdmin) { try viewer.keys(of: "an") }
        #expect(throws: needsAdmin) { try viewer.keyCounts() }
        #expect(try viewer.keys(of: "xem").map(\.fingerprint) == [other.fingerprint])
    }

    @Test func aRemovedAccountsKeysGoWithItAndTheAuditSaysSo() throws {
        let (ed, edFile) = try key("an")
        try admin.addAccount(login: "an", fullName: "An", keys: [ed])
        try admin.removeAccount(login: "an")
        #expect(try owner(ed) == nil)
        #expect(try admin.auditEntries(limit: 2).map(\.action) == ["account.remove", "key.revoke"])
        #expect(try admin.auditEntries(limit: 2).last?.oldValue == "ssh-ed25519 \(edFile.fingerprint) an@laptop")
        #expect(try admin.verify().passed)
        // The key may now be someone else's.
        try admin.addAccount(login: "binh", fullName: "Bình", keys: [ed])
        #expect(try owner(ed) == "binh")
    }

    /// A comment is typed text like any other: no control character reaches the file.
    @Test func aCommentWithAControlCharacterIsRefused() throws {
        let (ed, _) = try key("an")
        let escape = SSHPublicKey(type: ed.type, base64: ed.base64, comment: "an\u{1B}[2J")
        try admin.addAccount(login: "an", fullName: "An")
        #expect(throws: StoreError.invalidText(field: "accountKey.comment", value: "an\u{1B}[2J", problem: .controlCharacter("\u{1B}"))) {
            try admin.addKeys([escape], to: "an")
        }
    }

    /// Each SSH login is written down for the account that logs in, whatever its role.
    @Test(arguments: [RoleGrant(role: .viewer, cluster: "QA"), nil])
    func anyAccountRecordsItsOwnSession(grant: RoleGrant?) throws {
        if let grant { try admin.addAccount("xem", grant) } else { try admin.addAccount(login: "xem", fullName: "Xem") }
        let viewer = try EmulationStore(path: database.path, login: "xem")
        let before = try admin.auditEntries(limit: 1000).count
        try viewer.recordSession("ssh 192.0.2.7 port 50122, khóa SHA256:abc")
        let entries = try admin.auditEntries(limit: 1000)
        #expect(entries.count == before + 1)
        #expect(entries.first.map { [$0.actor, $0.action, $0.entity, $0.newValue ?? ""] }
                == ["xem", "session.open", "account/xem", "ssh 192.0.2.7 port 50122, khóa SHA256:abc"])
        #expect(try admin.verify().passed)
        #expect(throws: StoreError.invalidText(field: "session", value: "ssh\n", problem: .lineBreak)) { try viewer.recordSession("ssh\n") }
    }

    // MARK: - keyOwner writes nothing

    @Test func keyOwnerOnAClosedFileWritesNothingAndCreatesNothingBeside() throws {
        let (ed, _) = try key("an")
        try admin.addAccount(login: "an", fullName: "An", keys: [ed])
        try admin.pool.close()
        #expect(!FileManager.default.fileExists(atPath: database.path + "-wal"), "the state after every process exits")
        let before = try Self.fileState(database.path)
        #expect(try owner(ed) == "an")
        #expect(try Self.fileState(database.path) == before)
        #expect(!FileManager.default.fileExists(atPath: database.path + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: database.path + "-shm"))
    }

    /// A clerk's write under way (and commits only in the -wal): the answer comes at once, from
    /// the -wal, and the file is not checkpointed.
    @Test func keyOwnerAnswersWhileAnotherConnectionHoldsTheWriteLock() throws {
        let (ed, _) = try key("an")
        try admin.addAccount(login: "an", fullName: "An", keys: [ed])
        #expect((FileIdentity(path: database.path + "-wal")?.size ?? 0) > 0, "the key is in the -wal")
        let holder = try ManyConnectionsTests.LockHolder(path: database.path, sql: "BEGIN IMMEDIATE; PRAGMA user_version = 7")
        defer { holder.release() }
        let before = try Self.fileState(database.path)
        let start = Date()
        #expect(try owner(ed) == "an")
        #expect(Date().timeIntervalSince(start) < 1, "no wait for the writer")
        #expect(try Self.fileState(database.path) == before)
    }

    /// A file from before keys is not migrated by sshd's question: it has no key, so no owner.
    @Test func keyOwnerOnAnOlderFileSaysNobodyAndLeavesItAsItWas() throws {
        let older = try TemporaryDatabase()
        let queue = try DatabaseQueue(path: older.path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
        try Schema.migrator.migrate(queue, upTo: "v9-audit-images")
        try queue.close()
        let before = try Self.fileState(older.path)
        let (ed, _) = try key("an")
        #expect(try EmulationStore.keyOwner(path: older.path, type: ed.type, base64: ed.base64) == nil)
        #expect(try Self.fileState(older.path) == before)
    }

    @Test func keyOwnerOfAMissingOrForeignFileIsAnErrorAndCreatesNothing() throws {
        let (ed, _) = try key("an")
        let missing = database.directory.appendingPathComponent("none.sqlite").path
        #expect(throws: StoreError.cannotOpen(path: missing, message: "No such file or directory")) {
            try EmulationStore.keyOwner(path: missing, type: ed.type, base64: ed.base64)
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
        let text = database.directory.appendingPathComponent("notes.txt").path
        try Data("không phải cơ sở dữ liệu\n".utf8).write(to: URL(fileURLWithPath: text))
        #expect(throws: StoreError.notThiduaDatabase(path: text)) { try EmulationStore.keyOwner(path: text, type: ed.type, base64: ed.base64) }
        let foreign = database.directory.appendingPathComponent("other.sqlite").path
        let queue = try DatabaseQueue(path: foreign)
        try queue.write { db in try db.execute(sql: "CREATE TABLE accountKey (keyBase64 TEXT)") }
        try queue.close()
        #expect(throws: StoreError.notThiduaDatabase(path: foreign)) { try EmulationStore.keyOwner(path: foreign, type: ed.type, base64: ed.base64) }
    }

    /// The key is looked up as sshd hands it: type and base64; another type with those bytes is no match.
    @Test func keyOwnerMatchesTheTypeToo() throws {
        let (ed, _) = try key("an")
        try admin.addAccount(login: "an", fullName: "An", keys: [ed])
        #expect(try EmulationStore.keyOwner(path: database.path, type: "ssh-rsa", base64: ed.base64) == nil)
        #expect(try EmulationStore.keyOwner(path: database.path, type: ed.type, base64: "not base64") == nil)
    }

    /// The file's bytes and its stat (size, modification and change times, inode).
    static func fileState(_ path: String) throws -> (Data, FileIdentity?) {
        (try Data(contentsOf: URL(fileURLWithPath: path)), FileIdentity(path: path))
    }
}
