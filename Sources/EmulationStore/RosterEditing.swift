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
        try write { db in try Self.addUnit(db, reference, unit, role: role, audit: audit) }
    }

    static func addUnit(_ db: Database, _ reference: ClusterYearReference, _ unit: MemberUnit, role: Membership.Role,
                        audit: AuditTrail) throws -> MemberUnit.ID {
        try requireOpen(db, reference)
        let unit = unit.trimmed
        guard !unit.name.isEmpty else { throw StoreError.unitNameRequired }
        try requireValidTexts(unit)
        let unitID: Int64
        if let existing = try Self.unitID(db, clusterID: reference.clusterID, named: unit.name) {
            if try membershipRow(db, reference, unitID: existing) != nil { throw StoreError.unitExists(name: unit.name) }
            // A unit with a closed year keeps its details: that year's documents must not change.
            if try closedYear(db, unitID: existing) == nil {
                try updateUnitDetails(db, unitID: existing, unit, audit: audit, entity: unitEntity(reference, unit.name))
            }
            unitID = existing
        } else {
            unitID = try insertUnit(db, clusterID: reference.clusterID, unit, audit: audit, clusterCode: reference.clusterCode)
        }
        try passRole(db, reference, role, to: unitID, audit: audit)
        let last = try Int.fetchOne(db, sql: "SELECT max(position) FROM membership WHERE clusterYearId = ?", arguments: [reference.id]) ?? 0
        try upsertMembership(db, reference, unitID: unitID, role: role, position: last + 1, eligibility: unit.eligibility, audit: audit)
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
        try write { db in
            if case .anything = expecting {} else if let membership = try Self.membershipRow(db, reference, unitID: unit.id),
                                                     let stored = try Self.storedUnit(db, unitID: unit.id) {
                var current = stored
                current.eligibility = Self.eligibility(membership)
                let entry = RosterEntry(unit: current, role: Membership.Role(rawValue: membership["role"]) ?? .member)
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
        guard let membership = try membershipRow(db, reference, unitID: unit.id), let stored = try storedUnit(db, unitID: unit.id) else {
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
            try db.execute(sql: "UPDATE unit SET name = ? WHERE id = ?", arguments: [unit.name, unit.id])
            try audit.append(db, action: "unit.rename", entity: unitEntity(reference, stored.name), old: stored.name, new: unit.name)
        }
        try updateUnitDetails(db, unitID: unit.id, unit, audit: audit, entity: unitEntity(reference, unit.name))
        let role = (membership["active"] as Bool) ? role : .member
        try passRole(db, reference, role, to: unit.id, audit: audit)
        try upsertMembership(db, reference, unitID: unit.id, role: role, position: membership["position"], eligibility: unit.eligibility,
                             audit: audit)
    }

    /// Takes a unit off this year's roster. A unit with any record this year (a score, an
    /// adjustment, an item note, a vote, a signature, a pledge model, a title registration) is
    /// refused with `StoreError.unitHasRecords`: it can be marked inactive instead. A unit left on
    /// no roster and with no record anywhere is deleted, so its name can be used again. The
    /// remaining members are numbered 1…n.
    public func removeUnit(_ reference: ClusterYearReference, unitID: MemberUnit.ID) throws {
        try write { db in try Self.removeUnit(db, reference, unitID: unitID, audit: audit) }
    }

    static func removeUnit(_ db: Database, _ reference: ClusterYearReference, unitID: MemberUnit.ID, audit: AuditTrail) throws {
        try requireOpen(db, reference)
        let name = try unitName(db, unitID: unitID)
        guard let membership = try membershipRow(db, reference, unitID: unitID) else { throw StoreError.unknownUnit(name: name) }
        if try hasRecords(db, unitID: unitID, yearID: reference.id) { throw StoreError.unitHasRecords(name: name) }
        try db.execute(sql: "DELETE FROM membership WHERE clusterYearId = ? AND unitId = ?", arguments: [reference.id, unitID])
        try audit.append(db, action: "membership.remove", entity: "\(reference.clusterCode)/\(reference.year)/\(name)",
                         old: membershipText(membership), new: nil)
        try renumber(db, reference)
        let onAnyRoster = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM membership WHERE unitId = ?)", arguments: [unitID]) ?? true
        let handedOver = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM headHandover WHERE headUnitId = ?1 OR deputyUnitId = ?1)",
                                           arguments: [unitID]) ?? true
        guard !onAnyRoster, !handedOver, try !hasRecords(db, unitID: unitID, yearID: nil),
              let stored = try storedUnit(db, unitID: unitID) else { return }
        try db.execute(sql: "DELETE FROM unit WHERE id = ?", arguments: [unitID])
        try audit.append(db, action: "unit.delete", entity: unitEntity(reference, name), old: unitDetailsText(stored), new: nil)
    }

    /// Marks a member inactive (or active again) for this year: it keeps all its records but
    /// leaves the ranking and the pledge checklist, and is not copied to the next year. An
    /// inactive head or deputy becomes a member.
    public func setUnitActive(_ reference: ClusterYearReference, unitID: MemberUnit.ID, active: Bool) throws {
        try write { db in try Self.setUnitActive(db, reference, unitID: unitID, active: active, audit: audit) }
    }

    static func setUnitActive(_ db: Database, _ reference: ClusterYearReference, unitID: MemberUnit.ID, active: Bool,
                              audit: AuditTrail) throws {
        try requireOpen(db, reference)
        let name = try unitName(db, unitID: unitID)
        guard let membership = try membershipRow(db, reference, unitID: unitID) else { throw StoreError.unknownUnit(name: name) }
        let wasActive: Bool = membership["active"]
        guard wasActive != active else { return }
        if !active, membership["role"] != Membership.Role.member.rawValue {
            try upsertMembership(db, reference, unitID: unitID, role: .member, position: membership["position"],
                                 eligibility: eligibility(membership), audit: audit)
        }
        try db.execute(sql: "UPDATE membership SET active = ? WHERE clusterYearId = ? AND unitId = ?", arguments: [active, reference.id, unitID])
        let text = { (active: Bool) in active ? "active" : "inactive" }
        try audit.append(db, action: "membership.active", entity: "\(reference.clusterCode)/\(reference.year)/\(name)",
                         old: text(wasActive), new: text(active))
    }

    /// Moves a member up (-1) or down (+1) in the roster order (the order the head role rotates
    /// in), among the members of its kind: an active member passes over inactive ones, which keep
    /// their places. Out of range is a no-op.
    public func moveUnit(_ reference: ClusterYearReference, unitID: MemberUnit.ID, by offset: Int) throws {
        try write { db in try Self.moveUnit(db, reference, unitID: unitID, by: offset, audit: audit) }
    }

    static func moveUnit(_ db: Database, _ reference: ClusterYearReference, unitID: MemberUnit.ID, by offset: Int, audit: AuditTrail) throws {
        try requireOpen(db, reference)
        guard let membership = try membershipRow(db, reference, unitID: unitID) else {
            throw StoreError.unknownUnit(name: try unitName(db, unitID: unitID))
        }
        guard offset != 0 else { return }
        let peersSQL = "SELECT * FROM membership WHERE clusterYearId = ? AND active = ? ORDER BY position, unitId"
        var peers = try Row.fetchAll(db, sql: peersSQL, arguments: [reference.id, membership["active"] as Bool])
        if Set(peers.map { $0["position"] as Int }).count != peers.count {
            // Two members share a place (an old file): number the roster first, or a swap would change nothing.
            try renumber(db, reference)
            peers = try Row.fetchAll(db, sql: peersSQL, arguments: [reference.id, membership["active"] as Bool])
        }
        guard let index = peers.firstIndex(where: { $0["unitId"] == unitID }), peers.indices.contains(index + offset) else { return }
        // The peers keep the places they hold between them; only their order changes.
        let places = peers.map { $0["position"] as Int }
        var reordered = peers
        reordered.insert(reordered.remove(at: index), at: index + offset)
        for (row, position) in zip(reordered, places) where (row["position"] as Int) != position {
            try upsertMembership(db, reference, unitID: row["unitId"], role: Membership.Role(rawValue: row["role"]) ?? .member,
                                 position: position, eligibility: eligibility(row), audit: audit)
        }
    }

    /// Changes a cluster's name, kind and authority; its code never changes. Not tied to a year.
    /// An empty name → `StoreError.clusterNameRequired`.
    public func updateCluster(_ cluster: Cluster, expecting: Expected<Cluster> = .anything) throws {
        try write { db in
            if let row = try Row.fetchOne(db, sql: "SELECT * FROM cluster WHERE code = ?", arguments: [cluster.code]) {
                let stored = Cluster(row: row)
                try Self.require(expecting, stored: stored, db, subject: .cluster(code: cluster.code), entities: ["cluster \(cluster.code)"],
                                 actions: ["cluster.update", "cluster.create"], theirs: { "\($0.name) (\($0.kind.rawValue), \($0.authority))" })
            }
            try Self.updateCluster(db, cluster, audit: audit)
        }
    }

    static func updateCluster(_ db: Database, _ cluster: Cluster, audit: AuditTrail) throws {
        let name = cluster.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw StoreError.clusterNameRequired }
        let id = try clusterID(db, code: cluster.code)
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM cluster WHERE id = ?", arguments: [id]) else { return }
        let old = Cluster(row: row)
        var new = old
        new.name = name
        new.kind = cluster.kind
        new.authority = cluster.authority.trimmingCharacters(in: .whitespacesAndNewlines)
        guard new != old else { return }
        try db.execute(sql: "UPDATE cluster SET name = ?, kind = ?, authority = ? WHERE id = ?",
                       arguments: [new.name, new.kind.rawValue, new.authority, id])
        let describe = { (cluster: Cluster) in "\(cluster.name) (\(cluster.kind.rawValue), \(cluster.authority))" }
        try audit.append(db, action: "cluster.update", entity: "cluster \(cluster.code)", old: describe(old), new: describe(new))
    }
}

