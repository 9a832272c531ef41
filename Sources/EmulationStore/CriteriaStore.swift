import Emulation
import Foundation
import GRDB

extension EmulationStore {
    /// Whether the grid of a year may change: before scoring starts, or after an admin unlocked it.
    public func criteriaLocked(_ reference: ClusterYearReference) throws -> Bool {
        try read { db in try Self.criteriaLocked(db, reference) }
    }

    static func criteriaLocked(_ db: Database, _ reference: ClusterYearReference) throws -> Bool {
        let year = try StoredClusterYear.required(db, id: reference.id)
        if year.criteriaUnlocked { return false }
        let scored = try !StoredScore.filter { $0.clusterYearId == reference.id }.isEmpty(db)
        return year.status != .pledge || scored
    }

    /// An admin allows the grid to change once more, with a reason that the audit keeps.
    public func unlockCriteria(_ reference: ClusterYearReference, reason: String) throws {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw StoreError.reasonRequired }
        try write(.unlockCriteria, in: reference.clusterCode) { db in
            try Self.requireOpen(db, reference)
            try Self.setCriteriaUnlocked(db, reference, true)
            try audit.append(db, action: "criteria.unlock", entity: "\(reference.clusterCode)/\(reference.year)", old: "locked", new: "unlocked", reason: reason)
        }
    }

    /// Replaces the year's grid. Items keep their identity (and scores) by code; an item with
    /// scores cannot be removed or given a maximum below them. Saving locks the grid again.
    /// `expecting` is the grid the clerk started editing: another clerk's newer grid is never overwritten.
    public func replaceCriteria(_ reference: ClusterYearReference, with tree: CriteriaTree, expecting: Expected<CriteriaTree> = .anything) throws {
        let problems = tree.problems()
        if !problems.isEmpty { throw StoreError.invalidCriteria(problems) }
        try write(.editCriteria, in: reference.clusterCode) { db in
            try Self.requireOpen(db, reference)
            if try Self.criteriaLocked(db, reference) { throw StoreError.criteriaLocked(cluster: reference.clusterCode, year: reference.year) }
            let old = try Self.loadTree(db, yearID: reference.id)
            try Self.require(expecting, stored: old, db, subject: .criteria, entities: ["\(reference.clusterCode)/\(reference.year)"],
                             actions: ["criteria.replace"], theirs: Self.describe)
            var existing: [String: Int64] = [:]
            for criterion in try StoredCriterion.ofYear(reference.id).fetchAll(db) {
                existing[criterion.code] = criterion.rowID
            }
            let kept = Set(tree.rows.map(\.node.code))
            for (code, id) in existing where !kept.contains(code) {
                if try !StoredScore.filter({ $0.criterionId == id }).isEmpty(db) {
                    throw StoreError.criterionHasScores(code: code)
                }
            }
            var position = 0
            func save(_ node: Criterion, parent: Int64?) throws {
                position += 1
                var row = StoredCriterion(clusterYearID: reference.id, parentID: parent, node, position: position)
                if let known = existing[node.code] {
                    let highest = try Int.fetchOne(db, sql: "SELECT max(hundredths) FROM score WHERE criterionId = ?", arguments: [known]) ?? 0
                    if highest > node.maximum.hundredths { throw StoreError.criterionHasScores(code: node.code) }
                    row.id = known
                    try row.update(db)
                } else {
                    row.id = try row.insertRow(db)
                }
                for child in node.children { try save(child, parent: row.id) }
            }
            for major in tree.majors { try save(major, parent: nil) }
            for (code, id) in existing.filter({ !kept.contains($0.key) }) {
                // Notes may exist before scoring; removing their item removes them, in the audit too.
                for note in try Row.fetchAll(db, sql: "SELECT unit.name, itemNote.note FROM itemNote JOIN unit ON unit.id = itemNote.unitId WHERE criterionId = ?",
                                             arguments: [id]) {
                    try audit.append(db, action: "note.set", entity: "\(reference.clusterCode)/\(reference.year)/\(note["name"] as String)/\(code)",
                                     old: note["note"], new: nil, reason: "criteria.replace")
                }
                try StoredItemNote.filter { $0.criterionId == id }.deleteAll(db)
                try StoredCriterion.filter { $0.parentId == id }.updateAll(db) { $0.parentId.set(to: nil) }
                try StoredCriterion.deleteOne(db, key: id)
            }
            try Self.setCriteriaUnlocked(db, reference, false)
            try audit.append(db, action: "criteria.replace", entity: "\(reference.clusterCode)/\(reference.year)", old: Self.describe(old), new: Self.describe(tree))
        }
    }

    /// The grid of the cluster's latest year before `year`, to copy forward.
    public func previousTree(_ reference: ClusterYearReference) throws -> CriteriaTree? {
        try read { db in
            guard let previous = try StoredClusterYear.filter({ $0.clusterId == reference.clusterID && $0.year < reference.year })
                .order(\.year.desc).fetchOne(db) else { return nil }
            return try Self.loadTree(db, yearID: previous.rowID)
        }
    }

    /// Set by an admin's unlock; cleared when the changed grid is saved.
    private static func setCriteriaUnlocked(_ db: Database, _ reference: ClusterYearReference, _ unlocked: Bool) throws {
        var year = try StoredClusterYear.required(db, id: reference.id)
        year.criteriaUnlocked = unlocked
        try year.update(db)
    }

    static func describe(_ tree: CriteriaTree) -> String {
        tree.rows.map { "\($0.node.code)=\(DecimalText.format($0.node.maximum, trimWhole: true))" }.joined(separator: " ")
    }
}
