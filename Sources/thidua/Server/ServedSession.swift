import Foundation

/// Who a served session acts for, and on which file: set once by `thidua server session`, which
/// sshd started as the forced command of the key it authenticated. Everything that opens the
/// store reads it before the operating-system login and `--db`, so a command run inside a
/// session (`ssh thidua@server rank …`) acts for the key's account on the served file, whatever
/// the client typed.
enum ServedSession {
    struct Vouch: Sendable, Equatable {
        var login: String
        var databasePath: String
    }

    private static let lock = NSLock()
    // Written once, before any command runs, and read under the lock: safe across threads.
    nonisolated(unsafe) private static var vouched: Vouch?

    static var current: Vouch? { lock.withLock { vouched } }

    static func vouch(_ vouch: Vouch) { lock.withLock { vouched = vouch } }
}
