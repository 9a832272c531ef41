import Emulation
import GRDB

extension EmulationStore {
    /// Writes a whole pledge at once (a demo, a pledge copied in): header, tasks and drives; a
    /// change of tasks raises the tasks version, so earlier signatures become "signed an earlier
    /// version". The screens never use it: they change one line at a time (PledgeLineStore.swift).
    public func savePledge(_ reference: ClusterYearReference, title: String, slogan: String, date: CalendarDate?, place: String,
                           tasks: [String], drives: [Pledge.Drive]) throws {
        try write(.editPledgeText, in: reference.clusterCode) { db in try Self.savePledge(db, reference, title: title, slogan: slogan, date: date, place: place, tasks: tasks, drives: drives, audit: audit) }
    }

    static func savePledge(_ db: Database, _ reference: ClusterYearReference, title: String, slogan: String, date: CalendarDate?, place: String,
                           tasks: [String], drives: [Pledge.Drive], audit: AuditTrail) throws {
        try Self.requireOpen(db, reference)
        var pledge = try Self.loadPledge(db, yearID: reference.id)
        let oldTasks = pledge.tasks
        pledge.replaceTasks(tasks)
        var header = StoredPledge(clusterYearID: reference.id)
        header.header = PledgeHeader(title: title, slogan: slogan, date: date, place: place)
        header.tasksVersion = pledge.tasksVersion
        try header.upsert(db)
        try StoredPledgeTask.lines(reference.id).deleteAll(db)
        for (index, task) in tasks.enumerated() {
            try StoredPledgeTask(id: nil, clusterYearId: reference.id, position: index + 1, text: task).insertRow(db)
        }
        try StoredPledgeDrive.lines(reference.id).deleteAll(db)
        for (index, drive) in drives.enumerated() {
            try StoredPledgeDrive(clusterYearID: reference.id, position: index + 1, drive).insertRow(db)
        }
        try audit.append(db, action: "pledge.save", entity: "\(reference.clusterCode)/\(reference.year)",
                         old: oldTasks.isEmpty ? nil : oldTasks.joined(separator: " | "),
                         new: "\(title) | \(tasks.count) tasks v\(pledge.tasksVersion) | \(drives.count) drives")
    }

    public func setModels(_ reference: ClusterYearReference, unitID: Int64, models: [String]) throws {
        try write(.unitPledge(unit: unitID), in: reference.clusterCode) { db in try Self.setModels(db, reference, unitID: unitID, models: models, audit: audit) }
    }

    static func setModels(_ db: Database, _ reference: ClusterYearReference, unitID: Int64, models: [String], audit: AuditTrail) throws {
        try Self.requireOpen(db, reference)
        let old = try StoredPledgeModel.of(reference.id, unitID: unitID).fetchAll(db).map(\.name)
        guard old != models else { return }
        try StoredPledgeModel.of(reference.id, unitID: unitID).deleteAll(db)
        for (index, name) in models.enumerated() {
            try StoredPledgeModel(id: nil, clusterYearId: reference.id, unitId: unitID, position: index + 1, name: name).insertRow(db)
        }
        try audit.append(db, action: "pledge.models", entity: unitPledgeEntity(reference, unitID),
                         old: old.joined(separator: " | "), new: models.joined(separator: " | "))
    }

    public func setRegistrations(_ reference: ClusterYearReference, unitID: Int64, awards: Set<String>) throws {
        try write(.unitPledge(unit: unitID), in: reference.clusterCode) { db in try Self.setRegistrations(db, reference, unitID: unitID, awards: awards, audit: audit) }
    }

    static func setRegistrations(_ db: Database, _ reference: ClusterYearReference, unitID: Int64, awards: Set<String>, audit: AuditTrail) throws {
        try Self.requireOpen(db, reference)
        let old = try Set(StoredTitleRegistration.of(reference.id, unitID: unitID).fetchAll(db).map(\.award))
        guard old != awards else { return }
        try StoredTitleRegistration.of(reference.id, unitID: unitID).deleteAll(db)
        for award in awards.sorted() {
            try StoredTitleRegistration(clusterYearId: reference.id, unitId: unitID, award: award).insert(db)
        }
        try audit.append(db, action: "pledge.registrations", entity: unitPledgeEntity(reference, unitID),
                         old: old.sorted().joined(separator: ","), new: awards.sorted().joined(separator: ","))
    }

