import Emulation
import GRDB
import Foundation

/// The roster of a cluster-year as CSV, one unit a line in roster order:
/// `name` (required), `short_name`, `kind`, `leader`, `leader_position`, `women_70`, `role`,
/// `ineligible`, `ineligible_note`, `registered` (the titles registered in the pledge, award
/// codes separated by ";").
public enum RosterCSV {
    public static let header = ["name", "short_name", "kind", "leader", "leader_position", "women_70", "role", "ineligible", "ineligible_note",
                                "registered"]
    static let roles = Membership.Role.allCases.map(\.rawValue)
    static let causes = Eligibility.Cause.allCases.map(\.rawValue)
    static let textColumns: [MemberUnit.TextField: String] = [
        .name: "name", .shortName: "short_name", .kind: "kind", .leader: "leader", .leaderPosition: "leader_position",
    ]

    public static func table(_ snapshot: YearSnapshot) -> FileTable {
        let rows = zip(snapshot.units, snapshot.memberships).map { unit, membership -> [FileTable.Cell] in
            let (cause, note): (String, String) = {
                switch unit.eligibility {
                case .eligible: return ("", "")
                case .ineligible(let cause, let note): return (cause.rawValue, note)
                }
            }()
            let registered = snapshot.rules.awards.map(\.code).filter { snapshot.pledge.registrations[unit.id]?.contains($0) ?? false }
            return [unit.name, unit.shortName, unit.kind, unit.leader, unit.leaderPosition, unit.womenMajority ? "1" : "0",
                    membership.role.rawValue, cause, note, registered.joined(separator: ";")].map { $0.isEmpty ? .empty : .text($0) }
        }
        return FileTable(header: header, rows: rows)
    }

    public static func export(_ snapshot: YearSnapshot, style: CSVStyle = .plain) -> String {
        CSVOutput.render(table(snapshot), style: style)
    }

    public struct Row: Sendable {
        public var unit: MemberUnit
        public var role: Membership.Role
        /// The columns the file has: a unit already on the roster keeps what the file does not give.
        public var columns: Set<String>
        /// The titles registered in the pledge (award codes), when the file has the column.
        public var registrations: Set<String>?
    }

