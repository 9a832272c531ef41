import Foundation
import GRDB

/// What a printed document carries so that a rewrite of the whole audit chain is found too: the
/// number of audit rows and the start of the newest row's hash when it was printed, written
/// `COUNT:HASH` (e.g. `1234:3fa9c2e01b7d`). `thidua verify --seal COUNT:HASH` passes only if row
/// number COUNT still exists, the chain up to it is intact and its hash starts with HASH: a
/// forger who changes history before the seal must change that hash, which is on paper.
public struct AuditSeal: Hashable, Sendable, CustomStringConvertible {
    /// The hexadecimal digits of the hash a seal shows (48 bits).
    public static let digits = 12

    public var count: Int
    /// Lowercase hexadecimal digits, the start of row number `count`'s hash.
    public var hash: String

    public init(count: Int, hash: String) {
        self.count = count
        self.hash = hash
    }

    /// Reads `COUNT:HASH` (a positive count, 4 to 64 hexadecimal digits in either case); nil
    /// otherwise.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let count = Int(parts[0]), count >= 1 else { return nil }
        let hash = parts[1].lowercased()
        guard (4...64).contains(hash.count), hash.allSatisfy(\.isHexDigit) else { return nil }
        self.init(count: count, hash: hash)
    }

    public var description: String { "\(count):\(hash)" }
}

extension EmulationStore {
    /// The seal of the audit chain as it is now: its row count and the start of its newest
    /// row's hash (`0:000000000000` for an empty chain).
    public func seal() throws -> AuditSeal {
        try read { db in
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM audit") ?? 0
            let head = try String.fetchOne(db, sql: "SELECT hash FROM audit ORDER BY id DESC LIMIT 1") ?? AuditEntry.genesisHash
            return AuditSeal(count: count, hash: String(head.prefix(AuditSeal.digits)))
        }
    }
}
