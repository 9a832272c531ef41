import Emulation

/// What can go wrong in storage, with what a person needs to fix it; put into words by the
/// user interface's catalogue.
public enum StoreError: Error, Equatable, Sendable {
    case notThiduaDatabase(path: String)
    case newerSchema(path: String, unknownMigrations: [String])
    /// Another connection (another clerk, an import) held the file's lock for longer than the
    /// busy timeout; who holds it cannot be known. Nothing was written.
    case locked(path: String)
    /// SQLite could not grow the file (SQLITE_FULL): the disk, or a size limit, is full.
    case diskFull(path: String)
    /// This account may only read the file (the file or its folder is not writable), or SQLite
    /// refused to write it (SQLITE_READONLY).
    case readOnly(path: String)
    /// The header says SQLite, but SQLite cannot read the contents (SQLITE_CORRUPT, SQLITE_NOTADB).
    case damaged(path: String)
    /// What is left: a folder that cannot be created, a file that cannot be read, an I/O error.
    case cannotOpen(path: String, message: String)
    /// SQLite refused a change (a constraint): nothing was written.
    case refused(message: String)
    /// The file holds a value this build cannot read: a status, role or kind it does not know,
    /// a negative count, a date that is not one. Written outside thidua (or by a newer thidua);
    /// nothing is guessed in its place, so nothing is shown or saved from a wrong reading.
    /// `rowID` is SQLite's rowid: `SELECT * FROM <table> WHERE rowid = <rowID>` finds the row.
    case unknownStoredValue(table: String, column: String, rowID: Int64, value: String)
    /// A row the store needs is not there (a reference from another file, a row deleted
    /// outside thidua).
    case missingRow(table: String, rowID: Int64)
    case invalidYear(Int)
    case unknownCluster(code: String, existing: [String])
    case unknownYear(cluster: String, year: Int, existing: [Int])
    case clusterExists(code: String)
    case yearExists(cluster: String, year: Int)
    case yearClosed(cluster: String, year: Int)
    case unknownUnit(name: String)
    case invalidScore(ScoreProblem)
    case invalidVote([VoteTally.Problem])
    case invalidCriteria([CriteriaTree.Problem])
    case invalidRules([RuleProblem])
    /// Scoring has started: the grid changes only after an admin unlocks it.
    case criteriaLocked(cluster: String, year: Int)
    /// A criterion that has scores cannot be removed, nor its maximum put below them.
    case criterionHasScores(code: String)
    /// A unit of that name is already on this year's roster (adding), or in the cluster (renaming).
    case unitExists(name: String)
    case unitNameRequired
    /// A unit's name (or short name, kind, leader, position) breaks `TextRule`: too long, a line
    /// break or a control character.
    case invalidUnitText(field: MemberUnit.TextField, value: String, problem: TextRule.Problem)
    /// The unit has records this year (a score, a note, a vote, a signature…): it cannot leave
    /// the roster, but it can be marked inactive.
    case unitHasRecords(name: String)
    case clusterNameRequired
    case reasonRequired
    /// What the write would replace changed since the clerk saw it (another clerk saved it):
    /// nothing was written.
    case conflict(WriteConflict)
    case importFailed([ImportIssue])
    /// The unit is on the roster of a closed year, whose documents must not change: its name and
    /// women ≥70% flag (a tie-break) stay as they were.
    case unitInClosedYear(name: String, year: Int)
    /// A unit ineligible this year cannot be next year's head or deputy.
    case ineligibleForRole(name: String)
    /// Only a closed year can be reopened.
    case yearNotClosed(cluster: String, year: Int, status: ClusterYearStatus)
    /// Votes are taken at the review stage.
    case voteNeedsReview(cluster: String, year: Int)
    /// A decision answers a proposal: none before the review stage.
    case decisionNeedsReview(cluster: String, year: Int)
    case invalidDecision([AwardDecision.Problem])
    /// A decision on an award the unit is not proposed for (and has no decision on).
    case notProposedForDecision(unit: String, award: String, proposed: String?)
    case noDecisionToRemove(unit: String)
    case unknownAward(code: String, known: [String])
    /// A vote is taken only on an award the unit is proposed or tied for; `proposed` is what it
    /// is proposed for, if anything.
    case notProposedForVote(unit: String, award: AwardRule, proposed: AwardRule?, cluster: String, year: Int)
    case noVoteToWithdraw(unit: String, award: String)
    /// The acting account may not take this action here: the role it needs is named.
    case notAllowed(Refusal)
    /// This login has no account in the file; `admins` can add one.
    case noAccount(login: String, admins: [String])
    /// A login must be one portable user name (`LoginRule`).
    case invalidLogin(String)
    case accountExists(login: String)
    case unknownAccount(login: String)
    case accountNameRequired
    /// The grant lacks its cluster or unit.
    case invalidGrant(RoleGrant.Problem)
    /// The change would leave the file with no admin, whom nobody could then replace.
    case lastAdmin(login: String)
    /// Only an admin records on someone else's behalf (`--as`).
    case onBehalfNeedsAdmin(login: String)
    /// A text that is not an SSH public key thidua accepts: the file it came from, if any, and
    /// its line there (of the BEGIN line, for an RFC 4716 block).
    case invalidKey(file: String?, line: Int?, problem: SSHKeyProblem)
    /// The SSH key (its fingerprint) already belongs to another account: a key is one person's,
    /// or sshd could not tell who logs in with it.
    case keyOfAnotherAccount(fingerprint: String, login: String)
    /// A text about to be stored in `column` ("table.column") holds a control character: refused
    /// by `TextGuard` for any write that did not check its fields first.
    case controlCharacterStored(column: String)
    /// A stored text (a name, a reason, a note…) holds a control character or line break.
    case invalidText(field: String, value: String, problem: TextRule.Problem)
    /// A write changed a data table after its transaction's last audit row (or wrote none): a
    /// programming error, as every change must be audited. The transaction was rolled back.
    case unauditedChange(table: String)
    /// The file's audit chain is keyed with another key than this program's (ids named): the
    /// chain cannot be extended, so nothing is written.
    case auditKeyMismatch(fileKeyID: String, keyID: String)
    /// The file's audit chain is keyed and this program holds no key: it cannot extend the
    /// chain, so nothing is written.
    case auditKeyRequired(fileKeyID: String)
}

