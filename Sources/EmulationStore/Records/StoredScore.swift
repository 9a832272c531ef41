import Emulation
import GRDB

/// A row of `score`: one unit's score for one item, in one round.
struct StoredScore: StoredRecord, PersistableRecord, Hashable {
    static let databaseTableName = "score"

    var clusterYearId: Int64
    var unitId: Int64
    var criterionId: Int64
    var round: ScoreRound
    var hundredths: Int

    enum Columns {
        static let clusterYearId = Column(CodingKeys.clusterYearId)
        static let unitId = Column(CodingKeys.unitId)
        static let criterionId = Column(CodingKeys.criterionId)
        static let round = Column(CodingKeys.round)
        static let hundredths = Column(CodingKeys.hundredths)
    }

    var impossibleColumns: [Column] { hundredths >= 0 ? [] : [Columns.hundredths] }
}

extension StoredScore {
    var points: Points { Points(hundredths: hundredths) }

    /// The primary key: one score per unit, item and round.
    static func key(unitID: Int64, criterionID: Int64, round: ScoreRound) -> [String: (any DatabaseValueConvertible)?] {
        ["unitId": unitID, "criterionId": criterionID, "round": round.rawValue]
    }
}
