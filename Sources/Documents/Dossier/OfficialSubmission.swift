import Emulation

/// The submissions (tờ trình đề nghị khen thưởng): one per awarding authority, addressed to it,
/// listing the collectives proposed for its awards in the rules' recipient wording, signed by
/// the head unit's leader for the cluster.
extension OfficialContext {
    /// An authority and the proposals it decides, awards in the rules' order.
    public struct Submission: Sendable {
        public var authority: String
        public var groups: [ProposalsDocument.Group]
    }

    /// The authorities the year's proposals go to, in the order of their highest award.
    public var submissions: [Submission] {
        var result: [Submission] = []
        for group in ProposalsDocument(snapshot, review: review).groups where !group.entries.isEmpty {
            let authority = authority(of: group.award)
            if let index = result.firstIndex(where: { $0.authority == authority }) {
                result[index].groups.append(group)
            } else {
                result.append(Submission(authority: authority, groups: [group]))
            }
        }
        return result
    }

    public func submission(_ submission: Submission) -> OfficialDocument {
        let awards = submission.groups.map { awardName($0.award) }.joined(separator: ", ")
        var body: [OfficialDocument.Block] = [.paragraph(official.lawBasis)]
        let sources = ([snapshot.rules.source(of: .awards)] + submission.groups.map(\.award.source)).compactMap { $0 }.filter { !$0.isEmpty }
        for source in sources.reduce(into: [String](), { if !$0.contains($1) { $0.append($1) } }) { body.append(.paragraph(official.basis(source))) }
        body.append(.paragraph(official.meetingBasis(meeting.date, year)))
        body.append(.paragraph(official.submissionRequest(cluster.name, submission.authority, awards)))
        var rows: [[String]] = []
        for group in submission.groups {
            for entry in group.entries {
                let unit = entry.ranked.unit
                let vote = vote(unitID: unit.id, award: group.award.code).map { official.voteShare($0.tally.votesFor, $0.tally.present) } ?? ""
                rows.append([String(rows.count + 1), recipient(unit, for: group.award), awardName(group.award),
                             DecimalText.format(entry.ranked.result.total), official.rankOf(entry.ranked.rank, snapshot.units.count), vote])
            }
        }
        body.append(.table(TextTable(header: [official.columnNumber, official.columnRecipient, official.columnAward, official.columnTotal,
                                              official.columnRank, official.columnVote], rows: rows, rightAligned: [0, 3])))
        body.append(.paragraph(official.reportsAttached))
        body.append(.paragraph(official.submissionClosing(submission.authority)))
        let head = headUnit
        let recipients = OfficialDocument.Signature([
            .init(official.recipientsHeading, .recipientsHeading), .init(official.recipientsAsAbove, .recipient),
            .init(official.recipientsMembers, .recipient), .init(official.recipientsFiled, .recipient),
        ])
        let signer = OfficialDocument.Signature([
            .init(official.onBehalfOf(cluster.name), .title), .init(official.clusterHead, .title),
            // "CHỦ TỊCH UBND HUYỆN VĨNH BẢO": the head unit's leader signs for the cluster.
            .init(head.map { $0.leaderPosition.isEmpty ? "" : $0.leaderPosition + " " + Self.issuer(of: $0) }?.uppercased() ?? "", .title),
            .init(official.signAndStamp, .hint), .init("", .space), .init(head?.leader ?? "", .name),
        ].filter { !($0.style == .title && $0.text.isEmpty) })
        return OfficialDocument(heading: clusterHeading(symbol: "TTr", date: nil), kind: official.submissionKind,
                                summary: official.submissionSummary(awards, year), addressees: [official.addressee(submission.authority)], body: body,
                                left: recipients, right: signer, seal: seal)
    }
}
