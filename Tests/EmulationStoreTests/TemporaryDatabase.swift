import Foundation
import GRDB
@testable import EmulationStore
import TestSupport

/// A database file in a fresh temporary directory, removed when the test is done.
final class TemporaryDatabase {
    let directory: URL
    var path: String { directory.appendingPathComponent("thidua.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// The file as `actor` opens it: the first opener becomes its admin, a later one is added
    /// as an admin (tests about roles grant their own).
    func open(actor: String = "tester", busyTimeout: TimeInterval = EmulationStore.defaultBusyTimeout, auditKey: AuditKey? = nil) throws -> EmulationStore {
        try EmulationStore.opening(path, as: actor, clock: { Date(timeIntervalSince1970: 1_700_000_000) }, busyTimeout: busyTimeout,
                                   auditKey: auditKey)
    }

    /// Changes the file as sqlite3 would behind thidua's back: on a connection of its own (which
    /// thidua's capture of changes never sees), foreign keys not enforced.
    func editOutside(_ sql: String, arguments: StatementArguments = StatementArguments()) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.write { db in try db.execute(sql: sql, arguments: arguments) }
        try queue.close()
    }
}

extension EmulationStore {
    /// The read-write connection, for tests that reach around the store.
    var pool: DatabaseQueue {
        guard case .readWrite(let queue) = access else { preconditionFailure("a read-only store has no writer") }
        return queue
    }
}
