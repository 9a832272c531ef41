import Emulation

/// The words of every document (roster, grid, ranking, pledge, minutes, award proposals, the
/// printable HTML report) and of the `meeting` and `vote` commands, one instance per language
/// (DocumentWords+Vietnamese.swift, DocumentWords+English.swift). The domain terms, reasons and
/// headings are here too, though the screens show them as well: paper needs them without the
/// interface, and the interface's Catalogue reads them from here.
public struct DocumentWords: Sendable {
    /// The `lang` of an HTML page: "vi", "en".
    public var languageCode: String
    public var notRecorded: String
    public var none: String

    // Domain terms
    public var classification: @Sendable (Classification) -> String
    public var classificationShort: @Sendable (Classification) -> String
    public var round: @Sendable (ScoreRound) -> String
    public var role: @Sendable (Membership.Role) -> String
    public var ineligibleCause: @Sendable (Eligibility.Cause) -> String
    public var awardName: @Sendable (AwardRule) -> String
    public var awardShort: @Sendable (AwardRule) -> String

    // Reasons in words
    public var reasonRank: @Sendable (_ rank: Int, _ of: Int) -> String
    public var reasonPoints: @Sendable (String) -> String
    public var reasonRegistered: @Sendable (String) -> String
    public var reasonNotRegistered: @Sendable (String) -> String
    public var reasonNotLeader: @Sendable (String) -> String
    public var reasonBelow: @Sendable (_ award: String, _ required: String) -> String
    public var reasonQuotaUsed: @Sendable (String) -> String
    public var reasonVoteFailed: @Sendable (String) -> String
    public var reasonTied: @Sendable (String) -> String
    public var reasonIneligible: @Sendable (_ cause: String, _ note: String) -> String
    public var reasonDeferred: @Sendable (_ cause: String, _ note: String) -> String
    /// The label of a unit the rules defer ("chưa xét"), where another is "not proposed".
    public var deferred: String
    /// The minutes' section of deferred units, where the rules defer rather than refuse.
    public var sectionDeferred: String
    /// The same, as a heading on the meeting screen.
    public var deferredUnits: String
    public var reasonTieLostVote: @Sendable (String) -> String
    public var notProposed: String
    public var tiedMark: String

    // Table headings
    public var columnRank: String
    public var columnUnit: String
    public var columnCriterion: @Sendable (String) -> String
    public var columnBonus: String
    public var columnDeduction: String
    public var columnTotal: String
    public var columnClassification: String
    public var columnProposal: String
    public var columnReason: String
    public var columnShortName: String
    public var columnKind: String
    public var columnLeader: String
    public var columnRole: String
    public var columnEligibility: String
    public var eligible: String

    // Titles and the pledge
    public var rankingTitle: @Sendable (_ cluster: String, _ year: Int) -> String
    public var gridTitle: @Sendable (_ cluster: String, _ year: Int, _ round: String) -> String
    public var rosterTitle: @Sendable (_ cluster: String, _ year: Int) -> String
    public var finalRound: String
    public var pledgePending: String
    public var pledgeSigned: String
    public var pledgeSignedEarlier: String
    public var pledgeModels: String
    public var pledgeTitles: String
    public var pledgeSignature: String
    public var pledgeSigner: String
    public var pledgeDate: String
    public var pledgeDefaultTitle: @Sendable (Int) -> String
    public var pledgeSignedOn: @Sendable (_ date: String, _ place: String) -> String
    public var pledgeSlogan: @Sendable (String) -> String
    public var pledgeChecklistCount: @Sendable (_ signed: Int, _ members: Int) -> String
    public var generatedNote: @Sendable (String) -> String

    // Meeting facts
    public var meetingDate: String
    public var meetingPlace: String
    public var meetingHours: String
    public var meetingMembersPresent: String
    public var meetingChair: String
    public var meetingSecretary: String
    public var meetingAttendees: String
    public var meetingNote: String
    /// When no attendee was recorded: the member units, as the default attendance.
    public var attendeesAreMembers: @Sendable (_ units: String) -> String

