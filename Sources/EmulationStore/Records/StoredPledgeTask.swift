import GRDB

/// A row of `pledgeTask`: one task of a year's pledge, in `position` order.
struct StoredPledgeTask: StoredPledgeLine, Hashable {
    static let databaseTableName = "pledgeTask"

    var id: Int64?
    var clusterYearId: Int64
    var position: Int
    var text: String

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let clusterYearId = Column(CodingKeys.clusterYearId)
        static let position = Column(CodingKeys.position)
    }
}
