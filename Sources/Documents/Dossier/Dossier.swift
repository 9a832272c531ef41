import Emulation

/// Everything a cluster sends the province after its year-end meeting, as official documents
/// with their file names, and the checklist of what is still missing before it can be sent.
public struct Dossier: Sendable {
    public enum Part: Hashable, Sendable {
        case minutes
        case countRecord
        case submission
        /// A proposed unit's achievement report: the unit completes it, so a file already in
        /// the folder is never written over.
        case report(MemberUnit.ID)
        case pledge(year: Int)
    }

    public struct File: Sendable {
        /// The name without its extension: "03-to-trinh-thu-tuong-chinh-phu".
        public var name: String
        public var part: Part
        public var document: OfficialDocument
        /// The Word file's title property.
        public var title: String
    }

    public var context: OfficialContext
    public var files: [File]

    public init(_ context: OfficialContext) {
        self.context = context
        var files: [File] = []
        let add = { (slug: String, part: Part, document: OfficialDocument) in
            let name = String(format: "%02d-", files.count + 1) + slug
            files.append(File(name: name, part: part, document: document, title: (document.kind + " " + document.summary.joined(separator: " "))))
        }
        add(Self.slug(context.official.minutesKind), .minutes, context.minutes())
        for vote in MinutesDocument.orderedVotes(context.review, rules: context.snapshot.rules) {
            guard let document = context.countRecord(vote), let unit = context.snapshot.units.first(where: { $0.id == vote.tally.unitID }) else { continue }
            add(Self.slug(context.official.countKind + " " + unit.name + " " + vote.tally.award), .countRecord, document)
        }
        for submission in context.submissions {
            add(Self.slug(context.official.submissionKind + " " + submission.authority), .submission, context.submission(submission))
        }
        for group in ProposalsDocument(context.snapshot, review: context.review).groups {
            for entry in group.entries {
                add(Self.slug(context.official.reportKind + " " + entry.ranked.unit.name), .report(entry.ranked.unit.id),
                    context.report(entry, award: group.award))
            }
        }
        add(Self.slug(context.official.pledgeKind + " \(context.year)"), .pledge(year: context.year), context.pledge(of: context.snapshot))
        if let next = context.next {
            add(Self.slug(context.official.pledgeKind + " \(next.reference.year)"), .pledge(year: next.reference.year), context.pledge(of: next))
        }
        self.files = files
    }

    /// "Tờ trình Thủ tướng Chính phủ" → "to-trinh-thu-tuong-chinh-phu": ASCII, so every
    /// system and mail server keeps the name.
    static func slug(_ text: String) -> String {
        let folded = VietnameseFolding.fold(text)
        var slug = ""
        for character in folded {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if slug.last != "-", !slug.isEmpty {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug
    }

    /// What is still missing. `reports`: the state of each proposed unit's report in the
    /// folder; nil when no folder is looked at.
    public func gaps(reports: [MemberUnit.ID: ReportState]?) -> [DossierGap] {
        let checks = reports.map { reports in
            files.compactMap { file -> ReportCheck? in
                guard case .report(let unitID) = file.part else { return nil }
                return ReportCheck(unit: context.snapshot.units.first { $0.id == unitID }?.name ?? "", file: file.name,
                                   state: reports[unitID] ?? .skeleton)
            }
        }
        return Self.gaps(context, reports: checks)
    }

    /// A proposed unit's report as found in the folder.
    public struct ReportCheck: Sendable {
        public var unit: String
        public var file: String
        public var state: ReportState
    }

    /// What is still missing, without writing a document: the screens' year menu asks this
    /// with no folder to look at (`reports` nil), which leaves the reports out.
    public static func gaps(_ context: OfficialContext, reports: [ReportCheck]?) -> [DossierGap] {
        let snapshot = context.snapshot
        let meeting = snapshot.meeting
        let review = context.review
        var gaps: [DossierGap] = []
        if snapshot.reference.status < .review { gaps.append(.notReviewed(snapshot.reference.status)) }
        if snapshot.cluster.authority.trimmingSpaces().isEmpty { gaps.append(.noAuthority) }
        if meeting.date == nil { gaps.append(.meetingDate) }
        if meeting.start == nil || meeting.end == nil { gaps.append(.meetingTimes) }
        if meeting.place.isEmpty { gaps.append(.meetingPlace) }
        if meeting.chair.isEmpty { gaps.append(.meetingChair) }
        if meeting.secretary.isEmpty { gaps.append(.meetingSecretary) }
        if meeting.membersPresent == nil { gaps.append(.membersPresent) }
        let rules = snapshot.rules
        let awardName = { (code: String) in rules.award(code: code).map(context.words.awardShort) ?? code }
        for group in ProposalsDocument(snapshot, review: review).groups {
            for entry in group.entries where context.vote(unitID: entry.ranked.unit.id, award: group.award.code) == nil {
                gaps.append(.notVoted(unit: entry.ranked.unit.name, award: awardName(group.award.code)))
            }
        }
        for vote in MinutesDocument.orderedVotes(context.review, rules: context.snapshot.rules) where !vote.tally.hasCountRecord {
            let unit = snapshot.units.first { $0.id == vote.tally.unitID }?.name ?? String(vote.tally.unitID)
            gaps.append(.noCountRecord(unit: unit, award: awardName(vote.tally.award)))
        }
        for report in reports ?? [] where report.state != .completed {
            gaps.append(.reportToComplete(unit: report.unit, file: report.file))
        }
        for year in [snapshot] + (context.next.map { [$0] } ?? []) {
            let unsigned = year.units.filter { unit in
                if case .signed = year.pledge.signatureState(of: unit.id) { return false }
                return true
            }
            if !unsigned.isEmpty { gaps.append(.pledgeUnsigned(year: year.reference.year, units: unsigned.map(\.name))) }
        }
        if let head = context.headUnit {
            if head.leader.isEmpty || head.leaderPosition.isEmpty { gaps.append(.noHeadSigner) }
        } else {
            gaps.append(.noHeadSigner)
        }
        if !snapshot.handovers.contains(where: { $0.forYear == context.year + 1 }) { gaps.append(.noHandover(year: context.year + 1)) }
        return gaps
    }
}
