import Emulation
import GRDB

/// A row of `adjustment`: a unit's bonus or deduction for a year, with its reason.
struct StoredAdjustment: StoredRecord, PersistableRecord, Hashable {
    static let databaseTableName = "adjustment"

    var clusterYearId: Int64
    var unitId: Int64
    var kind: Adjustment.Kind
    var hundredths: Int
    var reason: String

    enum Columns {
        static let clusterYearId = Column(CodingKeys.clusterYearId)
        static let hundredths = Column(CodingKeys.hundredths)
    }

    var impossibleColumns: [Column] { hundredths >= 0 ? [] : [Columns.hundredths] }
}

extension StoredAdjustment {
    var adjustment: Adjustment { Adjustment(points: Points(hundredths: hundredths), reason: reason) }

    static func key(clusterYearID: Int64, unitID: Int64, kind: Adjustment.Kind) -> [String: (any DatabaseValueConvertible)?] {
        ["clusterYearId": clusterYearID, "unitId": unitID, "kind": kind.rawValue]
    }
}
