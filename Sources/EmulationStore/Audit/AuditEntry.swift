import Crypto
import Foundation

/// One row of the audit trail: who changed what, when, from what to what, and why.
/// Each row carries the SHA-256 of the previous row, so an edit made behind thidua's back
/// breaks the chain and `thidua verify` names the first bad row.
public struct AuditEntry: Hashable, Sendable {
    public var id: Int64
    public var at: String
    public var actor: String
    public var action: String
    public var entity: String
    public var oldValue: String?
    public var newValue: String?
    public var reason: String
    public var previousHash: String
    public var hash: String

    /// The hash of the first row's predecessor.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// SHA-256 over every field but the hash itself, separated by a character that plain
    /// text does not contain, and with nil distinct from "".
    static func computeHash(
        id: Int64, at: String, actor: String, action: String, entity: String,
        oldValue: String?, newValue: String?, reason: String, previousHash: String
    ) -> String {
        let fields = [String(id), at, actor, action, entity, oldValue.map { "=" + $0 } ?? "∅",
                      newValue.map { "=" + $0 } ?? "∅", reason, previousHash]
        let digest = SHA256.hash(data: Data(fields.joined(separator: "\u{1F}").utf8))
        return digest.map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }

    var expectedHash: String {
        Self.computeHash(id: id, at: at, actor: actor, action: action, entity: entity,
                         oldValue: oldValue, newValue: newValue, reason: reason, previousHash: previousHash)
    }
}
