import Documents
import Emulation

extension ScreenID {
    public static let ranking = ScreenID(rawValue: "ranking")
}

/// The ranking: rank (shared ranks highlighted), unit, subtotal per major criterion, bonus minus
/// deductions, total, classification, proposed award, and a bar per unit stacked by major
/// criterion so the room sees the gaps. Enter opens the "why" panel of the selected unit; the
/// what-if mode is marked on the first line.
enum RankingScreen: Screen {
    static let id = ScreenID.ranking
    static let letter: Character = "x"
    static func name(_ words: Catalogue) -> String { words.screen.rankingName }
    static func summary(_ words: Catalogue) -> String { words.screen.rankingSummary }
    static var initialState: RankingState { RankingState() }
    static var exports: [MenuExport] {
        [MenuExport(.minutes, .md), MenuExport(.proposals, .md), MenuExport(.proposals, .xlsx), MenuExport(.ranking, .html), MenuExport(.ranking, .xlsx)]
    }

    enum Action: Hashable, Sendable {
        case toggleWhy
        case vote
        /// The province's decision on the selected unit's proposal.
        case decision
        case toggleWhatIf
        case whatIfEdit
        /// Esc while trying scores: back to the real ranking, not to Home.
        case leaveWhatIf
        case yearMenu
    }

    /// Votes only for who may record them; the what-if mode, which never saves, for everyone.
    static func bindings(_ ranking: RankingState, _ state: AppShared) -> [KeyBinding<Action>] {
        var bindings = [KeyBinding(Action.toggleWhy, keys: [.enter], label: "Enter", inFooter: true, name: { $0.edit.keyWhy }, help: { $0.edit.keyWhyHelp })]
        if state.may(.recordVote) {
            bindings.append(KeyBinding(.vote, keys: [.character("b")], label: "b", inFooter: true, name: { $0.edit.keyVote }, help: { $0.edit.keyVoteHelp }))
        }
        // From the review stage on, closed years too: decisions arrive after the meeting.
        if state.may(.recordDecision), (state.year?.reference.status ?? .pledge) >= .review {
            bindings.append(KeyBinding(.decision, keys: [.character("d")], label: "d", name: { $0.decisions.key }, help: { $0.decisions.keyHelp }))
        }
        bindings += [
            KeyBinding(.toggleWhatIf, keys: [.character("w")], label: "w", inFooter: true, name: { $0.edit.keyWhatIf }, help: { $0.edit.keyWhatIfHelp }),
            KeyBinding(.whatIfEdit, keys: [.character("e")], label: "e", name: { $0.edit.keyWhatIfEdit }, help: { $0.edit.keyWhatIfEditHelp }),
            KeyMap.yearMenu(.yearMenu, inFooter: true),
        ]
        if state.whatIf != nil {
            bindings.append(KeyBinding(.leaveWhatIf, keys: [.escape], label: "Esc", name: { $0.edit.keyLeaveWhatIf }, help: { $0.edit.keyLeaveWhatIfHelp }))
        }
        return bindings
    }

    static func perform(_ action: Action, key: Key, _ ranking: inout RankingState, _ state: inout AppShared) -> [AppEffect] {
        RankingEditing.perform(action, &ranking, &state)
    }

    static func move(_ movement: Movement, key: Key, _ ranking: inout RankingState, _ state: inout AppShared) {
        ranking.selection.apply(movement, count: state.shownReview?.ranking.count ?? 0, visible: visibleRows(ranking, state))
    }

    /// Leaving the ranking leaves the what-if mode: its changes are discarded.
    static func willHide(_ ranking: inout RankingState, _ state: inout AppShared) {
        if state.whatIf != nil { RankingEditing.leaveWhatIf(&state) }
    }

    static func yearLoaded(previous: YearSnapshot?, previousReview: Review?, _ ranking: inout RankingState, _ state: inout AppShared) {
        guard previous != nil else {
            ranking = RankingState()
            return
        }
        // The selected unit stays selected where it now stands.
        let entries = previousReview?.ranking.entries ?? []
        if entries.indices.contains(ranking.selection.index), let now = state.shownReview?.ranking.entries,
           let index = now.firstIndex(where: { $0.unit.id == entries[ranking.selection.index].unit.id }) {
            ranking.selection.moveTo(index, count: now.count, visible: visibleRows(ranking, state))
        }
    }

    static var showsHistory: Bool { true }

