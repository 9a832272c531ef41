import Emulation

/// The minutes of the year-end review meeting (biên bản họp bình xét thi đua): the meeting's
/// facts, the ranking, the votes with the rule they were counted by, the proposals by award,
/// the ineligible units with their reasons, next year's head and deputy, and the signatures.
public struct MinutesDocument: Sendable {
    public var snapshot: YearSnapshot
    public var review: Review

    public init(_ snapshot: YearSnapshot) {
        self.snapshot = snapshot
        self.review = snapshot.review()
    }

    /// The meeting's facts as (label, value): date, place, chair, secretary, attendees (the member
    /// units when none were recorded), and the note when there is one.
    public func facts(_ words: DocumentWords) -> [(label: String, value: String)] {
        let meeting = snapshot.meeting
        let given = { (text: String) in text.isEmpty ? words.notRecorded : text }
        let attendees = meeting.attendees.isEmpty
            ? words.attendeesAreMembers(snapshot.units.map(\.name).joined(separator: ", "))
            : meeting.attendees.joined(separator: "; ")
        var facts: [(label: String, value: String)] = [
            (words.meetingDate, meeting.date?.vietnamese ?? words.notRecorded),
            (words.meetingPlace, given(meeting.place)),
            (words.meetingChair, given(meeting.chair)),
            (words.meetingSecretary, given(meeting.secretary)),
            (words.meetingAttendees, attendees),
        ]
        if !meeting.note.isEmpty { facts.append((words.meetingNote, meeting.note)) }
        return facts
    }

    /// Rank, unit, subtotal per major criterion, bonus, deduction, total, classification, proposal.
    public func rankingTable(_ words: DocumentWords) -> TextTable {
        let majors = snapshot.tree.majors
        let rows = review.ranking.entries.map { entry -> [String] in
            let proposal = review.proposal(unitID: entry.unit.id)
            return [String(entry.rank) + (entry.isTied ? words.tiedMark : ""), entry.unit.name]
                + majors.map { DecimalText.format(entry.result.subtotal(major: $0.code)) }
                + [DecimalText.format(entry.result.bonus), DecimalText.format(entry.result.deduction), DecimalText.format(entry.result.total),
                   words.classificationShort(entry.result.classification),
                   proposal.map { words.proposalLabel($0, rules: snapshot.rules) } ?? words.notProposed]
        }
        let header = [words.columnRank, words.columnUnit] + majors.map { words.columnCriterion($0.code) }
            + [words.columnBonus, words.columnDeduction, words.columnTotal, words.columnClassification, words.columnProposal]
        return TextTable(header: header, rows: rows, rightAligned: Set([0] + Array(2..<(2 + majors.count + 3))))
    }

