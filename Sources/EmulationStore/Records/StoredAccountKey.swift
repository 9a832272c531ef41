import GRDB

/// A row of `accountKey`: one SSH public key of an account.
struct StoredAccountKey: StoredRecordWithID, Hashable {
    static let databaseTableName = "accountKey"

    var id: Int64?
    var accountId: Int64
    var keyType: String
    var keyBase64: String
    var fingerprint: String
    var comment: String?
    /// The audit trail's timestamp of the key's addition.
    var addedAt: String

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let accountId = Column(CodingKeys.accountId)
        static let keyBase64 = Column(CodingKeys.keyBase64)
        static let fingerprint = Column(CodingKeys.fingerprint)
    }
}