    /// Records a signature of the current tasks version.
    public func sign(_ reference: ClusterYearReference, unitID: Int64, signer: String, position: String, date: CalendarDate,
                     expecting: Expected<Pledge.Signature?> = .anything) throws {
        try write(.signPledge(unit: unitID), in: reference.clusterCode) { db in
            try Self.requireOpen(db, reference)
            let stored = try Self.storedUnitPledge(db, reference, unitID: unitID).signature
            try Self.require(expecting, stored: stored, db, subject: .unitPledge(unit: try Self.unitName(db, unitID: unitID)),
                             entities: [Self.unitPledgeEntity(reference, unitID)], actions: ["pledge.sign"], theirs: { $0.map(Self.describe) })
            try Self.sign(db, reference, unitID: unitID, signer: signer, position: position, date: date, audit: audit)
        }
    }

    static func sign(_ db: Database, _ reference: ClusterYearReference, unitID: Int64, signer: String, position: String, date: CalendarDate, audit: AuditTrail) throws {
        try Self.requireOpen(db, reference)
        // Until a pledge row is written, its tasks are at version 1 (the schema's default).
        let version = try StoredPledge.find(db, id: reference.id)?.tasksVersion ?? 1
        let old = try StoredSignature.find(db, key: StoredSignature.key(clusterYearID: reference.id, unitID: unitID))?.signature
        let new = Pledge.Signature(signer: signer, position: position, date: date, tasksVersion: version)
        try StoredSignature(clusterYearID: reference.id, unitID: unitID, new).upsert(db)
        try audit.append(db, action: "pledge.sign", entity: unitPledgeEntity(reference, unitID), old: old.map(describe), new: describe(new))
    }

    /// A unit's models, registered titles and (when given) a new signature, in one transaction.
    /// `expecting` is the unit's part as the clerk saw it: another clerk's newer one is never overwritten.
    public func saveUnitPledge(_ reference: ClusterYearReference, unitID: Int64, models: [String], registrations: Set<String>,
                               signature: (signer: String, position: String, date: CalendarDate)?, expecting: Expected<UnitPledge> = .anything) throws {
        try write(.unitPledge(unit: unitID), in: reference.clusterCode) { db in
            try Self.requireOpen(db, reference)
            let stored = try Self.storedUnitPledge(db, reference, unitID: unitID)
            try Self.require(expecting, stored: stored, db, subject: .unitPledge(unit: try Self.unitName(db, unitID: unitID)),
                             entities: [Self.unitPledgeEntity(reference, unitID)], actions: ["pledge.models", "pledge.registrations", "pledge.sign"],
                             theirs: Self.describe)
            try Self.setModels(db, reference, unitID: unitID, models: models, audit: audit)
            try Self.setRegistrations(db, reference, unitID: unitID, awards: registrations, audit: audit)
            if let signature {
                try authorize(db, .signPledge(unit: unitID), in: reference.clusterCode)
                try Self.sign(db, reference, unitID: unitID, signer: signature.signer, position: signature.position, date: signature.date, audit: audit)
            }
        }
    }

    /// Records the meeting's vote on a proposal. The store decides what may be voted, from the
    /// year as stored: the review stage only, an award of the rule set the unit is proposed or
    /// tied for (or already has a vote on, to correct it), and counts within the year's active members.
    public func recordVote(_ reference: ClusterYearReference, _ vote: VoteTally, expecting: Expected<VoteTally?> = .anything) throws {
        try write(.recordVote, in: reference.clusterCode) { db in
            try Self.requireOpen(db, reference)
            guard try StoredClusterYear.required(db, id: reference.id).status == .review else {
                throw StoreError.voteNeedsReview(cluster: reference.clusterCode, year: reference.year)
            }
            let rules = try Self.loadRules(db, yearID: reference.id)
            guard rules.award(code: vote.award) != nil else { throw StoreError.unknownAward(code: vote.award, known: rules.awards.map(\.code)) }
            try Self.requireCandidacy(db, reference, vote)
            let memberCount = try StoredMembership.filter { $0.clusterYearId == reference.id && $0.active }.fetchCount(db)
            let problems = vote.problems(memberCount: memberCount)
            if !problems.isEmpty { throw StoreError.invalidVote(problems) }
            let stored = try StoredVote.find(db, key: StoredVote.key(clusterYearID: reference.id, unitID: vote.unitID, award: vote.award))?.tally
            let describe = { (tally: VoteTally) in
                "present \(tally.present), for \(tally.votesFor), against \(tally.votesAgainst)"
                    + (tally.ballots.map { ", ballots \($0), invalid \(tally.invalid ?? 0)" } ?? "")
            }
            let entity = "\(reference.clusterCode)/\(reference.year)/unit #\(vote.unitID)/\(vote.award)"
            try Self.require(expecting, stored: stored, db, subject: .vote(unit: try Self.unitName(db, unitID: vote.unitID), award: vote.award),
                             entities: [entity], actions: ["vote.record"],
                             theirs: { $0.map { "\($0.present)/\($0.votesFor)/\($0.votesAgainst)" } })
            let old = stored.map(describe)
            try StoredVote(clusterYearID: reference.id, vote).upsert(db)
            try audit.append(db, action: "vote.record", entity: entity, old: old, new: describe(vote))
        }
    }

