import Emulation
import Documents
import EmulationStore
import TerminalUI

/// The one place where errors are put into words: for the command line, and for the screens,
/// which are handed `describe` (TerminalUI's `ErrorWording`) since they cannot name these types.
enum ErrorWords {
    /// `onScreen`: the words are for a screen, which names keys; the command line names commands.
    static func describe(_ error: Error, words: Catalogue, onScreen: Bool = false) -> String {
        switch error {
        case let error as StoreError: return describe(error, words: words, onScreen: onScreen)
        case let error as FileTrouble: return describe(error, words: words)
        case let error as ExportError: return describe(error, words: words)
        case let error as RulesCommandError: return describe(error, words: words)
        case let error as AuditKeyFile.Trouble: return describe(error, words: words)
        case let error as ServerSetup.Trouble: return describe(error, words: words)
        case let error as ServerSession.Trouble: return describe(error, words: words)
        default: return "\(words.errorPrefix): \(error)"
        }
    }

    static func describe(_ trouble: FileTrouble, words: Catalogue) -> String {
        switch trouble {
        case .stillBusy: return words.conflict.fileStillBusy
        case .readOnly(let path, let why): return words.databaseReadOnly(path, why)
        }
    }

    static func describe(_ trouble: AuditKeyFile.Trouble, words: Catalogue) -> String {
        switch trouble {
        case .unreadable(let path, let message): return words.auditKeyFileUnreadable(path, message)
        case .tooShort(let path, let bytes): return words.auditKeyFileTooShort(path, bytes, AuditKey.minimumLength)
        case .exposed(let path, let mode): return words.auditKeyFileExposed(path, mode)
        }
    }

    static func describe(_ error: ExportError, words: Catalogue) -> String {
        switch error {
        case .notOffered(let kind, let format): return DocumentRendering.notAvailable(kind, format, words: words)
        case .cannotWrite(let path): return words.edit.cannotWrite(path)
        case .binaryNeedsFile(let format): return words.binaryNeedsFile(format.rawValue)
        }
    }

