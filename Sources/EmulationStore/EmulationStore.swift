import Emulation
import Foundation
import GRDB

/// The one door to the SQLite file: every change is a short transaction that writes its audit
/// row with it.
public final class EmulationStore: Sendable {
    /// How this process reaches the file.
    enum Access: Sendable {
        /// One connection: writes begin IMMEDIATE; reads are WAL reads, which no writer blocks.
        case readWrite(DatabaseQueue)
        /// This account may only read the file: every write is refused before SQLite sees it.
        case readOnly(ReadOnlyFile)
    }

    /// What a command-line command waits for another clerk's write before it gives up.
    public static let defaultBusyTimeout: TimeInterval = 30
    /// Tries of a transaction that SQLite answered "busy" without waiting (a race its busy
    /// handler does not cover).
    static let maximumAttempts = 5

    let access: Access
    let audit: AuditTrail
    /// Who acts: the login the operating system (or sshd) vouched for, and the admin recording
    /// on their behalf, if any. Roles are read afresh in each transaction.
    let identity: Account
    /// The key of a keyed audit chain (HMAC-SHA-256), when this program holds one.
    let auditKey: AuditKey?
    public let path: String
    /// How long one statement waits for another connection's lock before SQLite says busy.
    let busyTimeout: TimeInterval
    /// The newest audit row when this process's last write took the lock (`lastChange` then).
    private let writeBase = LockedValue<Int64?>(nil)

    /// The audit row that was newest when this process's last write began, under its lock: when
    /// it differs from what the caller saw before, another clerk committed in between (the write
    /// waited for them), whatever the clock says.
    public var lastWriteBase: Int64? { writeBase.value }

    /// Opens (or creates) the database at `path` for the account `login`, which the caller
    /// vouches for (the operating-system login, or the SSH account): never a name typed in.
    /// An admin may record for another account (`recordingFor`): that account's roles apply,
    /// and the audit rows name both. The first login to open a file it owns that has no
    /// account becomes its admin. `busyTimeout` is how long to wait while another connection
    /// writes: long for a command, short for the interactive screen, which should not freeze.
    /// `auditKey`: the secret that keys the audit chain, where the program holds one its users
    /// cannot read (AuditKey).
    public init(path: String, login: String, recordingFor: String? = nil, clock: @escaping @Sendable () -> Date = { Date() },
                busyTimeout: TimeInterval = EmulationStore.defaultBusyTimeout, auditKey: AuditKey? = nil) throws {
        let access = try DatabaseOpener.open(path: path, busyTimeout: busyTimeout)
        let account = try Self.identify(access, path: path, login: login, recordingFor: recordingFor, clock: clock, key: auditKey)
        self.access = access
        self.identity = Account(login: account.login, fullName: account.fullName, recordedBy: account.recordedBy)
        self.audit = AuditTrail(actor: account.auditName, clock: clock, key: auditKey)
        self.auditKey = auditKey
        self.path = path
        self.busyTimeout = busyTimeout
    }

    /// Runs `work` in one IMMEDIATE write transaction (GRDB's default on a writable connection:
    /// the write lock is taken, or waited for, before the first read, so another clerk's commit
    /// cannot invalidate what was read), turning SQLite's refusals into StoreError.
    /// No data change is committed without an audit row after it: one left over is a
    /// programming error (`StoreError.unauditedChange`), and the transaction is rolled back.
    private func transaction<T>(_ work: (Database) throws -> T) throws -> T {
        guard case .readWrite(let queue) = access else { throw StoreError.readOnly(path: path) }
        return try retryingBusy {
            try queue.guardedWrite { db in
                writeBase.value = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'audit'") ?? 0
                try ChangeCapture.reset(db)
                let result = try work(db)
                if let table = try ChangeCapture.pendingTable(db) { throw StoreError.unauditedChange(table: table) }
                return result
            }
        }
    }

    /// A named write: the acting account must be allowed `action` in `cluster` (nil: a
    /// province-wide action), as its roles stand inside this very transaction.
    func write<T>(_ action: GuardedAction, in cluster: String?, _ work: (Database) throws -> T) throws -> T {
        try transaction { db in
            try authorize(db, action, in: cluster)
            return try work(db)
        }
    }

    /// A write whose parts each need their own check (an import names a unit per row, a cell
    /// a round): `work` asks `access` before each part, with the roles read once.
    func writeCheckingEach<T>(_ work: (Database, AccessCheck) throws -> T) throws -> T {
        try transaction { db in try work(db, AccessCheck(account: try actingAccount(db))) }
    }

    func read<T>(_ work: (Database) throws -> T) throws -> T {
        try retryingBusy {
            switch access {
            case .readWrite(let queue): return try queue.read(work)
            case .readOnly(let file): return try file.read(work)
            }
        }
    }

    /// Runs `body` again, a few times after a short random pause, when SQLite says busy before
    /// the busy timeout is used up: such a "busy" came without waiting (SQLite skips its busy
    /// handler where waiting could deadlock), and the transaction was rolled back whole.
    private func retryingBusy<T>(_ body: () throws -> T) throws -> T {
        let deadline = Date().addingTimeInterval(busyTimeout)
        var attempt = 1
        while true {
            do {
                return try body()
            } catch let error as DatabaseError where error.isBusy && attempt < Self.maximumAttempts && Date() < deadline {
                Thread.sleep(forTimeInterval: Double.random(in: 0.01...0.05) * Double(attempt))
                attempt += 1
            } catch let error as DatabaseError {
                throw StoreError(error, path: path)
            }
        }
    }
}

extension EmulationStore {
    /// The id of the newest audit row. Every change writes one, so when this moves, someone
    /// (this process or another clerk's) changed the data. Cheap: one row of sqlite_sequence.
    public func lastChange() throws -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'audit'") ?? 0 }
    }
}
