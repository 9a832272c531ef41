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

extension ScoreEntry {
    /// Who may write this cell: the unit's clerk for the self round, the secretary for the
    /// cluster's.
    var action: GuardedAction {
        switch round {
        case .selfAssessment: return .selfScore(unit: unitID)
        case .cluster: return .clusterScore(unit: unitID)
        }
    }
}

extension EmulationStore {
    /// Saves one cell in its own transaction, with its audit row. The cell must still hold what
    /// `expecting` says (what the clerk saw): another clerk's newer value is never overwritten.
    public func setScore(_ reference: ClusterYearReference, _ entry: ScoreEntry, reason: String = "", expecting: Expected<Points?> = .anything) throws {
        try writeCheckingEach { db, access in
            try Self.requireOpen(db, reference)
            try access.require(entry.action, in: reference.clusterCode)
            var lookups = ScoreLookups(reference)
            try Self.apply(db, reference, entry, lookups: &lookups, audit: audit, reason: reason, expecting: expecting)
        }
    }

    /// Saves many cells and adjustments at once: all or nothing. Returns what was changed,
    /// counted in the same transaction.
    @discardableResult
    public func importScores(_ reference: ClusterYearReference, entries: [ScoreEntry],
                             adjustments: [(unitID: Int64, kind: Adjustment.Kind, adjustment: Adjustment?)], reason: String) throws -> ImportSummary {
        try writeCheckingEach { db, access in
            try Self.requireOpen(db, reference)
            // Every row is checked before any is written: a file with one unit the clerk may not
            // score is refused whole, naming it, like any other bad row.
            for action in Set(entries.map(\.action) + adjustments.map { GuardedAction.adjustment(unit: $0.unitID) }) {
                try access.require(action, in: reference.clusterCode)
            }
            var summary = ImportSummary()
            // One set of lookups for the whole file: each item and unit name is read once, not per cell.
            var lookups = ScoreLookups(reference)
            // And the chain's position once, for all its audit rows.
            let audit = audit.batched()
            // One audit row per unit's run of cells (a line of the grid), with an image of every
            // cell it changed: a row and a hash per cell made most of a large import's time.
            var start = entries.startIndex
            while start < entries.endIndex {
                let unitID = entries[start].unitID
                var end = start + 1
                while end < entries.endIndex && entries[end].unitID == unitID { end += 1 }
                var changes: [(entry: ScoreEntry, old: Points?)] = []
                var stored = try StoredScore.rowIDs(ofUnit: unitID, db)
                // New cells are written together, in one statement per run of them (a line of
                // a first import is one): one statement per cell made most of the writing. Any
                // other write waits for them, so the changes keep the file's order.
                var newRows: [StoredScore] = []
                var newCells: Set<StoredScore.Cell> = []
                func writeNewRows() throws {
                    guard !newRows.isEmpty else { return }
                    try StoredScore.insertCells(newRows, db)
                    newRows = []
                    newCells = []
                }
                for entry in entries[start..<end] {
                    // A cell named twice in the run finds what the first one wrote.
                    if !newCells.isEmpty, newCells.contains(StoredScore.Cell(unitID: unitID, criterionID: try lookups.item(db, code: entry.item).id,
                                                                             round: entry.round)) {
                        try writeNewRows()
                        stored = try StoredScore.rowIDs(ofUnit: unitID, db)
                    }
                    let (criterionID, old) = try Self.cellBefore(db, entry, lookups: &lookups, stored: stored)
                    guard old != entry.points else {
                        summary.scores.count(.unchanged)
                        continue
                    }
                    let cell = StoredScore.Cell(unitID: unitID, criterionID: criterionID, round: entry.round)
                    if let points = entry.points, old == nil {
                        newRows.append(StoredScore(clusterYearId: reference.id, unitId: unitID, criterionId: criterionID, round: entry.round,
                                                   hundredths: points.hundredths))
                        newCells.insert(cell)
                    } else {
                        try writeNewRows()
                        try Self.store(db, reference, entry, criterionID: criterionID, replacing: old)
                        if entry.points == nil { stored[cell] = nil }
                    }
                    summary.scores.count(entry.points == nil ? .cleared : .changed)
                    changes.append((entry, old))
                }
                try writeNewRows()
                if !changes.isEmpty {
                    let text = { (points: Points?) in points.map { DecimalText.format($0) } ?? ImportedCells.none }
                    try audit.append(db, action: ImportedCells.action, entity: Self.unitEntity(reference, name: try lookups.unitName(db, unitID: unitID)),
                                     old: ImportedCells.text(changes.map { ($0.entry, text($0.old)) }),
                                     new: ImportedCells.text(changes.map { ($0.entry, text($0.entry.points)) }), reason: reason)
                }
                start = end
            }
            let rules = try Self.loadRules(db, yearID: reference.id)
            for change in adjustments {
                summary.adjustments.count(try Self.applyAdjustment(db, reference, unitID: change.unitID, kind: change.kind, change.adjustment,
                                                                   rules: rules, audit: audit, name: try lookups.unitName(db, unitID: change.unitID)))
            }
            return summary
        }
    }

