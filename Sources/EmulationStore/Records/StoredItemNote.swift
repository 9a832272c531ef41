import GRDB

/// A row of `itemNote`: the note (evidence, a reason) of one unit on one item, for a year.
struct StoredItemNote: StoredRecord, PersistableRecord, Hashable {
    static let databaseTableName = "itemNote"

    var clusterYearId: Int64
    var unitId: Int64
    var criterionId: Int64
    var note: String

    enum Columns {
        static let clusterYearId = Column(CodingKeys.clusterYearId)
        static let criterionId = Column(CodingKeys.criterionId)
    }
}

extension StoredItemNote {
    static func key(clusterYearID: Int64, unitID: Int64, criterionID: Int64) -> [String: (any DatabaseValueConvertible)?] {
        ["clusterYearId": clusterYearID, "unitId": unitID, "criterionId": criterionID]
    }
}
