import Emulation

extension OfficialWords {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                             "November", "December"]

    static func englishDate(_ date: CalendarDate) -> String { "\(date.day) \(monthNames[date.month - 1]) \(date.year)" }

    static func englishTime(_ time: ClockTime?) -> String { time?.text ?? "…:…" }

    public static let english = OfficialWords(
        nationalTitle: "SOCIALIST REPUBLIC OF VIET NAM",
        motto: "Independence - Freedom - Happiness",
        number: { "No.:        /\($0)" },
        placeAndDate: { place, date, year in
            (place.isEmpty ? "……" : place) + ", " + (date.map(englishDate) ?? "…… \(year)")
        },
        clusterSymbol: { $0 == .bloc ? "KTĐ" : "CTĐ" },

        minutesKind: "MINUTES",
        minutesSummary: { year, next in
            ["of the conference reviewing emulation and commendation in \(year)"] + (next.map { ["and signing the emulation pledge for \($0)"] } ?? [])
        },
        minutesOpening: { start, date, place, cluster, year in
            "Today, at \(englishTime(start)) on \(date.map(englishDate) ?? "……"), at \(place.isEmpty ? "……" : place), "
                + "\(cluster) held its conference reviewing emulation and commendation in \(year) and nominating the units proposed for awards."
        },
        sectionAttendance: "I. ATTENDANCE",
        chair: { $0.isEmpty ? "Chair: ……" : "Chair: \($0)." },
        secretary: { $0.isEmpty ? "Secretary: ……" : "Secretary: \($0)." },
        membersPresent: { present, members in "Member units present: \(present.map(String.init) ?? "…")/\(members)." },
        attendees: { "Attending: \($0)." },
        sectionContent: "II. PROCEEDINGS",
        partRanking: { "1. Scores and ranking for \($0)" },
        partVotes: "2. Votes",
        countRecordsAttached: "Each vote's count is set out in the count record attached.",
        partProposals: "3. Award proposals",
        partNextPledge: { "4. Signing the emulation pledge for \($0)" },
        nextPledgeSigned: { "Pledge signed by \($0) of \($1) member units." },
        nextPledgeNotRecorded: { "No signing of the \($0) pledge recorded." },
        partHandover: { "\($0). Handing over the head role for \($1)" },
        minutesClosing: { end in
            "The conference closed at \(englishTime(end)) the same day. These minutes were approved by the conference and agreed by its members."
        },
        signChair: "CHAIR OF THE CONFERENCE",
        signSecretary: "SECRETARY",
        signHint: "(Signature, full name)",

        countKind: "COUNT RECORD",
        countSummary: { award, recipient in ["of the vote proposing \(award)", "for \(recipient)"] },
        countOpening: { date, place, award, recipient in
            "Today, \(date.map(englishDate) ?? "……"), at \(place.isEmpty ? "……" : place), the conference's counting board counted the ballots "
                + "of the vote proposing \(award) for \(recipient), with this result:"
        },
        countContent: "Item",
        countNumber: "Number",
        countMembers: "Members of the cluster",
        countPresent: "Members present",
        countIssued: "Ballots issued",
        countReceived: "Ballots received",
        countValid: "Valid ballots",
        countInvalid: "Invalid ballots",
        countFor: "Ballots for",
        countAgainst: "Ballots against",
        countResult: { result, rule in "Result: \(result). \(rule)" },

        submissionKind: "SUBMISSION",
        submissionSummary: { awards, year in ["Proposing \(awards) for \(year)"] },
        addressee: { "To: \($0)." },
        lawBasis: "Pursuant to the Law on Emulation and Commendation No. 06/2022/QH15;",
        basis: { "Pursuant to \($0);" },
        meetingBasis: { date, year in
            "Pursuant to the nominations of the conference reviewing \(year)" + (date.map { " on " + englishDate($0) } ?? "") + ","
        },
        submissionRequest: { cluster, authority, awards in "\(cluster) respectfully asks \(authority) to consider awarding \(awards) to:" },
        columnRecipient: "Proposed collective",
        columnAward: "Award",
        columnTotal: "Total",
        columnRank: "Rank",
        columnVote: "Vote",
        rankOf: { "\($0)/\($1)" },
        voteShare: { "\($0)/\($1) for" },
        reportsAttached: "(Attached: the collectives' achievement reports, the conference's minutes and count records.)",
        submissionClosing: { "Respectfully submitted to \($0) for decision." },
        onBehalfOf: { "ON BEHALF OF \($0.uppercased())" },
        clusterHead: "HEAD OF THE CLUSTER",
        signAndStamp: "(Signature, seal)",
        recipientsHeading: "Recipients:",
        recipientsAsAbove: "- As above;",
        recipientsMembers: "- Member units;",
        recipientsFiled: "- Filed: Records.",

        reportKind: "REPORT",
        reportSummary: { award, recipient, year in ["of achievements, proposing \(award)", "for \(recipient), \(year)"] },
        reportSectionOverview: "I. OVERVIEW",
        reportOverviewPlaceholder: "\(OfficialDocument.placeholderMark) To be completed by the unit: its situation, functions and duties, organisation.",
        reportSectionAchievements: "II. ACHIEVEMENTS",
        reportPartScores: { year, cluster in "1. Emulation scores for \(year) in \(cluster)" },
        columnCriterion: "Criterion",
        columnMaximum: "Maximum",
        columnSelf: "Self",
        columnCluster: "Cluster",
        columnFinal: "Counted",
        reportTotal: { total, rank, members, classification in
            "Total: \(total); ranked \(rank) of \(members) in the cluster; classification: \(classification)."
        },
        reportBonus: { "Bonus: +\($0) (\($1))." },
        reportDeduction: { "Deduction: −\($0) (\($1))." },
        reportPartPledge: "2. Fulfilment of the emulation pledge",
        reportModels: { "Registered emulation models: \($0)." },
        reportRegistered: { "Registered titles: \($0)." },
        reportPledgePlaceholder: "\(OfficialDocument.placeholderMark) To be completed by the unit: the results of each pledge task and target (figures against the plan and the previous year).",
        reportPartDrives: "3. Emulation drives, models and examples",
        reportDrivesPlaceholder: "\(OfficialDocument.placeholderMark) To be completed by the unit: the drives launched, the results of its registered models, the examples spread.",
        reportSectionAwards: "III. AWARDS ALREADY RECEIVED",
        reportAwardsPlaceholder: "\(OfficialDocument.placeholderMark) To be completed by the unit: titles and awards received (year, decision number, issuing body).",
        reportConfirm: "CONFIRMED BY THE PROPOSING LEVEL",
        reportLeaderPlaceholder: "HEAD OF THE UNIT",

        pledgeKind: "EMULATION PLEDGE",
        pledgeSummary: { year, cluster in ["for \(year) of \(cluster)"] },
        pledgeTasks: "I. PLEDGED TASKS",
        pledgeDrives: "II. EMULATION DRIVES",
        pledgeModels: "III. REGISTERED MODELS AND TITLES",
        pledgeSignatures: "IV. SIGNATURES OF THE MEMBER UNITS",
        columnNumber: "No.",
        columnUnit: "Unit",
        columnModels: "Emulation models",
        columnTitles: "Registered titles",
        columnSigner: "Signer",
        columnPosition: "Position",
        columnDate: "Signed on",
        columnSignature: "Signature",

        gap: { gap in
            switch gap {
            case .notReviewed(let status):
                return "The year is at the \(status == .pledge ? "pledge" : "scoring") stage: its results have not been through the review meeting."
            case .noAuthority: return "The cluster's authority is not recorded (the body named at the head of each document)."
            case .meetingDate: return "Meeting: no date recorded."
            case .meetingTimes: return "Meeting: no start and end times recorded."
            case .meetingPlace: return "Meeting: no place recorded."
            case .meetingChair: return "Meeting: no chair recorded."
            case .meetingSecretary: return "Meeting: no secretary recorded."
            case .membersPresent: return "Meeting: the number of member units present is not recorded."
            case .notVoted(let unit, let award): return "\(unit) — \(award): not voted on."
            case .noCountRecord(let unit, let award): return "\(unit) — \(award): no count record (ballots received, invalid ballots)."
            case .reportToComplete(let unit, let file): return "\(unit): the achievement report still has parts for the unit to write (\(file))."
            case .pledgeUnsigned(let year, let units): return "Pledge \(year): not signed by \(units.joined(separator: ", "))."
            case .noHeadSigner: return "Head: no head unit, or no name and position of its leader (the Units screen, or the roster file), to sign the submissions."
            case .noHandover(let year): return "No hand-over of the head role for \(year) recorded."
            }
        },
        checklistTitle: { "AWARD DOSSIER FOR \($1) — \($0.uppercased())" },
        checklistFiles: "Documents in the dossier:",
        checklistMissing: { "Missing before it can be sent (\($0)):" },
        checklistComplete: "The dossier is complete.",
        reportKept: "kept the unit's completed version"
    )
}
