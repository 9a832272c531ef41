import Foundation
@testable import EmulationStore

/// A database file in a fresh temporary directory, removed when the test is done.
final class TemporaryDatabase {
    let directory: URL
    var path: String { directory.appendingPathComponent("thidua.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func open(actor: String = "tester") throws -> EmulationStore {
        try EmulationStore(path: path, actor: actor, clock: { Date(timeIntervalSince1970: 1_700_000_000) })
    }
}
