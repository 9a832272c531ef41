import Documents
import Emulation

/// The words of the roster, pledge and year screens, their forms and the year menu, one
/// instance per language (EditWords+Vietnamese.swift, EditWords+English.swift).
public struct EditWords: Sendable {
    // Keys
    public var keyAdd: String
    public var keyAddUnitHelp: String
    public var keyAddLineHelp: String
    public var keyEdit: String
    public var keyEditUnitHelp: String
    public var keyEditLineHelp: String
    public var keyRemove: String
    public var keyRemoveUnitHelp: String
    public var keyRemoveLineHelp: String
    public var keyFilter: String
    public var keyFilterHelp: String
    public var keyOrder: String
    public var keyOrderHelp: String
    public var keyToggleActive: String
    public var keyToggleActiveHelp: String
    public var keyMoveUp: String
    public var keyMoveDown: String
    public var keyMoveUnitHelp: String
    public var keyMoveLineHelp: String
    public var keyHeader: String
    public var keyHeaderHelp: String
    public var keySign: String
    public var keySignHelp: String
    public var keyYear: String
    public var keyYearHelp: String
    // Forms
    public var formKeysHint: String
    public var menuHint: String
    /// Under a panel that only says something.
    public var panelHint: String
    public var addUnitTitle: String
    public var editUnitTitle: @Sendable (String) -> String
    public var fieldUnitName: String
    public var fieldLeader: String
    public var fieldLeaderPosition: String
    public var fieldWomenMajority: String
    public var fieldEligibilityNote: String
    public var eligibilityNoteWithoutCause: String
    public var editClusterTitle: @Sendable (String) -> String
    public var fieldTitle: String
    public var fieldSlogan: String
    public var fieldDate: String
    public var fieldPlace: String
    public var fieldTask: String
    public var fieldDriveName: String
    public var fieldStart: String
    public var fieldEnd: String
    public var fieldModel: @Sendable (Int) -> String
    public var fieldRegistered: @Sendable (String) -> String
    public var fieldSigner: String
    public var fieldPosition: String
    public var fieldSignedOn: String
    public var fieldHead: String
    public var fieldDeputy: String
    public var fieldReason: String
    public var pledgeHeaderTitle: String
    public var addTaskTitle: @Sendable (Int) -> String
    public var editTaskTitle: @Sendable (Int) -> String
    public var addDriveTitle: @Sendable (Int) -> String
    public var editDriveTitle: @Sendable (Int) -> String
    public var unitPledgeTitle: @Sendable (String) -> String
    public var unitPledgeNote: String
    public var tasksChangeResign: String
    public var taskRequired: String
    public var driveRequired: String
    public var driveEndsBeforeStart: String
    public var signerRequired: String
    public var headIsDeputy: String
    // Roster
    public var orderAlphabetical: String
    public var orderRoster: String
    public var filterLabel: String
    public var filterShown: @Sendable (String, Int) -> String
    public var rosterEmpty: String
    public var rosterEmptyHere: @Sendable (String, Int) -> String
    public var inactive: String
    public var inactiveNote: String
    public var inactiveCount: @Sendable (Int) -> String
    public var inactiveCannotEdit: @Sendable (String) -> String
    public var removeTitle: String
    public var removeConfirm: @Sendable (String) -> String
    public var removeRefusedOfferInactive: @Sendable (String) -> String
    public var inactiveConfirm: @Sendable (String) -> String
    public var activeConfirm: @Sendable (String) -> String
    public var removeLineConfirm: @Sendable (Int, String) -> String
    public var moveNeedsRosterOrder: String
    public var noHandover: @Sendable (Int) -> String
    public var handoverLine: @Sendable (Handover) -> String
    // Pledge
    public var pledgeNoTitle: String
    public var pledgeNoDate: String
    public var pledgeDateLine: @Sendable (String) -> String
    public var pledgePlaceLine: @Sendable (String) -> String
    public var sectionTasks: @Sendable (Int) -> String
    public var sectionDrives: @Sendable (Int) -> String
    public var sectionUnits: @Sendable (Int, Int) -> String
    public var noTasks: String
    public var noDrives: String
    public var driveLine: @Sendable (Pledge.Drive) -> String
    public var noModels: String
    public var signedEarlierShort: String
    public var alreadySigned: @Sendable (String, String) -> String
    // Ranking, what-if, votes, meeting
    public var keyWhy: String
    public var keyWhyHelp: String
    public var keyWhatIf: String
    public var keyWhatIfHelp: String
    public var keyWhatIfEdit: String
    public var keyWhatIfEditHelp: String
    public var keyLeaveWhatIf: String
    public var keyLeaveWhatIfHelp: String
    public var keyVote: String
    public var keyVoteHelp: String
    public var keyNextPage: String
    public var keyNextPageHelp: String
    public var keyPreviousPage: String
    public var keyPreviousPageHelp: String
    public var columnClassShort: String
    public var classificationAbbreviation: @Sendable (Classification) -> String
    public var ineligibleCauseShort: @Sendable (Eligibility.Cause) -> String
    public var barHeading: String
    public var rankingHeading: @Sendable (Int, Int, Int) -> String
    public var whatIfBanner: @Sendable (Int) -> String
    public var whatIfStarted: String
    public var whatIfDiscarded: String
    public var whatIfFirst: String
    public var whatIfFormTitle: @Sendable (String) -> String
    public var whatIfFormNote: String
    public var whatIfValueRequired: String
    public var whatIfMoved: @Sendable (String, Int) -> String
    public var noVoteInWhatIf: String
    public var voteNeedsReview: String
    public var nothingToVote: @Sendable (String) -> String
    public var voteTitle: @Sendable (String, String) -> String
    public var fieldPresent: @Sendable (Int) -> String
    public var fieldFor: String
    public var fieldAgainst: String
    /// The count record's fields, left empty until the counting board reports.
    public var fieldBallots: String
    public var fieldInvalid: String
    public var voteRule: @Sendable (Int, Int, Int, Int, Int) -> String
    public var voteLine: @Sendable (String, Int, Int, Int, String) -> String
    public var voteResult: @Sendable (VoteTally.Result) -> String
    public var voteRecorded: @Sendable (String, String, String) -> String
    public var whyHeading: String
    public var whyTitle: @Sendable (String, String) -> String
    public var whyFirst: String
    public var whyTied: @Sendable (String) -> String
    public var whyTieBroken: @Sendable (String, String) -> String
    public var tieBreakName: @Sendable (TieBreak, CriteriaTree) -> String
    public var whyBehind: @Sendable (String, Int, String) -> String
    public var whyAhead: @Sendable (String) -> String
    public var whyMore: @Sendable (Int) -> String
    public var meetingRankingTitle: @Sendable (Int) -> String
    public var meetingProposalsTitle: String
    public var meetingVotesTitle: String
    public var meetingNoProposals: String
    public var meetingNoVotes: String
    public var meetingIneligible: String
    public var meetingUnitFacts: @Sendable (Int, String) -> String
    public var meetingPage: @Sendable (Int, Int) -> String
    public var meetingHint: String
    public var unitInClosedYear: @Sendable (String, Int) -> String
    public var ineligibleForRole: @Sendable (String) -> String
    public var voteChooseTitle: @Sendable (String) -> String
    public var voteMenuItem: @Sendable (String, String?) -> String
    public var reorderTasksConfirm: @Sendable (Int) -> String
    public var resignWarning: @Sendable (Int) -> String
    public var handoverNoUnits: String
    public var handoverRecorded: @Sendable (String, String, String) -> String
    public var yearNotClosed: @Sendable (String, Int, String) -> String
    public var cannotWrite: @Sendable (String) -> String
    // Year menu
    public var menuTitle: @Sendable (String, Int, String) -> String
    public var menuAdvance: @Sendable (String) -> String
    public var menuClose: @Sendable (Int) -> String
    public var menuExportPrintable: String
    public var menuDossier: @Sendable (_ missing: Int) -> String
    public var dossierMoreGaps: @Sendable (Int) -> String
    public var dossierWrittenTo: @Sendable (_ files: Int, _ missing: Int, _ name: String, _ folder: String) -> String
    public var menuReopen: String
    public var menuHandover: @Sendable (Int) -> String
    public var menuNextYear: @Sendable (Int) -> String
    public var menuMeeting: String
    public var fieldMeetingPlace: String
    public var fieldChair: String
    public var fieldSecretary: String
    public var fieldAttendees: String
    public var fieldMeetingStart: String
    public var fieldMeetingEnd: String
    public var fieldMembersPresent: @Sendable (_ members: Int) -> String
    public var fieldNote: String
    public var meetingFormNote: String
    public var meetingSaved: String
    public var menuEditCluster: String
    public var menuExport: @Sendable (String, String) -> String
    public var menuExportBlankGrid: String
    public var exportName: @Sendable (ExportKind) -> String
    public var advanceConfirm: @Sendable (String, Int, String) -> String
    public var closeConfirm: @Sendable (String, Int) -> String
    public var nextYearConfirm: @Sendable (String, Int) -> String
    public var reopenTitle: @Sendable (String, Int) -> String
    public var reopenNote: String
    public var rotationProposal: @Sendable (String, String) -> String
    // Results
    public var unitAdded: @Sendable (String) -> String
    public var unitSaved: @Sendable (String) -> String
    public var unitRemoved: @Sendable (String) -> String
    public var unitInactive: @Sendable (String) -> String
    public var unitActive: @Sendable (String) -> String
    public var unitMoved: String
    public var clusterSaved: String
    public var pledgeSaved: String
    public var unitPledgeSaved: @Sendable (String) -> String
    public var signedNow: @Sendable (String, String) -> String
    public var stageChanged: @Sendable (String) -> String
    public var reopened: String
    public var exportedTo: @Sendable (String, String) -> String
    public var nextYearOpened: @Sendable (String, Int) -> String
    // Bonus and deduction entered in the grid
    public var adjustmentReasonTitle: @Sendable (Adjustment.Kind, String, String) -> String
    public var adjustmentReasonNote: String
    public var adjustmentNotSaved: String
    // Search
    public var searchClearedFilter: @Sendable (String, String) -> String
}
