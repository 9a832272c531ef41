import Emulation

/// The ranking: rank (shared ranks highlighted), unit, subtotal per major criterion, bonus minus
/// deductions, total, classification, proposed award, and a bar per unit stacked by major
/// criterion so the room sees the gaps. Enter opens the "why" panel of the selected unit; the
/// what-if mode is marked on the first line.
enum RankingScreen {
    static func tableRows(_ state: AppState) -> Int {
        let rows = state.contentArea.rows - 1
        return state.rankingWhy ? max(4, rows / 2) : rows
    }

    static func visibleRows(_ state: AppState) -> Int { max(1, tableRows(state) - 1) }

    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        guard let year = YearScreen.year(state, into: &buffer, area: area), let review = state.shownReview else { return }
        let edit = state.edit
        if state.whatIf != nil {
            buffer.fill(Rect(row: area.row, column: 0, rows: 1, columns: area.columns), role: .flagged)
            buffer.write(edit.whatIfBanner(state.whatIf?.changedUnits.count ?? 0), row: area.row, column: 1, role: .flagged, limit: area.columns - 2)
        } else {
            let votes = review.votes.count
            buffer.write(edit.rankingHeading(review.ranking.count, review.proposals.filter { $0.award != nil }.count, votes),
                         row: area.row, column: 1, role: .muted, limit: area.columns - 2)
        }
        let tableArea = Rect(row: area.row + 1, column: 1, rows: tableRows(state), columns: area.columns - 2)
        table(state, year: year, review: review, into: &buffer, area: tableArea)
        if state.rankingWhy {
            let panel = Rect(row: tableArea.bottom, column: 1, rows: area.bottom - tableArea.bottom, columns: area.columns - 2)
            WhyPanel.render(state, year: year, review: review, into: &buffer, area: panel)
        }
    }

    /// Column widths for the terminal's width; the bar takes what is left.
    static func columns(_ state: AppState, year: YearSnapshot) -> [TableColumn] {
        let words = state.words
        let wide = state.size.columns >= 120
        // Total, class and proposal come first, so a narrow terminal drops the subtotals before them.
        var columns = [TableColumn(words.columnRank, width: 4, alignRight: true), TableColumn(words.columnUnit, width: wide ? 20 : 13),
                       TableColumn(words.columnTotal, width: 6, alignRight: true), TableColumn(state.edit.columnClassShort, width: wide ? 10 : 6),
                       TableColumn(words.columnProposal, width: 12)]
        columns += year.tree.majors.map { TableColumn(words.columnCriterion($0.code), width: 5, alignRight: true) }
        columns.append(TableColumn("±", width: 5, alignRight: true))
        return columns
    }

    static func table(_ state: AppState, year: YearSnapshot, review: Review, into buffer: inout Buffer, area: Rect) {
        let words = state.words
        let edit = state.edit
        let wide = state.size.columns >= 120
        let columns = columns(state, year: year)
        let changed = state.whatIf?.changedUnits ?? []
        let passed = Set(review.votes.filter { $0.result == .passed }.map { Candidacy(unitID: $0.tally.unitID, award: $0.tally.award) })
        let view = TableView(columns: columns, rowCount: review.ranking.count, frozenColumns: 2, selection: state.rankingSelection) { index in
            let entry = review.ranking.entries[index]
            let result = entry.result
            let proposal = review.proposal(unitID: entry.unit.id)
            let net = result.bonus - result.deduction
            var cells = [TableCell(String(entry.rank) + (entry.isTied ? "=" : ""), role: entry.isTied ? .tied : nil),
                         TableCell((changed.contains(entry.unit.id) ? "*" : "") + entry.unit.name, role: entry.unit.eligibility.isEligible ? nil : .ineligible)]
            cells += [TableCell(DecimalText.format(result.total), role: .accent),
                      TableCell(wide ? words.classificationCell(result.classification) : edit.classificationAbbreviation(result.classification),
                                role: result.classification == .excellent ? .excellent : nil)]
            let proposalCell: TableCell
            if case .ineligible(let cause, _) = entry.unit.eligibility {
                // The cause in a word; the why panel has it in full.
                proposalCell = TableCell(edit.ineligibleCauseShort(cause), role: .ineligible)
            } else if let proposal, let award = proposal.award {
                let name = year.rules.award(code: award).map(words.awardShort) ?? award
                let mark = passed.contains(Candidacy(unitID: entry.unit.id, award: award)) ? " ✓" : (proposal.tiedForQuota ? " =" : "")
                proposalCell = TableCell(name + mark, role: proposal.tiedForQuota ? .tied : nil)
            } else {
                proposalCell = TableCell("—", role: .muted)
            }
            cells.append(proposalCell)
            cells += year.tree.majors.map { TableCell(DecimalText.format(result.subtotal(major: $0.code))) }
            cells.append(TableCell(net == .zero ? "" : (net > .zero ? "+" : "−") + DecimalText.format(net > .zero ? net : .zero - net)))
            return cells
        }
        view.render(into: &buffer, area: area)
        // The bars, right of the table, drawn over the rows it laid out.
        let shown = view.visibleColumns(width: area.columns)
        let used = shown.reduce(0) { $0 + columns[$1].width + 1 }
        let barWidth = area.columns - used - 1
        guard barWidth >= 4, shown.count == columns.count else { return }
        let scale = max(review.ranking.entries.first?.result.total ?? .zero, Points(1))
        // The legend in words where it fits, else by number: "█1▓2▒3".
        let shades = year.tree.majors.indices.map { "\(StackedBar.shades[$0 % 3])\($0 + 1)" }.joined()
        let legend = DisplayWidth.of(edit.barHeading) <= barWidth ? edit.barHeading : shades
        buffer.write(DisplayWidth.truncate(legend, to: barWidth), row: area.row, column: area.column + used, role: .header)
        for line in 0..<(area.rows - 1) {
            let index = state.rankingSelection.offset + line
            guard index < review.ranking.count else { break }
            bar(review.ranking.entries[index].result, year: year, scale: scale)
                .render(into: &buffer, row: area.row + 1 + line, column: area.column + used, width: barWidth)
        }
    }

    /// The subtotals of the major criteria, then a bonus; a deduction shortens the bar from its end.
    static func bar(_ result: UnitResult, year: YearSnapshot, scale: Points) -> StackedBar {
        let roles: [StyleRole] = [.barCriterion1, .barCriterion2, .barCriterion3]
        var segments = year.tree.majors.enumerated().map { index, major in
            StackedBar.Segment(value: result.subtotal(major: major.code), role: roles[index % roles.count],
                               fill: StackedBar.shades[index % (StackedBar.shades.count - 1)])
        }
        segments.append(StackedBar.Segment(value: result.bonus, role: .accent, fill: StackedBar.shades[3]))
        var excess = result.deduction
        for index in segments.indices.reversed() where excess > .zero {
            let cut = min(excess, segments[index].value)
            segments[index].value = segments[index].value - cut
            excess = excess - cut
        }
        return StackedBar(segments: segments, scale: scale)
    }
}