    /// `awards`: the codes of the year's awards, which the `registered` column may name.
    public static func parse(data: Data, file: String, sheet: String? = nil, awards: [String] = RuleSet.standard.awards.map(\.code)) -> Result<[Row], StoreError> {
        let table: ImportTable
        switch ImportTable.read(data: data, file: file, sheet: sheet, headerKey: "name") {
        case .success(let read): table = read
        case .failure(let issue): return .failure(.importFailed([issue]))
        }
        var issues = ImportIssues(table)
        let (columnOf, headerIssues) = table.columns(allowed: header, required: ["name"])
        guard headerIssues.isEmpty else { return .failure(.importFailed(headerIssues)) }

        var rows: [Row] = []
        var firstLine: [String: Int] = [:]
        var roleLines: [Membership.Role: Int] = [:]
        let present = Set(columnOf.keys)
        for row in table.rows {
            let rowIssues = table.rowIssues(row)
            if !rowIssues.isEmpty {
                rowIssues.forEach { issues.add($0) }
                continue
            }
            func field(_ name: String) -> (value: String, column: Int) {
                guard let index = columnOf[name] else { return ("", 0) }
                return (row.fields[index].trimmingWhitespaces(), index + 1)
            }
            let name = field("name")
            if name.value.isEmpty { issues.add(row.line, name.column, "name", "", .requiredValueMissing); continue }
            let key = VietnameseFolding.fold(name.value)
            if let first = firstLine[key] { issues.add(row.line, name.column, "name", name.value, .duplicateUnit(firstLine: first)); continue }
            firstLine[key] = row.line

            let women = field("women_70")
            let womenMajority: Bool
            switch VietnameseFolding.fold(women.value) {
            case "", "0", "no", "khong", "false": womenMajority = false
            case "1", "x", "yes", "co", "true": womenMajority = true
            default:
                issues.add(row.line, women.column, "women_70", women.value, .invalidValue(allowed: ["0", "1"]))
                womenMajority = false
            }
            let roleField = field("role")
            let role = roleField.value.isEmpty ? .member : Membership.Role(rawValue: roleField.value.lowercased())
            if role == nil { issues.add(row.line, roleField.column, "role", roleField.value, .invalidValue(allowed: roles)) }
            // One head and one deputy: a second one is a mistake, not a change of role.
            if let role, role != .member {
                if let first = roleLines[role] { issues.add(row.line, roleField.column, "role", roleField.value, .duplicateRole(firstLine: first)) }
                else { roleLines[role] = row.line }
            }
            let causeField = field("ineligible")
            var eligibility = Eligibility.eligible
            if !causeField.value.isEmpty {
                if let cause = Eligibility.Cause(rawValue: causeField.value.lowercased()) {
                    eligibility = .ineligible(cause, note: field("ineligible_note").value)
                } else {
                    issues.add(row.line, causeField.column, "ineligible", causeField.value, .invalidValue(allowed: causes))
                }
            }
            let unit = MemberUnit(id: 0, name: name.value, shortName: field("short_name").value, kind: field("kind").value,
                                  leader: field("leader").value, leaderPosition: field("leader_position").value,
                                  womenMajority: womenMajority, eligibility: eligibility)
            // The store's rule for a unit's texts, reported where the file has them.
            for (textField, problem) in unit.textProblems {
                let column = textColumns[textField]!
                issues.add(row.line, field(column).column, column, unit[text: textField], .text(problem))
            }
            var registrations: Set<String>?
            if present.contains("registered") {
                let registered = field("registered")
                let codes = registered.value.lowercased().split(whereSeparator: { $0 == ";" || $0 == "," || $0.isWhitespace }).map(String.init)
                if let unknown = codes.first(where: { !awards.contains($0) }) {
                    issues.add(row.line, registered.column, "registered", unknown, .invalidValue(allowed: awards))
                }
                registrations = Set(codes)
            }
            rows.append(Row(unit: unit, role: role ?? .member, columns: present, registrations: registrations))
        }
        return issues.isEmpty ? .success(rows) : .failure(.importFailed(issues.all))
    }
}

extension EmulationStore {
    /// Adds or updates the units of a roster file and puts them on the year's roster in file
    /// order, all in one transaction. Returns what was added and changed, counted in it.
    @discardableResult
    public func importRoster(_ reference: ClusterYearReference, rows: [RosterCSV.Row]) throws -> RosterImportSummary {
        try write(.editRoster, in: reference.clusterCode) { db in
            try Self.requireOpen(db, reference)
            for row in rows { try Self.requireValidTexts(row.unit) }
            var position = try Self.lastPosition(db, reference)
            // Units are matched as the grid import matches them: exactly, or ignoring diacritics
            // and case, so "Me Linh" updates Mê Linh instead of adding a second unit.
            var known: [String: Int64] = [:]
            for unit in try StoredUnit.filter({ $0.clusterId == reference.clusterID }).fetchAll(db) {
                known[VietnameseFolding.fold(unit.name)] = unit.rowID
            }
            let before = try rows.map { row in try known[VietnameseFolding.fold(row.unit.name)].flatMap { try Self.rosterState(db, reference, unitID: $0) } }
            var unitIDs: [Int64] = []
            for row in rows {
                let key = VietnameseFolding.fold(row.unit.name)
                let existingUnit = known[key]
                let unitID = try existingUnit ?? Self.insertUnit(db, clusterID: reference.clusterID, row.unit, audit: audit, clusterCode: reference.clusterCode)
                known[key] = unitID
                unitIDs.append(unitID)
                let membership = try Self.membership(db, reference, unitID: unitID)
                var unit = row.unit
                if existingUnit != nil, let stored = try Self.storedUnit(db, unitID: unitID) {
                    unit = stored.merged(with: row.unit, columns: row.columns)
                    try Self.updateUnitDetails(db, unitID: unitID, unit, audit: audit, entity: "\(reference.clusterCode)/unit \(stored.name)")
                }
                let storedRole = membership?.role
                let role = row.columns.contains("role") ? row.role : (storedRole ?? .member)
                if role != storedRole {
                    // The role passes to this unit: whoever held it becomes a member.
                    try Self.passRole(db, reference, role, to: unitID, audit: audit)
                }
                let eligibility = row.columns.contains("ineligible") ? row.unit.eligibility : (membership?.eligibility ?? .eligible)
                let existingPosition = membership?.position
                if existingPosition == nil { position += 1 }
                try Self.upsertMembership(db, reference, unitID: unitID, role: role, position: existingPosition ?? position,
                                          eligibility: eligibility, audit: audit)
                if let registrations = row.registrations,
                   try Set(StoredTitleRegistration.of(reference.id, unitID: unitID).fetchAll(db).map(\.award)) != registrations {
                    // A unit's registrations are its clerk's (or the admin's), even in the secretary's roster.
                    try authorize(db, .unitPledge(unit: unitID), in: reference.clusterCode)
                    try Self.setRegistrations(db, reference, unitID: unitID, awards: registrations, audit: audit)
                }
            }
            var summary = RosterImportSummary()
            for (old, unitID) in zip(before, unitIDs) {
                if old == nil { summary.added += 1 }
                else if try Self.rosterState(db, reference, unitID: unitID) != old { summary.changed += 1 }
                else { summary.unchanged += 1 }
            }
            return summary
        }
    }

