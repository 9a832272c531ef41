import Documents
import Emulation

/// Every string a user reads, one instance per language (Catalogue+Vietnamese.swift,
/// Catalogue+English.swift). A missing string is a compile error, not a blank on screen.
///
/// The terms the screens share with paper (classifications, roles, awards, reasons, headings) are
/// worded once, in `documents`, and read through it as if they were the catalogue's own
/// (Catalogue+DocumentWords.swift).
///
/// A class, read-only: every frame reads it several times, and a struct of some hundred
/// closures was copied (and each closure retained and released) at every read.
@dynamicMemberLookup
public final class Catalogue: Sendable {
    // Domain terms
    /// At most 10 columns, for tables.
    public let classificationCell: @Sendable (Classification) -> String
    public let status: @Sendable (ClusterYearStatus) -> String
    public let clusterKind: @Sendable (Cluster.Kind) -> String

    // Command line
    public let demoLoaded: @Sendable ([String]) -> String
    public let demoSkipped: @Sendable ([String]) -> String
    public let verifyPassed: @Sendable (_ rows: Int, _ path: String) -> String
    public let verifyIntegrityFailed: @Sendable ([String]) -> String
    public let verifyRowEdited: @Sendable (Int64) -> String
    public let verifyChainBroken: @Sendable (Int64) -> String
    public let verifyRowsMissing: @Sendable (_ last: Int64, _ expected: Int64) -> String
    /// SQLite cannot read the file at all: the integrity check could not even run.
    public let verifyDamaged: @Sendable (_ path: String) -> String
    /// The replay found every data row as the trail left it; `baseline`: the row from which on.
    public let verifyDataMatches: @Sendable (_ baseline: Int64?) -> String
    /// The heading of the data rows that do not match the trail.
    public let verifyFindings: @Sendable (_ count: Int) -> String
    public let verifyFinding: @Sendable (VerifyFindingWords) -> String
    /// The findings beyond those listed, counted per table ("score 120, unit 3").
    public let verifyMoreFindings: @Sendable (_ count: Int, _ perTable: String) -> String
    /// Images are kept under an audit row that is gone.
    public let verifyImagesWithoutRow: @Sendable (Int64) -> String
    /// A plain chain: anyone who can edit the file could recompute it; keep the seal.
    public let verifyChainPlain: String
    public let verifyChainKeyed: @Sendable (_ fromRow: Int64, _ keyID: String) -> String
    /// A keyed chain and no key: that part could not be checked, which is not a pass.
    public let verifyKeyedUnchecked: @Sendable (_ fromRow: Int64, _ keyID: String) -> String
    /// This program keys the chain and the file's chain is plain.
    public let verifyChainNotKeyed: @Sendable (_ keyID: String) -> String
    public let verifyKeyMismatch: @Sendable (_ fileKeyID: String, _ keyID: String) -> String
    public let verifySealMatches: @Sendable (_ seal: String, _ count: Int) -> String
    public let verifySealFewerRows: @Sendable (_ seal: String, _ count: Int, _ rows: Int) -> String
    /// Row number `count` (id `id`) has hash `hash`, not `sealHash`: the history before the seal was rewritten.
    public let verifySealHashDiffers: @Sendable (_ seal: String, _ count: Int, _ id: Int64, _ hash: String, _ sealHash: String) -> String
    public let verifySealInvalid: @Sendable (String) -> String
    /// What a score file changed: item scores given a new value, already holding it, emptied.
    public let importedScores: @Sendable (_ file: String, _ changed: Int, _ unchanged: Int, _ cleared: Int) -> String
    /// The same for the file's bonuses and deductions.
    public let importedAdjustments: @Sendable (_ changed: Int, _ unchanged: Int, _ cleared: Int) -> String
    /// What a roster file changed: units put on the roster, changed, left as they were.
    public let importedUnits: @Sendable (_ file: String, _ added: Int, _ changed: Int, _ unchanged: Int) -> String
    public let yearStatusChanged: @Sendable (_ cluster: String, _ year: Int, _ status: String) -> String
    public let roundRequired: String
    public let exported: @Sendable (String) -> String
    public let formatNotAvailable: @Sendable (_ kind: String, _ format: String, _ available: String) -> String
    public let binaryNeedsFile: @Sendable (_ format: String) -> String
    public let delimiterInvalid: @Sendable (_ given: String) -> String
    public let dossierWritten: @Sendable (_ folder: String, _ files: Int, _ missing: Int) -> String
    public let invalidDate: @Sendable (String) -> String
    public let handoverImpossible: String
    public let handoverRecorded: @Sendable (_ year: Int, _ head: String, _ deputy: String) -> String

