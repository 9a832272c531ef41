import Emulation

/// The whole cluster's scores: units down, items across grouped by major criterion, then
/// subtotals, bonus, deductions, total, rank and classification. The unit column stays in
/// place; when everything does not fit, the view shows the focused item's major-criterion group.
enum GridScreen {
    static let unitWidth = 13
    static let itemWidth = 5
    static func visibleRows(_ state: AppState) -> Int { max(1, state.contentArea.rows - 4) }

    /// What a focusable column of the grid holds: an item's score, or after the items the
    /// unit's bonus and deduction (entered here as on the sheet, each with its reason).
    enum Column: Hashable {
        case item(Criterion)
        case adjustment(Adjustment.Kind)
    }

    /// Focusable columns: every item, then bonus and deduction.
    static func columnCount(_ year: YearSnapshot) -> Int { year.tree.items.count + Adjustment.Kind.allCases.count }

    static func column(_ index: Int, of year: YearSnapshot) -> Column? {
        let items = year.tree.items
        if items.indices.contains(index) { return .item(items[index]) }
        let kinds = Adjustment.Kind.allCases
        let offset = index - items.count
        return kinds.indices.contains(offset) ? .adjustment(kinds[offset]) : nil
    }

    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        guard let year = YearScreen.year(state, into: &buffer, area: area) else { return }
        let words = state.words
        let round = state.grid.round
        let roundName = round.map(words.round) ?? words.screen.roundFinal
        var info = "[\(roundName)] " + words.screen.progress(state.progress.entered(round: round), state.progress.total)
        if year.reference.status.isReadOnly { info += " · " + words.screen.yearIsClosed }

        var columns = [TableColumn(words.columnUnit, width: unitWidth)]
        var groupStarts: [Int] = []
        var itemColumns: [Int] = [] // the table column of each item, in the tree's item order
        var focusedGroup = 0
        for (majorIndex, major) in year.tree.majors.enumerated() {
            groupStarts.append(columns.count - 1)
            let label = words.columnCriterion(major.code) + " (" + DecimalText.format(major.maximum, trimWhole: true) + ")"
            for item in major.leaves {
                if itemColumns.count == state.grid.column { focusedGroup = majorIndex }
                itemColumns.append(columns.count)
                columns.append(TableColumn(item.code, width: itemWidth, alignRight: true, group: label))
            }
            columns.append(TableColumn("Σ" + major.code, width: 5, alignRight: true, group: label))
        }
        let summary = words.screen.finalGroup
        let summaryStart = columns.count - 1
        if state.grid.column >= itemColumns.count { focusedGroup = groupStarts.count }
        groupStarts.append(summaryStart)
        itemColumns += [columns.count, columns.count + 1]  // bonus and deduction take focus too
        columns += [TableColumn(words.columnBonus, width: 6, alignRight: true, group: summary),
                    TableColumn(words.columnDeduction, width: 6, alignRight: true, group: summary),
                    TableColumn(words.columnTotal, width: 6, alignRight: true, group: summary),
                    TableColumn(words.columnRank, width: 4, alignRight: true, group: summary),
                    TableColumn(words.columnClassification, width: 10, group: summary)]

        let review = state.review
        let row = { (index: Int) -> [TableCell] in
            let unit = year.units[index]
            let scores = year.scores[unit.id] ?? UnitScores()
            let result = review?.ranking.entry(unitID: unit.id)
            var cells = [TableCell(unit.name)]
            for major in year.tree.majors {
                // Σ adds the cells shown (the round's own scores); the total, rank and class
                // after them are always the final ones.
                var subtotal = Points.zero
                for item in major.leaves {
                    let value = round.map { scores.scores(in: $0)[item.code] } ?? scores.final(item: item.code)
                    let flagged = scores.hasGap(item: item, rules: year.rules)
                    subtotal += value ?? .zero
                    cells.append(value.map { TableCell(DecimalText.format($0), role: flagged ? .flagged : nil) } ?? TableCell("·", role: .scoreMissing))
                }
                cells.append(TableCell(DecimalText.format(subtotal), role: .accent))
            }
            cells += [TableCell(result.map { DecimalText.format($0.result.bonus) } ?? ""),
                      TableCell(result.map { DecimalText.format($0.result.deduction) } ?? ""),
                      TableCell(result.map { DecimalText.format($0.result.total) } ?? "", role: .accent),
                      TableCell(result.map { String($0.rank) + ($0.isTied ? words.tiedMark : "") } ?? "", role: result?.isTied == true ? .tied : nil),
                      TableCell(result.map { words.classificationCell($0.result.classification) } ?? "",
                                role: result?.result.classification == .excellent ? .excellent : nil)]
            return cells
        }
        var table = TableView(columns: columns, rowCount: year.units.count, frozenColumns: 1,
                              firstScrolledColumn: groupStarts.isEmpty ? 0 : groupStarts[focusedGroup],
                              selection: state.grid.selection, showsGroups: true, row: row)
        table.focusedColumn = state.grid.column < itemColumns.count ? itemColumns[state.grid.column] : nil
        table.editing = state.grid.edit
        // On a wide terminal everything fits: then there is nothing to scroll.
        var whole = table
        whole.firstScrolledColumn = 0
        let width = area.columns - 1
        if whole.visibleColumns(width: width).count == columns.count { table = whole }
        var infoLimit = area.columns - 2
        if table.visibleColumns(width: width).count < columns.count {
            let label = focusedGroup < year.tree.majors.count ? words.screen.groupLabel(focusedGroup + 1, year.tree.majors.count) : summary
            let labelColumn = max(1, area.columns - DisplayWidth.of(label) - 1)
            buffer.write(label, row: area.row, column: labelColumn, role: .accent)
            infoLimit = labelColumn - 3
        }
        buffer.write(info, row: area.row, column: 1, role: .muted, limit: infoLimit)
        table.render(into: &buffer, area: Rect(row: area.row + 1, column: 1, rows: area.rows - 1, columns: area.columns - 1))
    }
}
