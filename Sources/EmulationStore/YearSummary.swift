import Emulation
import GRDB

/// Where a cluster-year stands, counted in SQL: what Home shows, without loading every score.
public struct YearSummary: Hashable, Sendable {
    public var clusterCode: String
    public var year: Int
    public var status: ClusterYearStatus
    /// The active members, in roster order.
    public var unitNames: [String]
    /// Signatures of the current version of the pledge's tasks.
    public var signed: Int
    /// Unit × item cells with a score in either round (a final score); 0 when not counted
    /// (`yearSummaries(countingCells: false)`).
    public var entered: Int
    public var items: Int
    public var votes: Int
}

extension EmulationStore {
    /// Every cluster-year this account may read. `countingCells: false` leaves `entered` at
    /// 0: counting reads every score of every year, the rest only rosters and small tables.
    public func yearSummaries(countingCells: Bool = true) throws -> [YearSummary] {
        try read { db in
            // The stage through the record, which refuses one this build does not know; the
            // counts are a query.
            let years = try StoredClusterYear.fetchAll(db)
            let statuses = Dictionary(uniqueKeysWithValues: years.map { ($0.rowID, $0.status) })
            let counts = try Row.fetchAll(db, sql: """
                SELECT clusterYear.id, cluster.code, clusterYear.year,
                    (SELECT count(*) FROM criterion c WHERE c.clusterYearId = clusterYear.id
                        AND NOT EXISTS (SELECT 1 FROM criterion child WHERE child.parentId = c.id)) AS items,
                    (SELECT count(*) FROM signature s WHERE s.clusterYearId = clusterYear.id
                        AND s.tasksVersion = coalesce((SELECT tasksVersion FROM pledge p WHERE p.clusterYearId = clusterYear.id), 1)
                        AND s.unitId IN (SELECT unitId FROM membership m WHERE m.clusterYearId = clusterYear.id AND m.active = 1)) AS signed,
                    \(countingCells ? "coalesce(entered.cells, 0)" : "0") AS entered,
                    (SELECT count(*) FROM vote WHERE vote.clusterYearId = clusterYear.id) AS votes
                FROM clusterYear JOIN cluster ON cluster.id = clusterYear.clusterId
                \(countingCells ? Self.enteredCellsJoin : "")
                ORDER BY cluster.code, clusterYear.year
                """)
            // Only the clusters this account has a role in (every one, for an admin).
            let account = try actingAccount(db)
            return try counts.filter { account.may(.read, in: $0["code"]) }.map { row in
                let id: Int64 = row["id"]
                guard let status = statuses[id] else { throw StoreError.missingRow(table: StoredClusterYear.databaseTableName, rowID: id) }
                let names = try String.fetchAll(db, sql: """
                    SELECT unit.name FROM membership JOIN unit ON unit.id = membership.unitId
                    WHERE membership.clusterYearId = ? AND membership.active = 1 ORDER BY membership.position, unit.id
                    """, arguments: [id])
                return YearSummary(clusterCode: row["code"], year: row["year"], status: status,
                                   unitNames: names, signed: row["signed"], entered: row["entered"], items: row["items"], votes: row["votes"])
            }
        }
    }

    /// Each year's cells with a score (unit × item, either round) of its active members.
    private static let enteredCellsJoin = """
        LEFT JOIN (
            -- The cells of every year in one pass over the scores, in the order of their key
            -- (unit, item, round), so a cell's two rounds are next to each other: no set
            -- of cells built per year (which grew faster than the year did).
            SELECT cell.clusterYearId, count(*) AS cells
            FROM (SELECT unitId, criterionId, clusterYearId FROM score GROUP BY unitId, criterionId, clusterYearId) AS cell
            JOIN membership m ON m.clusterYearId = cell.clusterYearId AND m.unitId = cell.unitId AND m.active = 1
            GROUP BY cell.clusterYearId
        ) AS entered ON entered.clusterYearId = clusterYear.id
        """
}
