import Documents
import Emulation

/// Every string a user reads, one instance per language (Catalogue+Vietnamese.swift,
/// Catalogue+English.swift). A missing string is a compile error, not a blank on screen.
///
/// The terms the screens share with paper (classifications, roles, awards, reasons, headings) are
/// worded once, in `documents`, and read through it as if they were the catalogue's own
/// (Catalogue+DocumentWords.swift).
@dynamicMemberLookup
public struct Catalogue: Sendable {
    // Domain terms
    /// At most 10 columns, for tables.
    public var classificationCell: @Sendable (Classification) -> String
    public var status: @Sendable (ClusterYearStatus) -> String
    public var clusterKind: @Sendable (Cluster.Kind) -> String

    // Command line
    public var demoLoaded: @Sendable ([String]) -> String
    public var demoSkipped: @Sendable ([String]) -> String
    public var verifyPassed: @Sendable (_ rows: Int, _ path: String) -> String
    public var verifyIntegrityFailed: @Sendable ([String]) -> String
    public var verifyRowEdited: @Sendable (Int64) -> String
    public var verifyChainBroken: @Sendable (Int64) -> String
    public var verifyRowsMissing: @Sendable (_ last: Int64, _ expected: Int64) -> String
    /// SQLite cannot read the file at all: the integrity check could not even run.
    public var verifyDamaged: @Sendable (_ path: String) -> String
    /// The replay found every data row as the trail left it; `baseline`: the row from which on.
    public var verifyDataMatches: @Sendable (_ baseline: Int64?) -> String
    /// The heading of the data rows that do not match the trail.
    public var verifyFindings: @Sendable (_ count: Int) -> String
    public var verifyFinding: @Sendable (VerifyFindingWords) -> String
    /// The findings beyond those listed, counted per table ("score 120, unit 3").
    public var verifyMoreFindings: @Sendable (_ count: Int, _ perTable: String) -> String
    /// Images are kept under an audit row that is gone.
    public var verifyImagesWithoutRow: @Sendable (Int64) -> String
    /// A plain chain: anyone who can edit the file could recompute it; keep the seal.
    public var verifyChainPlain: String
    public var verifyChainKeyed: @Sendable (_ fromRow: Int64, _ keyID: String) -> String
    /// A keyed chain and no key: that part could not be checked, which is not a pass.
    public var verifyKeyedUnchecked: @Sendable (_ fromRow: Int64, _ keyID: String) -> String
    /// This program keys the chain and the file's chain is plain.
    public var verifyChainNotKeyed: @Sendable (_ keyID: String) -> String
    public var verifyKeyMismatch: @Sendable (_ fileKeyID: String, _ keyID: String) -> String
    public var verifySealMatches: @Sendable (_ seal: String, _ count: Int) -> String
    public var verifySealFewerRows: @Sendable (_ seal: String, _ count: Int, _ rows: Int) -> String
    /// Row number `count` (id `id`) has hash `hash`, not `sealHash`: the history before the seal was rewritten.
    public var verifySealHashDiffers: @Sendable (_ seal: String, _ count: Int, _ id: Int64, _ hash: String, _ sealHash: String) -> String
    public var verifySealInvalid: @Sendable (String) -> String
    /// What a score file changed: item scores given a new value, already holding it, emptied.
    public var importedScores: @Sendable (_ file: String, _ changed: Int, _ unchanged: Int, _ cleared: Int) -> String
    /// The same for the file's bonuses and deductions.
    public var importedAdjustments: @Sendable (_ changed: Int, _ unchanged: Int, _ cleared: Int) -> String
    /// What a roster file changed: units put on the roster, changed, left as they were.
    public var importedUnits: @Sendable (_ file: String, _ added: Int, _ changed: Int, _ unchanged: Int) -> String
    public var yearStatusChanged: @Sendable (_ cluster: String, _ year: Int, _ status: String) -> String
    public var roundRequired: String
    public var exported: @Sendable (String) -> String
    public var formatNotAvailable: @Sendable (_ kind: String, _ format: String, _ available: String) -> String
    public var binaryNeedsFile: @Sendable (_ format: String) -> String
    public var delimiterInvalid: @Sendable (_ given: String) -> String
    public var dossierWritten: @Sendable (_ folder: String, _ files: Int, _ missing: Int) -> String
    public var invalidDate: @Sendable (String) -> String
    public var handoverImpossible: String
    public var handoverRecorded: @Sendable (_ year: Int, _ head: String, _ deputy: String) -> String

