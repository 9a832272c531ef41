import Emulation
import Foundation
import GRDB

extension EmulationStore {
    /// `withScores: false` leaves out the year's scores, notes, bonuses and deductions (their
    /// dictionaries empty): for checking a file against the year's roster, grid and rules before
    /// importing it, which reads each cell it writes itself (a 10,000-unit year's 300,000 scores
    /// were a twentieth of its import).
    public func snapshot(code: String, year: Int, withScores: Bool = true) throws -> YearSnapshot {
        try read { db in
            let reference = try Self.clusterYear(db, code: code, year: year)
            try authorize(db, .read, in: reference.clusterCode)
            return try Self.snapshot(db, reference, withScores: withScores)
        }
    }

    /// Everything a screen shows of one cluster-year. A row the reference names that the file
    /// lacks is `StoreError.missingRow`; a value this build cannot read is
    /// `StoreError.unknownStoredValue`: neither is ever papered over with a default.
    static func snapshot(_ db: Database, _ reference: ClusterYearReference, withScores: Bool = true) throws -> YearSnapshot {
        let cluster = try StoredCluster.required(db, id: reference.clusterID)
        let year = try StoredClusterYear.required(db, id: reference.id)
        let criteria = try StoredCriterion.ofYear(reference.id).fetchAll(db)
        let codes = Dictionary(uniqueKeysWithValues: criteria.map { ($0.rowID, $0.code) })
        func code(_ criterionID: Int64) throws -> String {
            guard let code = codes[criterionID] else { throw StoreError.missingRow(table: StoredCriterion.databaseTableName, rowID: criterionID) }
            return code
        }

        var units: [MemberUnit] = []
        var memberships: [Membership] = []
        var inactiveUnits: [MemberUnit] = []
        let roster = try StoredMembership.rosterRows(reference.id, db)
        // The cluster's units in one pass (not 10,000 lookups by key); a member from elsewhere
        // (a file edited by hand) is looked up by its key.
        var unitRows = try StoredUnit.byRowID(ofCluster: reference.clusterID, db)
        let elsewhere = roster.map(\.unitId).filter { unitRows[$0] == nil }
        if !elsewhere.isEmpty { for unit in try StoredUnit.fetchAll(db, keys: elsewhere) { unitRows[unit.rowID] = unit } }
        for membership in roster {
            guard var unit = unitRows[membership.unitId]?.unit else {
                throw StoreError.missingRow(table: StoredUnit.databaseTableName, rowID: membership.unitId)
            }
            unit.eligibility = membership.eligibility
            guard membership.active else {
                inactiveUnits.append(unit)
                continue
            }
            units.append(unit)
            memberships.append(membership.membership)
        }

        let tree = StoredCriterion.tree(criteria)
        let layout = tree.layout
        // Each criterion's place in the tree's layout, so a score is stored by position.
        let positions = CriterionPositions(codes.compactMapValues { layout.position(of: $0) })
        var scores: [MemberUnit.ID: UnitScores] = [:]
        scores.reserveCapacity(units.count)
        var notes: [MemberUnit.ID: [String: String]] = [:]
        if withScores {
            // The scores come unit by unit (in the order of the index by year), so one unit's are
            // gathered here and stored once, not looked up in the dictionary for every score.
            var current: (unitID: Int64, scores: UnitScores)?
            try StoredScore.forEach(ofYear: reference.id, db) { score in
                if current?.unitID != score.unitId {
                    if let current { scores[current.unitID] = current.scores }
                    current = (score.unitId, scores.removeValue(forKey: score.unitId) ?? UnitScores(layout: layout))
                }
                if let position = positions[score.criterionId] {
                    current!.scores.set(score.points, at: position, round: score.round)
                } else {
                    current!.scores.set(score.points, item: try code(score.criterionId), round: score.round)
                }
            }
            if let current { scores[current.unitID] = current.scores }
            for note in try StoredItemNote.filter({ $0.clusterYearId == reference.id }).fetchAll(db) {
                notes[note.unitId, default: [:]][try code(note.criterionId)] = note.note
            }
            for stored in try StoredAdjustment.filter({ $0.clusterYearId == reference.id }).fetchAll(db) {
                switch stored.kind {
                case .bonus: scores[stored.unitId, default: UnitScores(layout: layout)].bonus = stored.adjustment
                case .deduction: scores[stored.unitId, default: UnitScores(layout: layout)].deduction = stored.adjustment
                }
            }
        }

        let votes = try StoredVote.filter { $0.clusterYearId == reference.id }.fetchAll(db).map(\.tally)
        var snapshot = YearSnapshot(reference: reference, cluster: cluster.cluster, note: year.note, rules: try year.ruleSet(),
                                    tree: tree, units: units, memberships: memberships, scores: scores, notes: notes,
                                    pledge: try loadPledge(db, yearID: reference.id), votes: votes)
        snapshot.criteriaUnlocked = year.criteriaUnlocked
        snapshot.inactiveUnits = inactiveUnits
        snapshot.handovers = try loadHandovers(db, clusterID: reference.clusterID)
        snapshot.meeting = try loadMeeting(db, yearID: reference.id)
        snapshot.decisions = try loadDecisions(db, yearID: reference.id)
        return snapshot
    }

