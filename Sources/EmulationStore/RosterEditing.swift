import Emulation
import Foundation
import GRDB

/// Editing a year's roster one unit at a time, and a cluster's own details. Every change is one
/// transaction with its audit rows; a closed year refuses them all.
extension EmulationStore {
    /// Adds a unit to the cluster and puts it at the end of the year's roster with `role`.
    /// A unit of the same name (compared exactly, after trimming) already on this year's roster is
    /// refused with `StoreError.unitExists`; one of the cluster that is not on this year's roster
    /// (e.g. from an earlier year) is reused and its details updated. A new head or deputy takes
    /// the role from whoever held it, who becomes a member. `unit.id` is ignored; `unit.eligibility`
    /// is stored on the membership. A text breaking `TextRule` → `StoreError.invalidUnitText`.
    @discardableResult
    public func addUnit(_ reference: ClusterYearReference, _ unit: MemberUnit, role: Membership.Role) throws -> MemberUnit.ID {
        try write(.editRoster, in: reference.clusterCode) { db in try Self.addUnit(db, reference, unit, role: role, audit: audit) }
    }

    static func addUnit(_ db: Database, _ reference: ClusterYearReference, _ unit: MemberUnit, role: Membership.Role,
                        audit: AuditTrail) throws -> MemberUnit.ID {
        try requireOpen(db, reference)
        let unit = unit.trimmed
        guard !unit.name.isEmpty else { throw StoreError.unitNameRequired }
        try requireValidTexts(unit)
        let unitID: Int64
        if let existing = try Self.unitID(db, clusterID: reference.clusterID, named: unit.name) {
            if try membership(db, reference, unitID: existing) != nil { throw StoreError.unitExists(name: unit.name) }
            // A unit with a closed year keeps its details: that year's documents must not change.
            if try closedYear(db, unitID: existing) == nil {
                try updateUnitDetails(db, unitID: existing, unit, audit: audit, entity: unitEntity(reference, unit.name))
            }
            unitID = existing
        } else {
            unitID = try insertUnit(db, clusterID: reference.clusterID, unit, audit: audit, clusterCode: reference.clusterCode)
        }
        try passRole(db, reference, role, to: unitID, audit: audit)
        try upsertMembership(db, reference, unitID: unitID, role: role, position: try lastPosition(db, reference) + 1, eligibility: unit.eligibility,
                             audit: audit)
        return unitID
    }

    /// Changes a unit's details (name, short name, kind, leader, leader's position, women
    /// majority) and this year's role and eligibility (from `unit.eligibility`). Renaming onto
    /// another unit's name in the cluster → `StoreError.unitExists`; an empty name →
    /// `StoreError.unitNameRequired`; a text breaking `TextRule` → `StoreError.invalidUnitText`.
    /// Head and deputy move as in `addUnit`; an inactive member holds no role. Only what changed
    /// is audited.
    /// `expecting` is the row as the clerk saw it on opening the form: another clerk's newer
    /// change to it is never overwritten.
    public func updateUnit(_ reference: ClusterYearReference, _ unit: MemberUnit, role: Membership.Role,
                           expecting: Expected<RosterEntry> = .anything) throws {
        try write(.editRoster, in: reference.clusterCode) { db in
            if case .anything = expecting {} else if let membership = try Self.membership(db, reference, unitID: unit.id),
                                                     let stored = try Self.storedUnit(db, unitID: unit.id) {
                var current = stored
                current.eligibility = membership.eligibility
                let entry = RosterEntry(unit: current, role: membership.role)
                let entities = [Self.unitEntity(reference, stored.name), "\(reference.clusterCode)/\(reference.year)/\(stored.name)"]
                try Self.require(expecting, stored: entry, db, subject: .unit(name: stored.name), entities: entities,
                                 actions: ["unit.update", "unit.rename", "membership.set"],
                                 theirs: { entry in
                                    [entry.unit.name, entry.unit.shortName, entry.unit.kind, entry.unit.leader, entry.unit.leaderPosition]
                                        .filter { !$0.isEmpty }.joined(separator: ", ") })
            }
            try Self.updateUnit(db, reference, unit, role: role, audit: audit)
        }
    }

