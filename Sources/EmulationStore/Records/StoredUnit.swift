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
    }
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