    public func setAdjustment(_ reference: ClusterYearReference, unitID: Int64, kind: Adjustment.Kind, _ adjustment: Adjustment?,
                              expecting: Expected<Adjustment?> = .anything) throws {
        try write(.adjustment(unit: unitID), in: reference.clusterCode) { db in
            try Self.requireOpen(db, reference)
            try Self.applyAdjustment(db, reference, unitID: unitID, kind: kind, adjustment, rules: try Self.loadRules(db, yearID: reference.id), audit: audit,
                                     name: try Self.unitName(db, unitID: unitID), expecting: expecting)
        }
    }

    @discardableResult
    static func apply(_ db: Database, _ reference: ClusterYearReference, _ entry: ScoreEntry, lookups: inout ScoreLookups, audit: AuditTrail,
                      reason: String, expecting: Expected<Points?> = .anything) throws -> CellChange {
        let (criterionID, old) = try cellBefore(db, entry, lookups: &lookups)
        let name = try lookups.unitName(db, unitID: entry.unitID)
        let entity = "\(reference.clusterCode)/\(reference.year)/\(name)/\(entry.item)/\(entry.round.rawValue)"
        try require(expecting, stored: old, db, subject: .score(unit: name, item: entry.item, round: entry.round),
                    entities: [entity], actions: ["score.set"], importedRow: StoredScore.Cell(unitID: entry.unitID, criterionID: criterionID, round: entry.round),
                    theirs: { $0.map { DecimalText.format($0) } })
        guard old != entry.points else { return .unchanged }
        try store(db, reference, entry, criterionID: criterionID, replacing: old)
        try audit.append(db, action: "score.set", entity: entity,
                         old: old.map { DecimalText.format($0) }, new: entry.points.map { DecimalText.format($0) }, reason: reason)
        return entry.points == nil ? .cleared : .changed
    }

    /// The cell's item (refusing a score outside its range) and what the cell holds now; `stored`,
    /// when given, is the rowid of each stored cell of the entry's unit (`StoredScore.rowIDs`).
    static func cellBefore(_ db: Database, _ entry: ScoreEntry, lookups: inout ScoreLookups,
                           stored: [StoredScore.Cell: Int64]? = nil) throws -> (criterionID: Int64, old: Points?) {
        let (criterionID, maximum) = try lookups.item(db, code: entry.item)
        if let points = entry.points, points < .zero || points > maximum {
            throw StoreError.invalidScore(.outOfRange(item: entry.item, value: points, maximum: maximum))
        }
        let cell = StoredScore.Cell(unitID: entry.unitID, criterionID: criterionID, round: entry.round)
        guard let stored else { return (criterionID, try StoredScore.find(db, cell: cell)?.points) }
        return (criterionID, try stored[cell].flatMap { try StoredScore.find(db, id: $0) }?.points)
    }

    /// Writes the cell, which holds `old`: whether its row exists is known, so one statement,
    /// not an upsert's insert-or-update. No audit row: the caller appends it.
    static func store(_ db: Database, _ reference: ClusterYearReference, _ entry: ScoreEntry, criterionID: Int64, replacing old: Points?) throws {
        if let points = entry.points {
            let row = StoredScore(clusterYearId: reference.id, unitId: entry.unitID, criterionId: criterionID, round: entry.round,
                                  hundredths: points.hundredths)
            if old == nil { try row.insertCell(db) } else { try row.updateCell(db) }
        } else {
            try StoredScore.deleteCell(db, StoredScore.Cell(unitID: entry.unitID, criterionID: criterionID, round: entry.round))
        }
    }

    /// A unit's audit name within its year (its bonus, deduction and imported scores).
    static func unitEntity(_ reference: ClusterYearReference, name: String) -> String {
        "\(reference.clusterCode)/\(reference.year)/\(name)"
    }

