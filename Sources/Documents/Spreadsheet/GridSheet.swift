import Emulation

/// The score grid as a sheet: the file `thidua import scores` reads (storage's table, its
/// header row unchanged) under the major criteria merged over their items with their maxima,
/// and each item's name. A grid to fill in (blank, or one round's) checks each score against
/// its maximum as it is typed; the final grid adds each criterion's subtotal and the total as
/// formulas, with thidua's values cached for readers that do not recalculate. Every column is
/// found by its name in the file's header, so the sheet follows the file.
enum GridSheet {
    static func sheet(_ source: DocumentSource) -> Spreadsheet {
        let snapshot = source.snapshot
        let words = source.words
        let sheetWords = SpreadsheetWords.of(words)
        let tree = snapshot.tree
        let rules = snapshot.rules
        let file = source.files.grid(snapshot, source.round, source.blank)
        let computed = source.round == nil && !source.blank
        let header = file.header + (computed ? FileTable.gridTotals(tree) : [])
        let position = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })

        var sheet = SheetTitle(source: source, title: words.gridTitle(SheetTitle.cluster(snapshot), snapshot.reference.year, roundName(source)),
                               notes: source.blank ? [sheetWords.blankNote] : []).sheet(name: sheetWords.sheetGrid, header: header, rows: [])
        sheet.groups = groups(tree, position: position, words: words, sheetWords)
        sheet.captions = header.map { caption($0, tree: tree, rules: rules, sheetWords) }

        var rows: [[Spreadsheet.Cell]] = file.rows.map { $0.map(Spreadsheet.Cell.init) }
        if computed {
            // The formulas name cells, so they are made once the rows above the data are known.
            for (index, unit) in snapshot.units.enumerated() where index < rows.count {
                let result = UnitResult.compute(unit: unit, scores: snapshot.scores[unit.id] ?? UnitScores(), tree: tree, rules: rules)
                rows[index] += totals(tree, row: sheet.firstDataRow + index, position: position, result: result)
            }
        }
        sheet.rows = rows
        sheet.validations = computed ? [] : validations(tree, rules: rules, position: position, words: words, sheetWords)
        return sheet
    }

    /// The unit's column, each major criterion over its items, the bonus and deduction, the totals.
    private static func groups(_ tree: CriteriaTree, position: [String: Int], words: DocumentWords, _ sheetWords: SpreadsheetWords) -> [Spreadsheet.Group] {
        var groups: [Spreadsheet.Group] = []
        func group(_ title: String, _ columns: [String]) {
            let found = columns.compactMap { position[$0] }
            guard let first = found.min(), let last = found.max() else { return }
            groups.append(Spreadsheet.Group(title: title, first: first, last: last))
        }
        group(words.columnUnit, ["unit"])
        for major in tree.majors {
            group(sheetWords.majorGroup(major.code, major.title, number(major.maximum)), major.leaves.map(\.code))
        }
        group(sheetWords.adjustmentsGroup, ["bonus", "bonus_reason", "deduction", "deduction_reason"])
        group(sheetWords.totalsGroup, FileTable.gridTotals(tree))
        return groups
    }

    /// A column's full title over its code: the item's name and maximum, and so on.
    private static func caption(_ column: String, tree: CriteriaTree, rules: RuleSet, _ words: SpreadsheetWords) -> String {
        if let item = tree.item(code: column) { return words.itemCaption(item.title, number(item.maximum)) }
        switch column {
        case "bonus": return words.bonusCaption(number(rules.bonusMaximum))
        case "bonus_reason": return words.bonusReasonCaption
        case "deduction": return words.deductionCaption(number(rules.deductionMaximum))
        case "deduction_reason": return words.deductionReasonCaption
        case "total": return words.totalCaption
        default:
            guard let major = tree.majors.first(where: { "subtotal_" + $0.code == column }) else { return "" }
            return words.subtotalCaption(major.code)
        }
    }

    /// Each major criterion's SUM over its items, then MAX(0, subtotals + bonus − deduction), as
    /// UnitResult computes them.
    private static func totals(_ tree: CriteriaTree, row: Int, position: [String: Int], result: UnitResult) -> [Spreadsheet.Cell] {
        let cell = { (column: String) in position[column].map { Spreadsheet.cellName(row: row, column: $0) } ?? "0" }
        let subtotals = tree.majors.map { major -> Spreadsheet.Cell in
            .formula("=" + Self.sum(major.leaves.compactMap { position[$0.code] }, row: row), value: result.subtotal(major: major.code))
        }
        let subtotalCells = tree.majors.map { cell("subtotal_" + $0.code) }.joined(separator: "+")
        return subtotals + [.formula("=MAX(0,\(subtotalCells)+N(\(cell("bonus")))-N(\(cell("deduction"))))", value: result.total)]
    }

    /// "SUM(B7:H7)" when the columns sit side by side, as a criterion's items do in thidua's
    /// files, else "SUM(B7,D7,…)".
    private static func sum(_ columns: [Int], row: Int) -> String {
        guard let first = columns.first, let last = columns.last else { return "0" }
        let cells = columns == Array(first...last) ? [Spreadsheet.cellName(row: row, column: first) + ":" + Spreadsheet.cellName(row: row, column: last)]
            : columns.map { Spreadsheet.cellName(row: row, column: $0) }
        return "SUM(" + cells.joined(separator: ",") + ")"
    }

    private static func validations(_ tree: CriteriaTree, rules: RuleSet, position: [String: Int], words: DocumentWords,
                                    _ sheetWords: SpreadsheetWords) -> [Spreadsheet.Validation] {
        let limits = tree.items.map { ($0.code, $0.code, $0.maximum) }
            + [("bonus", words.columnBonus, rules.bonusMaximum), ("deduction", words.columnDeduction, rules.deductionMaximum)]
        return limits.compactMap { column, name, maximum in
            position[column].map { validation(column: $0, code: name, maximum: maximum, sheetWords) }
        }
    }

    private static func roundName(_ source: DocumentSource) -> String {
        source.round.map(source.words.round) ?? source.words.finalRound
    }

    /// "10", "7,5": a maximum as a person reads it.
    private static func number(_ points: Points) -> String { DecimalText.format(points, trimWhole: true) }

    private static func validation(column: Int, code: String, maximum: Points, _ words: SpreadsheetWords) -> Spreadsheet.Validation {
        Spreadsheet.Validation(column: column, maximum: maximum, inputTitle: String(words.inputTitle(code).prefix(32)),
                               inputMessage: words.inputMessage(number(maximum)), errorMessage: words.errorMessage(code, number(maximum)))
    }
}
