import Emulation
import Foundation
import GRDB

/// One item score to store (nil clears the cell).
public struct ScoreEntry: Hashable, Sendable {
    public var unitID: Int64
    public var item: String
    public var round: ScoreRound
    public var points: Points?

    public init(unitID: Int64, item: String, round: ScoreRound, points: Points?) {
        self.unitID = unitID
        self.item = item
        self.round = round
        self.points = points
    }
}

extension EmulationStore {
    /// Saves one cell in its own transaction, with its audit row. The cell must still hold what
    /// `expecting` says (what the clerk saw): another clerk's newer value is never overwritten.
    public func setScore(_ reference: ClusterYearReference, _ entry: ScoreEntry, reason: String = "", expecting: Expected<Points?> = .anything) throws {
        try write { db in
            try Self.requireOpen(db, reference)
            try Self.apply(db, reference, entry, audit: audit, reason: reason, expecting: expecting)
        }
    }

    /// Saves many cells and adjustments at once: all or nothing. Returns what was changed,
    /// counted in the same transaction.
    @discardableResult
    public func importScores(_ reference: ClusterYearReference, entries: [ScoreEntry],
                             adjustments: [(unitID: Int64, kind: Adjustment.Kind, adjustment: Adjustment?)], reason: String) throws -> ImportSummary {
        try write { db in
            try Self.requireOpen(db, reference)
            var summary = ImportSummary()
            for entry in entries { summary.scores.count(try Self.apply(db, reference, entry, audit: audit, reason: reason)) }
            let rules = try Self.loadRules(db, yearID: reference.id)
            for change in adjustments {
                summary.adjustments.count(try Self.applyAdjustment(db, reference, unitID: change.unitID, kind: change.kind, change.adjustment,
                                                                   rules: rules, audit: audit))
            }
            return summary
        }
    }

    public func setAdjustment(_ reference: ClusterYearReference, unitID: Int64, kind: Adjustment.Kind, _ adjustment: Adjustment?,
                              expecting: Expected<Adjustment?> = .anything) throws {
        try write { db in
            try Self.requireOpen(db, reference)
            try Self.applyAdjustment(db, reference, unitID: unitID, kind: kind, adjustment, rules: try Self.loadRules(db, yearID: reference.id), audit: audit,
                                     expecting: expecting)
        }
    }