    static func describe(_ error: StoreError, words: Catalogue, onScreen: Bool = false) -> String {
        switch error {
        case .notThiduaDatabase(let path): return words.notThiduaDatabase(path)
        case .newerSchema(let path, let migrations): return words.newerSchema(path, migrations.joined(separator: ", "))
        case .locked(let path): return words.databaseLocked(path)
        case .diskFull(let path): return words.databaseDiskFull(path)
        case .readOnly(let path): return words.databaseReadOnly(path, readOnlyWords(path))
        case .damaged(let path): return words.databaseDamaged(path)
        case .cannotOpen(let path, let message): return words.cannotOpen(path, message)
        case .refused(let message): return words.databaseRefused(message)
        case .unknownStoredValue(let table, let column, let rowID, let value): return words.unknownStoredValue(table, column, rowID, shown(value))
        case .missingRow(let table, let rowID): return words.missingRow(table, rowID)
        case .invalidYear: return words.screen.yearInvalid
        case .unknownCluster(let code, let existing): return words.unknownCluster(code, existing.joined(separator: ", "))
        case .unknownYear(let cluster, let year, let existing): return words.unknownYear(cluster, year, existing.map(String.init).joined(separator: ", "))
        case .clusterExists(let code): return words.clusterExists(code)
        case .yearExists(let code, let year): return words.yearExists(code, year)
        case .yearClosed(let code, let year): return words.yearClosed(code, year)
        case .unknownUnit(let name): return words.unknownUnit(name)
        case .invalidScore(let problem): return describe(problem, words: words)
        case .invalidVote(let problems): return problems.map { describe($0, words: words) }.joined(separator: "\n")
        case .invalidCriteria(let problems): return problems.map(words.criteriaProblem).joined(separator: "\n")
        case .invalidRules(let problems): return problems.map(words.rules.problem).joined(separator: "\n")
        case .criteriaLocked(let code, let year): return words.criteriaLocked(code, year)
        case .criterionHasScores(let code): return words.criterionHasScores(code)
        case .unitExists(let name): return words.unitExists(name)
        case .unitNameRequired: return words.unitNameRequired
        case .invalidUnitText(let field, let value, let problem):
            return unitFieldLabel(field, words: words) + " " + words.issueValue(shown(value)) + ": "
                + words.importProblem(ImportProblemWords(problem, text: value))
        case .unitHasRecords(let name): return words.unitHasRecords(name)
        case .clusterNameRequired: return words.clusterNameRequired
        case .reasonRequired: return onScreen ? words.screen.changeNeedsReason : words.commandLine.reasonRequired
        case .conflict(let conflict): return words.conflict.describe(conflict, words: words)
        case .unitInClosedYear(let name, let year): return words.edit.unitInClosedYear(name, year)
        case .ineligibleForRole(let name): return words.edit.ineligibleForRole(name)
        case .yearNotClosed(let code, let year, let status): return words.edit.yearNotClosed(code, year, words.status(status))
        case .voteNeedsReview(let code, let year): return onScreen ? words.edit.voteNeedsReview : words.commandLine.voteNeedsReview(code, year)
        case .notProposedForVote(let unit, let award, let proposed, let code, let year):
            return words.commandLine.notProposedForVote(unit, words.awardShort(award), proposed.map(words.awardShort), code, year)
        case .noVoteToWithdraw(let unit, let award): return words.commandLine.noVoteToWithdraw(unit, award)
        case .decisionNeedsReview(let code, let year): return onScreen ? words.decisions.needsReview : words.decisions.needsReviewCommand(code, year)
        case .invalidDecision(let problems): return problems.map(words.decisions.problem).joined(separator: " ")
        case .notProposedForDecision(let unit, let award, let proposed): return words.decisions.notProposedForDecision(unit, award, proposed)
        case .noDecisionToRemove(let unit): return words.decisions.noDecisionToRemove(unit)
        case .unknownAward(let code, let known): return words.documents.unknownAward(code, known.joined(separator: ", "))
        case .notAllowed(let refusal): return words.access.describe(refusal)
        case .noAccount(let login, let admins): return words.access.noAccount(login, admins)
        case .invalidLogin(let login): return words.access.invalidLogin(shown(login))
        case .accountExists(let login): return words.access.accountExists(login)
        case .unknownAccount(let login): return words.access.unknownAccount(shown(login))
        case .accountNameRequired: return words.access.accountNameRequired
        case .invalidGrant(.clusterRequired(let role)): return words.access.clusterRequired(role.rawValue)
        case .invalidGrant(.unitRequired): return words.access.unitRequired
        case .lastAdmin(let login): return words.access.lastAdmin(login)
        case .onBehalfNeedsAdmin(let login): return words.access.onBehalfNeedsAdmin(login)
        case .invalidKey(let file, let line, let problem): return words.accounts.invalidKey(file, line, words.accounts.keyProblem(problem))
        case .keyOfAnotherAccount(let fingerprint, let login): return words.accounts.keyOfAnotherAccount(fingerprint, login)
        case .controlCharacterStored(let column): return words.access.controlCharacterStored(words.access.textField(column))
        case .invalidText(let field, let value, let problem):
            return words.access.textField(field) + " " + words.issueValue(shown(value)) + ": "
                + words.importProblem(ImportProblemWords(problem, text: value))
        case .unauditedChange(let table): return words.unauditedChange(table)
        case .auditKeyMismatch(let fileKeyID, let keyID): return words.auditKeyMismatch(fileKeyID, keyID)
        case .auditKeyRequired(let fileKeyID): return words.auditKeyRequired(fileKeyID)
        case .importFailed(let issues):
            return ([words.importFailed(issues.count)] + issues.map { describe($0, words: words) }).joined(separator: "\n")
        }
    }

    /// Which of the file or its folder this account may not write, as the file system says now.
    static func readOnlyWords(_ path: String) -> ReadOnlyWords {
        switch FilePermission.of(databaseAt: path) {
        case .readOnlyFile: return .file
        case .readOnlyFolder(let folder): return .folder(folder)
        case .readWrite: return .sideFiles
        }
    }

    static func describe(_ problem: ScoreProblem, words: Catalogue) -> String {
        let kindName = { (kind: Adjustment.Kind) in kind == .bonus ? words.columnBonus : words.columnDeduction }
        switch problem {
        case .unknownItem(let code): return words.scoreUnknownItem(code)
        case .outOfRange(let item, let value, let maximum):
            return words.scoreOutOfRange(item, DecimalText.format(value), DecimalText.format(maximum, trimWhole: true))
        case .adjustmentAboveLimit(let kind, let value, let limit):
            return words.adjustmentAboveLimit(kindName(kind), DecimalText.format(value), DecimalText.format(limit, trimWhole: true))
        case .adjustmentWithoutReason(let kind): return words.adjustmentWithoutReason(kindName(kind))
        }
    }

