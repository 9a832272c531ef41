import Emulation

/// The minutes of the combined year-end meeting (biên bản hội nghị) in the state's format: when
/// and where, who chaired and took the minutes, members present of N, the ranking, the votes,
/// the proposals, the next year's pledge when it is open, the hand-over, the closing time.
extension OfficialContext {
    public func minutes() -> OfficialDocument {
        let legacy = MinutesDocument(snapshot)
        let members = snapshot.units.count
        var body: [OfficialDocument.Block] = [.paragraph(official.minutesOpening(meeting.start, meeting.date, meeting.place, cluster.name, year))]

        body.append(.section(official.sectionAttendance))
        body.append(.item("- " + official.chair(meeting.chair)))
        body.append(.item("- " + official.secretary(meeting.secretary)))
        body.append(.item("- " + official.membersPresent(meeting.membersPresent, members)))
        if !meeting.attendees.isEmpty { body.append(.item("- " + official.attendees(meeting.attendees.joined(separator: "; ")))) }
        for line in meeting.note.split(whereSeparator: \.isNewline) { body.append(.paragraph(String(line))) }

        body.append(.section(official.sectionContent))
        body.append(.subsection(official.partRanking(year)))
        body.append(.table(legacy.rankingTable(words)))
        if !snapshot.note.isEmpty { body.append(.paragraph(words.generatedNote(snapshot.note))) }

        body.append(.subsection(official.partVotes))
        body.append(.paragraph(legacy.voteRule(words)))
        let votes = legacy.voteTable(words)
        if votes.rows.isEmpty {
            body.append(.paragraph(words.noVotes))
        } else {
            body.append(.table(votes))
            body.append(.paragraph(official.countRecordsAttached))
        }

        body.append(.subsection(official.partProposals))
        if let source = snapshot.rules.source(of: .awards) { body.append(.paragraph(words.citation(source))) }
        let proposals = ProposalsDocument(snapshot, review: review)
        for group in proposals.groups where !group.entries.isEmpty {
            let places = group.award.quota.places(memberCount: members)
            body.append(.paragraph(awardName(group.award) + " (" + words.quota(places) + "):"))
            if !group.award.source.isEmpty { body.append(.paragraph(words.citation(group.award.source))) }
            for (number, entry) in group.entries.enumerated() {
                body.append(.item("\(number + 1). \(recipient(entry.ranked.unit, for: group.award)) — \(words.reasons(entry.proposal, rules: snapshot.rules))"))
            }
        }
        let notProposed = proposals.notProposed(includingIneligible: true)
        if !notProposed.isEmpty {
            body.append(.paragraph((snapshot.rules.eligibility.treatment == .deferred ? words.sectionDeferred : words.notProposedSection) + ":"))
            for entry in notProposed { body.append(.item("- \(entry.ranked.unit.name) — \(words.reasons(entry.proposal, rules: snapshot.rules))")) }
            let barred = notProposed.contains { snapshot.rules.eligibility.bars($0.ranked.unit.eligibility) }
            if barred, let source = snapshot.rules.source(of: .eligibility) { body.append(.paragraph(words.citation(source))) }
        }

        var part = 4
        if let next {
            body.append(.subsection(official.partNextPledge(next.reference.year)))
            let signed = next.pledge.signedCount(members: next.units.map(\.id))
            body.append(.paragraph(signed == 0 ? official.nextPledgeNotRecorded(next.reference.year) : official.nextPledgeSigned(signed, next.units.count)))
            part += 1
        }
        // Numbered after the pledge's part when there is one.
        body.append(.subsection(official.partHandover(part, year + 1)))
        if let handover = legacy.nextHandover {
            body.append(.paragraph(words.nextHead(handover.headName, handover.deputyName) + " " + words.handoverDetail(handover.method, handover.date.vietnamese)))
        } else {
            body.append(.paragraph(words.notHandedOver))
        }
        body.append(.paragraph(official.minutesClosing(meeting.end)))

        let signatures = meetingSignatures
        return OfficialDocument(heading: clusterHeading(symbol: "BB", date: meeting.date), kind: official.minutesKind,
                                summary: official.minutesSummary(year, next?.reference.year), body: body,
                                left: signatures.left, right: signatures.right, seal: seal)
    }
}
