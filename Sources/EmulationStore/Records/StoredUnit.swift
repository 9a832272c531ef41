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
        // In the order of the properties, as Codable reads them: of two bad values, the same one is named.
        self.init(id: try Self.optional(row, Self.keys.id), clusterId: try Self.value(row, Self.keys.clusterId),
                  name: try Self.value(row, Self.keys.name), shortName: try Self.value(row, Self.keys.shortName),
                  kind: try Self.value(row, Self.keys.kind), leader: try Self.value(row, Self.keys.leader),
                  leaderPosition: try Self.value(row, Self.keys.leaderPosition), womenMajority: try Self.value(row, Self.keys.womenMajority))
        if let column = impossibleColumns.first { throw Self.unknownValue(in: row, column: column.name) }
    }

    private static let keys = (id: ReadKey(Columns.id), clusterId: ReadKey(Columns.clusterId), name: ReadKey(Columns.name),
                               shortName: ReadKey(Columns.shortName), kind: ReadKey(Columns.kind), leader: ReadKey(Columns.leader),
                               leaderPosition: ReadKey(Columns.leaderPosition), womenMajority: ReadKey(Columns.womenMajority))
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
