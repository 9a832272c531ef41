import Emulation

/// The count record (biên bản kiểm phiếu) of one vote: members, present, ballots issued and
/// received, valid and invalid, for and against, and the result with the rule it was counted by.
/// Counts not yet recorded print as "chưa ghi".
extension OfficialContext {
    public func countRecord(_ vote: Review.AppliedVote) -> OfficialDocument? {
        let tally = vote.tally
        guard let award = snapshot.rules.award(code: tally.award), let unit = snapshot.units.first(where: { $0.id == tally.unitID }) else { return nil }
        let awardName = awardName(award)
        let recipient = recipient(unit, for: award)
        let count = { (value: Int?) in value.map(String.init) ?? words.notRecorded }
        let rows: [[String]] = [
            [official.countMembers, String(snapshot.units.count)],
            [official.countPresent, String(tally.present)],
            [official.countIssued, String(tally.present)],
            [official.countReceived, count(tally.ballots)],
            [official.countValid, count(tally.ballots.map { $0 - (tally.invalid ?? 0) })],
            [official.countInvalid, count(tally.ballots.map { _ in tally.invalid ?? 0 })],
            [official.countFor, String(tally.votesFor)],
            [official.countAgainst, String(tally.votesAgainst)],
        ]
        let body: [OfficialDocument.Block] = [
            .paragraph(official.countOpening(meeting.date, meeting.place, awardName, recipient)),
            .table(TextTable(header: [official.countContent, official.countNumber], rows: rows, rightAligned: [1])),
            .paragraph(official.countResult(words.voteResult(vote.result), MinutesDocument(snapshot).voteRule(words))),
        ]
        let signatures = meetingSignatures
        return OfficialDocument(heading: clusterHeading(symbol: "BB", date: meeting.date), kind: official.countKind,
                                summary: official.countSummary(awardName, recipient), body: body, left: signatures.left, right: signatures.right,
                                seal: seal)
    }
}
