import Emulation
import GRDB

extension EmulationStore {
    /// Writes a whole pledge at once (a demo, a pledge copied in): header, tasks and drives; a
    /// change of tasks raises the tasks version, so earlier signatures become "signed an earlier
    /// version". The screens never use it: they change one line at a time (PledgeLineStore.swift).
    public func savePledge(_ reference: ClusterYearReference, title: String, slogan: String, date: CalendarDate?, place: String,
                           tasks: [String], drives: [Pledge.Drive]) throws {
        try write { db in try Self.savePledge(db, reference, title: title, slogan: slogan, date: date, place: place, tasks: tasks, drives: drives, audit: audit) }
    }

    static func savePledge(_ db: Database, _ reference: ClusterYearReference, title: String, slogan: String, date: CalendarDate?, place: String,
                           tasks: [String], drives: [Pledge.Drive], audit: AuditTrail) throws {
        try Self.requireOpen(db, reference)
        var pledge = try Self.loadPledge(db, yearID: reference.id)
        let oldTasks = pledge.tasks
        pledge.replaceTasks(tasks)
        try db.execute(sql: """
            INSERT INTO pledge (clusterYearId, title, slogan, date, place, tasksVersion) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (clusterYearId) DO UPDATE SET title = excluded.title, slogan = excluded.slogan, date = excluded.date,
                place = excluded.place, tasksVersion = excluded.tasksVersion
            """, arguments: [reference.id, title, slogan, date?.iso, place, pledge.tasksVersion])
        try db.execute(sql: "DELETE FROM pledgeTask WHERE clusterYearId = ?", arguments: [reference.id])
        for (index, task) in tasks.enumerated() {
            try db.execute(sql: "INSERT INTO pledgeTask (clusterYearId, position, text) VALUES (?, ?, ?)", arguments: [reference.id, index + 1, task])
        }
        try db.execute(sql: "DELETE FROM pledgeDrive WHERE clusterYearId = ?", arguments: [reference.id])
        for (index, drive) in drives.enumerated() {
            try db.execute(sql: "INSERT INTO pledgeDrive (clusterYearId, position, name, startDate, endDate) VALUES (?, ?, ?, ?, ?)",
                           arguments: [reference.id, index + 1, drive.name, drive.start?.iso, drive.end?.iso])
        }
        try audit.append(db, action: "pledge.save", entity: "\(reference.clusterCode)/\(reference.year)",
                         old: oldTasks.isEmpty ? nil : oldTasks.joined(separator: " | "),
                         new: "\(title) | \(tasks.count) tasks v\(pledge.tasksVersion) | \(drives.count) drives")
    }

    public func setModels(_ reference: ClusterYearReference, unitID: Int64, models: [String]) throws {
        try write { db in try Self.setModels(db, reference, unitID: unitID, models: models, audit: audit) }
    }

    static func setModels(_ db: Database, _ reference: ClusterYearReference, unitID: Int64, models: [String], audit: AuditTrail) throws {
        try Self.requireOpen(db, reference)
        let old = try String.fetchAll(db, sql: "SELECT name FROM pledgeModel WHERE clusterYearId = ? AND unitId = ? ORDER BY position",
                                      arguments: [reference.id, unitID])
        guard old != models else { return }
        try db.execute(sql: "DELETE FROM pledgeModel WHERE clusterYearId = ? AND unitId = ?", arguments: [reference.id, unitID])
        for (index, name) in models.enumerated() {
            try db.execute(sql: "INSERT INTO pledgeModel (clusterYearId, unitId, position, name) VALUES (?, ?, ?, ?)",
                           arguments: [reference.id, unitID, index + 1, name])
        }
        try audit.append(db, action: "pledge.models", entity: unitPledgeEntity(reference, unitID),
                         old: old.joined(separator: " | "), new: models.joined(separator: " | "))
    }

    public func setRegistrations(_ reference: ClusterYearReference, unitID: Int64, awards: Set<String>) throws {
        try write { db in try Self.setRegistrations(db, reference, unitID: unitID, awards: awards, audit: audit) }
    }

