import Emulation
import GRDB

/// A row of `headHandover`: who takes the head and deputy roles of a cluster for a year, and
/// how they were chosen.
struct StoredHandover: StoredRecordWithID, Hashable {
    static let databaseTableName = "headHandover"

    var id: Int64?
    var clusterId: Int64
    var forYear: Int
    var headUnitId: Int64
    var deputyUnitId: Int64?
    var method: Handover.Method
    var date: StoredDate

    enum Columns {
        static let clusterId = Column(CodingKeys.clusterId)
        static let forYear = Column(CodingKeys.forYear)
        static let headUnitId = Column(CodingKeys.headUnitId)
        static let deputyUnitId = Column(CodingKeys.deputyUnitId)
    }
}

extension StoredHandover {
    /// How the audit shows a hand-over: "head #3 deputy #5 rotation 2024-12-20".
    var auditText: String {
        "head #\(headUnitId) deputy \(deputyUnitId.map { "#\($0)" } ?? "-") \(method.rawValue) \(date.date.iso)"
    }

    /// The cluster's hand-over for that year, if recorded.
    static func of(clusterID: Int64, forYear: Int) -> QueryInterfaceRequest<Self> {
        filter { $0.clusterId == clusterID && $0.forYear == forYear }
    }
}
