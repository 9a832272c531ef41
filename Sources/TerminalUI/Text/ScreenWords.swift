/// The words of the full-screen interface. Kept apart from `Catalogue`'s document and
/// command-line words only to keep each file short; both live in the same per-language files.
public struct ScreenWords: Sendable {
    public var appName: String
    /// Each screen's name (tab bar, title) and one line for the help page.
    public var homeName: String, homeSummary: String
    public var rosterName: String, rosterSummary: String
    public var gridName: String, gridSummary: String
    public var sheetName: String, sheetSummary: String
    public var pledgeName: String, pledgeSummary: String
    public var rankingName: String, rankingSummary: String
    public var meetingName: String, meetingSummary: String
    public var progressName: String, progressSummary: String

    public var keyHelp: String, keyHelpHelp: String
    public var keySearch: String, keySearchHelp: String
    public var keyCommand: String, keyCommandHelp: String
    public var keyBack: String, keyBackHelp: String
    public var keyQuit: String, keyQuitHelp: String
    public var keySuspend: String, keySuspendHelp: String
    public var keyUp: String, keyUpHelp: String
    public var keyDown: String, keyDownHelp: String
    public var keyLeft: String, keyLeftHelp: String
    public var keyRight: String, keyRightHelp: String
    public var keyPageUp: String, keyPageUpHelp: String
    public var keyPageDown: String, keyPageDownHelp: String
    public var keyFirst: String, keyFirstHelp: String
    public var keyLast: String, keyLastHelp: String
    public var keyOpen: String, keyOpenHelp: String
    public var keyDemo: String, keyDemoHelp: String
    public var keyNewCluster: String, keyNewClusterHelp: String
    public var keyRound: String, keyRoundHelp: String
    public var keyEdit: String, keyEditHelp: String
    public var keyNextEmpty: String, keyNextEmptyHelp: String
    public var keyUndo: String, keyUndoHelp: String
    public var keyRedo: String, keyRedoHelp: String
    public var keyClear: String, keyClearHelp: String
    public var keyCriteria: String, keyCriteriaHelp: String
    public var keySheetEditHelp: String
    public var keyPreviousUnit: String, keyPreviousUnitHelp: String
    public var keyNextUnit: String, keyNextUnitHelp: String

    public var homeHeading: String
    public var homeEmpty: [String]
    public var columnCode: String
    public var columnYear: String
    public var columnName: String
    public var columnStatus: String
    public var columnPledge: String
    public var columnScores: String
    public var columnReview: String
    public var pledgeSigned: @Sendable (_ signed: Int, _ members: Int) -> String
    public var scoresEntered: @Sendable (_ entered: Int, _ total: Int) -> String
    public var notReviewed: String
    public var votesRecorded: @Sendable (Int) -> String
    public var chooseYearFirst: String
    public var helpTitle: String
    public var helpGlobal: String
    /// The dialog the help page was opened from.
    public var helpDialog: String
    public var helpScreen: @Sendable (String) -> String
    public var helpMovement: String
    public var helpClose: String
    public var searchPrompt: String
    public var searchNoMatch: String
    public var searchHint: String
    public var searchCluster: String
    public var searchUnit: String
    public var commandHint: String
    public var unknownCommand: @Sendable (String) -> String
    public var commandCandidates: @Sendable (String) -> String
    public var confirmYes: String
    public var confirmNo: String
    public var formTitle: String
    public var fieldCode: String
    public var fieldName: String
    public var fieldKind: String
    public var fieldAuthority: String
    public var fieldYear: String
    public var fieldRequired: @Sendable (String) -> String
    public var yearInvalid: String
    public var clusterCreated: @Sendable (String, Int) -> String
    public var themeChanged: @Sendable (String) -> String
    public var languageChanged: String
    public var tooSmall: @Sendable (_ columns: Int, _ rows: Int, _ minColumns: Int, _ minRows: Int) -> String
    public var loading: String
    public var roundFinal: String
    public var progress: @Sendable (_ entered: Int, _ total: Int) -> String
    public var unitCount: @Sendable (Int) -> String
    public var groupLabel: @Sendable (_ index: Int, _ count: Int) -> String
    public var selectedUnit: @Sendable (String) -> String
    public var externalChange: String
    /// A theme that could not be used, and that the default took its place.
    public var themeProblem: @Sendable (ThemeError) -> String
    public var finalIsReadOnly: String
    public var yearIsClosed: String
    /// Each names the field: the grid's item, the form's label.
    public var notANumber: @Sendable (_ field: String, _ text: String) -> String
    public var negativeNumber: @Sendable (_ field: String) -> String
    public var tooManyDecimals: @Sendable (_ field: String) -> String
    public var wholeNumberRequired: @Sendable (_ field: String) -> String
    public var nothingToUndo: String
    public var nothingToRedo: String
    public var undone: @Sendable (_ unit: String, _ item: String) -> String
    public var redone: @Sendable (_ unit: String, _ item: String) -> String
    public var noEmptyCell: String
    public var editHint: String
    public var reasonRequired: String
    /// A reason typed on a bonus or deduction row that has no points yet.
    public var pointsBeforeReason: String
    public var sheetHeading: @Sendable (_ unit: String, _ index: Int, _ count: Int) -> String
    public var columnItem: String
    public var columnWording: String
    public var columnMaximum: String
    public var columnGap: String
    public var columnNote: String
    public var columnSelf: String
    public var columnCluster: String
    public var columnFinal: String
    /// The heading over the grid's final total, rank and class.
    public var finalGroup: String
    /// The progress screen: what each unit still has to enter or sign.
    public var progressHeading: @Sendable (_ selfDone: Int, _ clusterDone: Int, _ signed: Int, _ units: Int) -> String
    public var columnSigned: String
    public var columnMissing: String
    public var progressSigned: String
    public var progressNotSigned: String
    public var progressSignedEarlier: String
    public var progressComplete: String
    public var progressMissing: @Sendable (_ selfItems: [String], _ clusterItems: [String]) -> String
    public var keyOpenSheet: String, keyOpenSheetHelp: String
    public var criteriaTitle: @Sendable (_ cluster: String, _ year: Int) -> String
    public var criteriaLockedMark: String
    /// The criteria editor's keys: a short name for the hint under the grid, and help.
    var criteriaKey: @Sendable (CriteriaEditorKeys.Action) -> (name: String, help: String)
    public var criteriaValid: @Sendable (String) -> String
    public var criteriaDiscard: String
    public var criteriaSaved: String
    public var newCriterion: String
    public var noPreviousYear: String
    public var unlockReasonRequired: String
    /// Storage asked for a reason the screen had not (the year's stage changed meanwhile).
    public var changeNeedsReason: String
    public var criteriaUnlocked: @Sendable (_ cluster: String, _ year: Int) -> String
    public var codeHasScores: String
    public var noUnitsYet: @Sendable (_ cluster: String, _ year: Int) -> String
}