    /// Unit, award, present, for, against, result; in ranking order, awards highest first.
    public func voteTable(_ words: DocumentWords) -> TextTable {
        let rules = snapshot.rules
        let awardOrder = Dictionary(rules.awards.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        let unitOrder = Dictionary(review.ranking.entries.enumerated().map { ($1.unit.id, $0) }, uniquingKeysWith: { first, _ in first })
        let votes = review.votes.sorted {
            (unitOrder[$0.tally.unitID] ?? .max, awardOrder[$0.tally.award] ?? .max) < (unitOrder[$1.tally.unitID] ?? .max, awardOrder[$1.tally.award] ?? .max)
        }
        let rows = votes.map { vote -> [String] in
            let unit = review.ranking.entry(unitID: vote.tally.unitID)?.unit.name ?? String(vote.tally.unitID)
            let award = rules.award(code: vote.tally.award).map(words.awardShort) ?? vote.tally.award
            return [unit, award, String(vote.tally.present), String(vote.tally.votesFor), String(vote.tally.votesAgainst),
                    words.voteResult(vote.result)]
        }
        return TextTable(header: [words.columnUnit, words.columnProposal, words.columnPresent, words.columnFor, words.columnAgainst,
                                  words.columnResult], rows: rows, rightAligned: [2, 3, 4])
    }

    /// The rule the votes were counted by, with the smallest attendance that makes a quorum.
    public func voteRule(_ words: DocumentWords) -> String {
        let rules = snapshot.rules
        let members = snapshot.units.count
        let minimum = members == 0 ? 0 : (1...members).first { rules.quorum.isReached(part: $0, of: members) } ?? members
        let rule = words.voteRule(rules.quorum.text, minimum, members, rules.passThreshold.text, rules.voteBase == .allMembers)
        return rules.source(of: .votes).map { rule + " " + words.citation($0) } ?? rule
    }

    /// Next year's head and deputy: the hand-over recorded for year + 1, if any.
    public var nextHandover: Handover? { snapshot.handovers.last { $0.forYear == snapshot.reference.year + 1 } }

    public func title(_ words: DocumentWords) -> String { words.minutesTitle(snapshot.reference.year) }

    public func markdown(_ words: DocumentWords) -> String { PrintedText.join(lines(words, markdown: true)) }

    /// Plain text for printing on A4: no line wider than 78 columns; tables too wide for the page
    /// are split, or written one block per unit.
    public func text(_ words: DocumentWords) -> String { PrintedText.join(lines(words, markdown: false)) }

    private func lines(_ words: DocumentWords, markdown: Bool) -> [String] {
        let rules = snapshot.rules
        let year = snapshot.reference.year
        let wrapped = { (line: String) -> [String] in markdown ? [line] : PrintedText.wrap(line, indent: "") }
        let item = { (line: String) -> [String] in markdown ? [line] : PrintedText.wrap(line) }
        let heading = { (text: String, level: Int) -> [String] in
            markdown ? [String(repeating: "#", count: level) + " " + text] : PrintedText.wrap(level < 3 ? text.uppercased() : text, indent: "")
        }
        let table = { (table: TextTable) -> [String] in
            markdown ? table.markdown().split(separator: "\n").map(String.init) : PrintedText.table(table)
        }
        let emphasised = { (text: String) in markdown ? "_" + text + "_" : text }

        var lines = heading(title(words), 1) + [""]
        let cluster = snapshot.cluster.name + " (" + snapshot.cluster.code + ")"
        lines += wrapped((markdown ? "**" + cluster + "**" : cluster) + (snapshot.cluster.authority.isEmpty ? "" : " — " + snapshot.cluster.authority))
        lines.append("")
        for fact in facts(words) {
            let values = fact.value.split(whereSeparator: \.isNewline).map(String.init)
            let first = "- " + fact.label + ": " + (values.first ?? "")
            lines += markdown ? [first] : PrintedText.wrap(first, indent: "  ")
            for more in values.dropFirst() { lines += markdown ? ["  " + more] : PrintedText.wrap("  " + more, indent: "  ") }
        }

        lines += [""] + heading(words.sectionRanking, 2) + [""]
        let ranking = rankingTable(words)
        if markdown || PrintedText.fits(ranking) {
            lines += table(ranking)
        } else {
            // Too wide for A4: the scores first, then classification and proposal.
            let split = ranking.header.count - 2
            lines += table(TextTable(header: Array(ranking.header[..<split]), rows: ranking.rows.map { Array($0[..<split]) },
                                     rightAligned: ranking.rightAligned))
            lines.append("")
            lines += table(TextTable(header: [ranking.header[0], ranking.header[1]] + ranking.header[split...],
                                     rows: ranking.rows.map { [$0[0], $0[1]] + $0[split...] }, rightAligned: [0]))
        }
        if !snapshot.note.isEmpty { lines += [""] + wrapped(emphasised(words.generatedNote(snapshot.note))) }

        lines += [""] + heading(words.sectionVotes, 2) + [""]
        lines += wrapped(voteRule(words))
        lines.append("")
        let votes = voteTable(words)
        if votes.rows.isEmpty {
            lines += wrapped(emphasised(words.noVotes))
        } else {
            lines += markdown ? table(votes) : PrintedText.table(votes, numbered: false)
        }

        lines += [""] + heading(words.sectionProposals, 2)
        if let source = rules.source(of: .awards) { lines += [""] + wrapped(words.citation(source)) }
        let proposals = ProposalsDocument(snapshot, review: review)
        for group in proposals.groups {
            let places = group.award.quota.places(memberCount: snapshot.units.count)
            lines += [""] + heading("\(words.awardName(group.award)) (\(words.quota(places)))", 3) + [""]
            if !group.award.source.isEmpty { lines += wrapped(emphasised(words.citation(group.award.source))) + [""] }
            if group.entries.isEmpty { lines += wrapped(emphasised(words.noUnitProposed)) }
            for (number, entry) in group.entries.enumerated() {
                lines += item("\(number + 1). \(entry.ranked.unit.name) — \(words.reasons(entry.proposal, rules: rules))")
            }
        }
        let notProposed = proposals.notProposed(includingIneligible: false)
        if !notProposed.isEmpty {
            lines += [""] + heading(words.notProposedSection, 3) + [""]
            for entry in notProposed { lines += item("- \(entry.ranked.unit.name) — \(words.reasons(entry.proposal, rules: rules))") }
        }

        lines += [""] + heading(rules.eligibility.treatment == .deferred ? words.sectionDeferred : words.sectionIneligible, 2) + [""]
        let ineligible = review.ranking.entries.compactMap { entry -> String? in
            guard let (cause, note) = rules.eligibility.barringCause(entry.unit.eligibility) else { return nil }
            return "- " + entry.unit.name + ": " + words.ineligibleCause(cause) + (note.isEmpty ? "" : " (\(note))")
        }
        lines += ineligible.isEmpty ? wrapped(words.none) : ineligible.flatMap(item)
        if !ineligible.isEmpty, let source = rules.source(of: .eligibility) { lines += [""] + wrapped(words.citation(source)) }

        lines += [""] + heading(words.sectionNextHead(year + 1), 2) + [""]
        if let handover = nextHandover {
            lines += wrapped(words.nextHead(handover.headName, handover.deputyName) + " "
                             + words.handoverDetail(handover.method, handover.date.vietnamese))
        } else {
            lines += wrapped(words.notHandedOver)
        }

        lines.append("")
        let meeting = snapshot.meeting
        if markdown {
            let signatures = TextTable(header: [words.signSecretary, words.signChair],
                                       rows: [[words.signHint, words.signHint], ["", ""], [meeting.secretary, meeting.chair]])
            lines += signatures.markdown().split(separator: "\n").map(String.init)
        } else {
            lines += PrintedText.signatures(left: [words.signSecretary, words.signHint, "", "", "", meeting.secretary],
                                            right: [words.signChair, words.signHint, "", "", "", meeting.chair])
        }
        return lines
    }
}
