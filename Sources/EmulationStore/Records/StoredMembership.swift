import Emulation
import GRDB
import GRDBSQLite

/// A row of `membership`: a unit's place on one year's roster, its role and eligibility, and
/// whether it still works this year.
struct StoredMembership: StoredRecord, PersistableRecord, Hashable {
    static let databaseTableName = "membership"

    var clusterYearId: Int64
    var unitId: Int64
    var role: Membership.Role
    var position: Int
    var ineligibleCause: Eligibility.Cause?
    var ineligibleNote: String
    var active: Bool

    enum Columns {
        static let clusterYearId = Column(CodingKeys.clusterYearId)
        static let unitId = Column(CodingKeys.unitId)
        static let role = Column(CodingKeys.role)
        static let position = Column(CodingKeys.position)
        static let active = Column(CodingKeys.active)
        static let ineligibleCause = Column(CodingKeys.ineligibleCause)
        static let ineligibleNote = Column(CodingKeys.ineligibleNote)
    }
}

/// Read by hand (`RowReading`), not through Codable: a province's year has 10,000 members.
extension StoredMembership {
    init(row: Row) throws {
        try self.init(row: row, keys: Self.namedKeys)
    }

    /// Reads each column where `keys` says it is (a year's roster is read with SQLite's own
    /// calls, `rosterRows`).
    private init(row: Row, keys: ReadKeys) throws {
        // In the order of the properties, as Codable reads them: of two bad values, the same one is named.
        self.init(clusterYearId: try Self.value(row, keys.clusterYearId), unitId: try Self.value(row, keys.unitId),
                  role: try Self.raw(row, keys.role), position: try Self.value(row, keys.position),
                  ineligibleCause: try Self.optionalRaw(row, keys.ineligibleCause), ineligibleNote: try Self.value(row, keys.ineligibleNote),
                  active: try Self.value(row, keys.active))
        if let column = impossibleColumns.first { throw Self.unknownValue(in: row, column: column.name) }
    }

    /// The year's roster, in its order (as `roster`): a province's year has 10,000 members.
    static func rosterRows(_ clusterYearID: Int64, _ db: Database) throws -> [StoredMembership] {
        let statement = try db.cachedStatement(sql: """
            SELECT clusterYearId, unitId, role, position, ineligibleCause, ineligibleNote, active, rowid
            FROM membership WHERE clusterYearId = ?
            """)
        try statement.setArguments([clusterYearID])
        // Read with SQLite's own calls (`RawRows`); a row thidua would not have written is read
        // afterwards through the record.
        var rows: [StoredMembership] = []
        var unusual: [Int64] = []
        try RawRows.step(statement, db) { row in
            if let membership = plain(row) { rows.append(membership) } else { unusual.append(sqlite3_column_int64(row, 7)) }
        }
        for rowID in unusual {
            if let membership = try find(db, id: rowID) { rows.append(membership) }
        }
        // Put in order here, not by SQLite: its sort of every column of 10,000 rows took longer
        // than reading them, and the rows come by unit, which is mostly the roster's order.
        rows.sort { ($0.position, $0.unitId) < ($1.position, $1.unitId) }
        return rows
    }

    /// The row `row` stands on when it holds what thidua writes; nil otherwise.
    private static func plain(_ row: SQLiteStatement) -> StoredMembership? {
        guard let clusterYearID = RawRows.integer(row, 0), let unitID = RawRows.integer(row, 1),
              let role = RawRows.text(row, 2).flatMap(Membership.Role.init(rawValue:)), let position = RawRows.integer(row, 3).flatMap({ Int(exactly: $0) }),
              let note = RawRows.text(row, 5), let active = RawRows.integer(row, 6) else { return nil }
        var cause: Eligibility.Cause?
        if sqlite3_column_type(row, 4) != SQLITE_NULL {
            guard let known = RawRows.text(row, 4).flatMap(Eligibility.Cause.init(rawValue:)) else { return nil }
            cause = known
        }
        return StoredMembership(clusterYearId: clusterYearID, unitId: unitID, role: role, position: position, ineligibleCause: cause,
                                ineligibleNote: note, active: active != 0)
    }

    typealias ReadKeys = (clusterYearId: ReadKey, unitId: ReadKey, role: ReadKey, position: ReadKey, ineligibleCause: ReadKey,
                          ineligibleNote: ReadKey, active: ReadKey)

    private static let namedKeys: ReadKeys = (ReadKey(Columns.clusterYearId), ReadKey(Columns.unitId), ReadKey(Columns.role),
                                             ReadKey(Columns.position), ReadKey(Columns.ineligibleCause), ReadKey(Columns.ineligibleNote),
                                             ReadKey(Columns.active))
}

extension StoredMembership {
    init(clusterYearID: Int64, unitID: Int64, role: Membership.Role, position: Int, eligibility: Eligibility) {
        self.init(clusterYearId: clusterYearID, unitId: unitID, role: role, position: position, ineligibleCause: nil, ineligibleNote: "",
                  active: true)
        self.eligibility = eligibility
    }

    /// The unit's eligibility this year: a cause, with its note, makes it ineligible.
    var eligibility: Eligibility {
        get { ineligibleCause.map { .ineligible($0, note: ineligibleNote) } ?? .eligible }
        set {
            switch newValue {
            case .eligible: (ineligibleCause, ineligibleNote) = (nil, "")
            case .ineligible(let cause, let note): (ineligibleCause, ineligibleNote) = (cause, note)
            }
        }
    }

    var membership: Membership { Membership(unitID: unitId, role: role, position: position) }

    /// The primary key: a unit is on a year's roster once.
    static func key(clusterYearID: Int64, unitID: Int64) -> [String: (any DatabaseValueConvertible)?] {
        ["clusterYearId": clusterYearID, "unitId": unitID]
    }

    var key: [String: (any DatabaseValueConvertible)?] { Self.key(clusterYearID: clusterYearId, unitID: unitId) }

    /// The year's roster, in its order.
    static func roster(_ clusterYearID: Int64) -> QueryInterfaceRequest<StoredMembership> {
        filter { $0.clusterYearId == clusterYearID }.order(Columns.position, Columns.unitId)
    }

    /// How the audit shows a membership: "head #1", "member #4 ineligible:discipline …".
    var auditText: String {
        "\(role.rawValue) #\(position)" + (ineligibleCause.map { " ineligible:\($0.rawValue) \(ineligibleNote)" } ?? "")
    }
}
