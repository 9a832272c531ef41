import Foundation

/// An SSH key of an account as `account keys` lists it: enough to recognise it and to revoke it
/// by its fingerprint, not the key itself.
public struct AccountKey: Hashable, Sendable {
    public var type: String
    /// "SHA256:…", as `ssh-keygen -lf` and sshd's log print it.
    public var fingerprint: String
    public var comment: String?
    public var addedAt: Date

    public init(type: String, fingerprint: String, comment: String?, addedAt: Date) {
        self.type = type
        self.fingerprint = fingerprint
        self.comment = comment
        self.addedAt = addedAt
    }
}
