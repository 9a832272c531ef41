import Emulation
import GRDB

/// A row of `accountRole`: one role of an account, province-wide or in a cluster (and a unit).
struct StoredAccountRole: StoredRecordWithID, Hashable {
    static let databaseTableName = "accountRole"

    var id: Int64?
    var accountId: Int64
    var role: AccountRole
    var clusterId: Int64?
    var unitId: Int64?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let accountId = Column(CodingKeys.accountId)
        static let role = Column(CodingKeys.role)
    }

    /// The account's grants with their cluster's code and unit's name, as the domain names them.
    static func grants(_ db: Database, accountID: Int64) throws -> [RoleGrant] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT r.role, c.code, r.unitId, u.name
            FROM accountRole r LEFT JOIN cluster c ON c.id = r.clusterId LEFT JOIN unit u ON u.id = r.unitId
            WHERE r.accountId = ?
            """), arguments: [accountID]).map { row in
            let text: String = row[0]
            guard let role = AccountRole(rawValue: text) else {
                throw StoreError.unknownStoredValue(table: databaseTableName, column: "role", rowID: accountID, value: text)
            }
            return RoleGrant(role: role, cluster: row[1], unitID: row[2], unitName: row[3])
        }
    }
}

