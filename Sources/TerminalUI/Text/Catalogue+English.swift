import Emulation

extension Catalogue {
    public static let english = Catalogue(
        classificationCell: { band in
            switch band {
            case .excellent: return "excellent"
            case .good: return "good"
            case .completed: return "completed"
            case .notCompleted: return "not compl."
            }
        },
        status: { status in
            switch status {
            case .pledge: return "pledge"
            case .scoring: return "scoring"
            case .review: return "review"
            case .closed: return "closed"
            }
        },
        clusterKind: { kind in
            switch kind {
            case .cluster: return "cluster"
            case .bloc: return "bloc"
            }
        },
        demoLoaded: { "Demo data loaded: \($0.joined(separator: ", "))." },
        demoSkipped: { "Already present, left as is: \($0.joined(separator: ", "))." },
        verifyPassed: { "Verified: the SQLite file is sound and the audit chain of \($0) rows is unbroken (\($1))." },
        verifyIntegrityFailed: { "Verification FAILED: the SQLite file is damaged: \($0.joined(separator: "; "))" },
        verifyRowEdited: { "Verification FAILED: audit row \($0) was edited outside thidua (its hash does not match its content)." },
        verifyChainBroken: { "Verification FAILED: the audit chain breaks at row \($0) (a row before it was deleted, inserted or rewritten)." },
        verifyRowsMissing: { "Verification FAILED: the audit rows after row \($0) (up to \($1)) were deleted." },
        verifyDamaged: { "Verification FAILED: \($0) is damaged, SQLite cannot read its contents. Restore the file from your latest backup." },
        verifyDataMatches: { baseline in
            "The data matches the audit trail: every data row is as its last audited change left it"
                + (baseline.map { ", from baseline row \($0) on (the data from before was recorded as it stood in that row)" } ?? "") + "."
        },
        verifyFindings: { "Verification FAILED: \($0) data rows do not match the audit trail (changed outside thidua):" },
        verifyFinding: { finding in
            let terms = SchemaTerms.english
            var place = "table \(terms.table(finding.table))"
            if let cluster = finding.cluster { place += ", cluster \(cluster)" + (finding.year.map { " \($0)" } ?? "") }
            if let unit = finding.unit { place += ", unit \(unit)" }
            if let item = finding.item { place += ", item \(item)" }
            for part in finding.key { place += ", \(terms.column(part.column)) \(terms.value(part.value))" }
            let none = "(none)"
            let values = { (pick: (VerifyFindingWords.Column) -> String?) in
                finding.columns.map { "\(terms.column($0.name)) = \(pick($0) ?? none)" }.joined(separator: ", ")
            }
            switch finding.change {
            case .changed:
                return "  - \(place): " + finding.columns.map { "\(terms.column($0.name)) is \($0.stored ?? none) in the file, \($0.audited ?? none) in the audit trail" }
                    .joined(separator: "; ")
            case .added:
                return "  - \(place): row added outside thidua, not in the audit trail" + (finding.columns.isEmpty ? "" : " (\(values(\.stored)))")
            case .deleted:
                return "  - \(place): row deleted outside thidua, still in the audit trail" + (finding.columns.isEmpty ? "" : " (\(values(\.audited)))")
            }
        },
        verifyMoreFindings: { "  … and \($0) more: \($1)." },
        verifyImagesWithoutRow: { "Verification FAILED: the data images of audit row \($0) are kept but the row itself is gone: it was deleted outside thidua." },
        verifyChainPlain: "The audit chain is plain SHA-256: anyone who can edit the file could recompute it, so keep the seal printed at the end of each document and check it with thidua verify --seal COUNT:HASH.",
        verifyChainKeyed: { "The audit chain is keyed with HMAC-SHA-256 (key \($1)) from row \($0) on: nobody without the key can recompute it." },
        verifyKeyedUnchecked: { row, key in
            "Verification INCOMPLETE: from row \(row) on, the audit chain is keyed with HMAC-SHA-256 (key \(key)) and this program holds no key, so that part could not be checked (this is not a pass). Run thidua verify on the server that holds the key."
        },
        verifyChainNotKeyed: {
            "Verification FAILED: this server keys the audit chain (key \($0)) but the file's chain is plain SHA-256: it was rewritten, or this server never wrote to the file."
        },
        verifyKeyMismatch: { file, key in
            "Verification FAILED: the file's audit chain is keyed with key \(file), but this program holds key \(key), so the keyed part cannot be checked."
        },
        verifySealMatches: { "Seal \($0) matches: the history up to audit row number \($1) was not rewritten." },
        verifySealFewerRows: { seal, count, rows in
            "Verification FAILED: seal \(seal) counts \(count) audit rows but the file has only \(rows): later rows were deleted."
        },
        verifySealHashDiffers: { seal, count, id, hash, sealHash in
            "Verification FAILED: audit row number \(count) (id \(id)) has hash \(hash), not \(sealHash) as seal \(seal) says: the history before the seal was rewritten."
        },
        verifySealInvalid: { "Seal \"\($0)\" is not valid: it is COUNT:HASH as printed at the end of a document, e.g. 1234:3fa9c2e01b7d." },
        importedScores: { file, changed, unchanged, cleared in "\(file): \(changed) values changed, \(unchanged) unchanged, \(cleared) cleared." },
        importedAdjustments: { "Bonuses and deductions: \($0) changed, \($1) unchanged, \($2) cleared." },
        importedUnits: { file, added, changed, unchanged in "\(file): \(added) units added to the roster, \(changed) changed, \(unchanged) unchanged." },
        yearStatusChanged: { "Cluster \($0) \($1) is now at the stage: \($2)." },
        roundRequired: "Say which round the file holds: --round self or --round cluster.",
        exported: { "Wrote \($0)." },
        formatNotAvailable: { "There is no \($1) format for \($0): use \($2)." },
        binaryNeedsFile: { "A \($0) file must be written to a file: add -o NAME.\($0)" },
        delimiterInvalid: { "Delimiter \"\($0)\" cannot be used: only \",\" (the default) or \";\" (an Excel that lists with semicolons)." },
        dossierWritten: { folder, files, missing in
            "Wrote \(files) files into \(folder)" + (missing == 0 ? "; the dossier is complete." : "; \(missing) items missing (see 00-danh-muc.txt).")
        },
        invalidDate: { "Invalid date \"\($0)\" (use 2024-01-15 or 15/01/2024)." },
        handoverImpossible: "No head can be chosen: no eligible unit is left, or head and deputy are the same unit.",
        handoverRecorded: { "\($0): head \($1), deputy \($2)." },
        errorPrefix: "Error",
        notThiduaDatabase: { "\($0) is not a thidua database; the file was left untouched. Choose another file with --db." },
        newerSchema: { "\($0) was written by a newer thidua (\($1)); the file was left untouched. Please update thidua." },
        databaseLocked: { "\($0) is busy: another clerk or an import is writing to it, so this was not done. Wait a moment and try again." },
        databaseDiskFull: { "The disk holding \($0) is full; nothing was written. Free some space (or tell the server's administrator), then try again." },
        databaseReadOnly: { path, why in
            let canStill = "You can still view, rank, export and verify; to change anything, ask the server's administrator for write access."
            switch why {
            case .file:
                return "You may only read \(path): this account cannot write the file, so nothing was written. " + canStill
            case .folder(let folder):
                return "You may only read \(path): this account cannot write its folder \(folder), where SQLite creates the -wal and -shm files when writing, so nothing was written. " + canStill
            case .sideFiles:
                return "Cannot write \(path): SQLite allows only reading although this account may write the file; the \(path)-wal or \(path)-shm file beside it may belong to another account. Nothing was written; ask the server's administrator to check the owner and permissions of those files."
            }
        },
        databaseDamaged: { "\($0) is damaged: SQLite cannot read its contents. Run thidua verify to check it, then restore the file from your latest backup." },
        cannotOpen: { "Cannot open \($0): \($1)" },
        databaseRefused: { "The database refused this change; nothing was written: \($0)" },
        unknownStoredValue: { table, column, rowID, value in
            "The database holds a value this version of thidua cannot read: table \(table), row \(rowID), column \(column), value \"\(value)\". Nothing was guessed in its place. The file was changed outside thidua or by a newer version: update thidua, or run thidua verify and restore the file from your latest backup."
        },
        missingRow: { "Row \($1) of table \($0) is missing from the database. The file may have been changed outside thidua: run thidua verify to check it." },
        unknownCluster: { code, existing in "No cluster \"\(code)\". " + (existing.isEmpty ? "There are no clusters yet (run: thidua demo)." : "Existing clusters: \(existing).") },
        unknownYear: { cluster, year, existing in "Cluster \(cluster) has no year \(year). " + (existing.isEmpty ? "It has no years yet." : "Existing years: \(existing).") },
        clusterExists: { "Cluster \"\($0)\" already exists." },
        yearExists: { "Cluster \($0) already has year \($1)." },
        yearClosed: { "\($0) \($1) is closed: nothing can change; reopening needs an admin and a reason." },
        unknownUnit: { "No unit \"\($0)\"." },
        scoreUnknownItem: { "No criterion \"\($0)\"." },
        scoreOutOfRange: { "Score \($1) for criterion \($0) is outside 0–\($2)." },
        adjustmentAboveLimit: { "\($0) \($1) is above the limit \($2)." },
        adjustmentWithoutReason: { "\($0) needs a reason." },
        voteNegative: "Vote counts cannot be negative.",
        voteMoreThanPresent: { "Votes cast (\($1)) exceed members present (\($0))." },
        voteMorePresentThanMembers: { "Members present (\($0)) exceed the cluster's members (\($1))." },
        voteMoreBallotsThanPresent: { "Ballots counted (\($0)) exceed the members present (\($1))." },
        voteBallotsDoNotAddUp: { "For, against and invalid add up to \($1), not to the ballots counted (\($0))." },
        voteInvalidWithoutBallots: "Invalid ballots need the number of ballots counted too.",
        invalidTime: { "Invalid time \"\($0)\" (use 14:00 or 14h00)." },
        criteriaProblem: { problem in
            switch problem {
            case .empty: return "The criteria grid is empty."
            case .emptyCode(let title): return "Criterion \"\(title)\" has no code."
            case .duplicateCode(let code): return "Criterion code \(code) is used twice."
            case .nonPositiveMaximum(let code): return "The maximum of criterion \(code) must be above 0."
            case .childrenDoNotAddUp(let code, let maximum, let sum):
                return "Criterion \(code): its sub-criteria add up to \(DecimalText.format(sum, trimWhole: true)), not its maximum \(DecimalText.format(maximum, trimWhole: true))."
            case .majorWithoutItems(let code): return "Major criterion \(code) has no sub-criteria."
            case .tooDeep(let code): return "Criterion \(code) has more than 3 levels."
            }
        },
        criteriaLocked: { "The grid of \($0) \($1) is locked because scoring has started; an admin unlocks it with a reason: thidua unlock-criteria --cluster \($0) --year \($1) --reason \"…\"" },
        criterionHasScores: { "Criterion \($0) has scores: it cannot be removed, nor its maximum put below them." },
        unitExists: { "Unit \"\($0)\" is already on this year's roster." },
        unitNameRequired: "A unit needs a name.",
        unitHasRecords: { "Unit \"\($0)\" already has records this year (scores, a signature, models…), so it cannot be removed; it can be marked inactive." },
        clusterNameRequired: "A cluster needs a name.",
        importFailed: { "Nothing was imported: \($0) problem(s) found." },
        issueLocation: { file, line, column, field in
            "\(file)" + (line > 0 ? ":\(line)" : "") + (column > 0 ? ":\(column)" : "") + (field.isEmpty ? "" : " [\(field)]")
        },
        issueCell: { file, sheet, cell, row, field in
            "\(file), sheet \"\(sheet)\", " + (cell.map { "cell \($0)" } ?? (row > 0 ? "row \(row)" : "")) + (field.isEmpty ? "" : " [\(field)]")
        },
        issueValue: { "value \"\($0)\"" },
        importProblem: { problem in
            switch problem {
            case .invalidUTF8: return "the file is not valid UTF-8 (save it as CSV UTF-8)"
            case .unreadable(let message): return "unreadable CSV: \(message)"
            case .emptyFile: return "the file is empty"
            case .missingColumns(let names): return "missing columns: \(names)"
            case .unknownColumn(let name, let expected): return "unknown column \"\(name)\" (expected columns: \(expected))"
            case .duplicateColumn(let name): return "column \"\(name)\" appears twice"
            case .wrongFieldCount(let expected, let found, let scores):
                return "this line has \(found) fields but the header has \(expected) ("
                    + (scores ? "a score with a decimal comma, such as 9,5, must be in double quotes: \"9,5\"; or save the file with semicolons (;) as separators"
                              : "a field with a comma must be in double quotes")
                    + ")"
            case .unknownUnit(let known): return "no such unit in the cluster (units: \(known))"
            case .duplicateUnit(let firstLine): return "unit already given on line \(firstLine)"
            case .duplicateRole(let firstLine): return "this role is already given to the unit on line \(firstLine) (one head and one deputy a year)"
            case .malformedNumber: return "not a valid number (e.g. 9,5 or 9.5)"
            case .negativeNumber: return "a score cannot be negative"
            case .tooManyDecimals: return "at most 2 decimals"
            case .outOfRange(let maximum): return "above the maximum \(maximum)"
            case .requiredValueMissing: return "this field may not be empty"
            case .reasonMissing: return "a reason is required"
            case .invalidValue(let allowed): return "invalid value (allowed: \(allowed))"
            case .tab: return "holds a tab (U+0009; shown here as �): a tab is a control character, which a field may not hold; replace it with a space"
            case .controlCharacter(let code): return "holds the control character \(code) (invisible, often pasted in from another program; shown here as �): delete it"
            case .lineBreak: return "holds a line break (a quoted field spanning lines); a field must stay on one line"
            case .tooLong(let length, let maximum): return "is \(length) characters long, at most \(maximum)"
            case .sheetOfCSV: return "a CSV file has no sheets: leave out --sheet"
            case .unknownSheet(let existing): return "no such sheet (the sheets: \(existing))"
            case .unreadableWorkbook(let message): return "not a readable Excel (.xlsx) file: \(message)"
            case .oldExcelWorkbook: return "an Excel 97–2003 file (.xls) cannot be read: open it in Excel, Save As → Excel Workbook (.xlsx), and import the .xlsx file"
            case .dateCell: return "the cell holds a date, not a score or a text (format the cell as Number or Text and type it again)"
            case .cellError: return "the cell shows an Excel error"
            case .uncalculatedFormula: return "the formula was never calculated (the file was written by a program that does not calculate): open it in Excel or LibreOffice, save it and import again"
            case .outsideColumns: return "the cell is outside the table: its column has no name in the header row"
            }
        },
        fileUnreadable: { "Cannot read \($0): it does not exist or may not be read." },
        terminalUnsupported: { term in
            (term.map { "Terminal \"\($0)\" cannot run the full-screen interface" } ?? "TERM is not set")
                + "; set TERM, e.g. TERM=xterm-256color thidua. Commands such as thidua rank still work."
        },
        notATerminal: "Input or output is not a terminal: open thidua in a terminal window. Commands such as thidua rank and thidua export still work.",
        unauditedChange: { "A thidua programming error: table \($0) was changed with no audit row to go with it, so the change was rolled back and nothing was written. Please report this to thidua's developers." },
        auditKeyMismatch: { file, key in
            "The file's audit chain is keyed with key \(file), but this program holds key \(key): it cannot extend the chain, so nothing was written. Check THIDUA_AUDIT_KEY_FILE on the server."
        },
        auditKeyRequired: {
            "The file's audit chain is keyed (key \($0)) and this program holds no key: it cannot extend the chain, so nothing was written. Only the server that holds the key (THIDUA_AUDIT_KEY_FILE) can write to this file."
        },
        auditKeyFileUnreadable: { "Cannot read the audit key file \($0) (THIDUA_AUDIT_KEY_FILE): \($1). Nothing was opened or written." },
        auditKeyFileTooShort: { path, bytes, minimum in
            "The audit key file \(path) (THIDUA_AUDIT_KEY_FILE) holds only \(bytes) bytes; at least \(minimum) are needed. Nothing was opened or written; make a new key, e.g. head -c 32 /dev/urandom > \(path)."
        },
        auditKeyFileExposed: { path, mode in
            "The audit key file \(path) (THIDUA_AUDIT_KEY_FILE) has mode \(mode): its group or others can read it, so the key is no secret. Nothing was opened or written; run chmod 600 \(path) (and replace the key if it was read)."
        },
        screen: ScreenWords(
            appName: "thidua",
            homeName: "Home", homeSummary: "Clusters, years and where they stand",
            rosterName: "Units", rosterSummary: "The year's member units",
            gridName: "Grid", gridSummary: "The whole cluster's scores",
            sheetName: "Sheet", sheetSummary: "One unit's score sheet",
            pledgeName: "Pledge", pledgeSummary: "The emulation pledge and its signatures",
            rankingName: "Ranking", rankingSummary: "Ranking and award proposals",
            meetingName: "Meeting", meetingSummary: "Presentation for the review meeting",
            progressName: "Progress", progressSummary: "Each unit's scores entered and pledge signed",
            keyHelp: "Help", keyHelpHelp: "Open the help page with every key",
            keySearch: "Find", keySearchHelp: "Find a cluster or unit; diacritics optional",
            keyCommand: "Cmd", keyCommandHelp: "Type a command (Tab completes): demo, theme, lang, open, quit…",
            keyBack: "Back", keyBackHelp: "Close a dialog or go back",
            keyQuit: "Quit", keyQuitHelp: "Leave thidua (every change is already saved)",
            keySuspend: "Suspend", keySuspendHelp: "Suspend to the shell; type fg to come back",
            keyUp: "Up", keyUpHelp: "Previous line",
            keyDown: "Down", keyDownHelp: "Next line",
            keyLeft: "Left", keyLeftHelp: "Column or group to the left",
            keyRight: "Right", keyRightHelp: "Column or group to the right",
            keyPageUp: "Page up", keyPageUpHelp: "Back one page",
            keyPageDown: "Page down", keyPageDownHelp: "Forward one page",
            keyFirst: "First", keyFirstHelp: "Go to the first line",
            keyLast: "Last", keyLastHelp: "Go to the last line",
            keyOpen: "Open", keyOpenHelp: "Open the selected cluster-year",
            keyDemo: "Demo", keyDemoHelp: "Load the demo data (HP-KH 2023, HN-10 2020, TH-02 2019)",
            keyNewCluster: "New cluster", keyNewClusterHelp: "Create a new emulation cluster and its first year",
            keyRound: "Round", keyRoundHelp: "Switch round: self, cluster, final",
            keyEdit: "Enter score", keyEditHelp: "Type a score (9,5 or 9.5), then Enter (down), Tab (right) or an arrow; Esc cancels",
            keyNextEmpty: "Empty", keyNextEmptyHelp: "Go to the next cell with no score in the round shown",
            keyUndo: "Undo", keyUndoHelp: "Undo your last cell (saved and audited)",
            keyRedo: "Redo", keyRedoHelp: "Redo the cell you undid",
            keyClear: "Clear", keyClearHelp: "Remove the focused cell's score (or bonus/deduction); saved and audited",
            keyCriteria: "Criteria", keyCriteriaHelp: "Edit the year's criteria grid (also the command :criteria)",
            keySheetEditHelp: "Enter scores, notes, bonus/deduction and reasons: type, then Enter (down) or Tab (right); Esc cancels",
            keyPreviousUnit: "Previous unit", keyPreviousUnitHelp: "The previous unit's sheet",
            keyNextUnit: "Next unit", keyNextUnitHelp: "The next unit's sheet",
            homeHeading: "Emulation clusters",
            homeEmpty: [
                "The database is empty.",
                "",
                "  d   Load the demo data (Hải Phòng 2023, Hà Nội 2020, Thanh Hóa 2019)",
                "  n   Create a new emulation cluster",
                "",
                "Press F1 or ? for every key.",
            ],
            columnCode: "Code", columnYear: "Year", columnName: "Cluster", columnStatus: "Stage",
            columnPledge: "Pledge", columnScores: "Scores", columnReview: "Review",
            pledgeSigned: { "\($0)/\($1) signed" },
            scoresEntered: { "\($0)/\($1)" },
            notReviewed: "not reviewed",
            votesRecorded: { "\($0) votes" },
            chooseYearFirst: "Choose a cluster and year on Home first (key 1, then Enter).",
            helpTitle: "Help — keys",
            helpGlobal: "Every screen",
            helpDialog: "The dialog open",
            helpScreen: { "Screen \($0)" },
            helpMovement: "Moving",
            helpClose: "Esc or q: close help · ↑↓ PgUp PgDn: scroll",
            searchPrompt: "Search: ",
            searchNoMatch: "No match.",
            searchHint: "Diacritics optional · ↑↓ choose · Enter go · Esc cancel",
            searchCluster: "cluster",
            searchUnit: "unit",
            commandHint: "Tab: complete · Enter: run · Esc: cancel",
            unknownCommand: { "No command \"\($0)\". Press Tab to see the commands." },
            commandCandidates: { "Candidates: \($0)" },
            confirmYes: "Yes (y)", confirmNo: "No (n)",
            formTitle: "New emulation cluster",
            fieldCode: "Code", fieldName: "Name", fieldKind: "Kind (cum/khoi)", fieldAuthority: "Authority", fieldYear: "Year",
            fieldRequired: { "\($0) is required." },
            yearInvalid: "The year must be a number from 1945 to 2200.",
            clusterCreated: { "Created cluster \($0), year \($1)." },
            themeChanged: { "Theme changed: \($0)." },
            languageChanged: "Switched to English.",
            tooSmall: { "Window \($0)×\($1) is too small: at least \($2)×\($3) needed." },
            loading: "Loading…",
            roundFinal: "final",
            progress: { "entered \($0)/\($1)" },
            unitCount: { "\($0) units" },
            groupLabel: { "group \($0)/\($1)" },
            selectedUnit: { "Selected: \($0)" },
            externalChange: "Someone else just changed the data; the screen was refreshed.",
            themeProblem: { error in "Theme \(error) — using the default theme." },
            finalIsReadOnly: "The final round is read-only: press v for the self or cluster round.",
            yearIsClosed: "This year is closed: scores cannot change.",
            notANumber: { "\($0): \"\($1)\" is not a valid number (e.g. 9,5 or 9.5)." },
            negativeNumber: { "\($0): a negative number is not allowed." },
            tooManyDecimals: { "\($0): at most 2 decimals." },
            wholeNumberRequired: { "\($0): type a whole number, 0 or more." },
            nothingToUndo: "Nothing to undo.",
            nothingToRedo: "Nothing to redo.",
            undone: { "Undone: \($0), \($1)." },
            redone: { "Redone: \($0), \($1)." },
            noEmptyCell: "Every cell of this round has a score.",
            editHint: "Enter: save, down · Tab: save, right · arrows: save, move · Esc: cancel",
            reasonRequired: "A bonus or deduction needs a reason: type it, then Enter.",
            pointsBeforeReason: "A reason goes with its points: type the points in the points column first (Esc drops this reason).",
            sheetHeading: { "Sheet: \($0) (\($1)/\($2)) · [ ] switch unit" },
            columnItem: "Code", columnWording: "Criterion", columnMaximum: "Max", columnGap: "Gap", columnNote: "Note",
            columnSelf: "Self", columnCluster: "Cluster", columnFinal: "Final",
            finalGroup: "Final",
            progressHeading: { "Self-assessed \($0)/\($3) · cluster-scored \($1)/\($3) · pledge signed \($2)/\($3)" },
            columnSigned: "Pledge", columnMissing: "Still missing",
            progressSigned: "signed", progressNotSigned: "not signed", progressSignedEarlier: "old version", progressComplete: "complete",
            progressMissing: { own, cluster in
                [own.isEmpty ? nil : "self " + own.joined(separator: ", "), cluster.isEmpty ? nil : "cluster " + cluster.joined(separator: ", ")]
                    .compactMap { $0 }.joined(separator: "; ")
            },
            keyOpenSheet: "Sheet", keyOpenSheetHelp: "Open the selected unit's score sheet",
            criteriaTitle: { "Criteria — \($0) \($1)" },
            criteriaLockedMark: "locked: scoring has started",
            criteriaKey: { action in
                switch action {
                case .editTitle: return ("title", "Change the selected criterion's title")
                case .editCode: return ("code", "Change the selected criterion's code (not once scores use that code)")
                case .editMaximum: return ("maximum", "Change the selected criterion's maximum")
                case .addItem: return ("add", "Add a criterion after the selected line (in its major criterion)")
                case .addMajor: return ("add major", "Add a major criterion at the end")
                case .delete: return ("delete", "Delete the selected criterion")
                case .moveUp: return ("up", "Move the selected criterion up")
                case .moveDown: return ("down", "Move the selected criterion down")
                case .defaultGrid: return ("default", "Replace with the default grid: 3 major criteria, 15 items, 100 points")
                case .previousYear: return ("previous year", "Take last year's grid")
                case .save: return ("save", "Save the grid (the sums are checked first)")
                case .close: return ("close", "Close; with unsaved changes, press Esc again to discard them")
                }
            },
            criteriaValid: { "Valid: \($0) points in all." },
            criteriaDiscard: "Unsaved changes: press s to save, or Esc again to discard.",
            criteriaSaved: "Criteria saved.",
            newCriterion: "New criterion",
            noPreviousYear: "The cluster has no year before this one.",
            unlockReasonRequired: "A reason for unlocking is required.",
            changeNeedsReason: "This change needs a reason, which the audit keeps (scoring has started, or the year is closed). Nothing was saved.",
            criteriaUnlocked: { "Unlocked the criteria of \($0) \($1); saving the grid locks it again." },
            codeHasScores: "This criterion has scores: its code cannot change (scores are kept by code).",
            noUnitsYet: { "This year has no units yet. Add them on the Units screen (2, then a), or from a roster file (columns name, role…):\n  thidua import roster ROSTER.csv --cluster \($0) --year \($1)" }
        ),
        edit: .english,
        documents: .english,
        conflict: .english,
        access: .english,
        accounts: .english,
        server: .english,
        commandLine: .english,
        rulesScreen: .english,
        decisions: .english
    )
}
