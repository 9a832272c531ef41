import Emulation
import GRDB

/// A row of `criterion`: one node of a year's grid (a major criterion or an item), linked to its
/// parent; `position` is its place in the grid read top to bottom.
struct StoredCriterion: StoredRecordWithID, Hashable {
    static let databaseTableName = "criterion"

    var id: Int64?
    var clusterYearId: Int64
    var parentId: Int64?
    var code: String
    var title: String
    var maxHundredths: Int
    var position: Int

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let clusterYearId = Column(CodingKeys.clusterYearId)
        static let parentId = Column(CodingKeys.parentId)
        static let code = Column(CodingKeys.code)
        static let position = Column(CodingKeys.position)
        static let maxHundredths = Column(CodingKeys.maxHundredths)
    }

    /// A maximum of zero or less would make every score of the item out of range.
    var impossibleColumns: [Column] { maxHundredths > 0 ? [] : [Columns.maxHundredths] }
}

extension StoredCriterion {
    init(clusterYearID: Int64, parentID: Int64?, _ node: Criterion, position: Int) {
        self.init(id: nil, clusterYearId: clusterYearID, parentId: parentID, code: node.code, title: node.title,
                  maxHundredths: node.maximum.hundredths, position: position)
    }

    var maximum: Points { Points(hundredths: maxHundredths) }

    /// The grid these rows make, in their stored order.
    static func tree(_ rows: [StoredCriterion]) -> CriteriaTree {
        let children = Dictionary(grouping: rows, by: \.parentId)
        func nodes(under parent: Int64?) -> [Criterion] {
            (children[parent] ?? []).map { row in
                Criterion(code: row.code, title: row.title, maximum: row.maximum, children: nodes(under: row.rowID))
            }
        }
        return CriteriaTree(majors: nodes(under: nil))
    }
}

extension StoredCriterion {
    /// The year's criterion (an item, or a major criterion) of that code.
    static func item(_ db: Database, code: String, of clusterYearID: Int64) throws -> Self? {
        try find(db, key: ["clusterYearId": clusterYearID, "code": code])
    }

    /// A year's grid, top to bottom.
    static func ofYear(_ clusterYearID: Int64) -> QueryInterfaceRequest<Self> {
        filter { $0.clusterYearId == clusterYearID }.order(\.position)
    }
}
