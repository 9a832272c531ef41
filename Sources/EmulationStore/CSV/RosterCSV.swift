import Emulation
import GRDB
import Foundation

/// The roster of a cluster-year as CSV, one unit a line in roster order:
/// `name` (required), `short_name`, `kind`, `leader`, `leader_position`, `women_70`, `role`,
/// `ineligible`, `ineligible_note`.
public enum RosterCSV {
    public static let header = ["name", "short_name", "kind", "leader", "leader_position", "women_70", "role", "ineligible", "ineligible_note"]
    static let roles = Membership.Role.allCases.map(\.rawValue)
    static let causes = Eligibility.Cause.allCases.map(\.rawValue)

    public static func export(_ snapshot: YearSnapshot) -> String {
        let rows = zip(snapshot.units, snapshot.memberships).map { unit, membership -> [String] in
            let (cause, note): (String, String) = {
                switch unit.eligibility {
                case .eligible: return ("", "")
                case .ineligible(let cause, let note): return (cause.rawValue, note)
                }
            }()
            return [unit.name, unit.shortName, unit.kind, unit.leader, unit.leaderPosition, unit.womenMajority ? "1" : "0",
                    membership.role.rawValue, cause, note]
        }
        return CSVOutput.render(header: header, rows: rows)
    }

    public struct Row: Sendable {
        public var unit: MemberUnit
        public var role: Membership.Role
    }

    public static func parse(data: Data, file: String) -> Result<[Row], StoreError> {
        let table: CSVTable
        switch CSVTable.read(data: data, file: file) {
        case .success(let read): table = read
        case .failure(let issue): return .failure(.importFailed([issue]))
        }
        var issues: [ImportIssue] = []
        func issue(_ line: Int, _ column: Int, _ field: String, _ value: String, _ problem: ImportIssue.Problem) {
            issues.append(ImportIssue(file: file, line: line, column: column, field: field, value: value, problem: problem))
        }
        let (columnOf, headerIssues) = table.columns(allowed: header, required: ["name"])
        guard headerIssues.isEmpty else { return .failure(.importFailed(headerIssues)) }

        var rows: [Row] = []
        var firstLine: [String: Int] = [:]
        for row in table.rows {
            if let problem = table.fieldCountIssue(line: row.line, fields: row.fields) {
                issues.append(problem)
                continue
            }
            func field(_ name: String) -> (value: String, column: Int) {
                guard let index = columnOf[name] else { return ("", 0) }
                return (row.fields[index].trimmingCharacters(in: .whitespaces), index + 1)
            }
            let name = field("name")
            if name.value.isEmpty { issue(row.line, name.column, "name", "", .requiredValueMissing); continue }
            let key = VietnameseFolding.fold(name.value)
            if let first = firstLine[key] { issue(row.line, name.column, "name", name.value, .duplicateUnit(firstLine: first)); continue }
            firstLine[key] = row.line

            let women = field("women_70")
            let womenMajority: Bool
            switch VietnameseFolding.fold(women.value) {
            case "", "0", "no", "khong", "false": womenMajority = false
            case "1", "x", "yes", "co", "true": womenMajority = true
            default:
                issue(row.line, women.column, "women_70", women.value, .invalidValue(allowed: ["0", "1"]))
                womenMajority = false
            }
            let roleField = field("role")
            let role = roleField.value.isEmpty ? .member : Membership.Role(rawValue: roleField.value.lowercased())
            if role == nil { issue(row.line, roleField.column, "role", roleField.value, .invalidValue(allowed: roles)) }
            let causeField = field("ineligible")
            var eligibility = Eligibility.eligible
            if !causeField.value.isEmpty {
                if let cause = Eligibility.Cause(rawValue: causeField.value.lowercased()) {
                    eligibility = .ineligible(cause, note: field("ineligible_note").value)
                } else {
                    issue(row.line, causeField.column, "ineligible", causeField.value, .invalidValue(allowed: causes))
                }
            }
            rows.append(Row(unit: MemberUnit(id: 0, name: name.value, shortName: field("short_name").value, kind: field("kind").value,
                                             leader: field("leader").value, leaderPosition: field("leader_position").value,
                                             womenMajority: womenMajority, eligibility: eligibility),
                            role: role ?? .member))
        }
        return issues.isEmpty ? .success(rows) : .failure(.importFailed(issues))
    }
}

extension EmulationStore {
    /// Adds or updates the units of a roster file and puts them on the year's roster in file
    /// order, all in one transaction.
    public func importRoster(_ reference: ClusterYearReference, rows: [RosterCSV.Row]) throws {
        try write { db in
            try Self.requireOpen(db, reference)
            var position = try Int.fetchOne(db, sql: "SELECT max(position) FROM membership WHERE clusterYearId = ?", arguments: [reference.id]) ?? 0
            for row in rows {
                let unitID = try Self.insertUnit(db, clusterID: reference.clusterID, row.unit, audit: audit, clusterCode: reference.clusterCode)
                try Self.updateUnitDetails(db, unitID: unitID, row.unit, audit: audit, entity: "\(reference.clusterCode)/unit \(row.unit.name)")
                let existing = try Int.fetchOne(db, sql: "SELECT position FROM membership WHERE clusterYearId = ? AND unitId = ?",
                                                arguments: [reference.id, unitID])
                if existing == nil { position += 1 }
                try Self.upsertMembership(db, reference, unitID: unitID, role: row.role, position: existing ?? position,
                                          eligibility: row.unit.eligibility, audit: audit)
            }
        }
    }

    static func updateUnitDetails(_ db: Database, unitID: Int64, _ unit: MemberUnit, audit: AuditTrail, entity: String) throws {
        let describe = { (u: MemberUnit) in [u.shortName, u.kind, u.leader, u.leaderPosition, u.womenMajority ? "nữ ≥70%" : ""].joined(separator: "|") }
        guard let row = try GRDB.Row.fetchOne(db, sql: "SELECT * FROM unit WHERE id = ?", arguments: [unitID]) else { return }
        let old = MemberUnit(id: unitID, name: row["name"], shortName: row["shortName"], kind: row["kind"], leader: row["leader"],
                             leaderPosition: row["leaderPosition"], womenMajority: row["womenMajority"])
        guard describe(old) != describe(unit) else { return }
        try db.execute(sql: "UPDATE unit SET shortName = ?, kind = ?, leader = ?, leaderPosition = ?, womenMajority = ? WHERE id = ?",
                       arguments: [unit.shortName, unit.kind, unit.leader, unit.leaderPosition, unit.womenMajority, unitID])
        try audit.append(db, action: "unit.update", entity: entity, old: describe(old), new: describe(unit))
    }
}
