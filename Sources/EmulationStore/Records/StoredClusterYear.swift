import Emulation
import Foundation
import GRDB

/// A row of `clusterYear`: one cluster's year, with its stage and rule set.
struct StoredClusterYear: StoredRecordWithID, Hashable {
    static let databaseTableName = "clusterYear"

    var id: Int64?
    var clusterId: Int64
    var year: Int
    var status: ClusterYearStatus
    /// The year's `RuleSet`, as JSON.
    var rules: String
    var note: String
    var criteriaUnlocked: Bool

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let clusterId = Column(CodingKeys.clusterId)
        static let year = Column(CodingKeys.year)
        static let status = Column(CodingKeys.status)
        static let criteriaUnlocked = Column(CodingKeys.criteriaUnlocked)
    }
}

extension StoredClusterYear {
    init(clusterID: Int64, year: Int, rules: RuleSet, note: String) throws {
        self.init(id: nil, clusterId: clusterID, year: year, status: .pledge, rules: try Self.encode(rules),
                  note: note, criteriaUnlocked: false)
    }

    /// The rule set as stored: JSON with sorted keys, so the same rules are the same text.
    static func encode(_ rules: RuleSet) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(rules), as: UTF8.self)
    }

    /// The rule set; JSON this build cannot read is named like any other unknown value.
    func ruleSet() throws -> RuleSet {
        do {
            return try JSONDecoder().decode(RuleSet.self, from: Data(rules.utf8))
        } catch is DecodingError {
            throw StoreError.unknownStoredValue(table: Self.databaseTableName, column: "rules", rowID: rowID, value: rules)
        }
    }
}
