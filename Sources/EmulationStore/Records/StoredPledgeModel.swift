import GRDB

/// A row of `pledgeModel`: one of the models (mô hình) a unit pledges for the year, in
/// `position` order.
struct StoredPledgeModel: StoredRecordWithID, Hashable {
    static let databaseTableName = "pledgeModel"

    var id: Int64?
    var clusterYearId: Int64
    var unitId: Int64
    var position: Int
    var name: String

    enum Columns {
        static let clusterYearId = Column(CodingKeys.clusterYearId)
        static let unitId = Column(CodingKeys.unitId)
        static let position = Column(CodingKeys.position)
    }
}

extension StoredPledgeModel {
    /// A unit's models this year, in order.
    static func of(_ clusterYearID: Int64, unitID: Int64) -> QueryInterfaceRequest<Self> {
        filter { $0.clusterYearId == clusterYearID && $0.unitId == unitID }.order(Columns.position)
    }
}
