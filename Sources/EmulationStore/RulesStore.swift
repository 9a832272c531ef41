import Emulation
import Foundation
import GRDB

extension EmulationStore {
    /// The rule set of a year.
    public func rules(_ reference: ClusterYearReference) throws -> RuleSet {
        try read { db in try Self.loadRules(db, yearID: reference.id) }
    }

    /// Replaces the year's rules as one audited change. Once scoring has started (a score is
    /// entered, or the year is past the pledge) the change needs a reason, which the audit keeps.
    /// `expecting` is the rule set the secretary started editing: another's newer save is never
    /// overwritten unseen. Returns false when nothing changed (nothing is written).
    @discardableResult
    public func replaceRules(_ reference: ClusterYearReference, with rules: RuleSet, reason: String = "",
                             expecting: Expected<RuleSet> = .anything) throws -> Bool {
        let tree = try read { db in try Self.loadTree(db, yearID: reference.id) }
        let problems = rules.problems(tree: tree)
        if !problems.isEmpty { throw StoreError.invalidRules(problems) }
        return try write(.editRules, in: reference.clusterCode) { db in
            try Self.requireOpen(db, reference)
            var year = try StoredClusterYear.required(db, id: reference.id)
            let old = try year.ruleSet()
            let entity = "\(reference.clusterCode)/\(reference.year)"
            try Self.require(expecting, stored: old, db, subject: .rules, entities: [entity], actions: ["rules.replace"],
                             theirs: { Self.summary($0) })
            if old == rules { return false }
            let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty, try Self.scoringStarted(db, reference, status: year.status) { throw StoreError.reasonRequired }
            year.rules = try StoredClusterYear.encode(rules)
            try year.update(db)
            try audit.append(db, action: "rules.replace", entity: entity, old: Self.describe(old), new: Self.describe(rules),
                             reason: trimmed)
            return true
        }
    }

    /// Scoring has started once a score is entered or the year left the pledge stage.
    static func scoringStarted(_ db: Database, _ reference: ClusterYearReference, status: ClusterYearStatus) throws -> Bool {
        if status != .pledge { return true }
        return try !StoredScore.filter { $0.clusterYearId == reference.id }.isEmpty(db)
    }

    /// The rules another secretary saved, in one short line for the conflict message: bands,
    /// quotas, votes (the audit row holds them whole).
    static func summary(_ rules: RuleSet) -> String {
        let points = { (value: Points) in DecimalText.format(value, trimWhole: true) }
        let quotas = rules.awards.map { award -> String in
            switch award.quota {
            case .unlimited: return award.code + " ∞"
            case .count(let count): return award.code + " \(count)"
            case .percentOfMembers(let percent): return award.code + " \(percent)%"
            }
        }
        return "\(points(rules.bands.excellent))/\(points(rules.bands.good))/\(points(rules.bands.completed)); "
            + quotas.joined(separator: ", ")
            + "; \(rules.quorum.numerator)/\(rules.quorum.denominator), \(rules.passThreshold.numerator)/\(rules.passThreshold.denominator)"
    }

    /// The rule set as the audit keeps it: the stored JSON, keys sorted, so two saves of the
    /// same rules read the same.
    static func describe(_ rules: RuleSet) -> String {
        (try? StoredClusterYear.encode(rules)) ?? ""
    }
}
