import Emulation
import Foundation
import GRDB

extension EmulationStore {
    /// Whether the grid of a year may change: before scoring starts, or after an admin unlocked it.
    public func criteriaLocked(_ reference: ClusterYearReference) throws -> Bool {
        try read { db in try Self.criteriaLocked(db, reference) }
    }

    static func criteriaLocked(_ db: Database, _ reference: ClusterYearReference) throws -> Bool {
        guard let row = try Row.fetchOne(db, sql: "SELECT status, criteriaUnlocked FROM clusterYear WHERE id = ?", arguments: [reference.id]) else {
            return true
        }
        if row["criteriaUnlocked"] as Bool { return false }
        let started = (row["status"] as String) != ClusterYearStatus.pledge.rawValue
        let scored = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM score WHERE clusterYearId = ?)", arguments: [reference.id]) ?? false
        return started || scored
    }

    /// An admin allows the grid to change once more, with a reason that the audit keeps.
    public func unlockCriteria(_ reference: ClusterYearReference, reason: String) throws {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw StoreError.reasonRequired }
        try write { db in
            try Self.requireOpen(db, reference)
            try db.execute(sql: "UPDATE clusterYear SET criteriaUnlocked = 1 WHERE id = ?", arguments: [reference.id])
            try audit.append(db, action: "criteria.unlock", entity: "\(reference.clusterCode)/\(reference.year)", old: "locked", new: "unlocked", reason: reason)
        }
    }

    /// Replaces the year's grid. Items keep their identity (and scores) by code; an item with
    /// scores cannot be removed or given a maximum below them. Saving locks the grid again.
    /// `expecting` is the grid the clerk started editing: another clerk's newer grid is never overwritten.
    public func replaceCriteria(_ reference: ClusterYearReference, with tree: CriteriaTree, expecting: Expected<CriteriaTree> = .anything) throws {
        let problems = tree.problems()
        if !problems.isEmpty { throw StoreError.invalidCriteria(problems) }
        try write { db in
            try Self.requireOpen(db, reference)
            if try Self.criteriaLocked(db, reference) { throw StoreError.criteriaLocked(cluster: reference.clusterCode, year: reference.year) }
            let old = try Self.loadTree(db, yearID: reference.id)
            try Self.require(expecting, stored: old, db, subject: .criteria, entities: ["\(reference.clusterCode)/\(reference.year)"],
                             actions: ["criteria.replace"], theirs: Self.describe)
            var existing: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, code FROM criterion WHERE clusterYearId = ?", arguments: [reference.id]) {
                existing[row["code"]] = row["id"]
            }
            let kept = Set(tree.rows.map(\.node.code))
            for (code, id) in existing where !kept.contains(code) {
                if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM score WHERE criterionId = ?)", arguments: [id]) == true {
                    throw StoreError.criterionHasScores(code: code)
                }
            }
            var position = 0
            func save(_ node: Criterion, parent: Int64?) throws {
                position += 1
                let id: Int64
                if let known = existing[node.code] {
                    let highest = try Int.fetchOne(db, sql: "SELECT max(hundredths) FROM score WHERE criterionId = ?", arguments: [known]) ?? 0
                    if highest > node.maximum.hundredths { throw StoreError.criterionHasScores(code: node.code) }
                    try db.execute(sql: "UPDATE criterion SET parentId = ?, title = ?, maxHundredths = ?, position = ? WHERE id = ?",
                                   arguments: [parent, node.title, node.maximum.hundredths, position, known])
                    id = known
                } else {
                    try db.execute(sql: """
                        INSERT INTO criterion (clusterYearId, parentId, code, title, maxHundredths, position) VALUES (?, ?, ?, ?, ?, ?)
                        """, arguments: [reference.id, parent, node.code, node.title, node.maximum.hundredths, position])
                    id = db.lastInsertedRowID
                }
                for child in node.children { try save(child, parent: id) }
            }
            for major in tree.majors { try save(major, parent: nil) }
            for (code, id) in existing.filter({ !kept.contains($0.key) }) {
                // Notes may exist before scoring; removing their item removes them, in the audit too.
                for note in try Row.fetchAll(db, sql: "SELECT unit.name, itemNote.note FROM itemNote JOIN unit ON unit.id = itemNote.unitId WHERE criterionId = ?",
                                             arguments: [id]) {
                    try audit.append(db, action: "note.set", entity: "\(reference.clusterCode)/\(reference.year)/\(note["name"] as String)/\(code)",
                                     old: note["note"], new: nil, reason: "criteria.replace")
                }
                try db.execute(sql: "DELETE FROM itemNote WHERE criterionId = ?", arguments: [id])
                try db.execute(sql: "UPDATE criterion SET parentId = NULL WHERE parentId = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM criterion WHERE id = ?", arguments: [id])
            }
            try db.execute(sql: "UPDATE clusterYear SET criteriaUnlocked = 0 WHERE id = ?", arguments: [reference.id])
            try audit.append(db, action: "criteria.replace", entity: "\(reference.clusterCode)/\(reference.year)", old: Self.describe(old), new: Self.describe(tree))
        }
    }

    /// The grid of the cluster's latest year before `year`, to copy forward.
    public func previousTree(_ reference: ClusterYearReference) throws -> CriteriaTree? {
        try read { db in
            guard let yearID = try Int64.fetchOne(db, sql: "SELECT id FROM clusterYear WHERE clusterId = ? AND year < ? ORDER BY year DESC LIMIT 1",
                                                  arguments: [reference.clusterID, reference.year]) else { return nil }
            return try Self.loadTree(db, yearID: yearID)
        }
    }

    static func describe(_ tree: CriteriaTree) -> String {
        tree.rows.map { "\($0.node.code)=\(DecimalText.format($0.node.maximum, trimWhole: true))" }.joined(separator: " ")
    }
}
