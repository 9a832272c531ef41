import Crypto
import Foundation

/// The secret that keys the audit chain (HMAC-SHA-256) where the program holds a key its users
/// cannot read (the served set-up): without it, nobody who edits the file can recompute the
/// chain. Where it is kept and who may read it is the caller's business; the store only uses it.
public struct AuditKey: Sendable {
    /// Shorter keys are refused: HMAC-SHA-256 wants at least its output's 32 bytes.
    public static let minimumLength = 32

    /// The secret's bytes (SymmetricKey is not Sendable; one is made for each hash).
    let bytes: Data
    /// What the file's marker row names the key by: the first 16 hexadecimal digits of the
    /// SHA-256 of the key (which does not reveal the key).
    public let id: String

    /// nil when `bytes` is shorter than `minimumLength`.
    public init?(bytes: Data) {
        // Pinned to this value: a slice of a larger Data keeps its indices.
        let bytes = Data(bytes)
        guard bytes.count >= Self.minimumLength else { return nil }
        self.bytes = bytes
        id = String(SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined().prefix(16))
    }
}

extension AuditKey {
    var symmetricKey: SymmetricKey { SymmetricKey(data: bytes) }
}
