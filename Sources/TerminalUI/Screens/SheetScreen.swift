import Emulation

/// One unit's items as rows: code, wording, maximum, self, cluster, final, gap, note; then its
/// bonus and deduction with their reasons. The focused item's full wording stays in view below.
enum SheetScreen {
    static func visibleRows(_ state: AppState) -> Int { max(1, state.contentArea.rows - 4) }

    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        guard let year = YearScreen.year(state, into: &buffer, area: area), !year.units.isEmpty,
              state.sheet.selection.index < SheetRow.rows(year.tree).count else { return }
        let words = state.words
        let unit = year.units[min(state.sheet.unit, year.units.count - 1)]
        let scores = year.scores[unit.id] ?? UnitScores()
        let result = state.review?.ranking.entry(unitID: unit.id)
        var heading = words.screen.sheetHeading(unit.name, state.sheet.unit + 1, year.units.count)
        if let result {
            heading += " · " + words.columnTotal + " " + DecimalText.format(result.result.total) + " — " + words.classificationShort(result.result.classification)
        }
        buffer.write(heading, row: area.row, column: 1, role: .accent, limit: area.columns - 2)

        let fixed = 5 + 6 + 7 + 8 + 6 + 4 + 7 // code, max, self, cluster, final, gap, separators
        let flexible = max(20, area.columns - 1 - fixed)
        let titleWidth = flexible * 3 / 5
        let noteWidth = flexible - titleWidth
        let columns = [
            TableColumn(words.screen.columnItem, width: 5), TableColumn(words.screen.columnWording, width: titleWidth),
            TableColumn(words.screen.columnMaximum, width: 6, alignRight: true), TableColumn(words.screen.columnSelf, width: 7, alignRight: true),
            TableColumn(words.screen.columnCluster, width: 8, alignRight: true), TableColumn(words.screen.columnFinal, width: 6, alignRight: true),
            TableColumn(words.screen.columnGap, width: 4), TableColumn(words.screen.columnNote, width: noteWidth),
        ]
        let rows = SheetRow.rows(year.tree)
        let row = { (index: Int) -> [TableCell] in
            switch rows[index] {
            case .item(let item):
                let own = scores.selfAssessment[item.code]
                let theirs = scores.cluster[item.code]
                let flagged = scores.hasGap(item: item, rules: year.rules)
                return [TableCell(item.code), TableCell(item.title), TableCell(DecimalText.format(item.maximum, trimWhole: true)),
                        own.map { TableCell(DecimalText.format($0)) } ?? TableCell("·", role: .scoreMissing),
                        theirs.map { TableCell(DecimalText.format($0)) } ?? TableCell("·", role: .scoreMissing),
                        TableCell(scores.final(item: item.code).map { DecimalText.format($0) } ?? ""),
                        TableCell(flagged ? "!" : "", role: flagged ? .flagged : nil),
                        TableCell(year.notes[unit.id]?[item.code] ?? "")]
            case .adjustment(let kind):
                let value = SheetEditing.adjustment(kind, scores)
                let limit = kind == .bonus ? year.rules.bonusMaximum : year.rules.deductionMaximum
                let name = kind == .bonus ? words.columnBonus : words.columnDeduction
                let points = value.map { (kind == .bonus ? "+" : "−") + DecimalText.format($0.points) } ?? ""
                return [TableCell(kind == .bonus ? "+" : "−"), TableCell(name, role: .accent), TableCell(DecimalText.format(limit, trimWhole: true)),
                        TableCell(points), TableCell(""), TableCell(""), TableCell(""), TableCell(value?.reason ?? "")]
            }
        }
        var table = TableView(columns: columns, rowCount: rows.count, frozenColumns: 2, selection: state.sheet.selection, row: row)
        let focused: Int
        switch (rows[state.sheet.selection.index], state.sheet.column) {
        case (_, .note): focused = 7
        case (.adjustment, _): focused = 3
        case (.item, .selfScore): focused = 3
        case (.item, .clusterScore): focused = 4
        }
        table.focusedColumn = focused
        table.editing = state.sheet.edit
        table.render(into: &buffer, area: Rect(row: area.row + 1, column: 1, rows: area.rows - 3, columns: area.columns - 1))
        if case .item(let item) = rows[state.sheet.selection.index] {
            let major = year.tree.major(ofItem: item.code).map { words.columnCriterion($0.code) + " · " } ?? ""
            buffer.write("› " + major + item.code + " " + item.title, row: area.bottom - 1, column: 1, role: .accent, limit: area.columns - 2)
        }
    }
}
