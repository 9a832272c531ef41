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

    static func find(_ db: Database, login: String) throws -> StoredAccount? {
        try filter(Columns.login == login).fetchOne(db)
    }
}
