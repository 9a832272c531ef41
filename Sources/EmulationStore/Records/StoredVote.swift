import Emulation
import GRDB

/// A row of `vote`: the review meeting's vote on proposing a unit for an award.
struct StoredVote: StoredRecord, PersistableRecord, Hashable {
    static let databaseTableName = "vote"

    var clusterYearId: Int64
    var unitId: Int64
    var award: String
    var present: Int
    var votesFor: Int
    var votesAgainst: Int
    var ballots: Int?
    var invalid: Int?

    enum Columns {
        static let clusterYearId = Column(CodingKeys.clusterYearId)
        static let present = Column(CodingKeys.present)
        static let votesFor = Column(CodingKeys.votesFor)
        static let votesAgainst = Column(CodingKeys.votesAgainst)
    }

    var impossibleColumns: [Column] {
        [(Columns.present, present), (Columns.votesFor, votesFor), (Columns.votesAgainst, votesAgainst)].filter { $0.1 < 0 }.map(\.0)
    }
}

extension StoredVote {
    init(clusterYearID: Int64, _ tally: VoteTally) {
        self.init(clusterYearId: clusterYearID, unitId: tally.unitID, award: tally.award, present: tally.present, votesFor: tally.votesFor,
                  votesAgainst: tally.votesAgainst, ballots: tally.ballots, invalid: tally.invalid)
    }

    var tally: VoteTally {
        VoteTally(unitID: unitId, award: award, present: present, votesFor: votesFor, votesAgainst: votesAgainst, ballots: ballots, invalid: invalid)
    }

    static func key(clusterYearID: Int64, unitID: Int64, award: String) -> [String: (any DatabaseValueConvertible)?] {
        ["clusterYearId": clusterYearID, "unitId": unitID, "award": award]
    }
}
