import Emulation
import Foundation
import GRDB

extension EmulationStore {
    @discardableResult
    public func createCluster(_ cluster: Cluster) throws -> Int64 {
        try write(.createCluster, in: nil) { db in try Self.insertCluster(db, cluster, audit: audit) }
    }

    static func insertCluster(_ db: Database, _ cluster: Cluster, audit: AuditTrail) throws -> Int64 {
        if try !StoredCluster.filter({ $0.code == cluster.code }).isEmpty(db) {
            throw StoreError.clusterExists(code: cluster.code)
        }
        let id = try StoredCluster(cluster).insertRow(db)
        try audit.append(db, action: "cluster.create", entity: "cluster \(cluster.code)", old: nil,
                         new: "\(cluster.name) (\(cluster.kind.rawValue), \(cluster.authority))")
        return id
    }

    /// A new cluster and its first year, in one transaction: never a cluster without a year.
    @discardableResult
    public func createClusterWithYear(_ cluster: Cluster, year: Int, tree: CriteriaTree = .standard, rules: RuleSet = .standard) throws -> ClusterYearReference {
        guard (1945...2200).contains(year) else { throw StoreError.invalidYear(year) }
        let problems = tree.problems()
        if !problems.isEmpty { throw StoreError.invalidCriteria(problems) }
        return try write(.createCluster, in: nil) { db in
            _ = try Self.insertCluster(db, cluster, audit: audit)
            return try Self.insertYear(db, clusterCode: cluster.code, year: year, tree: tree, rules: rules, note: "", audit: audit)
        }
    }

    /// Opens a cluster-year with its grid and rule set, at the pledge stage.
    @discardableResult
    public func createYear(clusterCode: String, year: Int, tree: CriteriaTree = .standard, rules: RuleSet = .standard,
                           note: String = "") throws -> ClusterYearReference {
        guard (1945...2200).contains(year) else { throw StoreError.invalidYear(year) }
        let problems = tree.problems()
        if !problems.isEmpty { throw StoreError.invalidCriteria(problems) }
        return try write(.openYear, in: clusterCode) { db in
            try Self.insertYear(db, clusterCode: clusterCode, year: year, tree: tree, rules: rules, note: note, audit: audit)
        }
    }

    static func insertYear(_ db: Database, clusterCode: String, year: Int, tree: CriteriaTree, rules: RuleSet, note: String,
                           audit: AuditTrail) throws -> ClusterYearReference {
        let clusterID = try Self.clusterID(db, code: clusterCode)
        if try !StoredClusterYear.filter({ $0.clusterId == clusterID && $0.year == year }).isEmpty(db) {
            throw StoreError.yearExists(cluster: clusterCode, year: year)
        }
        let yearID = try StoredClusterYear(clusterID: clusterID, year: year, rules: rules, note: note).insertRow(db)
        var position = 0
        func insert(_ node: Criterion, parent: Int64?) throws {
            position += 1
            let id = try StoredCriterion(clusterYearID: yearID, parentID: parent, node, position: position).insertRow(db)
            for child in node.children { try insert(child, parent: id) }
        }
        for major in tree.majors { try insert(major, parent: nil) }
        try audit.append(db, action: "year.create", entity: "\(clusterCode)/\(year)", old: nil,
                         new: "\(tree.items.count) items, \(DecimalText.format(tree.total)) points", reason: note)
        return ClusterYearReference(id: yearID, clusterID: clusterID, clusterCode: clusterCode, year: year, status: .pledge)
    }

    public func setStatus(_ reference: ClusterYearReference, to status: ClusterYearStatus, reason: String = "") throws {
        try write(.changeStage, in: reference.clusterCode) { db in
            // Out of a closed year is a reopening: the province's to decide.
            if try StoredClusterYear.required(db, id: reference.id).status == .closed { try authorize(db, .reopenYear, in: reference.clusterCode) }
            try Self.setStatus(db, reference, to: status, reason: reason, audit: audit)
        }
    }

    static func setStatus(_ db: Database, _ reference: ClusterYearReference, to status: ClusterYearStatus, reason: String = "", audit: AuditTrail) throws {
        var year = try StoredClusterYear.required(db, id: reference.id)
        let old = year.status
        guard old != status else { return }
        year.status = status
        try year.update(db)
        try audit.append(db, action: "year.status", entity: "\(reference.clusterCode)/\(reference.year)",
                         old: old.rawValue, new: status.rawValue, reason: reason)
    }