/// One problem found in an imported file: where it is and what is wrong.
public struct ImportIssue: Hashable, Sendable, Error {
    public enum Problem: Hashable, Sendable {
        case invalidUTF8
        case unreadable(String)
        case emptyFile
        case missingColumns([String])
        case unknownColumn(String)
        case duplicateColumn(String)
        case wrongFieldCount(expected: Int, found: Int)
        case unknownUnit
        case duplicateUnit(firstLine: Int)
        /// A second head or deputy in one roster file.
        case duplicateRole(firstLine: Int)
        case malformedNumber(DecimalText.ParseError)
        case outOfRange(maximum: Points)
        case requiredValueMissing
        case reasonMissing
        case invalidValue(allowed: [String])
        /// A field that breaks `TextRule`: a control character (NUL, tab, ESC, DEL, a C1
        /// control…), a line break (a quoted field spanning lines), or a name too long.
        case text(TextRule.Problem)
        /// `--sheet` given for a CSV file, which has none.
        case sheetOfCSV
        /// No sheet of that name (the value); the workbook's sheets are named.
        case unknownSheet(existing: [String])
        /// Not an .xlsx workbook that can be read: the reason.
        case unreadableWorkbook(String)
        /// An Excel 97–2003 workbook (.xls), which is read only once saved as .xlsx.
        case oldExcelWorkbook
        /// A workbook's cell holding a date (or time): never a score, a name or a flag.
        case dateCell
        /// A workbook's cell holding an error ("#DIV/0!").
        case cellError
        /// A formula with no calculated value in the file (written by a program that does not
        /// calculate): open and save it in Excel first.
        case uncalculatedFormula
        /// A value in a sheet's column that has no name in the header row.
        case outsideColumns
    }

    public var file: String
    /// The sheet of a workbook: `line` is then its row and `column` its column (C7).
    public var sheet: String?
    public var line: Int
    /// 1-based; 0 when the problem is about the whole line or file.
    public var column: Int
    public var field: String
    public var value: String
    public var problem: Problem

    public init(file: String, sheet: String? = nil, line: Int, column: Int, field: String, value: String, problem: Problem) {
        self.file = file
        self.sheet = sheet
        self.line = line
        self.column = column
        self.field = field
        self.value = value
        self.problem = problem
    }
}