    // Errors
    public let errorPrefix: String
    public let notThiduaDatabase: @Sendable (String) -> String
    public let newerSchema: @Sendable (_ path: String, _ migrations: String) -> String
    public let databaseLocked: @Sendable (_ path: String) -> String
    public let databaseDiskFull: @Sendable (_ path: String) -> String
    public let databaseReadOnly: @Sendable (_ path: String, _ why: ReadOnlyWords) -> String
    public let databaseDamaged: @Sendable (_ path: String) -> String
    public let cannotOpen: @Sendable (_ path: String, _ message: String) -> String
    public let databaseRefused: @Sendable (String) -> String
    /// The file holds a value this build cannot read (StoreError.unknownStoredValue).
    public let unknownStoredValue: @Sendable (_ table: String, _ column: String, _ rowID: Int64, _ value: String) -> String
    /// A row the store needs is not in the file (StoreError.missingRow).
    public let missingRow: @Sendable (_ table: String, _ rowID: Int64) -> String
    public let unknownCluster: @Sendable (_ code: String, _ existing: String) -> String
    public let unknownYear: @Sendable (_ cluster: String, _ year: Int, _ existing: String) -> String
    public let clusterExists: @Sendable (String) -> String
    public let yearExists: @Sendable (String, Int) -> String
    public let yearClosed: @Sendable (String, Int) -> String
    public let unknownUnit: @Sendable (String) -> String
    public let scoreUnknownItem: @Sendable (String) -> String
    public let scoreOutOfRange: @Sendable (_ item: String, _ value: String, _ maximum: String) -> String
    public let adjustmentAboveLimit: @Sendable (_ kind: String, _ value: String, _ limit: String) -> String
    public let adjustmentWithoutReason: @Sendable (String) -> String
    public let voteNegative: String
    public let voteMoreThanPresent: @Sendable (_ present: Int, _ cast: Int) -> String
    public let voteMorePresentThanMembers: @Sendable (_ present: Int, _ members: Int) -> String
    public let voteMoreBallotsThanPresent: @Sendable (_ ballots: Int, _ present: Int) -> String
    public let voteBallotsDoNotAddUp: @Sendable (_ ballots: Int, _ counted: Int) -> String
    public let voteInvalidWithoutBallots: String
    public let invalidTime: @Sendable (String) -> String
    public let criteriaProblem: @Sendable (CriteriaTree.Problem) -> String
    public let criteriaLocked: @Sendable (_ cluster: String, _ year: Int) -> String
    public let criterionHasScores: @Sendable (String) -> String
    public let unitExists: @Sendable (String) -> String
    public let unitNameRequired: String
    public let unitHasRecords: @Sendable (String) -> String
    public let clusterNameRequired: String
    public let importFailed: @Sendable (_ count: Int) -> String
    public let issueLocation: @Sendable (_ file: String, _ line: Int, _ column: Int, _ field: String) -> String
    /// "grid.xlsx, trang "Bảng điểm", ô C7 [1.2]": a workbook's cell (or "dòng 7" without one).
    public let issueCell: @Sendable (_ file: String, _ sheet: String, _ cell: String?, _ row: Int, _ field: String) -> String
    public let issueValue: @Sendable (String) -> String
    public let importProblem: @Sendable (ImportProblemWords) -> String
    public let fileUnreadable: @Sendable (String) -> String
    public let terminalUnsupported: @Sendable (String?) -> String
    public let notATerminal: String
    /// A data change with no audit row after it (StoreError.unauditedChange): a programming error.
    public let unauditedChange: @Sendable (_ table: String) -> String
    /// The file's chain is keyed with another key than the program's.
    public let auditKeyMismatch: @Sendable (_ fileKeyID: String, _ keyID: String) -> String
    /// The file's chain is keyed and the program holds no key.
    public let auditKeyRequired: @Sendable (_ fileKeyID: String) -> String
    /// $THIDUA_AUDIT_KEY_FILE names a file that cannot be read.
    public let auditKeyFileUnreadable: @Sendable (_ path: String, _ message: String) -> String
    /// The key file holds fewer than `minimum` bytes.
    public let auditKeyFileTooShort: @Sendable (_ path: String, _ bytes: Int, _ minimum: Int) -> String
    /// The key file may be read by its group or by others (`mode` in octal, e.g. "640").
    public let auditKeyFileExposed: @Sendable (_ path: String, _ mode: String) -> String

