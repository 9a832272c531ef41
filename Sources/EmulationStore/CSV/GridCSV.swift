import Emulation
import Foundation

/// The score grid as CSV: `unit`, one column per item code, `bonus`, `bonus_reason`,
/// `deduction`, `deduction_reason`. Points are written with a decimal comma; both "9,5" and
/// "9.5" are read.
public enum GridCSV {
    static let adjustmentColumns = ["bonus", "bonus_reason", "deduction", "deduction_reason"]

    public static func header(tree: CriteriaTree) -> [String] {
        ["unit"] + tree.items.map(\.code) + adjustmentColumns
    }

    /// A grid of one round, or of final scores (`round` nil); `blank` leaves every score empty.
    public static func table(_ snapshot: YearSnapshot, round: ScoreRound?, blank: Bool = false) -> FileTable {
        let rows = snapshot.units.map { unit -> [FileTable.Cell] in
            let scores = snapshot.scores[unit.id] ?? UnitScores()
            let cells = snapshot.tree.items.map { item -> FileTable.Cell in
                if blank { return .empty }
                return FileTable.Cell(round.map { scores.score(item.code, in: $0) } ?? scores.final(item: item.code, rule: snapshot.rules.finalScore))
            }
            let bonus = blank ? nil : scores.bonus
            let deduction = blank ? nil : scores.deduction
            return [.text(unit.name)] + cells + [
                FileTable.Cell(bonus?.points), bonus.map { .text($0.reason) } ?? .empty,
                FileTable.Cell(deduction?.points), deduction.map { .text($0.reason) } ?? .empty,
            ]
        }
        return FileTable(header: header(tree: snapshot.tree), rows: rows)
    }

    /// The grid as CSV (see `table`).
    public static func export(_ snapshot: YearSnapshot, round: ScoreRound?, blank: Bool = false, style: CSVStyle = .plain) -> String {
        CSVOutput.render(table(snapshot, round: round, blank: blank), style: style)
    }

    /// What a valid file asks to store. Empty score cells leave the stored value as it is.
    public struct Parsed: Sendable {
        public var entries: [ScoreEntry]
        public var adjustments: [(unitID: Int64, kind: Adjustment.Kind, adjustment: Adjustment?)]
    }

    /// Checks the whole file and reports every problem; returns entries only when there is none.
    public static func parse(data: Data, file: String, sheet: String? = nil, snapshot: YearSnapshot, round: ScoreRound) -> Result<Parsed, StoreError> {
        let table: ImportTable
        switch ImportTable.read(data: data, file: file, sheet: sheet, headerKey: "unit") {
        case .success(let read): table = read
        case .failure(let issue): return .failure(.importFailed([issue]))
        }
        var issues = ImportIssues(table)

        let expected = header(tree: snapshot.tree)
        // A workbook of the final grid has its totals after the file's columns, as formulas: read past.
        let (columnOf, headerIssues) = table.columns(allowed: expected + FileTable.gridTotals(snapshot.tree), required: expected)
        guard headerIssues.isEmpty else { return .failure(.importFailed(headerIssues)) }

        let rules = snapshot.rules
        var parsed = Parsed(entries: [], adjustments: [])
        var firstLineOfUnit: [Int64: Int] = [:]
        let index = UnitIndex(snapshot.units)
        for row in table.rows {
            let rowIssues = table.rowIssues(row)
            if !rowIssues.isEmpty {
                rowIssues.forEach { issues.add($0) }
                continue
            }
            func field(_ name: String) -> (value: String, column: Int) {
                let index = columnOf[name]!
                return (row.fields[index].trimmingWhitespaces(), index + 1)
            }
            let unitField = field("unit")
            if unitField.value.isEmpty { issues.add(row.line, unitField.column, "unit", "", .requiredValueMissing); continue }
            guard let unit = index.unit(named: unitField.value) else {
                issues.add(row.line, unitField.column, "unit", unitField.value, .unknownUnit); continue
            }
            if let first = firstLineOfUnit[unit.id] {
                issues.add(row.line, unitField.column, "unit", unitField.value, .duplicateUnit(firstLine: first)); continue
            }
            firstLineOfUnit[unit.id] = row.line

            for item in snapshot.tree.items {
                let cell = field(item.code)
                if cell.value.isEmpty { continue }
                switch table.points(row, column: cell.column - 1) {
                case .failure(let error): issues.add(row.line, cell.column, item.code, cell.value, .malformedNumber(error))
                case .success(let points):
                    if points > item.maximum { issues.add(row.line, cell.column, item.code, cell.value, .outOfRange(maximum: item.maximum)) }
                    else { parsed.entries.append(ScoreEntry(unitID: unit.id, item: item.code, round: round, points: points)) }
                }
            }
            for (kind, limit) in [(Adjustment.Kind.bonus, rules.bonusMaximum), (.deduction, rules.deductionMaximum)] {
                let amount = field(kind.rawValue)
                let reason = field(kind.rawValue + "_reason")
                if amount.value.isEmpty {
                    if !reason.value.isEmpty { issues.add(row.line, amount.column, kind.rawValue, "", .requiredValueMissing) }
                    continue
                }
                switch table.points(row, column: amount.column - 1) {
                case .failure(let error): issues.add(row.line, amount.column, kind.rawValue, amount.value, .malformedNumber(error))
                case .success(let points):
                    if points > limit { issues.add(row.line, amount.column, kind.rawValue, amount.value, .outOfRange(maximum: limit)) }
                    else if points > .zero && reason.value.isEmpty { issues.add(row.line, reason.column, kind.rawValue + "_reason", "", .reasonMissing) }
                    else { parsed.adjustments.append((unit.id, kind, Adjustment(points: points, reason: reason.value))) }
                }
            }
        }
        return issues.isEmpty ? .success(parsed) : .failure(.importFailed(issues.all))
    }
}