    /// A bonus or deduction within the year's limits and with its reason, whoever asks: the
    /// rule set decides here, not each screen or file reader.
    @discardableResult
    static func applyAdjustment(_ db: Database, _ reference: ClusterYearReference, unitID: Int64, kind: Adjustment.Kind,
                                _ adjustment: Adjustment?, rules: RuleSet, audit: AuditTrail, name: @autoclosure () throws -> String,
                                expecting: Expected<Adjustment?> = .anything) throws -> CellChange {
        if let adjustment, let problem = rules.validate(adjustment, kind: kind) { throw StoreError.invalidScore(problem) }
        let key = StoredAdjustment.key(clusterYearID: reference.id, unitID: unitID, kind: kind)
        let old = try StoredAdjustment.find(db, key: key)?.adjustment
        let name = try name()
        let entity = unitEntity(reference, name: name)
        let describe = { (value: Adjustment) in DecimalText.format(value.points) + " (" + value.reason + ")" }
        try require(expecting, stored: old, db, subject: .adjustment(unit: name, kind: kind), entities: [entity], actions: ["\(kind.rawValue).set"],
                    theirs: { $0.map(describe) })
        let new = adjustment.flatMap { $0.points == .zero ? nil : $0 }
        guard old != new else { return .unchanged }
        if let new {
            try StoredAdjustment(clusterYearId: reference.id, unitId: unitID, kind: kind, hundredths: new.points.hundredths, reason: new.reason)
                .upsert(db)
        } else {
            try StoredAdjustment.deleteOne(db, key: key)
        }
        try audit.append(db, action: "\(kind.rawValue).set", entity: entity,
                         old: old.map(describe), new: new.map(describe), reason: new?.reason ?? "")
        return new == nil ? .cleared : .changed
    }
}

extension EmulationStore {
    /// Saves (or, with an empty text, removes) the note of a unit's item: evidence or a reason.
    public func setNote(_ reference: ClusterYearReference, unitID: Int64, item: String, note: String, expecting: Expected<String?> = .anything) throws {
        try write(.unitNote(unit: unitID), in: reference.clusterCode) { db in
            try Self.requireOpen(db, reference)
            guard let criterionID = try StoredCriterion.item(db, code: item, of: reference.id)?.rowID else {
                throw StoreError.invalidScore(.unknownItem(item))
            }
            let key = StoredItemNote.key(clusterYearID: reference.id, unitID: unitID, criterionID: criterionID)
            let old = try StoredItemNote.find(db, key: key)?.note
            let name = try Self.unitName(db, unitID: unitID)
            let entity = "\(reference.clusterCode)/\(reference.year)/\(name)/\(item)"
            try Self.require(expecting, stored: old, db, subject: .note(unit: name, item: item), entities: [entity], actions: ["note.set"],
                             theirs: { $0 })
            let new = note.trimmingCharacters(in: .whitespaces)
            guard old != (new.isEmpty ? nil : new) else { return }
            if new.isEmpty {
                try StoredItemNote.deleteOne(db, key: key)
            } else {
                try StoredItemNote(clusterYearId: reference.id, unitId: unitID, criterionId: criterionID, note: new).upsert(db)
            }
            try audit.append(db, action: "note.set", entity: entity,
                             old: old, new: new.isEmpty ? nil : new)
        }
    }
}

/// What every cell of a score write needs and no score write changes, read once per
/// transaction instead of once per cell: the year's items (id and maximum, by code) and the
/// units' names for the audit. The writes of that transaction are scores, adjustments and audit
/// rows, so neither can change under it. Each is read the first time a cell asks, through its
/// record: an item row this build cannot read fails only a write that uses the item, and an
/// unknown item only a write that names it, as when every cell looked them up.
struct ScoreLookups {
    let reference: ClusterYearReference
    private var items: [String: (id: Int64, maximum: Points)] = [:]
    private var names: [Int64: String] = [:]

    init(_ reference: ClusterYearReference) {
        self.reference = reference
    }

    /// The year's criterion of that code: `StoreError.invalidScore(.unknownItem)` when it has none.
    mutating func item(_ db: Database, code: String) throws -> (id: Int64, maximum: Points) {
        if let known = items[code] { return known }
        guard let criterion = try StoredCriterion.item(db, code: code, of: reference.id) else {
            throw StoreError.invalidScore(.unknownItem(code))
        }
        let item = (id: criterion.rowID, maximum: criterion.maximum)
        items[code] = item
        return item
    }

    /// Its name alone, stepped with SQLite's own calls (an import names each of its units once);
    /// a name not stored as text is read through the record, which reads it or refuses it.
    mutating func unitName(_ db: Database, unitID: Int64) throws -> String {
        if let known = names[unitID] { return known }
        let statement = try db.cachedStatement(sql: "SELECT name FROM unit WHERE id = ?")
        try statement.setArguments([unitID])
        var stored: String?
        try RawRows.step(statement, db) { stored = RawRows.text($0, 0) }
        let name = try stored ?? EmulationStore.unitName(db, unitID: unitID)
        names[unitID] = name
        return name
    }
}