    static func updateUnit(_ db: Database, _ reference: ClusterYearReference, _ unit: MemberUnit, role: Membership.Role,
                           audit: AuditTrail) throws {
        try requireOpen(db, reference)
        guard let membership = try membership(db, reference, unitID: unit.id), let stored = try storedUnit(db, unitID: unit.id) else {
            throw StoreError.unknownUnit(name: unit.name)
        }
        let unit = unit.trimmed
        guard !unit.name.isEmpty else { throw StoreError.unitNameRequired }
        try requireValidTexts(unit)
        if unit.name != stored.name, let closed = try closedYear(db, unitID: unit.id) {
            throw StoreError.unitInClosedYear(name: stored.name, year: closed)
        }
        if unit.name != stored.name {
            if let other = try Self.unitID(db, clusterID: reference.clusterID, named: unit.name), other != unit.id {
                throw StoreError.unitExists(name: unit.name)
            }
            var row = try StoredUnit.required(db, id: unit.id)
            row.name = unit.name
            try row.update(db)
            try audit.append(db, action: "unit.rename", entity: unitEntity(reference, stored.name), old: stored.name, new: unit.name)
        }
        try updateUnitDetails(db, unitID: unit.id, unit, audit: audit, entity: unitEntity(reference, unit.name))
        let role = membership.active ? role : .member
        try passRole(db, reference, role, to: unit.id, audit: audit)
        try upsertMembership(db, reference, unitID: unit.id, role: role, position: membership.position, eligibility: unit.eligibility,
                             audit: audit)
    }

    /// Takes a unit off this year's roster. A unit with any record this year (a score, an
    /// adjustment, an item note, a vote, a signature, a pledge model, a title registration) is
    /// refused with `StoreError.unitHasRecords`: it can be marked inactive instead. A unit left on
    /// no roster and with no record anywhere is deleted, so its name can be used again. The
    /// remaining members are numbered 1…n.
    public func removeUnit(_ reference: ClusterYearReference, unitID: MemberUnit.ID) throws {
        try write(.editRoster, in: reference.clusterCode) { db in try Self.removeUnit(db, reference, unitID: unitID, audit: audit) }
    }

    static func removeUnit(_ db: Database, _ reference: ClusterYearReference, unitID: MemberUnit.ID, audit: AuditTrail) throws {
        try requireOpen(db, reference)
        let name = try unitName(db, unitID: unitID)
        guard let membership = try membership(db, reference, unitID: unitID) else { throw StoreError.unknownUnit(name: name) }
        if try hasRecords(db, unitID: unitID, yearID: reference.id) { throw StoreError.unitHasRecords(name: name) }
        try membership.delete(db)
        // Before the audit row, which carries the new places too.
        try renumber(db, reference)
        try audit.append(db, action: "membership.remove", entity: "\(reference.clusterCode)/\(reference.year)/\(name)",
                         old: membership.auditText, new: nil)
        let onAnyRoster = try !StoredMembership.filter { $0.unitId == unitID }.isEmpty(db)
        let handedOver = try !StoredHandover.filter { $0.headUnitId == unitID || $0.deputyUnitId == unitID }.isEmpty(db)
        guard !onAnyRoster, !handedOver, try !hasRecords(db, unitID: unitID, yearID: nil),
              let stored = try storedUnit(db, unitID: unitID) else { return }
        try StoredUnit.deleteOne(db, key: unitID)
        try audit.append(db, action: "unit.delete", entity: unitEntity(reference, name), old: unitDetailsText(stored), new: nil)
    }

    /// Marks a member inactive (or active again) for this year: it keeps all its records but
    /// leaves the ranking and the pledge checklist, and is not copied to the next year. An
    /// inactive head or deputy becomes a member.
    public func setUnitActive(_ reference: ClusterYearReference, unitID: MemberUnit.ID, active: Bool) throws {
        try write(.editRoster, in: reference.clusterCode) { db in try Self.setUnitActive(db, reference, unitID: unitID, active: active, audit: audit) }
    }