    static func describe(_ problem: VoteTally.Problem, words: Catalogue) -> String {
        switch problem {
        case .negativeCount: return words.voteNegative
        case .moreVotesThanPresent(let present, let cast): return words.voteMoreThanPresent(present, cast)
        case .morePresentThanMembers(let present, let members): return words.voteMorePresentThanMembers(present, members)
        case .moreBallotsThanPresent(let ballots, let present): return words.voteMoreBallotsThanPresent(ballots, present)
        case .ballotsDoNotAddUp(let ballots, let counted): return words.voteBallotsDoNotAddUp(ballots, counted)
        case .invalidWithoutBallots: return words.voteInvalidWithoutBallots
        }
    }

    /// "scores.csv:3:2 [1.1] giá trị "abc": không phải số hợp lệ …"
    /// `scores`: the file is a score grid (a wrong field count is then most often an unquoted decimal comma).
    static func describe(_ issue: ImportIssue, words: Catalogue, knownUnits: [String] = [], expectedColumns: [String] = [],
                         scores: Bool = false) -> String {
        let problem: ImportProblemWords
        switch issue.problem {
        case .invalidUTF8: problem = .invalidUTF8
        case .unreadable(let message): problem = .unreadable(message)
        case .emptyFile: problem = .emptyFile
        case .missingColumns(let names): problem = .missingColumns(names.joined(separator: ", "))
        case .unknownColumn(let name): problem = .unknownColumn(name, expected: expectedColumns.joined(separator: ", "))
        case .duplicateColumn(let name): problem = .duplicateColumn(name)
        case .wrongFieldCount(let expected, let found): problem = .wrongFieldCount(expected: expected, found: found, scores: scores)
        case .unknownUnit:
            // A cluster may have thousands of units: name a few, so the line stays readable.
            let shown = knownUnits.prefix(8).joined(separator: ", ") + (knownUnits.count > 8 ? ", … (\(knownUnits.count))" : "")
            problem = .unknownUnit(known: shown)
        case .duplicateUnit(let firstLine): problem = .duplicateUnit(firstLine: firstLine)
        case .duplicateRole(let firstLine): problem = .duplicateRole(firstLine: firstLine)
        case .malformedNumber(.negative): problem = .negativeNumber
        case .malformedNumber(.tooManyDecimals): problem = .tooManyDecimals
        case .malformedNumber(.empty), .malformedNumber(.malformed): problem = .malformedNumber
        case .outOfRange(let maximum): problem = .outOfRange(maximum: DecimalText.format(maximum, trimWhole: true))
        case .requiredValueMissing: problem = .requiredValueMissing
        case .reasonMissing: problem = .reasonMissing
        case .invalidValue(let allowed): problem = .invalidValue(allowed: allowed.joined(separator: ", "))
        case .text(let rule): problem = ImportProblemWords(rule, text: issue.value)
        case .sheetOfCSV: problem = .sheetOfCSV
        case .unknownSheet(let existing): problem = .unknownSheet(existing: existing.map { "\"\($0)\"" }.joined(separator: ", "))
        case .unreadableWorkbook(let message): problem = .unreadableWorkbook(message)
        case .oldExcelWorkbook: problem = .oldExcelWorkbook
        case .dateCell: problem = .dateCell
        case .cellError: problem = .cellError
        case .uncalculatedFormula: problem = .uncalculatedFormula
        case .outsideColumns: problem = .outsideColumns
        }
        // A workbook's problem is named by its sheet and cell ("C7"), as Excel shows them.
        let location = issue.sheet.map { sheet in
            words.issueCell(issue.file, sheet, issue.column > 0 ? Spreadsheet.cellName(row: issue.line - 1, column: issue.column - 1) : nil,
                            issue.line, issue.field)
        } ?? words.issueLocation(issue.file, issue.line, issue.column, issue.field)
        let value = issue.value.isEmpty ? "" : " " + words.issueValue(shown(issue.value))
        return location + value + ": " + words.importProblem(problem)
    }

    /// A value as it can be shown in an error: control characters made visible (as �), and a
    /// very long one cut, so that the line stays readable.
    static func shown(_ value: String) -> String {
        DisplayWidth.truncate(DisplayWidth.sanitized(value), to: 60)
    }

    static func unitFieldLabel(_ field: MemberUnit.TextField, words: Catalogue) -> String {
        switch field {
        case .name: words.edit.fieldUnitName
        case .shortName: words.columnShortName
        case .kind: words.columnKind
        case .leader: words.edit.fieldLeader
        case .leaderPosition: words.edit.fieldLeaderPosition
        }
    }
}
