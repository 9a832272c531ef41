import Emulation

/// The words of the documents the dossier sends to the province (minutes, count records,
/// submissions, achievement reports, the pledge) in the state's format, one instance per
/// language (OfficialWords+Vietnamese.swift, OfficialWords+English.swift).
public struct OfficialWords: Sendable {
    public var nationalTitle: String
    public var motto: String
    /// "Số:      /TTr-CTĐ": the number is the registering office's to write.
    public var number: @Sendable (_ symbol: String) -> String
    /// "Hải Phòng, ngày 28 tháng 02 năm 2024"; with no date, the blanks a signer fills in.
    public var placeAndDate: @Sendable (_ place: String, _ date: CalendarDate?, _ year: Int) -> String
    /// The issuer's part of a symbol: "CTĐ" for a cluster, "KTĐ" for a bloc.
    public var clusterSymbol: @Sendable (Cluster.Kind) -> String

    // Minutes
    public var minutesKind: String
    public var minutesSummary: @Sendable (_ year: Int, _ nextPledge: Int?) -> [String]
    /// "Hôm nay, vào lúc 14 giờ 00, ngày 28 tháng 02 năm 2024, tại …, Cụm … tổ chức Hội nghị …"
    public var minutesOpening: @Sendable (_ start: ClockTime?, _ date: CalendarDate?, _ place: String, _ cluster: String, _ year: Int) -> String
    public var sectionAttendance: String
    public var chair: @Sendable (String) -> String
    public var secretary: @Sendable (String) -> String
    public var membersPresent: @Sendable (_ present: Int?, _ members: Int) -> String
    public var attendees: @Sendable (String) -> String
    public var sectionContent: String
    public var partRanking: @Sendable (_ year: Int) -> String
    public var partVotes: String
    public var countRecordsAttached: String
    public var partProposals: String
    public var partNextPledge: @Sendable (_ year: Int) -> String
    public var nextPledgeSigned: @Sendable (_ signed: Int, _ members: Int) -> String
    public var nextPledgeNotRecorded: @Sendable (_ year: Int) -> String
    public var partHandover: @Sendable (_ number: Int, _ year: Int) -> String
    public var minutesClosing: @Sendable (_ end: ClockTime?) -> String
    public var signChair: String
    public var signSecretary: String
    public var signHint: String

    // The count record
    public var countKind: String
    public var countSummary: @Sendable (_ award: String, _ recipient: String) -> [String]
    public var countOpening: @Sendable (_ date: CalendarDate?, _ place: String, _ award: String, _ recipient: String) -> String
    public var countContent: String
    public var countNumber: String
    public var countMembers: String
    public var countPresent: String
    public var countIssued: String
    public var countReceived: String
    public var countValid: String
    public var countInvalid: String
    public var countFor: String
    public var countAgainst: String
    public var countResult: @Sendable (_ result: String, _ rule: String) -> String

    // The submission
    public var submissionKind: String
    public var submissionSummary: @Sendable (_ awards: String, _ year: Int) -> [String]
    public var addressee: @Sendable (String) -> String
    public var lawBasis: String
    public var basis: @Sendable (String) -> String
    public var meetingBasis: @Sendable (_ date: CalendarDate?, _ year: Int) -> String
    public var submissionRequest: @Sendable (_ cluster: String, _ authority: String, _ awards: String) -> String
    public var columnRecipient: String
    public var columnAward: String
    public var columnTotal: String
    public var columnRank: String
    public var columnVote: String
    public var rankOf: @Sendable (_ rank: Int, _ members: Int) -> String
    public var voteShare: @Sendable (_ votesFor: Int, _ present: Int) -> String
    public var reportsAttached: String
    public var submissionClosing: @Sendable (_ authority: String) -> String
    public var onBehalfOf: @Sendable (_ cluster: String) -> String
    public var clusterHead: String
    public var signAndStamp: String
    public var recipientsHeading: String
    public var recipientsAsAbove: String
    public var recipientsMembers: String
    public var recipientsFiled: String

    // The achievement report
    public var reportKind: String
    public var reportSummary: @Sendable (_ award: String, _ recipient: String, _ year: Int) -> [String]
    public var reportSectionOverview: String
    public var reportOverviewPlaceholder: String
    public var reportSectionAchievements: String
    public var reportPartScores: @Sendable (_ year: Int, _ cluster: String) -> String
    public var columnCriterion: String
    public var columnMaximum: String
    public var columnSelf: String
    public var columnCluster: String
    public var columnFinal: String
    public var reportTotal: @Sendable (_ total: String, _ rank: Int, _ members: Int, _ classification: String) -> String
    public var reportBonus: @Sendable (_ points: String, _ reason: String) -> String
    public var reportDeduction: @Sendable (_ points: String, _ reason: String) -> String
    public var reportPartPledge: String
    public var reportModels: @Sendable (String) -> String
    public var reportRegistered: @Sendable (String) -> String
    public var reportPledgePlaceholder: String
    public var reportPartDrives: String
    public var reportDrivesPlaceholder: String
    public var reportSectionAwards: String
    public var reportAwardsPlaceholder: String
    public var reportConfirm: String
    public var reportLeaderPlaceholder: String

    // The pledge
    public var pledgeKind: String
    public var pledgeSummary: @Sendable (_ year: Int, _ cluster: String) -> [String]
    public var pledgeTasks: String
    public var pledgeDrives: String
    public var pledgeModels: String
    public var pledgeSignatures: String
    public var columnNumber: String
    public var columnUnit: String
    public var columnModels: String
    public var columnTitles: String
    public var columnSigner: String
    public var columnPosition: String
    public var columnDate: String
    public var columnSignature: String

    // The dossier's checklist
    public var gap: @Sendable (DossierGap) -> String
    public var checklistTitle: @Sendable (_ cluster: String, _ year: Int) -> String
    public var checklistFiles: String
    public var checklistMissing: @Sendable (_ count: Int) -> String
    public var checklistComplete: String
    /// "giữ bản đơn vị đã hoàn thiện": a report in the folder left as it was.
    public var reportKept: String

    /// The words of the language a document's words are in.
    public static func matching(_ words: DocumentWords) -> OfficialWords { words.languageCode == "en" ? .english : .vietnamese }
}
