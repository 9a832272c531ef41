import Foundation
import GRDB
@testable import EmulationStore

/// Someone who can edit the file and knows how the chain is made: changes what they like, then
/// recomputes the hash of every audit row from `from` on, so that the chain is intact again.
/// They hash with `key`, their guess at the chain's key (nil: plain SHA-256).
struct Forger {
    let database: TemporaryDatabase
    var key: AuditKey?

    func rewrite(from id: Int64, _ edit: (Database) throws -> Void) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: database.path, configuration: configuration)
        defer { try? queue.close() }
        try queue.write { db in
            try edit(db)
            var previous = try String.fetchOne(db, sql: "SELECT hash FROM audit WHERE id < ? ORDER BY id DESC LIMIT 1", arguments: [id])
                ?? AuditEntry.genesisHash
            for row in try StoredAudit.fetchAll(db, sql: "SELECT * FROM audit WHERE id >= ? ORDER BY id", arguments: [id]) {
                let images = try Row.fetchAll(db, sql: "SELECT seq, tableName, rowKey, image FROM auditImage WHERE auditId = ? ORDER BY seq",
                                              arguments: [row.id])
                    .map { AuditImage(seq: $0[0], tableName: $0[1], rowKey: $0[2], image: $0[3]) }
                let hash = AuditEntry.computeHash(id: row.id, at: row.at, actor: row.actor, action: row.action, entity: row.entity,
                                                  oldValue: row.oldValue, newValue: row.newValue, reason: row.reason, previousHash: previous,
                                                  images: images, key: key)
                try db.execute(sql: "UPDATE audit SET previousHash = ?, hash = ? WHERE id = ?", arguments: [previous, hash, row.id])
                previous = hash
            }
        }
    }

    /// Changes a score cell and the audit row that set it last (its text and its image), then
    /// rewrites the chain from that row on. Returns that row's id.
    @discardableResult
    func changeScore(cluster: String, year: Int, unit: String, item: String, round: String, to hundredths: Int, text: String) throws -> Int64 {
        let entity = "\(cluster)/\(year)/\(unit)/\(item)/\(round)"
        let queue = try DatabaseQueue(path: database.path)
        let id = try queue.read { db in
            try Int64.fetchOne(db, sql: "SELECT max(id) FROM audit WHERE entity = ? AND action = 'score.set'", arguments: [entity])!
        }
        try queue.close()
        try rewrite(from: id) { db in
            let cell = """
                unitId = (SELECT unit.id FROM unit JOIN cluster ON cluster.id = unit.clusterId WHERE cluster.code = :cluster AND unit.name = :unit)
                AND criterionId = (SELECT criterion.id FROM criterion JOIN clusterYear ON clusterYear.id = criterion.clusterYearId
                                   JOIN cluster ON cluster.id = clusterYear.clusterId
                                   WHERE cluster.code = :cluster AND clusterYear.year = :year AND criterion.code = :item)
                AND round = :round
                """
            let arguments: StatementArguments = ["cluster": cluster, "year": year, "unit": unit, "item": item, "round": round, "hundredths": hundredths]
            try db.execute(sql: "UPDATE score SET hundredths = :hundredths WHERE \(cell)", arguments: arguments)
            try db.execute(sql: "UPDATE audit SET newValue = ? WHERE id = ?", arguments: [text, id])
            try db.execute(sql: """
                UPDATE auditImage SET image = json_set(image, '$.hundredths', ?) WHERE auditId = ? AND tableName = 'score'
                """, arguments: [hundredths, id])
        }
        return id
    }
}
