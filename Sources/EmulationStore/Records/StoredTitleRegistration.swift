import GRDB

/// A row of `titleRegistration`: an award a unit registered for at the pledge.
struct StoredTitleRegistration: StoredRecord, PersistableRecord, Hashable {
    static let databaseTableName = "titleRegistration"

    var clusterYearId: Int64
    var unitId: Int64
    var award: String

    enum Columns {
        static let clusterYearId = Column(CodingKeys.clusterYearId)
        static let unitId = Column(CodingKeys.unitId)
    }
}

extension StoredTitleRegistration {
    /// A unit's registrations this year.
    static func of(_ clusterYearID: Int64, unitID: Int64) -> QueryInterfaceRequest<Self> {
        filter { $0.clusterYearId == clusterYearID && $0.unitId == unitID }
    }
}
