import Emulation
import Foundation
import GRDB

/// The yearly cycle of a cluster: pledge → scoring → review → closed, reopening a closed year,
/// and opening the next year from the last one.
extension EmulationStore {
    /// Moves a year one stage forward (closing makes it read-only everywhere).
    @discardableResult
    public func advance(_ reference: ClusterYearReference) throws -> ClusterYearStatus {
        try write(.changeStage, in: reference.clusterCode) { db in
            try Self.requireOpen(db, reference)
            let current = try StoredClusterYear.required(db, id: reference.id).status
            guard let next = current.next else { throw StoreError.yearClosed(cluster: reference.clusterCode, year: reference.year) }
            try Self.setStatus(db, reference, to: next, audit: audit)
            return next
        }
    }

    /// An admin reopens a closed year for review, with a reason the audit keeps.
    public func reopen(_ reference: ClusterYearReference, reason: String) throws {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw StoreError.reasonRequired }
        try write(.reopenYear, in: reference.clusterCode) { db in
            let current = try StoredClusterYear.required(db, id: reference.id).status
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
        try write(.openYear, in: reference.clusterCode) { db in
            let rules = try Self.loadRules(db, yearID: reference.id)
            let tree = try Self.loadTree(db, yearID: reference.id)
            let next = try Self.insertYear(db, clusterCode: reference.clusterCode, year: reference.year + 1, tree: tree, rules: rules,
                                           note: "", audit: audit)
            let handover = try StoredHandover.of(clusterID: reference.clusterID, forYear: next.year).fetchOne(db)
            let members = try StoredMembership.roster(reference.id).filter { $0.active }.fetchAll(db)
            for (index, member) in members.enumerated() {
                var role = member.role
                if let handover {
                    role = member.unitId == handover.headUnitId ? .head : (member.unitId == handover.deputyUnitId ? .deputy : .member)
                }
                try Self.upsertMembership(db, next, unitID: member.unitId, role: role, position: index + 1, eligibility: .eligible, audit: audit)
            }
            return next
        }
    }
}