    static func keepVisible(_ ranking: inout RankingState, _ state: AppShared) {
        // The ranking ranks every unit of the year (the what-if's too): counted without working
        // the review out, which a load leaves for when it is first read.
        ranking.selection.keepVisible(count: state.year?.units.count ?? 0, visible: visibleRows(ranking, state))
    }

    static func selectedUnit(_ ranking: RankingState, _ state: AppShared) -> MemberUnit.ID? {
        guard let entries = state.shownReview?.ranking.entries, entries.indices.contains(ranking.selection.index) else { return nil }
        return entries[ranking.selection.index].unit.id
    }

    static func tableRows(_ ranking: RankingState, _ state: AppShared) -> Int {
        let rows = state.contentArea.rows - 1
        return ranking.why ? max(4, rows / 2) : rows
    }

    static func visibleRows(_ ranking: RankingState, _ state: AppShared) -> Int { max(1, tableRows(ranking, state) - 1) }

    static func render(_ ranking: RankingState, _ state: AppShared, into buffer: inout Buffer, area: Rect) {
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
        let tableArea = Rect(row: area.row + 1, column: 1, rows: tableRows(ranking, state), columns: area.columns - 2)
        table(ranking, state, year: year, review: review, into: &buffer, area: tableArea)
        if ranking.why {
            let panel = Rect(row: tableArea.bottom, column: 1, rows: area.bottom - tableArea.bottom, columns: area.columns - 2)
            WhyPanel.render(ranking, state, year: year, review: review, into: &buffer, area: panel)
        }
    }

    /// Column widths for the terminal's width; the bar takes what is left.
    static func columns(_ state: AppShared, year: YearSnapshot) -> [TableColumn] {
        let words = state.words
        let wide = state.size.columns >= 120
        // Total, class and proposal come first, so a narrow terminal drops the subtotals before them.
        var columns = [TableColumn(words.columnRank, width: 4, alignRight: true), TableColumn(words.columnUnit, width: wide ? 20 : 13),
                       TableColumn(words.columnTotal, width: 6, alignRight: true), TableColumn(state.edit.columnClassShort, width: wide ? 10 : 6),
                       TableColumn(words.columnProposal, width: 14)]
        columns += year.tree.majors.map { TableColumn(words.columnCriterion($0.code), width: 5, alignRight: true) }
        columns.append(TableColumn("±", width: 5, alignRight: true))
        return columns
    }

    static func table(_ ranking: RankingState, _ state: AppShared, year: YearSnapshot, review: Review, into buffer: inout Buffer, area: Rect) {
        let words = state.words
        let edit = state.edit
        let wide = state.size.columns >= 120
        let columns = columns(state, year: year)
        let changed = state.whatIf?.changedUnits ?? []
        let passed = Set(review.votes.filter { $0.result == .passed }.map { Candidacy(unitID: $0.tally.unitID, award: $0.tally.award) })
        let view = TableView(columns: columns, rowCount: review.ranking.count, frozenColumns: 2, selection: ranking.selection) { index in
            let entry = review.ranking.entries[index]
            let result = entry.result
            let proposal = review.proposal(unitID: entry.unit.id)
            let net = result.bonus - result.deduction
            var cells = [TableCell(String(entry.rank) + (entry.isTied ? "=" : ""), role: entry.isTied ? .tied : nil),
                         TableCell((changed.contains(entry.unit.id) ? "*" : "") + entry.unit.name, role: year.rules.eligibility.bars(entry.unit.eligibility) ? .ineligible : nil)]
            cells += [TableCell(DecimalText.format(result.total), role: .accent),
                      TableCell(wide ? words.classificationCell(result.classification) : edit.classificationAbbreviation(result.classification),
                                role: result.classification == .excellent ? .excellent : nil)]
            let proposalCell: TableCell
            if let (cause, _) = year.rules.eligibility.barringCause(entry.unit.eligibility) {
                // The cause in a word; the why panel has it in full.
                proposalCell = TableCell(edit.ineligibleCauseShort(cause), role: .ineligible)
            } else if let decision = year.decisions[entry.unit.id] {
                // Once the province has decided, what it decided: the award granted, or the one refused.
                let code = decision.grantedAward ?? decision.proposed
                let name = year.rules.award(code: code).map(words.awardShort) ?? code
                proposalCell = TableCell(name + " " + words.decisions.mark(decision.outcome), role: decision.grantedAward == nil ? .flagged : .excellent)
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
            let index = ranking.selection.offset + line
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
