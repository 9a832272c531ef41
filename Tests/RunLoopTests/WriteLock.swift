import GRDB

/// Another process's write transaction on the shared file (a long import): while it is held,
/// no other connection can write, though all can read (WAL).
final class WriteLock: Sendable {
    private let connection: DatabaseQueue

    init(on path: String) throws {
        var configuration = Configuration()
        // The transaction outlives one database access on purpose: it is the lock being held.
        configuration.allowsUnsafeTransactions = true
        connection = try DatabaseQueue(path: path, configuration: configuration)
    }

    func take() throws {
        try connection.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE") }
    }

    func release() throws {
        try connection.inDatabase { try $0.execute(sql: "COMMIT") }
    }
}
