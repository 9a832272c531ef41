import Documents
import Emulation

/// A unit's award history as the screens show it: a panel of one line a year (`t` on the Units
/// screen), a short form for one line, and the lines of the why panel.
enum AwardHistoryText {
    /// "2022 Cờ CP ★": the year and what the unit got (or was proposed for), for one line.
    static func short(_ entry: AwardHistoryEntry, _ words: Catalogue) -> String {
        if let decision = entry.decision {
            let award = entry.granted.map(words.awardShort) ?? entry.proposed.map(words.awardShort) ?? decision.proposed
            return "\(entry.year) \(award) \(words.decisions.mark(decision.outcome))"
        }
        return "\(entry.year) " + (entry.proposed.map(words.awardShort) ?? words.classificationShort(entry.classification))
    }

    /// Every year of the unit, this one included, as a panel over the screen.
    static func open(unit: MemberUnit?, _ state: inout AppShared) {
        guard let unit, let year = state.year else { return }
        let words = state.words
        var entries = state.awardHistory?.entries[unit.id] ?? []
        // This year as it stands now: the history read may predate a decision just recorded.
        if year.reference.status >= .review, let review = state.review, let now = AwardHistoryEntry.entry(unitID: unit.id, snapshot: year, review: review) {
            entries.removeAll { $0.year == now.year && $0.clusterCode == now.clusterCode }
            entries.append(now)
            entries.sort { ($0.year, $0.clusterCode) < ($1.year, $1.clusterCode) }
        }
        // The decision on a line of its own: one line a year would not fit 80 columns.
        let lines = entries.isEmpty ? [words.decisions.historyEmpty]
            : entries.flatMap { entry in [words.documents.historyResult(entry)] + (words.documents.historyDecision(entry).map { ["  " + $0] } ?? []) }
        // The panel is as wide as the terminal allows (MenuOverlay): longer lines go on the next.
        let width = max(30, state.size.columns - 14)
        let wrapped = lines.flatMap { DisplayWidth.wrap($0, indent: "    ", width: width) }
        state.overlay = .menu(Menu(title: words.documents.historyTitle(unit.name), items: wrapped.map { MenuItem($0, .note, enabled: false) }))
    }

    /// The why panel's lines: the decision on this year's proposal, then the other years.
    static func whyLines(_ unit: MemberUnit, _ state: AppShared, year: YearSnapshot) -> [(String, StyleRole)] {
        let words = state.words
        var lines: [(String, StyleRole)] = []
        if let decision = year.decisions[unit.id] {
            lines.append((words.documents.decision(decision, rules: year.rules, cluster: year.cluster), decision.grantedAward == nil ? .flagged : .excellent))
        }
        let others = state.awardHistory?.others(unit.id, year: year.reference.year) ?? []
        if !others.isEmpty {
            lines.append((words.decisions.historySummary(unit.name, others.map { short($0, words) }), .muted))
        }
        return lines
    }
}