    /// A vote is taken on what the review proposes: the unit's current proposal (tied or not),
    /// or a candidacy already voted on, whose vote is being corrected.
    private static func requireCandidacy(_ db: Database, _ reference: ClusterYearReference, _ vote: VoteTally) throws {
        if try StoredVote.find(db, key: StoredVote.key(clusterYearID: reference.id, unitID: vote.unitID, award: vote.award)) != nil { return }
        let snapshot = try Self.snapshot(db, reference)
        let proposed = snapshot.review().proposal(unitID: vote.unitID)?.award
        guard proposed != vote.award, let award = snapshot.rules.award(code: vote.award) else { return }
        throw StoreError.notProposedForVote(unit: try Self.unitName(db, unitID: vote.unitID), award: award,
                                            proposed: proposed.flatMap(snapshot.rules.award(code:)),
                                            cluster: reference.clusterCode, year: reference.year)
    }

    /// Takes a recorded vote back (a vote entered on the wrong unit or award): the review is as
    /// if it had never been taken. Audited as `vote.withdraw`.
    public func withdrawVote(_ reference: ClusterYearReference, unitID: Int64, award: String) throws {
        try write(.recordVote, in: reference.clusterCode) { db in
            try Self.requireOpen(db, reference)
            guard try StoredClusterYear.required(db, id: reference.id).status == .review else {
                throw StoreError.voteNeedsReview(cluster: reference.clusterCode, year: reference.year)
            }
            let key = StoredVote.key(clusterYearID: reference.id, unitID: unitID, award: award)
            guard let stored = try StoredVote.find(db, key: key)?.tally else {
                throw StoreError.noVoteToWithdraw(unit: try Self.unitName(db, unitID: unitID), award: award)
            }
            try StoredVote.deleteOne(db, key: key)
            try audit.append(db, action: "vote.withdraw", entity: "\(reference.clusterCode)/\(reference.year)/unit #\(unitID)/\(award)",
                             old: "present \(stored.present), for \(stored.votesFor), against \(stored.votesAgainst)", new: nil)
        }
    }

    static func unitPledgeEntity(_ reference: ClusterYearReference, _ unitID: Int64) -> String {
        "\(reference.clusterCode)/\(reference.year)/unit #\(unitID)"
    }

    static func storedUnitPledge(_ db: Database, _ reference: ClusterYearReference, unitID: Int64) throws -> UnitPledge {
        let models = try StoredPledgeModel.of(reference.id, unitID: unitID).fetchAll(db).map(\.name)
        let registrations = try Set(StoredTitleRegistration.of(reference.id, unitID: unitID).fetchAll(db).map(\.award))
        let signature = try StoredSignature.find(db, key: StoredSignature.key(clusterYearID: reference.id, unitID: unitID))?.signature
        return UnitPledge(models: models, registrations: registrations, signature: signature)
    }

    static func describe(_ signature: Pledge.Signature) -> String {
        "\(signature.signer), \(signature.position), \(signature.date.iso), v\(signature.tasksVersion)"
    }

    static func describe(_ part: UnitPledge) -> String {
        ([part.models.joined(separator: " | "), part.registrations.sorted().joined(separator: ",")] + [part.signature.map(describe) ?? ""])
            .joined(separator: " · ")
    }
}
