import Emulation
import GRDB

/// A row of `decision`: the province's decision on a unit's proposal of a year.
struct StoredDecision: StoredRecord, PersistableRecord, Hashable {
    static let databaseTableName = "decision"

    var clusterYearId: Int64
    var unitId: Int64
    var proposedAward: String
    var outcome: AwardDecision.Outcome
    var grantedOther: String?
    var number: String
    var date: StoredDate
    var authority: String

    enum Columns {
        static let clusterYearId = Column(CodingKeys.clusterYearId)
    }
}

extension StoredDecision {
    init(clusterYearID: Int64, _ decision: AwardDecision) {
        self.init(clusterYearId: clusterYearID, unitId: decision.unitID, proposedAward: decision.proposed, outcome: decision.outcome,
                  grantedOther: decision.outcome == .grantedOther ? decision.grantedOther : nil, number: decision.number,
                  date: StoredDate(decision.date), authority: decision.authority)
    }

    var decision: AwardDecision {
        AwardDecision(unitID: unitId, proposed: proposedAward, outcome: outcome, grantedOther: grantedOther, number: number, date: date.date,
                      authority: authority)
    }

    static func key(clusterYearID: Int64, unitID: Int64) -> [String: (any DatabaseValueConvertible)?] {
        ["clusterYearId": clusterYearID, "unitId": unitID]
    }
}
