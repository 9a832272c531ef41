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
    func open(actor: String = "tester", busyTimeout: TimeInterval = EmulationStore.defaultBusyTimeout) throws -> EmulationStore {
        try EmulationStore.opening(path, as: actor, clock: { Date(timeIntervalSince1970: 1_700_000_000) }, busyTimeout: busyTimeout)
    }
}

extension EmulationStore {
    /// The read-write connection, for tests that reach around the store.
    var pool: DatabaseQueue {
        guard case .readWrite(let queue) = access else { preconditionFailure("a read-only store has no writer") }
        return queue
    }
}