    // Errors
    public var errorPrefix: String
    public var notThiduaDatabase: @Sendable (String) -> String
    public var newerSchema: @Sendable (_ path: String, _ migrations: String) -> String
    public var databaseLocked: @Sendable (_ path: String) -> String
    public var databaseDiskFull: @Sendable (_ path: String) -> String
    public var databaseReadOnly: @Sendable (_ path: String, _ why: ReadOnlyWords) -> String
    public var databaseDamaged: @Sendable (_ path: String) -> String
    public var cannotOpen: @Sendable (_ path: String, _ message: String) -> String
    public var databaseRefused: @Sendable (String) -> String
    /// The file holds a value this build cannot read (StoreError.unknownStoredValue).
    public var unknownStoredValue: @Sendable (_ table: String, _ column: String, _ rowID: Int64, _ value: String) -> String
    /// A row the store needs is not in the file (StoreError.missingRow).
    public var missingRow: @Sendable (_ table: String, _ rowID: Int64) -> String
    public var unknownCluster: @Sendable (_ code: String, _ existing: String) -> String
    public var unknownYear: @Sendable (_ cluster: String, _ year: Int, _ existing: String) -> String
    public var clusterExists: @Sendable (String) -> String
    public var yearExists: @Sendable (String, Int) -> String
    public var yearClosed: @Sendable (String, Int) -> String
    public var unknownUnit: @Sendable (String) -> String
    public var scoreUnknownItem: @Sendable (String) -> String
    public var scoreOutOfRange: @Sendable (_ item: String, _ value: String, _ maximum: String) -> String
    public var adjustmentAboveLimit: @Sendable (_ kind: String, _ value: String, _ limit: String) -> String
    public var adjustmentWithoutReason: @Sendable (String) -> String
    public var voteNegative: String
    public var voteMoreThanPresent: @Sendable (_ present: Int, _ cast: Int) -> String
    public var voteMorePresentThanMembers: @Sendable (_ present: Int, _ members: Int) -> String
    public var voteMoreBallotsThanPresent: @Sendable (_ ballots: Int, _ present: Int) -> String
    public var voteBallotsDoNotAddUp: @Sendable (_ ballots: Int, _ counted: Int) -> String
    public var voteInvalidWithoutBallots: String
    public var invalidTime: @Sendable (String) -> String
    public var criteriaProblem: @Sendable (CriteriaTree.Problem) -> String
    public var criteriaLocked: @Sendable (_ cluster: String, _ year: Int) -> String
    public var criterionHasScores: @Sendable (String) -> String
    public var unitExists: @Sendable (String) -> String
    public var unitNameRequired: String
    public var unitHasRecords: @Sendable (String) -> String
    public var clusterNameRequired: String
    public var importFailed: @Sendable (_ count: Int) -> String
    public var issueLocation: @Sendable (_ file: String, _ line: Int, _ column: Int, _ field: String) -> String
    /// "grid.xlsx, trang "Bảng điểm", ô C7 [1.2]": a workbook's cell (or "dòng 7" without one).
    public var issueCell: @Sendable (_ file: String, _ sheet: String, _ cell: String?, _ row: Int, _ field: String) -> String
    public var issueValue: @Sendable (String) -> String
    public var importProblem: @Sendable (ImportProblemWords) -> String
    public var fileUnreadable: @Sendable (String) -> String
    public var terminalUnsupported: @Sendable (String?) -> String
    public var notATerminal: String
    /// A data change with no audit row after it (StoreError.unauditedChange): a programming error.
    public var unauditedChange: @Sendable (_ table: String) -> String
    /// The file's chain is keyed with another key than the program's.
    public var auditKeyMismatch: @Sendable (_ fileKeyID: String, _ keyID: String) -> String
    /// The file's chain is keyed and the program holds no key.
    public var auditKeyRequired: @Sendable (_ fileKeyID: String) -> String
    /// $THIDUA_AUDIT_KEY_FILE names a file that cannot be read.
    public var auditKeyFileUnreadable: @Sendable (_ path: String, _ message: String) -> String
    /// The key file holds fewer than `minimum` bytes.
    public var auditKeyFileTooShort: @Sendable (_ path: String, _ bytes: Int, _ minimum: Int) -> String
    /// The key file may be read by its group or by others (`mode` in octal, e.g. "640").
    public var auditKeyFileExposed: @Sendable (_ path: String, _ mode: String) -> String

    /// The words of the full-screen interface.
    public var screen: ScreenWords
    /// The words of the roster, pledge and year screens and their forms.
    public var edit: EditWords
    /// The words of the minutes, the award proposals, the HTML report, and the meeting and vote commands.
    public var documents: DocumentWords
    /// What a clerk is told when another clerk's newer write stopped theirs.
    public var conflict: ConflictWords = .vietnamese
    /// Accounts, roles and refusals.
    public var access: AccessWords = .vietnamese
    /// What the account commands say.
    public var accounts: AccountCommandWords = .vietnamese
    /// What the server commands and a served session say.
    public var server: ServerCommandWords = .vietnamese
    /// What the command line says where a screen would name a key.
    public var commandLine: CommandLineWords = .vietnamese
    /// The rules screen and its forms.
    public var rulesScreen: RulesScreenWords = .vietnamese
    /// The province's decisions and the units' award history.
    public var decisions: DecisionWords = .vietnamese
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