    static func setUnitActive(_ db: Database, _ reference: ClusterYearReference, unitID: MemberUnit.ID, active: Bool,
                              audit: AuditTrail) throws {
        try requireOpen(db, reference)
        let name = try unitName(db, unitID: unitID)
        guard let membership = try membership(db, reference, unitID: unitID) else { throw StoreError.unknownUnit(name: name) }
        let wasActive = membership.active
        guard wasActive != active else { return }
        if !active, membership.role != .member {
            try upsertMembership(db, reference, unitID: unitID, role: .member, position: membership.position,
                                 eligibility: membership.eligibility, audit: audit)
        }
        // Only the flag: `membership` was read before the role changed above.
        try StoredMembership.filter(key: membership.key).updateAll(db, StoredMembership.Columns.active.set(to: active))
        let text = { (active: Bool) in active ? "active" : "inactive" }
        try audit.append(db, action: "membership.active", entity: "\(reference.clusterCode)/\(reference.year)/\(name)",
                         old: text(wasActive), new: text(active))
    }

    /// Moves a member up (-1) or down (+1) in the roster order (the order the head role rotates
    /// in), among the members of its kind: an active member passes over inactive ones, which keep
    /// their places. Out of range is a no-op.
    public func moveUnit(_ reference: ClusterYearReference, unitID: MemberUnit.ID, by offset: Int) throws {
        try write(.editRoster, in: reference.clusterCode) { db in try Self.moveUnit(db, reference, unitID: unitID, by: offset, audit: audit) }
    }

    static func moveUnit(_ db: Database, _ reference: ClusterYearReference, unitID: MemberUnit.ID, by offset: Int, audit: AuditTrail) throws {
        try requireOpen(db, reference)
        guard let membership = try membership(db, reference, unitID: unitID) else {
            throw StoreError.unknownUnit(name: try unitName(db, unitID: unitID))
        }
        guard offset != 0 else { return }
        let peersRequest = StoredMembership.roster(reference.id).filter { $0.active == membership.active }
        var peers = try peersRequest.fetchAll(db)
        // Out of range changes nothing, not even the numbering below (which no audit row would follow).
        guard let index = peers.firstIndex(where: { $0.unitId == unitID }), peers.indices.contains(index + offset) else { return }
        if Set(peers.map(\.position)).count != peers.count {
            // Two members share a place (an old file): number the roster first, or a swap would change nothing.
            // Numbering keeps the order, so `index` still holds.
            try renumber(db, reference)
            peers = try peersRequest.fetchAll(db)
        }
        // The peers keep the places they hold between them; only their order changes.
        let places = peers.map(\.position)
        var reordered = peers
        reordered.insert(reordered.remove(at: index), at: index + offset)
        for (peer, position) in zip(reordered, places) where peer.position != position {
            try upsertMembership(db, reference, unitID: peer.unitId, role: peer.role, position: position, eligibility: peer.eligibility, audit: audit)
        }
    }

    /// Changes a cluster's name, kind and authority; its code never changes. Not tied to a year.
    /// An empty name → `StoreError.clusterNameRequired`.
    public func updateCluster(_ cluster: Cluster, expecting: Expected<Cluster> = .anything) throws {
        try write(.editCluster, in: cluster.code) { db in
            if let stored = try StoredCluster.filter({ $0.code == cluster.code }).fetchOne(db)?.cluster {
                try Self.require(expecting, stored: stored, db, subject: .cluster(code: cluster.code), entities: ["cluster \(cluster.code)"],
                                 actions: ["cluster.update", "cluster.create"], theirs: { "\($0.name) (\($0.kind.rawValue), \($0.authority))" })
            }
            try Self.updateCluster(db, cluster, audit: audit)
        }
    }

    static func updateCluster(_ db: Database, _ cluster: Cluster, audit: AuditTrail) throws {
        let name = cluster.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw StoreError.clusterNameRequired }
        var row = try StoredCluster.required(db, id: try clusterID(db, code: cluster.code))
        let old = row.cluster
        row.name = name
        row.kind = cluster.kind
        row.authority = cluster.authority.trimmingCharacters(in: .whitespacesAndNewlines)
        let new = row.cluster
        guard new != old else { return }
        try row.update(db)
        let describe = { (cluster: Cluster) in "\(cluster.name) (\(cluster.kind.rawValue), \(cluster.authority))" }
        try audit.append(db, action: "cluster.update", entity: "cluster \(cluster.code)", old: describe(old), new: describe(new))
    }
}

// MARK: - Helpers

extension EmulationStore {
    /// The cluster's unit of that name (names compared after trimming), on any year's roster or none.
    static func unitID(_ db: Database, clusterID: Int64, named name: String) throws -> Int64? {
        let wanted = name.trimmingCharacters(in: .whitespacesAndNewlines)
        return try StoredUnit.filter { $0.clusterId == clusterID }.fetchAll(db)
            .first { $0.name.trimmingCharacters(in: .whitespacesAndNewlines) == wanted }?.rowID
    }

