import Emulation
import GRDB

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

    /// Reads each column where `keys` says it is: by name, or by position in a row whose
    /// columns the caller selected in order (`rosterRows`).
    private init(row: Row, keys: ReadKeys) throws {
        // In the order of the properties, as Codable reads them: of two bad values, the same one is named.
        self.init(clusterYearId: try Self.value(row, keys.clusterYearId), unitId: try Self.value(row, keys.unitId),
                  role: try Self.raw(row, keys.role), position: try Self.value(row, keys.position),
                  ineligibleCause: try Self.optionalRaw(row, keys.ineligibleCause), ineligibleNote: try Self.value(row, keys.ineligibleNote),
                  active: try Self.value(row, keys.active))
        if let column = impossibleColumns.first { throw Self.unknownValue(in: row, column: column.name) }
    }

    /// The year's roster, in its order (as `roster`), each column read by its position, not
    /// looked up by name in each of a province's 10,000 rows.
    static func rosterRows(_ clusterYearID: Int64, _ db: Database) throws -> [StoredMembership] {
        let keys = Self.positionalKeys
        let columns = [keys.clusterYearId, keys.unitId, keys.role, keys.position, keys.ineligibleCause, keys.ineligibleNote, keys.active]
        let statement = try db.cachedStatement(sql: "SELECT \(Self.selection(columns)) FROM membership WHERE clusterYearId = ? ORDER BY position, unitId")
        return try Array(Row.fetchCursor(statement, arguments: [clusterYearID]).map { try StoredMembership(row: $0, keys: keys) })
    }

    typealias ReadKeys = (clusterYearId: ReadKey, unitId: ReadKey, role: ReadKey, position: ReadKey, ineligibleCause: ReadKey,
                          ineligibleNote: ReadKey, active: ReadKey)

    private static let namedKeys: ReadKeys = (ReadKey(Columns.clusterYearId), ReadKey(Columns.unitId), ReadKey(Columns.role),
                                             ReadKey(Columns.position), ReadKey(Columns.ineligibleCause), ReadKey(Columns.ineligibleNote),
                                             ReadKey(Columns.active))
    private static let positionalKeys: ReadKeys = (ReadKey(Columns.clusterYearId, index: 0), ReadKey(Columns.unitId, index: 1),
                                                  ReadKey(Columns.role, index: 2), ReadKey(Columns.position, index: 3),
                                                  ReadKey(Columns.ineligibleCause, index: 4), ReadKey(Columns.ineligibleNote, index: 5),
                                                  ReadKey(Columns.active, index: 6))
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