    /// Every hand-over of a cluster, with the units' names, ordered by the year it is for.
    static func loadHandovers(_ db: Database, clusterID: Int64) throws -> [Handover] {
        let handovers = try StoredHandover.filter { $0.clusterId == clusterID }.order(\.forYear).fetchAll(db)
        let unitIDs = Set(handovers.flatMap { [$0.headUnitId] + ($0.deputyUnitId.map { [$0] } ?? []) })
        let names = try Dictionary(uniqueKeysWithValues: StoredUnit.fetchAll(db, keys: unitIDs).map { ($0.rowID, $0.name) })
        func name(_ unitID: Int64) throws -> String {
            guard let name = names[unitID] else { throw StoreError.missingRow(table: StoredUnit.databaseTableName, rowID: unitID) }
            return name
        }
        return try handovers.map { stored in
            Handover(forYear: stored.forYear, head: stored.headUnitId, deputy: stored.deputyUnitId, headName: try name(stored.headUnitId),
                     deputyName: try stored.deputyUnitId.map(name), method: stored.method, date: stored.date.date)
        }
    }

    /// The year's rule set, stored as JSON in its row.
    static func loadRules(_ db: Database, yearID: Int64) throws -> RuleSet {
        try StoredClusterYear.required(db, id: yearID).ruleSet()
    }

    static func loadTree(_ db: Database, yearID: Int64) throws -> CriteriaTree {
        StoredCriterion.tree(try StoredCriterion.ofYear(yearID).fetchAll(db))
    }

    static func loadPledge(_ db: Database, yearID: Int64) throws -> Pledge {
        var pledge = Pledge()
        if let stored = try StoredPledge.find(db, id: yearID) {
            pledge.title = stored.title
            pledge.slogan = stored.slogan
            pledge.date = stored.date?.date
            pledge.place = stored.place
            pledge.tasksVersion = stored.tasksVersion
        }
        let tasks = try StoredPledgeTask.lines(yearID).fetchAll(db)
        pledge.tasks = tasks.map(\.text)
        pledge.taskIDs = tasks.map(\.rowID)
        let drives = try StoredPledgeDrive.lines(yearID).fetchAll(db)
        pledge.drives = drives.map(\.drive)
        pledge.driveIDs = drives.map(\.rowID)
        for model in try StoredPledgeModel.filter({ $0.clusterYearId == yearID }).order(\.position).fetchAll(db) {
            pledge.models[model.unitId, default: []].append(model.name)
        }
        for registration in try StoredTitleRegistration.filter({ $0.clusterYearId == yearID }).fetchAll(db) {
            pledge.registrations[registration.unitId, default: []].insert(registration.award)
        }
        for signature in try StoredSignature.filter({ $0.clusterYearId == yearID }).fetchAll(db) {
            pledge.signatures[signature.unitId] = signature.signature
        }
        return pledge
    }
}

extension EmulationStore {
    /// The year after `year`, when it is open; nil when not (a missing year is no error here).
    public func nextSnapshot(code: String, after year: Int) throws -> YearSnapshot? {
        do {
            return try snapshot(code: code, year: year + 1)
        } catch StoreError.unknownYear {
            return nil
        }
    }
}