    // Minutes
    /// "Biểu quyết có giá trị khi có mặt từ 2/3 số thành viên (6/8 đơn vị); …"
    public var voteRule: @Sendable (_ quorum: String, _ minimumPresent: Int, _ members: Int, _ threshold: String, _ ofAllMembers: Bool) -> String
    /// Where the rules behind a line come from: "Căn cứ: QĐ 123/QĐ-UBND; Nghị định 152/2025/NĐ-CP, Điều 4".
    public var citation: @Sendable (_ sources: String) -> String
    public var noVotes: String
    public var voteResult: @Sendable (VoteTally.Result) -> String
    public var nextHead: @Sendable (_ head: String, _ deputy: String?) -> String
    public var handoverDetail: @Sendable (_ method: Handover.Method, _ date: String) -> String
    public var notHandedOver: String

    // Decisions and history
    public var decisionOutcome: @Sendable (AwardDecision.Outcome) -> String
    /// "QĐ 123/QĐ-TTg ngày 05/05/2024 của Thủ tướng Chính phủ: được tặng Cờ thi đua của Chính phủ."
    public var decisionLine: @Sendable (_ number: String, _ date: String, _ authority: String, _ outcome: String, _ award: String) -> String
    public var historyTitle: @Sendable (_ unit: String) -> String
    /// "2023 · HP-KH · hạng 1/8 · 96,50 · xuất sắc · đề nghị Cờ CP"
    public var historyLine: @Sendable (_ year: Int, _ cluster: String, _ rank: Int, _ members: Int, _ total: String, _ classification: String,
                                       _ proposed: String?) -> String
    public var columnYear: String
    public var columnCluster: String
    public var columnDecision: String
    public var columnGranted: String

    // Proposals
    public var proposalsTitle: @Sendable (_ cluster: String, _ year: Int) -> String
    public var proposalsSummary: @Sendable (_ proposed: Int, _ members: Int) -> String
    /// "chỉ tiêu 1", "không giới hạn"; nil places = no quota.
    public var quota: @Sendable (_ places: Int?) -> String
    public var noUnitProposed: String
    public var notProposedSection: String
    public var tiedForVote: @Sendable (_ units: String) -> String
    public var signHead: String
    public var signHeadHint: String

    // Columns
    public var columnNumber: String
    public var columnAward: String
    public var columnAwardCode: String
    public var columnPresent: String
    public var columnFor: String
    public var columnAgainst: String
    public var columnResult: String
    public var columnSubtotal: String

    // The HTML report
    public var reportTitle: @Sendable (_ cluster: String, _ year: Int) -> String
    public var reportGrid: String
    public var reportRanking: String
    public var reportItems: String

    /// The last line of every printed document: the audit chain's seal when it was printed
    /// (`COUNT:HASH`), then, in brackets (or on a line of its own where the page is too narrow),
    /// how to check it.
    public var seal: @Sendable (_ seal: String) -> String
    public var sealCheck: @Sendable (_ seal: String) -> String

    // Command line
    public var meetingHeading: @Sendable (_ cluster: String, _ year: Int) -> String
    public var meetingSaved: @Sendable (_ cluster: String, _ year: Int) -> String
    public var voteRecorded: @Sendable (_ unit: String, _ award: String, _ present: Int, _ votesFor: Int, _ against: Int, _ result: String) -> String
    public var voteNotProposed: @Sendable (_ unit: String, _ award: String) -> String
    public var proposalsChanged: String
    public var proposalChange: @Sendable (_ unit: String, _ before: String, _ after: String) -> String
    public var proposalsUnchanged: String
    public var unknownVoteUnit: @Sendable (_ name: String, _ existing: String) -> String
    public var unknownAward: @Sendable (_ code: String, _ existing: String) -> String
}
