import Emulation

extension DocumentWords {
    public static let english = DocumentWords(
        languageCode: "en",
        notRecorded: "not recorded",
        none: "None.",
        classification: { band in
            switch band {
            case .excellent: return "Excellent (Hoàn thành xuất sắc)"
            case .good: return "Good (Hoàn thành tốt)"
            case .completed: return "Completed (Hoàn thành)"
            case .notCompleted: return "Not completed"
            }
        },
        classificationShort: { band in
            switch band {
            case .excellent: return "excellent"
            case .good: return "good"
            case .completed: return "completed"
            case .notCompleted: return "not completed"
            }
        },
        round: { round in
            switch round {
            case .selfAssessment: return "self-score"
            case .cluster: return "cluster score"
            }
        },
        role: { role in
            switch role {
            case .head: return "head"
            case .deputy: return "deputy"
            case .member: return "member"
            }
        },
        ineligibleCause: { cause in
            switch cause {
            case .discipline: return "under disciplinary review"
            case .investigation: return "under investigation"
            case .inspection: return "under inspection"
            case .complaint: return "a complaint is being verified"
            }
        },
        awardName: { $0.nameEnglish },
        awardShort: { $0.shortEnglish },
        reasonRank: { "rank \($0)/\($1)" },
        reasonPoints: { "\($0) points" },
        reasonRegistered: { "registered for \($0)" },
        reasonNotRegistered: { "no \($0): not registered" },
        reasonNotLeader: { "\($0): for the cluster leader only" },
        reasonBelow: { "\($0): needs \($1) or better" },
        reasonQuotaUsed: { "\($0): quota used up" },
        reasonVoteFailed: { "\($0): voted down" },
        reasonTied: { "tied — to be settled by vote (\($0))" },
        reasonIneligible: { cause, note in "not eligible for awards: \(cause)" + (note.isEmpty ? "" : " (\(note))") },
        reasonDeferred: { cause, note in "deferred, not yet considered for awards: \(cause)" + (note.isEmpty ? "" : " (\(note))") },
        deferred: "deferred",
        sectionDeferred: "Units deferred, not yet considered for awards",
        deferredUnits: "Deferred, not yet considered",
        reasonTieLostVote: { "\($0): tied, fewer votes for" },
        notProposed: "not proposed",
        tiedMark: "=",
        columnRank: "Rank",
        columnUnit: "Unit",
        columnCriterion: { "C\($0)" },
        columnBonus: "Bonus",
        columnDeduction: "Deduct.",
        columnTotal: "Total",
        columnClassification: "Class",
        columnProposal: "Proposal",
        columnReason: "Reason",
        columnShortName: "Short name",
        columnKind: "Kind",
        columnLeader: "Leader",
        columnRole: "Role",
        columnEligibility: "Award eligibility",
        eligible: "eligible",
        rankingTitle: { "Ranking — \($0), \($1)" },
        gridTitle: { "Score grid (\($2)) — \($0), \($1)" },
        rosterTitle: { "Member units — \($0), \($1)" },
        finalRound: "final scores",
        pledgePending: "pending",
        pledgeSigned: "signed",
        pledgeSignedEarlier: "signed an earlier version",
        pledgeModels: "Emulation models",
        pledgeTitles: "Titles registered",
        pledgeSignature: "Signature",
        pledgeSigner: "Signer",
        pledgeDate: "Date",
        pledgeDefaultTitle: { "Emulation pledge \($0)" },
        pledgeSignedOn: { date, place in "Signed on \(date)" + (place.isEmpty ? "" : " in \(place)") },
        pledgeSlogan: { "Slogan: \($0)" },
        pledgeChecklistCount: { "\($0)/\($1) signed" },
        generatedNote: { "Note: \($0)" },
        meetingDate: "Date",
        meetingPlace: "Place",
        meetingHours: "Hours",
        meetingMembersPresent: "Units present",
        meetingChair: "Chair",
        meetingSecretary: "Secretary",
        meetingAttendees: "Attendees",
        meetingNote: "Note",
        attendeesAreMembers: { "representatives of the member units: \($0)" },
        voteRule: { quorum, minimum, members, threshold, ofAll in
            "A vote counts when at least \(quorum) of the members are present (at least \(minimum) of \(members) units); "
                + "a proposal passes when the votes for are more than \(threshold) of " + (ofAll ? "all members of the cluster." : "those present.")
        },
        citation: { "Source: \($0)." },
        noVotes: "No vote recorded.",
        voteResult: { result in
            switch result {
            case .passed: return "passed"
            case .rejected: return "failed"
            case .noQuorum: return "no quorum"
            }
        },
        nextHead: { head, deputy in "Head: \(head); deputy head: \(deputy ?? "—")" },
        handoverDetail: { method, date in "(\(method == .rotation ? "by rotation" : "elected"), handed over on \(date))" },
        notHandedOver: "Not handed over yet.",
        decisionOutcome: { outcome in
            switch outcome {
            case .granted: return "granted"
            case .notGranted: return "not granted"
            // The award named after it is the one granted, which says it was another.
            case .grantedOther: return "granted"
            }
        },
        decisionLine: { number, date, authority, outcome, award in "Decision \(number) of \(date) by \(authority): \(outcome) \(award)." },
        historyTitle: { "Award history of \($0)" },
        historyLine: { year, cluster, rank, members, total, classification, proposed in
            "\(year) · \(cluster) · rank \(rank)/\(members) · \(total) · \(classification)" + (proposed.map { " · proposed \($0)" } ?? "")
        },
        columnYear: "Year",
        columnCluster: "Cluster",
        columnDecision: "Decision",
        columnGranted: "Granted",
        proposalsTitle: { "Award proposals — \($0), \($1)" },
        proposalsSummary: { "\($0) of \($1) units proposed" },
        quota: { places in places.map { "quota \($0)" } ?? "no quota" },
        noUnitProposed: "No unit proposed.",
        notProposedSection: "Not proposed",
        tiedForVote: { "Tied — to be settled by vote: \($0)" },
        signHead: "CLUSTER HEAD",
        signHeadHint: "(signature, full name and seal)",
        columnNumber: "No.",
        columnAward: "Award",
        columnAwardCode: "Code",
        columnPresent: "Present",
        columnFor: "For",
        columnAgainst: "Against",
        columnResult: "Result",
        columnSubtotal: "Subtotal",
        reportTitle: { "Scores and ranking — \($0), \($1)" },
        reportGrid: "Score grid (final scores)",
        reportRanking: "Ranking",
        reportItems: "Criteria",
        seal: { "Audit seal: \($0)" },
        sealCheck: { "check with: thidua verify --seal \($0)" },
        meetingHeading: { "Review meeting of cluster \($0), \($1):" },
        meetingSaved: { "Recorded the review meeting of cluster \($0), \($1):" },
        voteRecorded: { unit, award, present, votesFor, against, result in
            "\(unit) — \(award): present \(present), for \(votesFor), against \(against): \(result)."
        },
        voteNotProposed: { "Note: \($0) is not proposed for \($1) now; the vote is recorded but changes no proposal." },
        proposalsChanged: "Proposals changed:",
        proposalChange: { "  \($0): \($1) → \($2)" },
        proposalsUnchanged: "The proposals are unchanged.",
        unknownVoteUnit: { "No unit \"\($0)\" in this cluster-year. Units: \($1)." },
        unknownAward: { "No award \"\($0)\". Existing codes: \($1)." }
    )
}
