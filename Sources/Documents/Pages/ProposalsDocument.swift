import Emulation

/// The list of award proposals (danh sách đề nghị khen thưởng) the cluster sends up: by award in
/// the rule set's order, each proposed unit with its rank, total, classification and reasons in
/// words; units tied where a quota ran out are marked for the vote.
public struct ProposalsDocument: Sendable {
    public var snapshot: YearSnapshot
    public var review: Review

    public init(_ snapshot: YearSnapshot) {
        self.init(snapshot, review: snapshot.review())
    }

    public init(_ snapshot: YearSnapshot, review: Review) {
        self.snapshot = snapshot
        self.review = review
    }

    public struct Entry: Hashable, Sendable {
        public var ranked: RankedUnit
        public var proposal: AwardProposal
    }

    /// The units proposed for one award, in ranking order.
    public struct Group: Hashable, Sendable {
        public var award: AwardRule
        public var entries: [Entry]
    }

    /// One group per award of the rule set, highest first, empty ones included.
    public var groups: [Group] {
        var byAward: [String: [Entry]] = [:]
        for ranked in review.ranking.entries {
            guard let proposal = review.proposal(unitID: ranked.unit.id), let award = proposal.award else { continue }
            byAward[award, default: []].append(Entry(ranked: ranked, proposal: proposal))
        }
        return snapshot.rules.awards.map { Group(award: $0, entries: byAward[$0.code] ?? []) }
    }

    /// Units proposed for nothing, in ranking order; the ineligible ones only when asked.
    public func notProposed(includingIneligible: Bool) -> [Entry] {
        review.ranking.entries.compactMap { ranked in
            guard let proposal = review.proposal(unitID: ranked.unit.id), proposal.award == nil,
                  includingIneligible || !snapshot.rules.eligibility.bars(ranked.unit.eligibility) else { return nil }
            return Entry(ranked: ranked, proposal: proposal)
        }
    }

    /// One row per proposed unit, awards in the rule set's order then by rank: award, award code,
    /// unit, rank, total, classification, reasons. The CSV export.
    public func table(_ words: DocumentWords) -> TextTable {
        let rows = groups.flatMap { group in
            group.entries.map { entry -> [String] in
                [words.awardName(group.award), group.award.code, entry.ranked.unit.name, rank(entry.ranked, words),
                 DecimalText.format(entry.ranked.result.total), words.classification(entry.ranked.result.classification),
                 words.reasons(entry.proposal, rules: snapshot.rules)]
            }
        }
        return TextTable(header: [words.columnAward, words.columnAwardCode, words.columnUnit, words.columnRank, words.columnTotal,
                                  words.columnClassification, words.columnReason],
                         rows: rows, rightAligned: [3, 4])
    }

    public func title(_ words: DocumentWords) -> String {
        words.proposalsTitle(snapshot.cluster.name + " (" + snapshot.cluster.code + ")", snapshot.reference.year)
    }

    public func markdown(_ words: DocumentWords) -> String { PrintedText.join(lines(words, markdown: true)) }

    /// Plain text for printing on A4: no line wider than 78 columns.
    public func text(_ words: DocumentWords) -> String { PrintedText.join(lines(words, markdown: false)) }

    private func lines(_ words: DocumentWords, markdown: Bool) -> [String] {
        let rules = snapshot.rules
        let wrapped = { (line: String) -> [String] in markdown ? [line] : PrintedText.wrap(line, indent: "") }
        let item = { (line: String) -> [String] in markdown ? [line] : PrintedText.wrap(line) }
        let heading = { (text: String, level: Int) -> [String] in
            markdown ? [String(repeating: "#", count: level) + " " + text] : PrintedText.wrap(level < 3 ? text.uppercased() : text, indent: "")
        }
        let groups = self.groups
        let proposed = groups.reduce(0) { $0 + $1.entries.count }
        var lines = heading(title(words), 1) + [""]
        let authority = snapshot.cluster.authority.isEmpty ? "" : snapshot.cluster.authority + " · "
        lines += wrapped(authority + words.proposalsSummary(proposed, snapshot.units.count))
        for (index, group) in groups.enumerated() {
            let places = group.award.quota.places(memberCount: snapshot.units.count)
            lines += [""] + heading("\(index + 1). \(words.awardName(group.award)) (\(words.quota(places)))", 2) + [""]
            guard !group.entries.isEmpty else {
                lines += wrapped(markdown ? "_" + words.noUnitProposed + "_" : words.noUnitProposed)
                continue
            }
            if markdown {
                let rows = group.entries.enumerated().map { number, entry -> [String] in
                    [String(number + 1), entry.ranked.unit.name, rank(entry.ranked, words), DecimalText.format(entry.ranked.result.total),
                     words.classification(entry.ranked.result.classification), words.reasons(entry.proposal, rules: rules)]
                }
                let table = TextTable(header: [words.columnNumber, words.columnUnit, words.columnRank, words.columnTotal,
                                               words.columnClassification, words.columnReason], rows: rows, rightAligned: [0, 2, 3])
                lines += table.markdown().split(separator: "\n").map(String.init)
            } else {
                for (number, entry) in group.entries.enumerated() {
                    lines += item("\(number + 1). \(entry.ranked.unit.name) — \(words.reasons(entry.proposal, rules: rules))")
                }
            }
            let tied = group.entries.filter(\.proposal.tiedForQuota).map(\.ranked.unit.name)
            if !tied.isEmpty {
                lines += [""] + wrapped(words.tiedForVote(tied.joined(separator: ", ")))
            }
        }
        let others = notProposed(includingIneligible: true)
        if !others.isEmpty {
            lines += [""] + heading(words.notProposedSection, 2) + [""]
            for entry in others {
                let line = entry.ranked.unit.name + " — " + words.reasons(entry.proposal, rules: rules)
                lines += item("- " + line)
            }
        }
        if !snapshot.note.isEmpty {
            lines += [""] + wrapped(markdown ? "_" + words.generatedNote(snapshot.note) + "_" : words.generatedNote(snapshot.note))
        }
        let head = zip(snapshot.units, snapshot.memberships).first { $0.1.role == .head }?.0.name ?? ""
        lines += [""]
        if markdown {
            lines += ["**" + words.signHead + "**", "", words.signHeadHint, "", "", head.isEmpty ? "" : "**" + head + "**"]
            while lines.last == "" { lines.removeLast() }
        } else {
            lines += PrintedText.signatures(left: [], right: [words.signHead, words.signHeadHint, "", "", "", head])
        }
        return lines
    }

    private func rank(_ ranked: RankedUnit, _ words: DocumentWords) -> String {
        String(ranked.rank) + (ranked.isTied ? words.tiedMark : "")
    }
}