    static func insertUnit(_ db: Database, clusterID: Int64, _ unit: MemberUnit, audit: AuditTrail, clusterCode: String) throws -> Int64 {
        if let existing = try StoredUnit.find(db, key: ["clusterId": clusterID, "name": unit.name]) {
            return existing.rowID
        }
        let id = try StoredUnit(clusterID: clusterID, unit).insertRow(db)
        try audit.append(db, action: "unit.create", entity: "\(clusterCode)/unit \(unit.name)", old: nil,
                         new: [unit.shortName, unit.kind, unit.leader, unit.leaderPosition, unit.womenMajority ? "nữ ≥70%" : ""].joined(separator: "|"))
        return id
    }

    /// Puts a unit on a year's roster (or updates its role, position and eligibility there).
    public func setMembership(_ reference: ClusterYearReference, unitID: Int64, role: Membership.Role, position: Int,
                              eligibility: Eligibility = .eligible) throws {
        try write(.editRoster, in: reference.clusterCode) { db in
            try Self.requireOpen(db, reference)
            try Self.upsertMembership(db, reference, unitID: unitID, role: role, position: position, eligibility: eligibility, audit: audit)
        }
    }

    static func upsertMembership(_ db: Database, _ reference: ClusterYearReference, unitID: Int64, role: Membership.Role,
                                 position: Int, eligibility: Eligibility, audit: AuditTrail) throws {
        let old = try membership(db, reference, unitID: unitID)
        // A unit new to the roster works this year; one already on it keeps whether it does.
        var new = old ?? StoredMembership(clusterYearID: reference.id, unitID: unitID, role: role, position: position, eligibility: eligibility)
        new.role = role
        new.position = position
        new.eligibility = eligibility
        guard old?.auditText != new.auditText else { return }
        try new.upsert(db)
        try audit.append(db, action: "membership.set", entity: "\(reference.clusterCode)/\(reference.year)/\(try unitName(db, unitID: unitID))",
                         old: old?.auditText, new: new.auditText)
    }

    /// Records who takes the head and deputy roles for `forYear`, and how they were chosen.
    /// `method` is a `Handover.Method` raw value; any other is refused, as the schema would.
    public func recordHandover(clusterCode: String, forYear: Int, head: Int64, deputy: Int64?, method: String, date: CalendarDate) throws {
        guard let method = Handover.Method(rawValue: method) else {
            throw StoreError.refused(message: "headHandover.method: \(method) (\(Handover.Method.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        try write(.recordHandover, in: clusterCode) { db in try Self.recordHandover(db, clusterCode: clusterCode, forYear: forYear, head: head, deputy: deputy, method: method, date: date, audit: audit) }
    }

    static func recordHandover(_ db: Database, clusterCode: String, forYear: Int, head: Int64, deputy: Int64?, method: Handover.Method,
                               date: CalendarDate, audit: AuditTrail) throws {
        let clusterID = try Self.clusterID(db, code: clusterCode)
        // The hand-over is decided in the year that ends: once that year is closed, it is history.
        if try StoredClusterYear.filter({ $0.clusterId == clusterID && $0.year == forYear - 1 }).fetchOne(db)?.status == .closed {
            throw StoreError.yearClosed(cluster: clusterCode, year: forYear - 1)
        }
        // A unit ineligible in the year that ends may not take either role (DOMAIN.md, Eligibility).
        for unitID in [head] + (deputy.map { [$0] } ?? []) {
            if try String.fetchOne(db, sql: """
                SELECT membership.ineligibleCause FROM membership JOIN clusterYear ON clusterYear.id = membership.clusterYearId
                WHERE clusterYear.clusterId = ? AND clusterYear.year = ? AND membership.unitId = ?
                """, arguments: [clusterID, forYear - 1, unitID]) != nil {
                throw StoreError.ineligibleForRole(name: try unitName(db, unitID: unitID))
            }
        }
        let old = try StoredHandover.of(clusterID: clusterID, forYear: forYear).fetchOne(db)
        var new = old ?? StoredHandover(id: nil, clusterId: clusterID, forYear: forYear, headUnitId: head, deputyUnitId: deputy, method: method,
                                        date: StoredDate(date))
        (new.headUnitId, new.deputyUnitId, new.method, new.date) = (head, deputy, method, StoredDate(date))
        try new.save(db)
        try audit.append(db, action: "handover.record", entity: "\(clusterCode)/\(forYear)", old: old?.auditText, new: new.auditText)
        // Recorded after the next year was opened: its roles follow, unless it is already closed.
        if let next = try Self.clusterYearIfAny(db, code: clusterCode, year: forYear) {
            try Self.requireOpen(db, next)
            for (unitID, role) in [(head, Membership.Role.head)] + (deputy.map { [($0, Membership.Role.deputy)] } ?? []) {
                guard let membership = try membership(db, next, unitID: unitID), membership.active else { continue }
                try passRole(db, next, role, to: unitID, audit: audit)
                try upsertMembership(db, next, unitID: unitID, role: role, position: membership.position, eligibility: membership.eligibility,
                                     audit: audit)
            }
        }
    }
}
