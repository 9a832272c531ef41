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
    // Year menu
    public var menuTitle: @Sendable (String, Int, String) -> String
    public var menuAdvance: @Sendable (String) -> String
    public var menuReopen: String
    public var menuHandover: @Sendable (Int) -> String
    public var menuNextYear: @Sendable (Int) -> String
    public var menuEditCluster: String
    public var menuExport: @Sendable (String, String) -> String
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
}
