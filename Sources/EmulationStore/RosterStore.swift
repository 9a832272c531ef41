import Emulation
import Foundation
import GRDB

extension EmulationStore {
    @discardableResult
    public func createCluster(_ cluster: Cluster) throws -> Int64 {
        try write { db in try Self.insertCluster(db, cluster, audit: audit) }
    }

    static func insertCluster(_ db: Database, _ cluster: Cluster, audit: AuditTrail) throws -> Int64 {
        if try Int64.fetchOne(db, sql: "SELECT id FROM cluster WHERE code = ?", arguments: [cluster.code]) != nil {
            throw StoreError.clusterExists(code: cluster.code)
        }
        try db.execute(sql: "INSERT INTO cluster (code, name, kind, authority) VALUES (?, ?, ?, ?)",
                       arguments: [cluster.code, cluster.name, cluster.kind.rawValue, cluster.authority])
        let id = db.lastInsertedRowID
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
        return try write { db in
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
        return try write { db in
            try Self.insertYear(db, clusterCode: clusterCode, year: year, tree: tree, rules: rules, note: note, audit: audit)
        }
    }

    static func insertYear(_ db: Database, clusterCode: String, year: Int, tree: CriteriaTree, rules: RuleSet, note: String,
                           audit: AuditTrail) throws -> ClusterYearReference {
        let clusterID = try Self.clusterID(db, code: clusterCode)
        if try Int64.fetchOne(db, sql: "SELECT id FROM clusterYear WHERE clusterId = ? AND year = ?", arguments: [clusterID, year]) != nil {
            throw StoreError.yearExists(cluster: clusterCode, year: year)
        }
        let rulesJSON = String(decoding: try JSONEncoder().encode(rules), as: UTF8.self)
        try db.execute(sql: "INSERT INTO clusterYear (clusterId, year, status, rules, note) VALUES (?, ?, 'pledge', ?, ?)",
                       arguments: [clusterID, year, rulesJSON, note])
        let yearID = db.lastInsertedRowID
        var position = 0
        func insert(_ node: Criterion, parent: Int64?) throws {
            position += 1
            try db.execute(sql: """
                INSERT INTO criterion (clusterYearId, parentId, code, title, maxHundredths, position) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [yearID, parent, node.code, node.title, node.maximum.hundredths, position])
            let id = db.lastInsertedRowID
            for child in node.children { try insert(child, parent: id) }
        }
        for major in tree.majors { try insert(major, parent: nil) }
        try audit.append(db, action: "year.create", entity: "\(clusterCode)/\(year)", old: nil,
                         new: "\(tree.items.count) items, \(DecimalText.format(tree.total)) points", reason: note)
        return ClusterYearReference(id: yearID, clusterID: clusterID, clusterCode: clusterCode, year: year, status: .pledge)
    }

    public func setStatus(_ reference: ClusterYearReference, to status: ClusterYearStatus, reason: String = "") throws {
        try write { db in try Self.setStatus(db, reference, to: status, reason: reason, audit: audit) }
    }

    static func setStatus(_ db: Database, _ reference: ClusterYearReference, to status: ClusterYearStatus, reason: String = "", audit: AuditTrail) throws {
        let old = try String.fetchOne(db, sql: "SELECT status FROM clusterYear WHERE id = ?", arguments: [reference.id])
        guard old != status.rawValue else { return }
        try db.execute(sql: "UPDATE clusterYear SET status = ? WHERE id = ?", arguments: [status.rawValue, reference.id])
        try audit.append(db, action: "year.status", entity: "\(reference.clusterCode)/\(reference.year)",
                         old: old, new: status.rawValue, reason: reason)
    }

    static func insertUnit(_ db: Database, clusterID: Int64, _ unit: MemberUnit, audit: AuditTrail, clusterCode: String) throws -> Int64 {
        if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM unit WHERE clusterId = ? AND name = ?", arguments: [clusterID, unit.name]) {
            return existing
        }
        try db.execute(sql: """
            INSERT INTO unit (clusterId, name, shortName, kind, leader, leaderPosition, womenMajority) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [clusterID, unit.name, unit.shortName, unit.kind, unit.leader, unit.leaderPosition, unit.womenMajority])
        let id = db.lastInsertedRowID
        try audit.append(db, action: "unit.create", entity: "\(clusterCode)/unit \(unit.name)", old: nil,
                         new: [unit.shortName, unit.kind, unit.leader, unit.leaderPosition, unit.womenMajority ? "nữ ≥70%" : ""].joined(separator: "|"))
        return id
    }

    /// Puts a unit on a year's roster (or updates its role, position and eligibility there).
    public func setMembership(_ reference: ClusterYearReference, unitID: Int64, role: Membership.Role, position: Int,
                              eligibility: Eligibility = .eligible) throws {
        try write { db in
            try Self.requireOpen(db, reference)
            try Self.upsertMembership(db, reference, unitID: unitID, role: role, position: position, eligibility: eligibility, audit: audit)
        }
    }

    static func upsertMembership(_ db: Database, _ reference: ClusterYearReference, unitID: Int64, role: Membership.Role,
                                 position: Int, eligibility: Eligibility, audit: AuditTrail) throws {
        let (cause, note): (String?, String) = {
            switch eligibility {
            case .eligible: return (nil, "")
            case .ineligible(let cause, let note): return (cause.rawValue, note)
            }
        }()
        let old = try Row.fetchOne(db, sql: "SELECT role, position, ineligibleCause, ineligibleNote FROM membership WHERE clusterYearId = ? AND unitId = ?",
                                   arguments: [reference.id, unitID])
        let newText = membershipText(role: role.rawValue, position: position, cause: cause, note: note)
        let oldText = old.map(membershipText)
        guard oldText != newText else { return }
        try db.execute(sql: """
            INSERT INTO membership (clusterYearId, unitId, role, position, ineligibleCause, ineligibleNote) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (clusterYearId, unitId) DO UPDATE SET role = excluded.role, position = excluded.position,
                ineligibleCause = excluded.ineligibleCause, ineligibleNote = excluded.ineligibleNote
            """, arguments: [reference.id, unitID, role.rawValue, position, cause, note])
        let name = try String.fetchOne(db, sql: "SELECT name FROM unit WHERE id = ?", arguments: [unitID]) ?? "#\(unitID)"
        try audit.append(db, action: "membership.set", entity: "\(reference.clusterCode)/\(reference.year)/\(name)", old: oldText, new: newText)
    }

    /// How the audit shows a membership: "head #1", "member #4 ineligible:discipline …".
    static func membershipText(role: String, position: Int, cause: String?, note: String) -> String {
        "\(role) #\(position)" + (cause.map { " ineligible:\($0) \(note)" } ?? "")
    }

    static func membershipText(_ row: Row) -> String {
        membershipText(role: row["role"], position: row["position"], cause: row["ineligibleCause"], note: row["ineligibleNote"])
    }

    /// Records who takes the head and deputy roles for `forYear`, and how they were chosen.
    public func recordHandover(clusterCode: String, forYear: Int, head: Int64, deputy: Int64?, method: String, date: CalendarDate) throws {
        try write { db in try Self.recordHandover(db, clusterCode: clusterCode, forYear: forYear, head: head, deputy: deputy, method: method, date: date, audit: audit) }
    }

    static func recordHandover(_ db: Database, clusterCode: String, forYear: Int, head: Int64, deputy: Int64?, method: String, date: CalendarDate, audit: AuditTrail) throws {
        let clusterID = try Self.clusterID(db, code: clusterCode)
        // The hand-over is decided in the year that ends: once that year is closed, it is history.
        if try String.fetchOne(db, sql: "SELECT status FROM clusterYear WHERE clusterId = ? AND year = ?", arguments: [clusterID, forYear - 1])
            == ClusterYearStatus.closed.rawValue {
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
        let old = try Row.fetchOne(db, sql: "SELECT * FROM headHandover WHERE clusterId = ? AND forYear = ?", arguments: [clusterID, forYear])
            .map { row -> String in
                "head #\(row["headUnitId"] as Int64) deputy \((row["deputyUnitId"] as Int64?).map { "#\($0)" } ?? "-") \(row["method"] as String) \(row["date"] as String)"
            }
        try db.execute(sql: """
            INSERT INTO headHandover (clusterId, forYear, headUnitId, deputyUnitId, method, date) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (clusterId, forYear) DO UPDATE SET headUnitId = excluded.headUnitId, deputyUnitId = excluded.deputyUnitId,
                method = excluded.method, date = excluded.date
            """, arguments: [clusterID, forYear, head, deputy, method, date.iso])
        try audit.append(db, action: "handover.record", entity: "\(clusterCode)/\(forYear)", old: old,
                         new: "head #\(head) deputy \(deputy.map { "#\($0)" } ?? "-") \(method) \(date.iso)")
        // Recorded after the next year was opened: its roles follow, unless it is already closed.
        if let next = try? Self.clusterYear(db, code: clusterCode, year: forYear) {
            try Self.requireOpen(db, next)
            for (unitID, role) in [(head, Membership.Role.head)] + (deputy.map { [($0, Membership.Role.deputy)] } ?? []) {
                guard let membership = try membershipRow(db, next, unitID: unitID), membership["active"] as Bool else { continue }
                try passRole(db, next, role, to: unitID, audit: audit)
                try upsertMembership(db, next, unitID: unitID, role: role, position: membership["position"],
                                     eligibility: eligibility(membership), audit: audit)
            }
        }
    }
}
