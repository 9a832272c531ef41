import Emulation
import Foundation
import GRDB

/// The yearly cycle of a cluster: pledge → scoring → review → closed, reopening a closed year,
/// and opening the next year from the last one.
extension EmulationStore {
    /// Moves a year one stage forward (closing makes it read-only everywhere).
    @discardableResult
    public func advance(_ reference: ClusterYearReference) throws -> ClusterYearStatus {
        try write { db in
            try Self.requireOpen(db, reference)
            let current = try String.fetchOne(db, sql: "SELECT status FROM clusterYear WHERE id = ?", arguments: [reference.id])
                .flatMap(ClusterYearStatus.init(rawValue:)) ?? .pledge
            guard let next = current.next else { throw StoreError.yearClosed(cluster: reference.clusterCode, year: reference.year) }
            try Self.setStatus(db, reference, to: next, audit: audit)
            return next
        }
    }

    /// An admin reopens a closed year for review, with a reason the audit keeps.
    public func reopen(_ reference: ClusterYearReference, reason: String) throws {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw StoreError.reasonRequired }
        try write { db in
            let current = try String.fetchOne(db, sql: "SELECT status FROM clusterYear WHERE id = ?", arguments: [reference.id])
                .flatMap(ClusterYearStatus.init(rawValue:)) ?? .pledge
            // Saying "reopened" about a year that was open would be untrue.
            guard current == .closed else { throw StoreError.yearNotClosed(cluster: reference.clusterCode, year: reference.year, status: current) }
            try Self.setStatus(db, reference, to: .review, reason: reason, audit: audit)
        }
    }

    /// Opens the year after `reference` with the same roster order (its active members only,
    /// numbered 1…n), criteria grid and rule set. Head and deputy come from the hand-over recorded
    /// for the new year, else stay as they were; eligibility starts afresh. One transaction: never
    /// half a year.
    @discardableResult
    public func openNextYear(after reference: ClusterYearReference) throws -> ClusterYearReference {
        try write { db in
            let rules = try Self.loadRules(db, yearID: reference.id)
            let tree = try Self.loadTree(db, yearID: reference.id)
            let next = try Self.insertYear(db, clusterCode: reference.clusterCode, year: reference.year + 1, tree: tree, rules: rules,
                                           note: "", audit: audit)
            let handover = try Row.fetchOne(db, sql: "SELECT headUnitId, deputyUnitId FROM headHandover WHERE clusterId = ? AND forYear = ?",
                                            arguments: [reference.clusterID, next.year])
            let head: Int64? = handover?["headUnitId"]
            let deputy: Int64? = handover?["deputyUnitId"]
            let rows = try Row.fetchAll(db, sql: """
                SELECT unitId, role FROM membership WHERE clusterYearId = ? AND active = 1 ORDER BY position, unitId
                """, arguments: [reference.id])
            for (index, row) in rows.enumerated() {
                let unitID: Int64 = row["unitId"]
                var role = Membership.Role(rawValue: row["role"]) ?? .member
                if handover != nil { role = unitID == head ? .head : (unitID == deputy ? .deputy : .member) }
                try Self.upsertMembership(db, next, unitID: unitID, role: role, position: index + 1, eligibility: .eligible, audit: audit)
            }
            return next
        }
    }
}
