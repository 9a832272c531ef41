import Emulation
import GRDB

/// A row of `unit`: a member unit of a cluster, with its details; its place on each year's
/// roster is a `StoredMembership`.
struct StoredUnit: StoredRecordWithID, Hashable {
    static let databaseTableName = "unit"

    var id: Int64?
    var clusterId: Int64
    var name: String
    var shortName: String
    var kind: String
    var leader: String
    var leaderPosition: String
    var womenMajority: Bool

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let clusterId = Column(CodingKeys.clusterId)
        static let name = Column(CodingKeys.name)
        static let shortName = Column(CodingKeys.shortName)
        static let kind = Column(CodingKeys.kind)
        static let leader = Column(CodingKeys.leader)
        static let leaderPosition = Column(CodingKeys.leaderPosition)
        static let womenMajority = Column(CodingKeys.womenMajority)
    }
}

/// Read by hand (`RowReading`), not through Codable: a province's roster has 10,000 units.
extension StoredUnit {
    init(row: Row) throws {
        try self.init(row: row, keys: Self.namedKeys)
    }

    /// Reads each column where `keys` says it is: by name, or by position in a row whose
    /// columns the caller selected in order (`ofCluster`).
    private init(row: Row, keys: ReadKeys) throws {
        // In the order of the properties, as Codable reads them: of two bad values, the same one is named.
        self.init(id: try Self.optional(row, keys.id), clusterId: try Self.value(row, keys.clusterId),
                  name: try Self.value(row, keys.name), shortName: try Self.value(row, keys.shortName),
                  kind: try Self.value(row, keys.kind), leader: try Self.value(row, keys.leader),
                  leaderPosition: try Self.value(row, keys.leaderPosition), womenMajority: try Self.value(row, keys.womenMajority))
        if let column = impossibleColumns.first { throw Self.unknownValue(in: row, column: column.name) }
    }

    /// Every unit of a cluster by its rowid, each column read by its position, not looked up by
    /// name in each of a province's 10,000 rows, and straight into the dictionary (an array of
    /// them first was a megabyte more to allocate and touch).
    static func byRowID(ofCluster clusterID: Int64, _ db: Database) throws -> [Int64: StoredUnit] {
        let keys = Self.positionalKeys
        let columns = [keys.id, keys.clusterId, keys.name, keys.shortName, keys.kind, keys.leader, keys.leaderPosition, keys.womenMajority]
        let statement = try db.cachedStatement(sql: "SELECT \(Self.selection(columns)) FROM unit WHERE clusterId = ?")
        let rows = try Row.fetchCursor(statement, arguments: [clusterID])
        var units: [Int64: StoredUnit] = [:]
        while let row = try rows.next() {
            let unit = try StoredUnit(row: row, keys: keys)
            units[unit.rowID] = unit
        }
        return units
    }

    typealias ReadKeys = (id: ReadKey, clusterId: ReadKey, name: ReadKey, shortName: ReadKey, kind: ReadKey, leader: ReadKey,
                          leaderPosition: ReadKey, womenMajority: ReadKey)

    private static let namedKeys: ReadKeys = (ReadKey(Columns.id), ReadKey(Columns.clusterId), ReadKey(Columns.name), ReadKey(Columns.shortName),
                                             ReadKey(Columns.kind), ReadKey(Columns.leader), ReadKey(Columns.leaderPosition),
                                             ReadKey(Columns.womenMajority))
    private static let positionalKeys: ReadKeys = (ReadKey(Columns.id, index: 0), ReadKey(Columns.clusterId, index: 1), ReadKey(Columns.name, index: 2),
                                                  ReadKey(Columns.shortName, index: 3), ReadKey(Columns.kind, index: 4),
                                                  ReadKey(Columns.leader, index: 5), ReadKey(Columns.leaderPosition, index: 6),
                                                  ReadKey(Columns.womenMajority, index: 7))
}

extension StoredUnit {
    init(clusterID: Int64, _ unit: MemberUnit) {
        self.init(id: nil, clusterId: clusterID, name: unit.name, shortName: unit.shortName, kind: unit.kind, leader: unit.leader,
                  leaderPosition: unit.leaderPosition, womenMajority: unit.womenMajority)
    }

    /// The unit with its details; its eligibility is the year's, on its membership.
    var unit: MemberUnit {
        MemberUnit(id: rowID, name: name, shortName: shortName, kind: kind, leader: leader, leaderPosition: leaderPosition,
                   womenMajority: womenMajority)
    }

    /// Takes the details (not the name) of `unit`.
    mutating func setDetails(of unit: MemberUnit) {
        shortName = unit.shortName
        kind = unit.kind
        leader = unit.leader
        leaderPosition = unit.leaderPosition
        womenMajority = unit.womenMajority
    }
}
