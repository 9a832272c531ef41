import Emulation
import GRDB
import GRDBSQLite

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

    /// Reads each column where `keys` says it is (a cluster's units are read with SQLite's own
    /// calls, `byRowID(ofCluster:)`).
    private init(row: Row, keys: ReadKeys) throws {
        // In the order of the properties, as Codable reads them: of two bad values, the same one is named.
        self.init(id: try Self.optional(row, keys.id), clusterId: try Self.value(row, keys.clusterId),
                  name: try Self.value(row, keys.name), shortName: try Self.value(row, keys.shortName),
                  kind: try Self.value(row, keys.kind), leader: try Self.value(row, keys.leader),
                  leaderPosition: try Self.value(row, keys.leaderPosition), womenMajority: try Self.value(row, keys.womenMajority))
        if let column = impossibleColumns.first { throw Self.unknownValue(in: row, column: column.name) }
    }

    /// Every unit of a cluster by its rowid, read with SQLite's own calls (`RawRows`), not
    /// through GRDB's cursor, and straight into the dictionary (an array of them first was a
    /// megabyte more to allocate and touch). A row thidua would not have written is read
    /// afterwards through the record.
    static func byRowID(ofCluster clusterID: Int64, _ db: Database) throws -> [Int64: StoredUnit] {
        let statement = try db.cachedStatement(sql: "SELECT id, clusterId, name, shortName, kind, leader, leaderPosition, womenMajority FROM unit WHERE clusterId = ?")
        try statement.setArguments([clusterID])
        var units: [Int64: StoredUnit] = [:]
        var unusual: [Int64] = []
        try RawRows.step(statement, db) { row in
            guard let id = RawRows.integer(row, 0), let cluster = RawRows.integer(row, 1), let name = RawRows.text(row, 2),
                  let shortName = RawRows.text(row, 3), let kind = RawRows.text(row, 4), let leader = RawRows.text(row, 5),
                  let leaderPosition = RawRows.text(row, 6), let womenMajority = RawRows.integer(row, 7) else {
                unusual.append(sqlite3_column_int64(row, 0))
                return
            }
            units[id] = StoredUnit(id: id, clusterId: cluster, name: name, shortName: shortName, kind: kind, leader: leader,
                                   leaderPosition: leaderPosition, womenMajority: womenMajority != 0)
        }
        for id in unusual {
            if let unit = try find(db, id: id) { units[id] = unit }
        }
        return units
    }

    typealias ReadKeys = (id: ReadKey, clusterId: ReadKey, name: ReadKey, shortName: ReadKey, kind: ReadKey, leader: ReadKey,
                          leaderPosition: ReadKey, womenMajority: ReadKey)

    private static let namedKeys: ReadKeys = (ReadKey(Columns.id), ReadKey(Columns.clusterId), ReadKey(Columns.name), ReadKey(Columns.shortName),
                                             ReadKey(Columns.kind), ReadKey(Columns.leader), ReadKey(Columns.leaderPosition),
                                             ReadKey(Columns.womenMajority))
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
