import Emulation

/// Why the selected unit stands where it does: its place, total and proposal with the reasons
/// in words, its votes, and item by item where it lost points to the unit just above it.
enum WhyPanel {
    static func lines(_ ranking: RankingState, _ state: AppShared, year: YearSnapshot, review: Review, width: Int) -> [(String, StyleRole)] {
        let words = state.words
        let edit = state.edit
        let index = ranking.selection.index
        guard review.ranking.entries.indices.contains(index) else { return [] }
        let entry = review.ranking.entries[index]
        var lines: [(String, StyleRole)] = []
        let wrap = { (text: String, role: StyleRole) in
            for line in DisplayWidth.wrap(text, indent: "  ", width: width) { lines.append((line, role)) }
        }
        let proposal = review.proposal(unitID: entry.unit.id)
        wrap(edit.whyTitle(entry.unit.name, proposal.map { words.proposalLabel($0, rules: year.rules) } ?? words.notProposed), .accent)
        if let proposal {
            wrap(words.reasons(proposal, rules: year.rules), .normal)
            let sources = words.documents.sources(proposal, rules: year.rules, decidedByTieBreak: entry.decidedBy != nil)
            if !sources.isEmpty { wrap(words.citation(sources.joined(separator: "; ")), .muted) }
        }
        for vote in review.votes where vote.tally.unitID == entry.unit.id {
            let award = year.rules.award(code: vote.tally.award).map(words.awardShort) ?? vote.tally.award
            wrap(edit.voteLine(award, vote.tally.present, vote.tally.votesFor, vote.tally.votesAgainst, edit.voteResult(vote.result)),
                 vote.result == .passed ? .excellent : .flagged)
        }
        // The province's decision, and what the unit had in other years.
        for (text, role) in AwardHistoryText.whyLines(entry.unit, state, year: year) { wrap(text, role) }
        guard let comparison = PlaceComparison(unitID: entry.unit.id, ranking: review.ranking, tree: year.tree) else {
            wrap(edit.whyFirst, .muted)
            return lines
        }
        let above = comparison.above
        if comparison.gap == .zero {
            let decider = entry.decidedBy.map { edit.tieBreakName($0, year.tree) }
            wrap(decider.map { edit.whyTieBroken(above.unit.name, $0) } ?? edit.whyTied(above.unit.name), .tied)
        } else {
            wrap(edit.whyBehind(above.unit.name, above.rank, DecimalText.format(comparison.gap)), .normal)
        }
        let titleWidth = max(10, width - 2 - 6 - 1 - 6 - 1 - 7)
        for difference in comparison.losses {
            let label: String
            switch difference.part {
            case .item(let code, let title): label = code + " " + title
            case .bonus: label = words.columnBonus
            case .deduction: label = words.columnDeduction
            }
            let text = "  " + DisplayWidth.pad(DisplayWidth.truncate(label, to: titleWidth), to: titleWidth)
                + " " + DisplayWidth.pad(DecimalText.format(difference.own), to: 6, alignRight: true)
                + " " + DisplayWidth.pad(DecimalText.format(difference.above), to: 6, alignRight: true)
                + " " + DisplayWidth.pad("−" + DecimalText.format(difference.loss), to: 7, alignRight: true)
            lines.append((text, .normal))
        }
        if !comparison.gains.isEmpty {
            let gains = comparison.gains.map { difference -> String in
                let name: String
                switch difference.part {
                case .item(let code, _): name = code
                case .bonus: name = words.columnBonus
                case .deduction: name = words.columnDeduction
                }
                return "\(name) +\(DecimalText.format(.zero - difference.loss))"
            }
            wrap(edit.whyAhead(gains.joined(separator: ", ")), .muted)
        }
        return lines
    }

    static func render(_ ranking: RankingState, _ state: AppShared, year: YearSnapshot, review: Review, into buffer: inout Buffer, area: Rect) {
        guard area.rows > 1 else { return }
        let horizontal = String(repeating: "─", count: max(0, area.columns))
        buffer.write(horizontal, row: area.row, column: area.column, role: .border)
        buffer.write(" " + state.edit.whyHeading + " ", row: area.row, column: area.column + 2, role: .dialogTitle)
        let all = lines(ranking, state, year: year, review: review, width: area.columns - 1)
        // When it does not all fit, the last line says how much more there is.
        let room = all.count > area.rows - 1 ? area.rows - 2 : area.rows - 1
        for (offset, line) in all.prefix(room).enumerated() {
            buffer.write(line.0, row: area.row + 1 + offset, column: area.column, role: line.1, limit: area.columns)
        }
        if all.count > room {
            buffer.write(state.edit.whyMore(all.count - room), row: area.bottom - 1, column: area.column + 2, role: .muted)
        }
    }
}