    static func setRegistrations(_ db: Database, _ reference: ClusterYearReference, unitID: Int64, awards: Set<String>, audit: AuditTrail) throws {
        try Self.requireOpen(db, reference)
        let old = try Set(String.fetchAll(db, sql: "SELECT award FROM titleRegistration WHERE clusterYearId = ? AND unitId = ?",
                                          arguments: [reference.id, unitID]))
        guard old != awards else { return }
        try db.execute(sql: "DELETE FROM titleRegistration WHERE clusterYearId = ? AND unitId = ?", arguments: [reference.id, unitID])
        for award in awards.sorted() {
            try db.execute(sql: "INSERT INTO titleRegistration (clusterYearId, unitId, award) VALUES (?, ?, ?)",
                           arguments: [reference.id, unitID, award])
        }
        try audit.append(db, action: "pledge.registrations", entity: unitPledgeEntity(reference, unitID),
                         old: old.sorted().joined(separator: ","), new: awards.sorted().joined(separator: ","))
    }

    /// Records a signature of the current tasks version.
    public func sign(_ reference: ClusterYearReference, unitID: Int64, signer: String, position: String, date: CalendarDate,
                     expecting: Expected<Pledge.Signature?> = .anything) throws {
        try write { db in
            try Self.requireOpen(db, reference)
            let stored = try Self.storedUnitPledge(db, reference, unitID: unitID).signature
            try Self.require(expecting, stored: stored, db, subject: .unitPledge(unit: try Self.unitName(db, unitID: unitID)),
                             entities: [Self.unitPledgeEntity(reference, unitID)], actions: ["pledge.sign"], theirs: { $0.map(Self.describe) })
            try Self.sign(db, reference, unitID: unitID, signer: signer, position: position, date: date, audit: audit)
        }
    }

    static func sign(_ db: Database, _ reference: ClusterYearReference, unitID: Int64, signer: String, position: String, date: CalendarDate, audit: AuditTrail) throws {
        try Self.requireOpen(db, reference)
        let version = try Int.fetchOne(db, sql: "SELECT tasksVersion FROM pledge WHERE clusterYearId = ?", arguments: [reference.id]) ?? 1
        let old = try Row.fetchOne(db, sql: "SELECT * FROM signature WHERE clusterYearId = ? AND unitId = ?", arguments: [reference.id, unitID])
            .map { row -> String in "\(row["signer"] as String), \(row["position"] as String), \(row["date"] as String), v\(row["tasksVersion"] as Int)" }
        try db.execute(sql: """
            INSERT INTO signature (clusterYearId, unitId, signer, position, date, tasksVersion) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (clusterYearId, unitId) DO UPDATE SET signer = excluded.signer, position = excluded.position,
                date = excluded.date, tasksVersion = excluded.tasksVersion
            """, arguments: [reference.id, unitID, signer, position, date.iso, version])
        try audit.append(db, action: "pledge.sign", entity: unitPledgeEntity(reference, unitID),
                         old: old, new: "\(signer), \(position), \(date.iso), v\(version)")
    }

    /// A unit's models, registered titles and (when given) a new signature, in one transaction.
    /// `expecting` is the unit's part as the clerk saw it: another clerk's newer one is never overwritten.
    public func saveUnitPledge(_ reference: ClusterYearReference, unitID: Int64, models: [String], registrations: Set<String>,
                               signature: (signer: String, position: String, date: CalendarDate)?, expecting: Expected<UnitPledge> = .anything) throws {
        try write { db in
            try Self.requireOpen(db, reference)
            let stored = try Self.storedUnitPledge(db, reference, unitID: unitID)
            try Self.require(expecting, stored: stored, db, subject: .unitPledge(unit: try Self.unitName(db, unitID: unitID)),
                             entities: [Self.unitPledgeEntity(reference, unitID)], actions: ["pledge.models", "pledge.registrations", "pledge.sign"],
                             theirs: Self.describe)
            try Self.setModels(db, reference, unitID: unitID, models: models, audit: audit)
            try Self.setRegistrations(db, reference, unitID: unitID, awards: registrations, audit: audit)
            if let signature {
                try Self.sign(db, reference, unitID: unitID, signer: signature.signer, position: signature.position, date: signature.date, audit: audit)
            }
        }
    }

