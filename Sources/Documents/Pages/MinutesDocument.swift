import Emulation

/// The parts of the year-end review meeting's minutes that are tables and facts: the meeting's
/// facts (for `thidua meeting`), the ranking, the votes and the rule they were counted by, the
/// next year's hand-over. The minutes themselves are OfficialContext.minutes(), in the state's format.
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
            (words.meetingHours, meeting.start == nil && meeting.end == nil ? words.notRecorded
                : (meeting.start?.text ?? "…") + "–" + (meeting.end?.text ?? "…")),
            (words.meetingMembersPresent, meeting.membersPresent.map { "\($0)/\(snapshot.units.count)" } ?? words.notRecorded),
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

    /// The votes in ranking order, awards highest first: as the minutes list them and the
    /// dossier numbers its count records.
    public static func orderedVotes(_ review: Review, rules: RuleSet) -> [Review.AppliedVote] {
        let awardOrder = Dictionary(rules.awards.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        let unitOrder = Dictionary(review.ranking.entries.enumerated().map { ($1.unit.id, $0) }, uniquingKeysWith: { first, _ in first })
        return review.votes.sorted {
            (unitOrder[$0.tally.unitID] ?? .max, awardOrder[$0.tally.award] ?? .max) < (unitOrder[$1.tally.unitID] ?? .max, awardOrder[$1.tally.award] ?? .max)
        }
    }

    /// Unit, award, present, for, against, result; in ranking order, awards highest first.
    public func voteTable(_ words: DocumentWords) -> TextTable {
        let rules = snapshot.rules
        let rows = Self.orderedVotes(review, rules: rules).map { vote -> [String] in
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
}