    @discardableResult
    static func apply(_ db: Database, _ reference: ClusterYearReference, _ entry: ScoreEntry, audit: AuditTrail, reason: String,
                      expecting: Expected<Points?> = .anything) throws -> CellChange {
        guard let criterion = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, maxHundredths FROM criterion WHERE clusterYearId = ? AND code = ?"),
                                               arguments: [reference.id, entry.item]) else {
            throw StoreError.invalidScore(.unknownItem(entry.item))
        }
        let criterionID: Int64 = criterion["id"]
        let maximum = Points(hundredths: criterion["maxHundredths"])
        if let points = entry.points, points < .zero || points > maximum {
            throw StoreError.invalidScore(.outOfRange(item: entry.item, value: points, maximum: maximum))
        }
        let old = try Int.fetchOne(db.cachedStatement(sql: "SELECT hundredths FROM score WHERE unitId = ? AND criterionId = ? AND round = ?"),
                                   arguments: [entry.unitID, criterionID, entry.round.rawValue]).map { Points(hundredths: $0) }
        // The cell's audit name, looked up only when needed: an import of unchanged cells skips it.
        func cellEntity() throws -> (name: String, entity: String) {
            let name = try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM unit WHERE id = ?"), arguments: [entry.unitID]) ?? "#\(entry.unitID)"
            return (name, "\(reference.clusterCode)/\(reference.year)/\(name)/\(entry.item)/\(entry.round.rawValue)")
        }
        var cell: (name: String, entity: String)?
        if case .anything = expecting {} else {
            let known = try cellEntity()
            cell = known
            try require(expecting, stored: old, db, subject: .score(unit: known.name, item: entry.item, round: entry.round),
                        entities: [known.entity], actions: ["score.set"], theirs: { $0.map { DecimalText.format($0) } })
        }
        guard old != entry.points else { return .unchanged }
        let entity = try (cell ?? cellEntity()).entity
        if let points = entry.points {
            try db.cachedStatement(sql: """
                INSERT INTO score (clusterYearId, unitId, criterionId, round, hundredths) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (unitId, criterionId, round) DO UPDATE SET hundredths = excluded.hundredths
                """).execute(arguments: [reference.id, entry.unitID, criterionID, entry.round.rawValue, points.hundredths])
        } else {
            try db.execute(sql: "DELETE FROM score WHERE unitId = ? AND criterionId = ? AND round = ?",
                           arguments: [entry.unitID, criterionID, entry.round.rawValue])
        }
        try audit.append(db, action: "score.set", entity: entity,
                         old: old.map { DecimalText.format($0) }, new: entry.points.map { DecimalText.format($0) }, reason: reason)
        return entry.points == nil ? .cleared : .changed
    }

    /// A bonus or deduction within the year's limits and with its reason, whoever asks: the
    /// rule set decides here, not each screen or file reader.
    @discardableResult
    static func applyAdjustment(_ db: Database, _ reference: ClusterYearReference, unitID: Int64, kind: Adjustment.Kind,
                                _ adjustment: Adjustment?, rules: RuleSet, audit: AuditTrail, expecting: Expected<Adjustment?> = .anything) throws -> CellChange {
        if let adjustment, let problem = rules.validate(adjustment, kind: kind) { throw StoreError.invalidScore(problem) }
        let old = try Row.fetchOne(db, sql: "SELECT hundredths, reason FROM adjustment WHERE clusterYearId = ? AND unitId = ? AND kind = ?",
                                   arguments: [reference.id, unitID, kind.rawValue])
            .map { Adjustment(points: Points(hundredths: $0["hundredths"]), reason: $0["reason"]) }
        let name = try String.fetchOne(db, sql: "SELECT name FROM unit WHERE id = ?", arguments: [unitID]) ?? "#\(unitID)"
        let entity = "\(reference.clusterCode)/\(reference.year)/\(name)"
        let describe = { (value: Adjustment) in DecimalText.format(value.points) + " (" + value.reason + ")" }
        try require(expecting, stored: old, db, subject: .adjustment(unit: name, kind: kind), entities: [entity], actions: ["\(kind.rawValue).set"],
                    theirs: { $0.map(describe) })
        let new = adjustment.flatMap { $0.points == .zero ? nil : $0 }
        guard old != new else { return .unchanged }
        if let new {
            try db.execute(sql: """
                INSERT INTO adjustment (clusterYearId, unitId, kind, hundredths, reason) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (clusterYearId, unitId, kind) DO UPDATE SET hundredths = excluded.hundredths, reason = excluded.reason
                """, arguments: [reference.id, unitID, kind.rawValue, new.points.hundredths, new.reason])
        } else {
            try db.execute(sql: "DELETE FROM adjustment WHERE clusterYearId = ? AND unitId = ? AND kind = ?",
                           arguments: [reference.id, unitID, kind.rawValue])
        }
        try audit.append(db, action: "\(kind.rawValue).set", entity: entity,
                         old: old.map(describe), new: new.map(describe), reason: new?.reason ?? "")
        return new == nil ? .cleared : .changed
    }
}

extension EmulationStore {
    /// Saves (or, with an empty text, removes) the note of a unit's item: evidence or a reason.
    public func setNote(_ reference: ClusterYearReference, unitID: Int64, item: String, note: String, expecting: Expected<String?> = .anything) throws {
        try write { db in
            try Self.requireOpen(db, reference)
            guard let criterionID = try Int64.fetchOne(db, sql: "SELECT id FROM criterion WHERE clusterYearId = ? AND code = ?",
                                                       arguments: [reference.id, item]) else {
                throw StoreError.invalidScore(.unknownItem(item))
            }
            let old = try String.fetchOne(db, sql: "SELECT note FROM itemNote WHERE clusterYearId = ? AND unitId = ? AND criterionId = ?",
                                          arguments: [reference.id, unitID, criterionID])
            let name = try String.fetchOne(db, sql: "SELECT name FROM unit WHERE id = ?", arguments: [unitID]) ?? "#\(unitID)"
            let entity = "\(reference.clusterCode)/\(reference.year)/\(name)/\(item)"
            try Self.require(expecting, stored: old, db, subject: .note(unit: name, item: item), entities: [entity], actions: ["note.set"],
                             theirs: { $0 })
            let new = note.trimmingCharacters(in: .whitespaces)
            guard old != (new.isEmpty ? nil : new) else { return }
            if new.isEmpty {
                try db.execute(sql: "DELETE FROM itemNote WHERE clusterYearId = ? AND unitId = ? AND criterionId = ?",
                               arguments: [reference.id, unitID, criterionID])
            } else {
                try db.execute(sql: """
                    INSERT INTO itemNote (clusterYearId, unitId, criterionId, note) VALUES (?, ?, ?, ?)
                    ON CONFLICT (clusterYearId, unitId, criterionId) DO UPDATE SET note = excluded.note
                    """, arguments: [reference.id, unitID, criterionID, new])
            }
            try audit.append(db, action: "note.set", entity: entity,
                             old: old, new: new.isEmpty ? nil : new)
        }
    }
}
