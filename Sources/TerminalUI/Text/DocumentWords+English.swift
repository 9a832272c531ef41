import Emulation

extension DocumentWords {
    public static let english = DocumentWords(
        languageCode: "en",
        notRecorded: "not recorded",
        none: "None.",
        meetingDate: "Date",
        meetingPlace: "Place",
        meetingChair: "Chair",
        meetingSecretary: "Secretary",
        meetingAttendees: "Attendees",
        meetingNote: "Note",
        attendeesAreMembers: { "representatives of the member units: \($0)" },
        minutesTitle: { "Minutes of the \($0) emulation review meeting" },
        sectionRanking: "I. Scores and ranking",
        sectionVotes: "II. Votes",
        sectionProposals: "III. Award proposals",
        sectionIneligible: "IV. Units not eligible for awards",
        sectionNextHead: { "V. Head and deputy head for \($0)" },
        voteRule: { quorum, minimum, members, threshold in
            "A vote counts when at least \(quorum) of the members are present (at least \(minimum) of \(members) units); "
                + "a proposal passes when the votes for are more than \(threshold) of those present."
        },
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
        signChair: "CHAIR",
        signSecretary: "SECRETARY",
        signHint: "(signature and full name)",
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