    /// The words of the full-screen interface.
    public let screen: ScreenWords
    /// The words of the roster, pledge and year screens and their forms.
    public let edit: EditWords
    /// The words of the minutes, the award proposals, the HTML report, and the meeting and vote commands.
    public let documents: DocumentWords
    /// What a clerk is told when another clerk's newer write stopped theirs.
    public let conflict: ConflictWords
    /// Accounts, roles and refusals.
    public let access: AccessWords
    /// What the account commands say.
    public let accounts: AccountCommandWords
    /// What the server commands and a served session say.
    public let server: ServerCommandWords
    /// What the command line says where a screen would name a key.
    public let commandLine: CommandLineWords
    /// The rules screen and its forms.
    public let rulesScreen: RulesScreenWords
    /// The province's decisions and the units' award history.
    public let decisions: DecisionWords

    public init(
        classificationCell: @escaping @Sendable (Classification) -> String,
        status: @escaping @Sendable (ClusterYearStatus) -> String,
        clusterKind: @escaping @Sendable (Cluster.Kind) -> String,
        demoLoaded: @escaping @Sendable ([String]) -> String,
        demoSkipped: @escaping @Sendable ([String]) -> String,
        verifyPassed: @escaping @Sendable (_ rows: Int, _ path: String) -> String,
        verifyIntegrityFailed: @escaping @Sendable ([String]) -> String,
        verifyRowEdited: @escaping @Sendable (Int64) -> String,
        verifyChainBroken: @escaping @Sendable (Int64) -> String,
        verifyRowsMissing: @escaping @Sendable (_ last: Int64, _ expected: Int64) -> String,
        verifyDamaged: @escaping @Sendable (_ path: String) -> String,
        verifyDataMatches: @escaping @Sendable (_ baseline: Int64?) -> String,
        verifyFindings: @escaping @Sendable (_ count: Int) -> String,
        verifyFinding: @escaping @Sendable (VerifyFindingWords) -> String,
        verifyMoreFindings: @escaping @Sendable (_ count: Int, _ perTable: String) -> String,
        verifyImagesWithoutRow: @escaping @Sendable (Int64) -> String,
        verifyChainPlain: String,
        verifyChainKeyed: @escaping @Sendable (_ fromRow: Int64, _ keyID: String) -> String,
        verifyKeyedUnchecked: @escaping @Sendable (_ fromRow: Int64, _ keyID: String) -> String,
        verifyChainNotKeyed: @escaping @Sendable (_ keyID: String) -> String,
        verifyKeyMismatch: @escaping @Sendable (_ fileKeyID: String, _ keyID: String) -> String,
        verifySealMatches: @escaping @Sendable (_ seal: String, _ count: Int) -> String,
        verifySealFewerRows: @escaping @Sendable (_ seal: String, _ count: Int, _ rows: Int) -> String,
        verifySealHashDiffers: @escaping @Sendable (_ seal: String, _ count: Int, _ id: Int64, _ hash: String, _ sealHash: String) -> String,
        verifySealInvalid: @escaping @Sendable (String) -> String,
        importedScores: @escaping @Sendable (_ file: String, _ changed: Int, _ unchanged: Int, _ cleared: Int) -> String,
        importedAdjustments: @escaping @Sendable (_ changed: Int, _ unchanged: Int, _ cleared: Int) -> String,
        importedUnits: @escaping @Sendable (_ file: String, _ added: Int, _ changed: Int, _ unchanged: Int) -> String,
        yearStatusChanged: @escaping @Sendable (_ cluster: String, _ year: Int, _ status: String) -> String,
        roundRequired: String,
        exported: @escaping @Sendable (String) -> String,
        formatNotAvailable: @escaping @Sendable (_ kind: String, _ format: String, _ available: String) -> String,
        binaryNeedsFile: @escaping @Sendable (_ format: String) -> String,
        delimiterInvalid: @escaping @Sendable (_ given: String) -> String,
        dossierWritten: @escaping @Sendable (_ folder: String, _ files: Int, _ missing: Int) -> String,
        invalidDate: @escaping @Sendable (String) -> String,
        handoverImpossible: String,
        handoverRecorded: @escaping @Sendable (_ year: Int, _ head: String, _ deputy: String) -> String,
        errorPrefix: String,
        notThiduaDatabase: @escaping @Sendable (String) -> String,
        newerSchema: @escaping @Sendable (_ path: String, _ migrations: String) -> String,
        databaseLocked: @escaping @Sendable (_ path: String) -> String,
        databaseDiskFull: @escaping @Sendable (_ path: String) -> String,
        databaseReadOnly: @escaping @Sendable (_ path: String, _ why: ReadOnlyWords) -> String,
        databaseDamaged: @escaping @Sendable (_ path: String) -> String,
        cannotOpen: @escaping @Sendable (_ path: String, _ message: String) -> String,
        databaseRefused: @escaping @Sendable (String) -> String,
        unknownStoredValue: @escaping @Sendable (_ table: String, _ column: String, _ rowID: Int64, _ value: String) -> String,
        missingRow: @escaping @Sendable (_ table: String, _ rowID: Int64) -> String,
        unknownCluster: @escaping @Sendable (_ code: String, _ existing: String) -> String,
        unknownYear: @escaping @Sendable (_ cluster: String, _ year: Int, _ existing: String) -> String,
        clusterExists: @escaping @Sendable (String) -> String,
        yearExists: @escaping @Sendable (String, Int) -> String,
        yearClosed: @escaping @Sendable (String, Int) -> String,
        unknownUnit: @escaping @Sendable (String) -> String,
        scoreUnknownItem: @escaping @Sendable (String) -> String,
        scoreOutOfRange: @escaping @Sendable (_ item: String, _ value: String, _ maximum: String) -> String,
        adjustmentAboveLimit: @escaping @Sendable (_ kind: String, _ value: String, _ limit: String) -> String,
        adjustmentWithoutReason: @escaping @Sendable (String) -> String,
        voteNegative: String,
        voteMoreThanPresent: @escaping @Sendable (_ present: Int, _ cast: Int) -> String,
        voteMorePresentThanMembers: @escaping @Sendable (_ present: Int, _ members: Int) -> String,
        voteMoreBallotsThanPresent: @escaping @Sendable (_ ballots: Int, _ present: Int) -> String,
        voteBallotsDoNotAddUp: @escaping @Sendable (_ ballots: Int, _ counted: Int) -> String,
        voteInvalidWithoutBallots: String,
        invalidTime: @escaping @Sendable (String) -> String,
        criteriaProblem: @escaping @Sendable (CriteriaTree.Problem) -> String,
        criteriaLocked: @escaping @Sendable (_ cluster: String, _ year: Int) -> String,
        criterionHasScores: @escaping @Sendable (String) -> String,
        unitExists: @escaping @Sendable (String) -> String,
        unitNameRequired: String,
        unitHasRecords: @escaping @Sendable (String) -> String,
        clusterNameRequired: String,
        importFailed: @escaping @Sendable (_ count: Int) -> String,
        issueLocation: @escaping @Sendable (_ file: String, _ line: Int, _ column: Int, _ field: String) -> String,
        issueCell: @escaping @Sendable (_ file: String, _ sheet: String, _ cell: String?, _ row: Int, _ field: String) -> String,
        issueValue: @escaping @Sendable (String) -> String,
        importProblem: @escaping @Sendable (ImportProblemWords) -> String,
        fileUnreadable: @escaping @Sendable (String) -> String,
        terminalUnsupported: @escaping @Sendable (String?) -> String,
        notATerminal: String,
        unauditedChange: @escaping @Sendable (_ table: String) -> String,
        auditKeyMismatch: @escaping @Sendable (_ fileKeyID: String, _ keyID: String) -> String,
        auditKeyRequired: @escaping @Sendable (_ fileKeyID: String) -> String,
        auditKeyFileUnreadable: @escaping @Sendable (_ path: String, _ message: String) -> String,
        auditKeyFileTooShort: @escaping @Sendable (_ path: String, _ bytes: Int, _ minimum: Int) -> String,
        auditKeyFileExposed: @escaping @Sendable (_ path: String, _ mode: String) -> String,
        screen: ScreenWords,
        edit: EditWords,
        documents: DocumentWords,
        conflict: ConflictWords = .vietnamese,
        access: AccessWords = .vietnamese,
        accounts: AccountCommandWords = .vietnamese,
        server: ServerCommandWords = .vietnamese,
        commandLine: CommandLineWords = .vietnamese,
        rulesScreen: RulesScreenWords = .vietnamese,
        decisions: DecisionWords = .vietnamese
    ) {
        self.classificationCell = classificationCell
        self.status = status
        self.clusterKind = clusterKind
        self.demoLoaded = demoLoaded
        self.demoSkipped = demoSkipped
        self.verifyPassed = verifyPassed
        self.verifyIntegrityFailed = verifyIntegrityFailed
        self.verifyRowEdited = verifyRowEdited
        self.verifyChainBroken = verifyChainBroken
        self.verifyRowsMissing = verifyRowsMissing
        self.verifyDamaged = verifyDamaged
        self.verifyDataMatches = verifyDataMatches
        self.verifyFindings = verifyFindings
        self.verifyFinding = verifyFinding
        self.verifyMoreFindings = verifyMoreFindings
        self.verifyImagesWithoutRow = verifyImagesWithoutRow
        self.verifyChainPlain = verifyChainPlain
        self.verifyChainKeyed = verifyChainKeyed
        self.verifyKeyedUnchecked = verifyKeyedUnchecked
        self.verifyChainNotKeyed = verifyChainNotKeyed
        self.verifyKeyMismatch = verifyKeyMismatch
        self.verifySealMatches = verifySealMatches
        self.verifySealFewerRows = verifySealFewerRows
        self.verifySealHashDiffers = verifySealHashDiffers
        self.verifySealInvalid = verifySealInvalid
        self.importedScores = importedScores
        self.importedAdjustments = importedAdjustments
        self.importedUnits = importedUnits
        self.yearStatusChanged = yearStatusChanged
        self.roundRequired = roundRequired
        self.exported = exported
        self.formatNotAvailable = formatNotAvailable
        self.binaryNeedsFile = binaryNeedsFile
        self.delimiterInvalid = delimiterInvalid
        self.dossierWritten = dossierWritten
        self.invalidDate = invalidDate
        self.handoverImpossible = handoverImpossible
        self.handoverRecorded = handoverRecorded
        self.errorPrefix = errorPrefix
        self.notThiduaDatabase = notThiduaDatabase
        self.newerSchema = newerSchema
        self.databaseLocked = databaseLocked
        self.databaseDiskFull = databaseDiskFull
        self.databaseReadOnly = databaseReadOnly
        self.databaseDamaged = databaseDamaged
        self.cannotOpen = cannotOpen
        self.databaseRefused = databaseRefused
        self.unknownStoredValue = unknownStoredValue
        self.missingRow = missingRow
        self.unknownCluster = unknownCluster
        self.unknownYear = unknownYear
        self.clusterExists = clusterExists
        self.yearExists = yearExists
        self.yearClosed = yearClosed
        self.unknownUnit = unknownUnit
        self.scoreUnknownItem = scoreUnknownItem
        self.scoreOutOfRange = scoreOutOfRange
        self.adjustmentAboveLimit = adjustmentAboveLimit
        self.adjustmentWithoutReason = adjustmentWithoutReason
        self.voteNegative = voteNegative
        self.voteMoreThanPresent = voteMoreThanPresent
        self.voteMorePresentThanMembers = voteMorePresentThanMembers
        self.voteMoreBallotsThanPresent = voteMoreBallotsThanPresent
        self.voteBallotsDoNotAddUp = voteBallotsDoNotAddUp
        self.voteInvalidWithoutBallots = voteInvalidWithoutBallots
        self.invalidTime = invalidTime
        self.criteriaProblem = criteriaProblem
        self.criteriaLocked = criteriaLocked
        self.criterionHasScores = criterionHasScores
        self.unitExists = unitExists
        self.unitNameRequired = unitNameRequired
        self.unitHasRecords = unitHasRecords
        self.clusterNameRequired = clusterNameRequired
        self.importFailed = importFailed
        self.issueLocation = issueLocation
        self.issueCell = issueCell
        self.issueValue = issueValue
        self.importProblem = importProblem
        self.fileUnreadable = fileUnreadable
        self.terminalUnsupported = terminalUnsupported
        self.notATerminal = notATerminal
        self.unauditedChange = unauditedChange
        self.auditKeyMismatch = auditKeyMismatch
        self.auditKeyRequired = auditKeyRequired
        self.auditKeyFileUnreadable = auditKeyFileUnreadable
        self.auditKeyFileTooShort = auditKeyFileTooShort
        self.auditKeyFileExposed = auditKeyFileExposed
        self.screen = screen
        self.edit = edit
        self.documents = documents
        self.conflict = conflict
        self.access = access
        self.accounts = accounts
        self.server = server
        self.commandLine = commandLine
        self.rulesScreen = rulesScreen
        self.decisions = decisions
    }
}