    /// Records the meeting's vote on a proposal. The store decides what may be voted, from the
    /// year as stored: the review stage only, an award of the rule set, and counts within the
    /// year's active members.
    public func recordVote(_ reference: ClusterYearReference, _ vote: VoteTally, expecting: Expected<VoteTally?> = .anything) throws {
        try write { db in
            try Self.requireOpen(db, reference)
            let status = try String.fetchOne(db, sql: "SELECT status FROM clusterYear WHERE id = ?", arguments: [reference.id])
            guard status == ClusterYearStatus.review.rawValue else {
                throw StoreError.voteNeedsReview(cluster: reference.clusterCode, year: reference.year)
            }
            let rules = try Self.loadRules(db, yearID: reference.id)
            guard rules.award(code: vote.award) != nil else { throw StoreError.unknownAward(code: vote.award, known: rules.awards.map(\.code)) }
            let memberCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM membership WHERE clusterYearId = ? AND active = 1",
                                               arguments: [reference.id]) ?? 0
            let problems = vote.problems(memberCount: memberCount)
            if !problems.isEmpty { throw StoreError.invalidVote(problems) }
            let stored = try Row.fetchOne(db, sql: "SELECT * FROM vote WHERE clusterYearId = ? AND unitId = ? AND award = ?",
                                          arguments: [reference.id, vote.unitID, vote.award])
                .map { VoteTally(unitID: vote.unitID, award: vote.award, present: $0["present"], votesFor: $0["votesFor"], votesAgainst: $0["votesAgainst"]) }
            let describe = { (tally: VoteTally) in "present \(tally.present), for \(tally.votesFor), against \(tally.votesAgainst)" }
            let entity = "\(reference.clusterCode)/\(reference.year)/unit #\(vote.unitID)/\(vote.award)"
            try Self.require(expecting, stored: stored, db, subject: .vote(unit: try Self.unitName(db, unitID: vote.unitID), award: vote.award),
                             entities: [entity], actions: ["vote.record"],
                             theirs: { $0.map { "\($0.present)/\($0.votesFor)/\($0.votesAgainst)" } })
            let old = stored.map(describe)
            try db.execute(sql: """
                INSERT INTO vote (clusterYearId, unitId, award, present, votesFor, votesAgainst) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (clusterYearId, unitId, award) DO UPDATE SET present = excluded.present, votesFor = excluded.votesFor,
                    votesAgainst = excluded.votesAgainst
                """, arguments: [reference.id, vote.unitID, vote.award, vote.present, vote.votesFor, vote.votesAgainst])
            try audit.append(db, action: "vote.record", entity: entity, old: old, new: describe(vote))
        }
    }

    static func unitPledgeEntity(_ reference: ClusterYearReference, _ unitID: Int64) -> String {
        "\(reference.clusterCode)/\(reference.year)/unit #\(unitID)"
    }

    static func storedUnitPledge(_ db: Database, _ reference: ClusterYearReference, unitID: Int64) throws -> UnitPledge {
        let models = try String.fetchAll(db, sql: "SELECT name FROM pledgeModel WHERE clusterYearId = ? AND unitId = ? ORDER BY position",
                                         arguments: [reference.id, unitID])
        let registrations = try Set(String.fetchAll(db, sql: "SELECT award FROM titleRegistration WHERE clusterYearId = ? AND unitId = ?",
                                                    arguments: [reference.id, unitID]))
        let signature = try Row.fetchOne(db, sql: "SELECT * FROM signature WHERE clusterYearId = ? AND unitId = ?", arguments: [reference.id, unitID])
            .flatMap { row in CalendarDate(parsing: row["date"]).map {
                Pledge.Signature(signer: row["signer"], position: row["position"], date: $0, tasksVersion: row["tasksVersion"])
            } }
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