// MARK: - Helpers

extension EmulationStore {
    /// The cluster's unit of that name (names compared after trimming), on any year's roster or none.
    static func unitID(_ db: Database, clusterID: Int64, named name: String) throws -> Int64? {
        let wanted = name.trimmingCharacters(in: .whitespacesAndNewlines)
        return try Row.fetchAll(db, sql: "SELECT id, name FROM unit WHERE clusterId = ?", arguments: [clusterID])
            .first { ($0["name"] as String).trimmingCharacters(in: .whitespacesAndNewlines) == wanted }
            .map { $0["id"] }
    }

    /// The one rule for a unit's texts (`TextRule`), whoever enters them: the form, a roster file.
    static func requireValidTexts(_ unit: MemberUnit) throws {
        if let (field, problem) = unit.textProblems.first {
            throw StoreError.invalidUnitText(field: field, value: unit[text: field], problem: problem)
        }
    }

    static func membershipRow(_ db: Database, _ reference: ClusterYearReference, unitID: Int64) throws -> Row? {
        try Row.fetchOne(db, sql: "SELECT * FROM membership WHERE clusterYearId = ? AND unitId = ?", arguments: [reference.id, unitID])
    }

    /// The first closed year whose roster has the unit, if any.
    static func closedYear(_ db: Database, unitID: Int64) throws -> Int? {
        try Int.fetchOne(db, sql: """
            SELECT min(clusterYear.year) FROM membership JOIN clusterYear ON clusterYear.id = membership.clusterYearId
            WHERE membership.unitId = ? AND clusterYear.status = 'closed'
            """, arguments: [unitID])
    }

    static func unitName(_ db: Database, unitID: Int64) throws -> String {
        try String.fetchOne(db, sql: "SELECT name FROM unit WHERE id = ?", arguments: [unitID]) ?? "#\(unitID)"
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
        for holder in try Row.fetchAll(db, sql: "SELECT * FROM membership WHERE clusterYearId = ? AND role = ? AND unitId <> ?",
                                       arguments: [reference.id, role.rawValue, unitID]) {
            try upsertMembership(db, reference, unitID: holder["unitId"], role: .member, position: holder["position"],
                                 eligibility: eligibility(holder), audit: audit)
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
        let units = try Int64.fetchAll(db, sql: "SELECT unitId FROM membership WHERE clusterYearId = ? ORDER BY position, unitId",
                                       arguments: [reference.id])
        for (index, unitID) in units.enumerated() {
            try db.execute(sql: "UPDATE membership SET position = ? WHERE clusterYearId = ? AND unitId = ? AND position <> ?",
                           arguments: [index + 1, reference.id, unitID, index + 1])
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
