import Emulation
import Foundation
import GRDB

extension EmulationStore {
    public func snapshot(code: String, year: Int) throws -> YearSnapshot {
        try read { db in
            let reference = try Self.clusterYear(db, code: code, year: year)
            return try Self.snapshot(db, reference)
        }
    }

    static func snapshot(_ db: Database, _ reference: ClusterYearReference) throws -> YearSnapshot {
        let cluster = try Cluster(row: Row.fetchOne(db, sql: "SELECT * FROM cluster WHERE id = ?", arguments: [reference.clusterID])!)
        let yearRow = try Row.fetchOne(db, sql: "SELECT note, criteriaUnlocked FROM clusterYear WHERE id = ?", arguments: [reference.id])!
        let rules = try loadRules(db, yearID: reference.id)
        let tree = try loadTree(db, yearID: reference.id)

        var units: [MemberUnit] = []
        var memberships: [Membership] = []
        var inactiveUnits: [MemberUnit] = []
        let rows = try Row.fetchAll(db, sql: """
            SELECT unit.*, membership.role, membership.position, membership.ineligibleCause, membership.ineligibleNote,
                membership.active AS memberActive
            FROM membership JOIN unit ON unit.id = membership.unitId
            WHERE membership.clusterYearId = ? ORDER BY membership.position, unit.id
            """, arguments: [reference.id])
        for row in rows {
            let eligibility: Eligibility = (row["ineligibleCause"] as String?).flatMap(Eligibility.Cause.init(rawValue:))
                .map { .ineligible($0, note: row["ineligibleNote"]) } ?? .eligible
            let unit = MemberUnit(id: row["id"], name: row["name"], shortName: row["shortName"], kind: row["kind"],
                                  leader: row["leader"], leaderPosition: row["leaderPosition"],
                                  womenMajority: row["womenMajority"], eligibility: eligibility)
            guard row["memberActive"] as Bool else {
                inactiveUnits.append(unit)
                continue
            }
            units.append(unit)
            memberships.append(Membership(unitID: row["id"], role: Membership.Role(rawValue: row["role"]) ?? .member, position: row["position"]))
        }

        var scores: [MemberUnit.ID: UnitScores] = [:]
        var notes: [MemberUnit.ID: [String: String]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT score.unitId, criterion.code, score.round, score.hundredths
            FROM score JOIN criterion ON criterion.id = score.criterionId WHERE score.clusterYearId = ?
            """, arguments: [reference.id]) {
            let unitID: Int64 = row["unitId"]
            let code: String = row["code"]
            let round = ScoreRound(rawValue: row["round"]) ?? .selfAssessment
            scores[unitID, default: UnitScores()].set(Points(hundredths: row["hundredths"]), item: code, round: round)
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT itemNote.unitId, criterion.code, itemNote.note
            FROM itemNote JOIN criterion ON criterion.id = itemNote.criterionId WHERE itemNote.clusterYearId = ?
            """, arguments: [reference.id]) {
            notes[row["unitId"], default: [:]][row["code"]] = row["note"]
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM adjustment WHERE clusterYearId = ?", arguments: [reference.id]) {
            let adjustment = Adjustment(points: Points(hundredths: row["hundredths"]), reason: row["reason"])
            let unitID: Int64 = row["unitId"]
            switch Adjustment.Kind(rawValue: row["kind"]) {
            case .bonus: scores[unitID, default: UnitScores()].bonus = adjustment
            case .deduction: scores[unitID, default: UnitScores()].deduction = adjustment
            case nil: break
            }
        }

        let votes = try Row.fetchAll(db, sql: "SELECT * FROM vote WHERE clusterYearId = ?", arguments: [reference.id]).map {
            VoteTally(unitID: $0["unitId"], award: $0["award"], present: $0["present"], votesFor: $0["votesFor"], votesAgainst: $0["votesAgainst"])
        }
        var snapshot = YearSnapshot(reference: reference, cluster: cluster, note: yearRow["note"], rules: rules, tree: tree, units: units,
                                    memberships: memberships, scores: scores, notes: notes, pledge: try loadPledge(db, yearID: reference.id), votes: votes)
        snapshot.criteriaUnlocked = yearRow["criteriaUnlocked"]
        snapshot.inactiveUnits = inactiveUnits
        snapshot.handovers = try loadHandovers(db, clusterID: reference.clusterID)
        snapshot.meeting = try loadMeeting(db, yearID: reference.id)
        return snapshot
    }

