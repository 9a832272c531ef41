import GRDB

/// A row of `account`: a person who uses thidua, by login.
struct StoredAccount: StoredRecordWithID, Hashable {
    static let databaseTableName = "account"

    var id: Int64?
    var login: String
    var fullName: String

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let login = Column(CodingKeys.login)
    }

    /// A cached statement: every write looks its acting account up.
    static func find(_ db: Database, login: String) throws -> StoredAccount? {
        try fetchOne(db.cachedStatement(sql: "SELECT *, rowid FROM account WHERE login = ?"), arguments: [login])
    }
}
