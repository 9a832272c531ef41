import Emulation
import GRDB

extension EmulationStore {
    /// Records the province's decision on a unit's proposal (audited `decision.record`). Taken
    /// once the year is at the review stage, and after it is closed, since decisions arrive
    /// months later; on the award the unit is proposed for, or on one already decided (to
    /// correct it). `expecting` is the decision the clerk saw.
    public func recordDecision(_ reference: ClusterYearReference, _ decision: AwardDecision, expecting: Expected<AwardDecision?> = .anything) throws {
        try write(.recordDecision, in: reference.clusterCode) { db in
            guard try StoredClusterYear.required(db, id: reference.id).status >= .review else {
                throw StoreError.decisionNeedsReview(cluster: reference.clusterCode, year: reference.year)
            }
            let snapshot = try Self.snapshot(db, reference)
            let problems = decision.problems(rules: snapshot.rules)
            if !problems.isEmpty { throw StoreError.invalidDecision(problems) }
            let unitName = try Self.unitName(db, unitID: decision.unitID)
            let stored = snapshot.decisions[decision.unitID]
            let decidable = AwardDecision.decidedAward(unitID: decision.unitID, in: snapshot, review: snapshot.review())
            if decidable != decision.proposed {
                throw StoreError.notProposedForDecision(unit: unitName, award: decision.proposed, proposed: decidable)
            }
            let entity = "\(reference.clusterCode)/\(reference.year)/unit #\(decision.unitID)/decision"
            try Self.require(expecting, stored: stored, db, subject: .decision(unit: unitName), entities: [entity],
                             actions: ["decision.record", "decision.remove"], theirs: { $0.map(Self.auditText) })
            guard stored != decision else { return }
            try StoredDecision(clusterYearID: reference.id, decision).upsert(db)
            try audit.append(db, action: "decision.record", entity: entity, old: stored.map(Self.auditText), new: Self.auditText(decision))
        }
    }

    /// Takes a decision back (recorded on the wrong unit): audited `decision.remove`.
    public func removeDecision(_ reference: ClusterYearReference, unitID: Int64) throws {
        try write(.recordDecision, in: reference.clusterCode) { db in
            let key = StoredDecision.key(clusterYearID: reference.id, unitID: unitID)
            guard let stored = try StoredDecision.find(db, key: key)?.decision else {
                throw StoreError.noDecisionToRemove(unit: try Self.unitName(db, unitID: unitID))
            }
            try StoredDecision.deleteOne(db, key: key)
            try audit.append(db, action: "decision.remove", entity: "\(reference.clusterCode)/\(reference.year)/unit #\(unitID)/decision",
                             old: Self.auditText(stored), new: nil)
        }
    }

    static func loadDecisions(_ db: Database, yearID: Int64) throws -> [MemberUnit.ID: AwardDecision] {
        let rows = try StoredDecision.filter { $0.clusterYearId == yearID }.fetchAll(db)
        return Dictionary(rows.map { ($0.unitId, $0.decision) }, uniquingKeysWith: { first, _ in first })
    }

    /// "123/QĐ-TTg 2024-05-05 Thủ tướng Chính phủ: granted co-cp".
    static func auditText(_ decision: AwardDecision) -> String {
        "\(decision.number) \(decision.date.iso) \(decision.authority): \(decision.outcome.rawValue) \(decision.grantedAward ?? decision.proposed)"
    }

    /// Each unit of the year, its record in every year it was a member of any cluster, from the
    /// review stage on: rank, classification, proposal and decision, oldest first. Each of those years is read whole
    /// (a cluster-year is small: its members, not the province).
    public func awardHistory(code: String, year: Int) throws -> [MemberUnit.ID: [AwardHistoryEntry]] {
        try read { db in
            let reference = try Self.clusterYear(db, code: code, year: year)
            try authorize(db, .read, in: reference.clusterCode)
            let units = try StoredMembership.roster(reference.id).fetchAll(db).map(\.unitId)
            guard !units.isEmpty else { return [:] }
            let marks = Array(repeating: "?", count: units.count).joined(separator: ",")
            let yearIDs = try Int64.fetchAll(db, sql: """
                SELECT DISTINCT m.clusterYearId FROM membership m JOIN clusterYear y ON y.id = m.clusterYearId
                WHERE m.unitId IN (\(marks)) ORDER BY y.year, y.id
                """, arguments: StatementArguments(units))
            let wanted = Set(units)
            var history: [MemberUnit.ID: [AwardHistoryEntry]] = [:]
            for yearID in yearIDs {
                let other = try Self.clusterYearReference(db, id: yearID)
                // A year before its review has no result yet: its ranking is of scores still coming in.
                guard other.status >= .review else { continue }
                // Another cluster's year is read only where the account may read it.
                guard (try? authorize(db, .read, in: other.clusterCode)) != nil else { continue }
                let snapshot = try Self.snapshot(db, other)
                let review = snapshot.review()
                for unit in snapshot.units where wanted.contains(unit.id) {
                    if let entry = AwardHistoryEntry.entry(unitID: unit.id, snapshot: snapshot, review: review) { history[unit.id, default: []].append(entry) }
                }
            }
            return history
        }
    }
}