/// Why the database may only be read, as plain values, so the catalogue needs no storage types.
public enum ReadOnlyWords: Sendable {
    /// This account may not write the file.
    case file
    /// This account may not write the file's folder (named), where SQLite keeps -wal and -shm.
    case folder(String)
    /// The account may write both, yet SQLite opened the file read-only: a -wal or -shm beside
    /// it belongs to someone else (or the disk is mounted read-only since).
    case sideFiles
}

/// A data row that does not match the audit trail (storage's DataFinding), as plain values, so
/// the catalogue needs no storage types. Values are shown as the app shows them; nil is none.
public struct VerifyFindingWords: Sendable {
    public enum Change: Sendable {
        case changed, added, deleted
    }

    public struct Column: Sendable {
        public var name: String
        public var stored: String?
        public var audited: String?

        public init(name: String, stored: String?, audited: String?) {
            self.name = name
            self.stored = stored
            self.audited = audited
        }
    }

    public var table: String
    public var change: Change
    public var cluster: String?
    public var year: Int?
    public var unit: String?
    public var item: String?
    /// Key columns not named above, as (column, value): a score's round, an adjustment's kind.
    public var key: [(column: String, value: String)]
    public var columns: [Column]

    public init(table: String, change: Change, cluster: String?, year: Int?, unit: String?, item: String?,
                key: [(column: String, value: String)], columns: [Column]) {
        self.table = table
        self.change = change
        self.cluster = cluster
        self.year = year
        self.unit = unit
        self.item = item
        self.key = key
        self.columns = columns
    }
}