    /// The one rule for a unit's texts (`TextRule`), whoever enters them: the form, a roster file.
    static func requireValidTexts(_ unit: MemberUnit) throws {
        if let (field, problem) = unit.textProblems.first {
            throw StoreError.invalidUnitText(field: field, value: unit[text: field], problem: problem)
        }
    }

    /// The unit's place on this year's roster, if it is on it.
    static func membership(_ db: Database, _ reference: ClusterYearReference, unitID: Int64) throws -> StoredMembership? {
        try StoredMembership.find(db, key: StoredMembership.key(clusterYearID: reference.id, unitID: unitID))
    }

    /// The last place on this year's roster (0 when it is empty).
    static func lastPosition(_ db: Database, _ reference: ClusterYearReference) throws -> Int {
        try StoredMembership.filter { $0.clusterYearId == reference.id }.select(max(StoredMembership.Columns.position), as: Int.self).fetchOne(db) ?? 0
    }

    /// The first closed year whose roster has the unit, if any.
    static func closedYear(_ db: Database, unitID: Int64) throws -> Int? {
        try Int.fetchOne(db, sql: """
            SELECT min(clusterYear.year) FROM membership JOIN clusterYear ON clusterYear.id = membership.clusterYearId
            WHERE membership.unitId = ? AND clusterYear.status = 'closed'
            """, arguments: [unitID])
    }

    static func unitName(_ db: Database, unitID: Int64) throws -> String {
        // A name for the audit and for errors: a unit gone from the file is still named by its id.
        try StoredUnit.find(db, id: unitID)?.name ?? "#\(unitID)"
    }

    static func unitEntity(_ reference: ClusterYearReference, _ name: String) -> String {
        "\(reference.clusterCode)/unit \(name)"
    }

    static func unitDetailsText(_ unit: MemberUnit) -> String {
        [unit.shortName, unit.kind, unit.leader, unit.leaderPosition, unit.womenMajority ? "nữ ≥70%" : ""].joined(separator: "|")
    }

    /// A head or deputy role passes to `unitID`: whoever held it this year becomes a member.
    static func passRole(_ db: Database, _ reference: ClusterYearReference, _ role: Membership.Role, to unitID: Int64,
                         audit: AuditTrail) throws {
        guard role != .member else { return }
        for holder in try StoredMembership.roster(reference.id).filter({ $0.role == role.rawValue && $0.unitId != unitID }).fetchAll(db) {
            try upsertMembership(db, reference, unitID: holder.unitId, role: .member, position: holder.position, eligibility: holder.eligibility,
                                 audit: audit)
        }
    }

    /// Whether the unit has any record in that year (in any year when `yearID` is nil).
    static func hasRecords(_ db: Database, unitID: Int64, yearID: Int64?) throws -> Bool {
        let tables = ["score", "adjustment", "itemNote", "vote", "signature", "pledgeModel", "titleRegistration"]
        let year = yearID == nil ? "" : " AND clusterYearId = ?2"
        let sql = "SELECT " + tables.map { "EXISTS (SELECT 1 FROM \($0) WHERE unitId = ?1\(year))" }.joined(separator: " OR ")
        return try Bool.fetchOne(db, sql: sql, arguments: yearID.map { [unitID, $0] } ?? [unitID]) ?? true
    }

    /// Numbers the year's roster 1…n in its order, without gaps.
    static func renumber(_ db: Database, _ reference: ClusterYearReference) throws {
        for (index, var member) in try StoredMembership.roster(reference.id).fetchAll(db).enumerated() where member.position != index + 1 {
            member.position = index + 1
            try member.update(db)
        }
    }
}

extension MemberUnit {
    /// This unit with its texts trimmed of surrounding spaces.
    var trimmed: MemberUnit {
        var unit = self
        unit.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        unit.shortName = shortName.trimmingCharacters(in: .whitespacesAndNewlines)
        unit.kind = kind.trimmingCharacters(in: .whitespacesAndNewlines)
        unit.leader = leader.trimmingCharacters(in: .whitespacesAndNewlines)
        unit.leaderPosition = leaderPosition.trimmingCharacters(in: .whitespacesAndNewlines)
        return unit
    }
}