    /// Every hand-over of a cluster, with the units' names, ordered by the year it is for.
    static func loadHandovers(_ db: Database, clusterID: Int64) throws -> [Handover] {
        try Row.fetchAll(db, sql: """
            SELECT headHandover.*, head.name AS headName, deputy.name AS deputyName
            FROM headHandover JOIN unit head ON head.id = headHandover.headUnitId
                LEFT JOIN unit deputy ON deputy.id = headHandover.deputyUnitId
            WHERE headHandover.clusterId = ? ORDER BY headHandover.forYear
            """, arguments: [clusterID]).compactMap { row in
            guard let date = CalendarDate(parsing: row["date"]) else { return nil }
            return Handover(forYear: row["forYear"], head: row["headUnitId"], deputy: row["deputyUnitId"], headName: row["headName"],
                            deputyName: row["deputyName"], method: Handover.Method(rawValue: row["method"]) ?? .rotation, date: date)
        }
    }

    /// The year's rule set, stored as JSON in its row.
    static func loadRules(_ db: Database, yearID: Int64) throws -> RuleSet {
        let json = try String.fetchOne(db, sql: "SELECT rules FROM clusterYear WHERE id = ?", arguments: [yearID]) ?? "{}"
        return try JSONDecoder().decode(RuleSet.self, from: Data(json.utf8))
    }

    static func loadTree(_ db: Database, yearID: Int64) throws -> CriteriaTree {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM criterion WHERE clusterYearId = ? ORDER BY position", arguments: [yearID])
        func children(of parent: Int64?) -> [Criterion] {
            rows.filter { ($0["parentId"] as Int64?) == parent }.map { row in
                Criterion(code: row["code"], title: row["title"], maximum: Points(hundredths: row["maxHundredths"]),
                          children: children(of: row["id"] as Int64))
            }
        }
        return CriteriaTree(majors: children(of: nil))
    }

    static func loadPledge(_ db: Database, yearID: Int64) throws -> Pledge {
        var pledge = Pledge()
        if let row = try Row.fetchOne(db, sql: "SELECT * FROM pledge WHERE clusterYearId = ?", arguments: [yearID]) {
            pledge.title = row["title"]
            pledge.slogan = row["slogan"]
            pledge.date = (row["date"] as String?).flatMap(CalendarDate.init(parsing:))
            pledge.place = row["place"]
            pledge.tasksVersion = row["tasksVersion"]
        }
        let tasks = try Row.fetchAll(db, sql: "SELECT id, text FROM pledgeTask WHERE clusterYearId = ? ORDER BY position, id", arguments: [yearID])
        pledge.tasks = tasks.map { $0["text"] }
        pledge.taskIDs = tasks.map { $0["id"] }
        let drives = try Row.fetchAll(db, sql: "SELECT * FROM pledgeDrive WHERE clusterYearId = ? ORDER BY position, id", arguments: [yearID])
        pledge.drives = drives.map(driveOf)
        pledge.driveIDs = drives.map { $0["id"] }
        for row in try Row.fetchAll(db, sql: "SELECT unitId, name FROM pledgeModel WHERE clusterYearId = ? ORDER BY position", arguments: [yearID]) {
            pledge.models[row["unitId"], default: []].append(row["name"])
        }
        for row in try Row.fetchAll(db, sql: "SELECT unitId, award FROM titleRegistration WHERE clusterYearId = ?", arguments: [yearID]) {
            pledge.registrations[row["unitId"], default: []].insert(row["award"])
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM signature WHERE clusterYearId = ?", arguments: [yearID]) {
            guard let date = CalendarDate(parsing: row["date"]) else { continue }
            pledge.signatures[row["unitId"]] = Pledge.Signature(signer: row["signer"], position: row["position"], date: date, tasksVersion: row["tasksVersion"])
        }
        return pledge
    }

    static func driveOf(_ row: Row) -> Pledge.Drive {
        Pledge.Drive(name: row["name"], start: (row["startDate"] as String?).flatMap(CalendarDate.init(parsing:)),
                     end: (row["endDate"] as String?).flatMap(CalendarDate.init(parsing:)))
    }
}