/// Import problems as plain values, so the catalogue needs no storage types.
public enum ImportProblemWords: Sendable {
    case invalidUTF8
    case unreadable(String)
    case emptyFile
    case missingColumns(String)
    case unknownColumn(String, expected: String)
    case duplicateColumn(String)
    /// `scores`: a score grid, where the usual cause is an unquoted decimal comma.
    case wrongFieldCount(expected: Int, found: Int, scores: Bool)
    case unknownUnit(known: String)
    case duplicateUnit(firstLine: Int)
    case duplicateRole(firstLine: Int)
    case malformedNumber
    case negativeNumber
    case tooManyDecimals
    case outOfRange(maximum: String)
    case requiredValueMissing
    case reasonMissing
    case invalidValue(allowed: String)
    /// A tab, which is a control character but looks like spaces.
    case tab
    /// Any other control character, as "U+0000".
    case controlCharacter(code: String)
    case lineBreak
    case tooLong(length: Int, maximum: Int)
    case sheetOfCSV
    case unknownSheet(existing: String)
    case unreadableWorkbook(String)
    case oldExcelWorkbook
    case dateCell
    case cellError
    case uncalculatedFormula
    case outsideColumns

    /// A text that breaks `TextRule`, as the catalogue words it (`length` for `tooLong`).
    public init(_ problem: TextRule.Problem, text: String) {
        switch problem {
        case .lineBreak: self = .lineBreak
        case .tooLong(let maximum): self = .tooLong(length: text.count, maximum: maximum)
        case .controlCharacter(let scalar):
            let hex = String(scalar.value, radix: 16, uppercase: true)
            self = scalar == "\t" ? .tab : .controlCharacter(code: "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex)
        }
    }
}