    /// A unit's details and its place on this year's roster (role, eligibility), as one text to
    /// compare before and after an import; nil when it is not on the roster.
    static func rosterState(_ db: Database, _ reference: ClusterYearReference, unitID: Int64) throws -> String? {
        guard let membership = try membership(db, reference, unitID: unitID), let unit = try storedUnit(db, unitID: unitID) else { return nil }
        let registered = try StoredTitleRegistration.of(reference.id, unitID: unitID).fetchAll(db).map(\.award).sorted()
        return [unit.name, unitDetailsText(unit), membership.role.rawValue, membership.ineligibleCause?.rawValue ?? "", membership.ineligibleNote,
                registered.joined(separator: ";")].joined(separator: "|")
    }

    static func storedUnit(_ db: Database, unitID: Int64) throws -> MemberUnit? {
        try StoredUnit.find(db, id: unitID)?.unit
    }

    /// The one place a unit's details change (form, roster file, re-adding): a unit on a closed
    /// year's roster keeps its women ≥70% flag, a tie-break of that year's ranking.
    static func updateUnitDetails(_ db: Database, unitID: Int64, _ unit: MemberUnit, audit: AuditTrail, entity: String) throws {
        guard let old = try storedUnit(db, unitID: unitID) else { return }
        let describe = unitDetailsText
        guard describe(old) != describe(unit) else { return }
        if old.womenMajority != unit.womenMajority, let closed = try closedYear(db, unitID: unitID) {
            throw StoreError.unitInClosedYear(name: old.name, year: closed)
        }
        var row = try StoredUnit.required(db, id: unitID)
        row.setDetails(of: unit)
        try row.update(db)
        try audit.append(db, action: "unit.update", entity: entity, old: describe(old), new: describe(unit))
    }
}

extension MemberUnit {
    /// This unit with the fields a roster file gives (its columns) taken from `incoming`.
    func merged(with incoming: MemberUnit, columns: Set<String>) -> MemberUnit {
        var unit = self
        if columns.contains("short_name") { unit.shortName = incoming.shortName }
        if columns.contains("kind") { unit.kind = incoming.kind }
        if columns.contains("leader") { unit.leader = incoming.leader }
        if columns.contains("leader_position") { unit.leaderPosition = incoming.leaderPosition }
        if columns.contains("women_70") { unit.womenMajority = incoming.womenMajority }
        return unit
    }
}
